"""Concepts 13, the training loop line by line, driven by objectName and its signals: each Step runs
one line of the engine's step in the worker, the view shows what it produced, Run/Pause runs the
loop, and the slide's batch size and step size apply from the next line."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox

from nnlab.concepts.training_loop import GRADIENT, SAMPLE, UPDATE
from nnlab.gui.concepts.page import DEMOS, ConceptsPage
from nnlab.gui.session import Session
from tests.concepts.test_training_loop import small_mnist


@pytest.fixture
def view(qtbot):
    images, labels = small_mnist(600)
    session = Session()
    session.set_dataset("mnist", ((images, labels), (images[:50], labels[:50])))
    page = ConceptsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 680)
    page.show()
    index = [name for name, _ in DEMOS].index("trainingLoopView")
    page.demo_list.setCurrentRow(index)
    view = page.findChild(type(page.demo(index)), "trainingLoopView")
    assert view is not None
    if view.loop is None:
        with qtbot.waitSignal(view.ready, timeout=20_000):
            pass
    yield view
    page.shutdown()


def child(view, cls, name):
    widget = view.findChild(cls, name)
    assert widget is not None, name
    return widget


def step(qtbot, view, button_name):
    with qtbot.waitSignal(view.stepped, timeout=20_000) as blocker:
        qtbot.mouseClick(child(view, QPushButton, button_name), Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_step_line_runs_the_three_lines_in_order_and_shows_each_product(view, qtbot):
    code = child(view, QLabel, "trainingLoopCode")
    first = step(qtbot, view, "trainingLoopStepLine")
    assert first.line == SAMPLE and "sample_training_data(data, 256)" in code.text()
    labels = child(view, QLabel, "trainingLoopLabels").text()
    assert all(str(int(k)) in labels for k in first.labels)
    second = step(qtbot, view, "trainingLoopStepLine")
    assert second.line == GRADIENT and f"{second.loss:.4f}" in child(view, QLabel, "trainingLoopGradientText").text()
    assert "‖∇W1‖" in child(view, QLabel, "trainingLoopGradientText").text()
    third = step(qtbot, view, "trainingLoopStepLine")
    assert third.line == UPDATE and third.changed
    name, index, _ = third.changed[0]
    assert f"{name}[{', '.join(map(str, index))}]" in child(view, QLabel, "trainingLoopChanged").text()
    _, ys = view.loss_curve.getData()
    assert list(ys) == pytest.approx([second.loss])


def test_step_iteration_and_changing_the_slides_names_between_steps(view, qtbot):
    child(view, QSpinBox, "trainingLoopBatchSize").setValue(32)
    child(view, QDoubleSpinBox, "trainingLoopStepSize").setValue(0.05)
    assert "sample_training_data(data, 32)" in child(view, QLabel, "trainingLoopCode").text()
    produced = step(qtbot, view, "trainingLoopStepIteration")
    assert produced.line == UPDATE and produced.batch_size == 32 and produced.step_size == pytest.approx(0.05)
    assert view.loop.model.optimizer.learning_rate == pytest.approx(0.05)
    for _ in range(2):  # a whole iteration at once shows its own batch too, not the one before
        produced = step(qtbot, view, "trainingLoopStepIteration")
        shown = child(view, QLabel, "trainingLoopLabels").text().replace("\xa0", " ")
        assert " ".join(str(int(k)) for k in produced.labels) in shown


def test_run_and_pause(view, qtbot):
    child(view, QComboBox, "trainingLoopSpeed").setCurrentIndex(3)  # full speed: whole iterations
    seen = []
    view.stepped.connect(seen.append)
    run = child(view, QPushButton, "trainingLoopViewPlayButton")
    assert run.text() == "Run"
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    assert run.text() == "Pause" and not child(view, QPushButton, "trainingLoopStepLine").isEnabled()
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=30_000)
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    assert run.text() == "Run" and child(view, QPushButton, "trainingLoopStepLine").isEnabled()
    losses = seen[-1].losses
    assert len(losses) >= 5 and np.all(np.isfinite(losses))
    assert [p.iteration for p in seen] == list(range(1, len(seen) + 1))
    # running, the curve and the panels skip iterations; paused, they show the last one whole
    _, ys = view.loss_curve.getData()
    assert list(ys) == pytest.approx(losses)
    assert f"{seen[-1].loss:.4f}" in child(view, QLabel, "trainingLoopGradientText").text()
    assert f"Iteration {view.loop.iteration}," in child(view, QLabel, "trainingLoopStatus").text()


def test_says_plainly_when_mnist_is_missing(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path))
    from nnlab.gui.concepts.training_loop import TrainingLoopDemo
    view = TrainingLoopDemo(Session())
    qtbot.addWidget(view)
    view.show()
    message = child(view, QLabel, "trainingLoopMessage")
    qtbot.waitUntil(lambda: "Train page" in message.text(), timeout=20_000)
    assert not child(view, QPushButton, "trainingLoopStepLine").isEnabled()
    view.shutdown()


def test_pause_at_the_slowest_speed_is_obeyed_at_once(view, qtbot):
    import time
    child(view, QComboBox, "trainingLoopSpeed").setCurrentIndex(0)  # a line a second
    run = child(view, QPushButton, "trainingLoopViewPlayButton")
    with qtbot.waitSignal(view.stepped, timeout=20_000):
        qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    began = time.perf_counter()
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)  # pause in the middle of the wait before the next line
    assert time.perf_counter() - began < 0.9 and run.text() == "Run"
    line = view.loop.next_line
    step(qtbot, view, "trainingLoopStepLine")  # stepping by hand goes on from where the loop paused
    assert view.produced.line == line
