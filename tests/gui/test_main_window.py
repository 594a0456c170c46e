"""The main window shell: pages, menus, settings, model files, and the BLAS thread cap."""

import os

import numpy as np
import pytest
from PySide6.QtCore import QByteArray
from threadpoolctl import threadpool_info

from nnlab.blas import leave_a_core_free
from nnlab.core import Dense, Sequential
from nnlab.gui.main_window import MainWindow
from nnlab.gui.settings import open_settings


def blas_threads():
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    return main


def test_four_pages_with_names_menus_and_a_title(window):
    assert window.objectName() == "MainWindow"
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == ["trainPage", "drawPage", "tensorsPage", "conceptsPage"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert "nnlab" in window.windowTitle()
    # the classroom laptops (the real screen: test_real_screen.py)
    assert window.minimumWidth() <= 1280 and window.minimumHeight() <= 720


def test_the_blas_policy_leaves_one_core_free_and_gives_it_back():
    if not blas_threads():
        pytest.skip("this NumPy has no BLAS that threadpoolctl can control")
    before = blas_threads()
    limit = leave_a_core_free()
    assert blas_threads() == [max(1, os.cpu_count() - 1)] * len(before)
    limit.restore_original_limits()
    assert blas_threads() == before


def test_page_and_geometry_are_remembered(qtbot):
    """(The offscreen screen is smaller than the window, so Qt clamps a restored size: the test
    checks that the geometry is stored and the page comes back.)"""
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentIndex(2)
    first.resize(1111, 777)
    qtbot.wait(50)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 2
    stored = open_settings().value("window/geometry")
    assert isinstance(stored, QByteArray) and not stored.isEmpty()


def test_an_unreadable_settings_file_falls_back_to_defaults(qtbot):
    settings = open_settings()
    settings.setValue("window/page", "not a number")
    settings.setValue("window/geometry", "garbage")
    settings.sync()
    with open(settings.fileName(), "ab") as stream:
        stream.write(b"\x00\xff[[[ broken")
    main = MainWindow()
    qtbot.addWidget(main)
    assert main.tabs.currentIndex() == 0
    # the default size, 1280 wide, unless the screen is narrower (the offscreen one is 800)
    assert main.width() == max(main.minimumWidth(), min(1280, main.screen().availableGeometry().width()))


def test_save_and_open_model_through_the_session(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    model = Sequential([Dense(4, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=1)
    model.compile()
    window.session.set_model(model)
    path = tmp_path / "mine.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_model()
    assert path.is_file()
    opened = []
    window.session.model_changed.connect(opened.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_model()
    assert len(opened) == 1
    np.testing.assert_array_equal(opened[0].get_weights()[0], model.get_weights()[0])


def test_opening_a_broken_model_file_warns_and_keeps_the_current_model(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"not a model")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.open_model()
    assert window.session.model is None
    box = window.findChild(QMessageBox, "openModelErrorBox")
    assert box.isVisible() and "broken.npz" in box.text() and "Traceback" not in box.text()


def test_zoom_scales_text_and_plot_lines_and_is_remembered(qtbot):
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    window = MainWindow()
    qtbot.addWidget(window)
    base_size = QApplication.font().pointSizeF()
    curve = window.findChild(pg.PlotWidget).plot([0, 1, 2], [1, 0, 1], pen=pg.mkPen("k", width=2))
    with qtbot.waitSignal(window.zoom_changed) as blocker:
        window.zoom_in_action.trigger()
    factor = blocker.args[0]
    assert factor > 1
    assert QApplication.font().pointSizeF() == pytest.approx(base_size * factor)
    assert curve.opts["pen"].widthF() == pytest.approx(2 * factor)
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert curve.opts["pen"].widthF() == pytest.approx(2 * window.zoom_factor)  # never compounds
    zoomed = window.zoom_factor
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.zoom_factor == pytest.approx(zoomed)
    again.zoom_reset_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base_size)
    again.close()


def test_presentation_mode_zooms_and_gives_the_zoom_back(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_presentation_mode(True)
    assert window.zoom_factor >= 1.5 and window.isFullScreen()
    window.set_presentation_mode(False)
    assert window.zoom_factor == 1.0 and not window.isFullScreen()
    window.close()


def test_a_damaged_zoom_setting_falls_back_to_actual_size(qtbot):
    open_settings().setValue("view/zoom", "1e308")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.zoom_factor == 1.0
    window.close()


def test_saving_a_model_whose_weights_are_not_numbers_says_so_and_writes_nothing(window, tmp_path, monkeypatch):
    """A diverged run's weights are NaN; saving them once raised out of the menu action."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    model = Sequential([Dense(4, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=1)
    model.compile()
    weights = model.get_weights()
    weights[0][0, 0] = np.nan
    model.set_weights(weights)
    window.session.set_model(model)
    path = tmp_path / "diverged.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_model()
    box = window.findChild(QMessageBox, "saveModelErrorBox")
    assert box.isVisible() and box.text() and "Traceback" not in box.text()
    assert not path.exists()
