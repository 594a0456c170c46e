"""Concepts 12, the gradient tape, and ``nnlab.show_tape``: the book's step recorded, stepped through."""

import numpy as np
import pytest

import nnlab
import nnlab.tf as tf
from nnlab.gui.concepts.tape import TapeDemo, TapeView
from nnlab.gui.i18n import set_language


@pytest.fixture
def demo(qtbot):
    demo = TapeDemo()
    demo.set_name("tapeDemo")
    qtbot.addWidget(demo)
    demo.resize(1000, 640)
    with qtbot.waitSignal(demo.step_recorded, timeout=60000):
        demo.show()
    yield demo
    demo.shutdown()


def test_the_demo_records_the_lecture_network_s_step_with_its_shapes(demo, qtbot):
    view = demo.findChild(TapeView, "tapeView")
    assert [op.name for op in view.operations] == ["matmul", "add", "relu", "matmul", "add", "softmax",
                                                   "sparse_categorical_crossentropy", "mean"]
    first = view.operations[0]
    assert first.input_shapes == [(128, 784), (784, 512)] and first.output_shape == (128, 512)
    assert first.gradient_shapes == [None, (784, 512)]  # the images get no gradient, W₁ gets (784, 512)
    rule = demo.findChild(type(demo.explorer.rule_label), "tapeRule")
    assert "8 operations" in rule.text()
    assert not demo.findChild(type(demo.previous_button), "tapePreviousButton").isEnabled()


def test_next_lets_the_gradient_flow_back_one_operation_at_a_time(demo, qtbot):
    view = demo.explorer.view
    formula = demo.explorer.formula_label
    assert not any(view.reached(i) for i in range(8))
    demo.next_button.click()
    assert view.current() == 7 and view.reached(7) and not view.reached(6)
    assert "∂L/∂ℓ" in formula.text() and "step 1 of 8" in demo.explorer.rule_label.text()
    for _ in range(7):
        demo.next_button.click()
    assert view.current() == 0 and all(view.reached(i) for i in range(8))
    assert formula.text() == "∂L/∂W₁ = imagesᵀ · ∂L/∂m₁   → (784, 512)"
    demo.next_button.click()
    assert view.current() is None and "Update" in demo.explorer.rule_label.text()
    assert not demo.next_button.isEnabled()
    step = demo.step
    assert step.loss_after < step.loss  # the update lowered this batch's loss


def test_recording_the_next_step_takes_the_next_batch(demo, qtbot):
    first = demo.step
    with qtbot.waitSignal(demo.step_recorded, timeout=60000) as signal:
        demo.record_button.click()
    assert signal.args[0].number == first.number + 1 and signal.args[0].batch == first.batch + 1
    assert demo.explorer.view.position == 0


def test_play_steps_through_to_the_update_and_stops(demo, qtbot):
    demo.start()
    for _ in range(12):
        demo.tick()
    assert not demo.is_running() and demo.explorer.view.position == demo.explorer.positions() - 1


def test_the_demo_speaks_persian(demo, qtbot):
    set_language("fa")
    try:
        qtbot.waitUntil(lambda: demo.tabs.tabText(0) == "نوار")
        assert "گذر رو به جلو" in demo.explorer.rule_label.text()
        assert demo.explorer.view.headers()[0] == "عملیات"
    finally:
        set_language("en")


def test_show_tape_opens_a_window_on_a_notebook_s_tape(qtbot):
    W = tf.Variable(tf.random.uniform((4, 3)))
    b = tf.Variable(tf.zeros((3,)))
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.relu(tf.matmul(np.ones((2, 4), np.float32), W) + b))
    tape.gradient(loss, [W, b])
    window = nnlab.show_tape(tape)
    qtbot.addWidget(window)
    view = window.findChild(TapeView, "tapeView")
    assert [op.name for op in view.operations] == ["matmul", "add", "relu", "mean"]
    window.findChild(type(window.next_button), "tapeNextButton").click()
    assert view.current() == 3
    with pytest.raises(TypeError, match="GradientTape"):
        nnlab.show_tape("not a tape")


def test_show_tape_of_a_tape_that_recorded_nothing_says_why(qtbot):
    with tf.GradientTape() as tape:
        pass
    window = nnlab.show_tape(tape)
    qtbot.addWidget(window)
    assert "recorded no operation" in window.findChild(type(window.explorer.rule_label), "tapeRule").text()
