"""The Concepts page under pytest-qt: it builds, every demo animates and stops, nothing stalls."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from nnlab.core import Dense, Sequential, optimizers
from nnlab.gui.concepts.page import DEMOS, ConceptsPage
from nnlab.gui.session import Session


@pytest.fixture
def session():
    """A session that already holds a small image network, so no demo loads files in the background."""
    session = Session()
    model = Sequential([Dense(16, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy")
    session.set_model(model)
    return session


@pytest.fixture
def page(qtbot, session):
    page = ConceptsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    yield page
    page.shutdown()


def show(page, qtbot, name):
    index = [n for n, _ in DEMOS].index(name)
    page.demo_list.setCurrentRow(index)
    demo = page.current_demo()
    assert demo.objectName() == name and page.stack.currentWidget() is demo
    return demo


def responsive_ticks(qtbot, ms=300):
    """How many times a 10 ms timer fired during ``ms``: low numbers mean the GUI thread stalled."""
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.wait(ms)
    timer.stop()
    return len(ticks)


def test_page_lists_nine_demos_and_builds_each_on_first_show(page, qtbot):
    assert page.demo_list.count() == len(DEMOS)
    assert page.demos[0] is not None and all(d is None for d in page.demos[1:])
    for name, cls in DEMOS:
        demo = show(page, qtbot, name)
        assert isinstance(demo, cls) and demo.title_label.text() and demo.explanation_label.text()
        assert demo.play_button.text() == "Start"


def test_every_demo_starts_animates_and_stops(page, qtbot):
    for name, _ in DEMOS:
        demo = show(page, qtbot, name)
        demo.start()
        assert demo.is_running() and demo.play_button.text() == "Stop"
        demo.tick()  # one frame by hand, in case its timer is slow (backprop: one line per 0.9 s)
        qtbot.wait(60)
        began = time.perf_counter()
        demo.stop()
        assert not demo.is_running() and time.perf_counter() - began < 1.0
    # Moving to another demo stops the one that was running.
    first = show(page, qtbot, DEMOS[0][0])
    first.start()
    show(page, qtbot, DEMOS[1][0])
    assert not first.is_running()


def test_decision_demo_trains_in_a_thread_without_stalling_the_gui(page, qtbot):
    demo = show(page, qtbot, "decisionDemo")
    demo.start()
    qtbot.waitUntil(lambda: len(demo.losses) >= 3, timeout=5000)
    assert responsive_ticks(qtbot) > 5  # 30 would be perfect; a stalled GUI thread gets one or two
    demo.stop()
    assert demo.training.thread is None
    steps = demo.training.classifiers[0].steps
    qtbot.wait(100)
    assert demo.training.classifiers[0].steps == steps  # really stopped
    assert demo.losses[-1] < demo.losses[0]


def test_collapse_demo_shows_the_single_equivalent_matrix(page, qtbot):
    demo = show(page, qtbot, "collapseDemo")
    matrix, bias, gap = demo.collapsed
    assert matrix.shape == (2, 2) and bias.shape == (2,) and gap < 1e-5
    assert "2×2" in demo.matrix_label.text()


def test_descent_race_uses_the_core_optimizers_from_one_start(page, qtbot):
    demo = show(page, qtbot, "descentDemo")
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("bowl"))
    demo.tabs.setCurrentIndex(2)
    demo.choose_start((2.0, -1.5))
    for _ in range(40):
        demo.tick()
    assert list(demo.race) == optimizers.NAMES
    for name, walker in demo.race.items():
        assert type(walker.optimizer) is type(optimizers.get(name))
        assert walker.path[0] == pytest.approx([2.0, -1.5])
        assert walker.losses[-1] < walker.losses[0]
    assert "Adam" in demo.race_legend.text()


def test_descent_learning_rate_trio_and_step_button(page, qtbot):
    demo = show(page, qtbot, "descentDemo")
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("parabola"))
    demo.step_button.click()
    assert len(demo.walker.path) == 2
    demo.tabs.setCurrentIndex(1)
    for _ in range(30):
        demo.tick()
    small, right, large = demo.trio
    assert right.losses[-1] < small.losses[-1] and (large.diverged or large.losses[-1] > large.losses[0])


def test_batching_demo_compares_three_ways_then_replays(page, qtbot):
    demo = show(page, qtbot, "batchingDemo")
    qtbot.waitUntil(lambda: demo.runs is not None, timeout=5000)
    assert [demo.table.item(row, 2).text() for row in range(3)] == ["1", "64", "8"]
    demo.replay()
    for _ in range(5):
        demo.tick()
    assert 0 < demo.progress < demo.epochs_spin.value()
    demo.stop()


def test_backprop_demo_steps_through_and_updates(page, qtbot):
    demo = show(page, qtbot, "backpropDemo")
    demo.next_step()
    assert demo.position == 1 and demo.step_label.text().startswith("h₁ = σ(z₁)")
    demo.previous_step()
    assert demo.position == 0 and not demo.previous_button.isEnabled()
    assert demo.core_gap < 1e-12 and demo.numeric_gap < 1e-8
    loss_before = demo.trace.loss
    demo.apply_update()
    assert demo.position == 0 and demo.trace.loss < loss_before


def test_inside_demo_shows_the_session_network_and_a_digit(page, qtbot, session):
    images = np.zeros((3, 28, 28), np.uint8)
    images[:, 6:22, 12:16] = 255
    session.set_dataset("mnist", ((images, np.array([1, 1, 1])), (images, np.array([1, 7, 1]))))
    demo = show(page, qtbot, "insideDemo")
    assert demo.model is session.model and not demo.is_pretrained
    assert demo.weights_image.image.shape == (2 * 30 - 2, 8 * 30 - 2)  # 16 units: 2 rows of 8 tiles
    demo.index_spin.setValue(1)
    assert demo.label == 7 and demo.hidden_image.image.size == 16
    assert "Prediction" in demo.readout.text()


def test_inside_demo_without_any_network_says_so(qtbot, monkeypatch):
    import nnlab
    monkeypatch.setattr(nnlab, "load_pretrained", lambda: (_ for _ in ()).throw(OSError("no file")))
    page = ConceptsPage(Session())
    qtbot.addWidget(page)
    demo = show(page, qtbot, "insideDemo")
    qtbot.waitUntil(lambda: demo.task is None, timeout=5000)
    assert demo.model is None and "Train page" in demo.message.text()
    page.shutdown()


def test_language_switch_retranslates_every_demo(page, qtbot):
    for name, _ in DEMOS:
        show(page, qtbot, name)
    page.retranslate_ui()
    for demo in page.demos:
        demo.retranslate_ui()
        assert demo.explanation_label.text()


def test_descent_3d_view_turns_and_follows_the_path(page, qtbot):
    demo = show(page, qtbot, "descentDemo")
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("bowl"))
    assert demo.single_3d.plot.isVisibleTo(demo)
    before = demo.single_3d.mesh.getData()[0].copy()
    demo.azimuth_slider.setValue(40)
    assert not np.allclose(np.nan_to_num(before), np.nan_to_num(demo.single_3d.mesh.getData()[0]))
    demo.tick()
    assert len(demo.single_3d.line.getData()[0]) == 2  # the start and one step
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("parabola"))
    assert not demo.single_3d.plot.isVisibleTo(demo)  # a 1-D curve has no 3-D picture


def test_plots_stay_left_to_right_in_a_right_to_left_window(qtbot, session):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = ConceptsPage(session)
        qtbot.addWidget(page)
        demo = show(page, qtbot, "batchingDemo")
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for plot in (demo.loss_plot, demo.path_plot):
            assert plot.getPlotItem().layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert demo.table.layoutDirection() == Qt.LayoutDirection.LeftToRight
        page.shutdown()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
