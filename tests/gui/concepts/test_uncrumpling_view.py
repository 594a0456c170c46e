"""Concepts 15, the crumpled paper, driven by objectName and signals: the network trains live in the
worker until a line separates the classes, each layer's plane is shown, and settings that would not
train live are refused with a reason."""

import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox

from nnlab.gui.concepts.uncrumpling import UncrumplingDemo
from nnlab.gui.i18n import set_language


def child(view, cls, name):
    widget = view.findChild(cls, name)
    assert widget is not None, name
    return widget


def make_view(qtbot):
    view = UncrumplingDemo()
    view.setObjectName("uncrumplingView")
    view.set_name("uncrumplingView")
    qtbot.addWidget(view)
    view.resize(1030, 640)
    view.show()
    return view


def test_trains_until_a_line_separates_the_moons(qtbot):
    view = make_view(qtbot)
    data = child(view, QComboBox, "uncrumplingData")
    data.setCurrentIndex(data.findData("moons"))
    child(view, QSpinBox, "uncrumplingDepth").setValue(2)
    assert len(view.picture.points) == 3 and view.picture.steps == 0
    pictures = []
    view.pictured.connect(pictures.append)
    with qtbot.waitSignal(view.separated, timeout=60_000):
        qtbot.mouseClick(child(view, QPushButton, "uncrumplingViewPlayButton"), Qt.MouseButton.LeftButton)
    assert pictures[-1].accuracy == 1.0 and view.picture is pictures[-1]
    assert "Separated by a line" in child(view, QLabel, "uncrumplingStatus").text()
    assert view.is_running()  # the animation goes on, layer after layer, once training is done
    frames = [view.frame]
    qtbot.waitUntil(lambda: view.frame > frames[0] + 3, timeout=5_000)
    view.shutdown()


def test_refuses_what_would_not_train_live(qtbot):
    view = make_view(qtbot)
    refusal = child(view, QLabel, "uncrumplingRefusal")
    child(view, QSpinBox, "uncrumplingPoints").setValue(5000)
    child(view, QSpinBox, "uncrumplingWidth").setValue(256)
    assert refusal.isVisible() and "million multiplications" in refusal.text()
    assert not child(view, QPushButton, "uncrumplingViewPlayButton").isEnabled()
    child(view, QSpinBox, "uncrumplingWidth").setValue(8)
    assert not refusal.isVisible() and child(view, QPushButton, "uncrumplingViewPlayButton").isEnabled()
    assert len(view.thumbnails) == child(view, QSpinBox, "uncrumplingDepth").value() + 1
    view.shutdown()


def test_in_persian_the_layers_run_left_to_right_and_their_titles_speak_persian(qtbot):
    """The rtl policy: pictures of steps read left to right in every language, so the input's plane is
    left of the last layer's, as in English; only the titles are Persian."""
    set_language("fa")
    try:
        view = make_view(qtbot)
        depth = child(view, QSpinBox, "uncrumplingDepth").value()
        first = child(view, pg.PlotWidget, "uncrumplingLayer0")
        last = child(view, pg.PlotWidget, f"uncrumplingLayer{depth}")
        qtbot.waitUntil(lambda: first.isVisible() and last.isVisible())
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the page itself is Persian
        assert first.mapTo(view, QPoint(0, 0)).x() < last.mapTo(view, QPoint(0, 0)).x()
        assert first.getPlotItem().titleLabel.text.count("ورودی") == 1
        view.shutdown()
    finally:
        set_language("en")
