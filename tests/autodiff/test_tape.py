"""The tape: what it records, the lecture network's gradients against the engine's hand-written
backward pass, the values it lets go of, and TensorFlow's answers to misuse (with the fix)."""

import gc
import os
import time
import weakref

import numpy as np
import pytest

from nnlab.autodiff import GradientTape, Tensor, Variable, ops
from nnlab.core import Dense, Sequential


def lecture_network(seed=0):
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")],
                       seed=seed)
    model.compile("sgd", "sparse_categorical_crossentropy")
    return model


def batch(seed=1, n=128):
    rng = np.random.default_rng(seed)
    return rng.random((n, 784), dtype=np.float32), rng.integers(0, 10, n)


def forward(images, labels, W1, b1, W2, b2):
    hidden = ops.relu(ops.add(ops.matmul(images, W1), b1))
    predictions = ops.softmax(ops.add(ops.matmul(hidden, W2), b2))
    return ops.reduce_mean(ops.sparse_categorical_crossentropy(labels, predictions))


def test_the_lecture_network_s_gradients_equal_the_engine_s_hand_written_backward_pass():
    model = lecture_network()
    images, labels = batch()
    core_loss, core_grads = model.loss_and_grads(images, labels)
    weights = [Variable(w) for w in model.get_weights()]
    with GradientTape() as tape:
        loss = forward(images, labels, *weights)
    grads = tape.gradient(loss, weights)
    assert float(loss) == pytest.approx(core_loss, rel=1e-6)
    for got, want in zip(grads, core_grads):
        assert got.dtype == np.float32 and got.shape == want.shape
        scale = np.abs(want).max()
        np.testing.assert_allclose(got.numpy(), want, rtol=0, atol=scale * 1e-5)  # float32 rounding


def test_the_tape_records_the_784_512_10_graph_with_every_shape_and_gradient_shape():
    images, labels = batch()
    weights = [Variable(w) for w in lecture_network().get_weights()]
    with GradientTape() as tape:
        loss = forward(images, labels, *weights)
    tape.gradient(loss, weights)
    ops_seen = [(op.name, op.input_shapes, op.output_shape, op.gradient_shapes) for op in tape.operations]
    assert ops_seen == [
        ("matmul", [(128, 784), (784, 512)], (128, 512), [None, (784, 512)]),  # no gradient for the images
        ("add", [(128, 512), (512,)], (128, 512), [(128, 512), (512,)]),
        ("relu", [(128, 512)], (128, 512), [(128, 512)]),
        ("matmul", [(128, 512), (512, 10)], (128, 10), [(128, 512), (512, 10)]),
        ("add", [(128, 10), (10,)], (128, 10), [(128, 10), (10,)]),
        ("softmax", [(128, 10)], (128, 10), [(128, 10)]),
        ("sparse_categorical_crossentropy", [(128,), (128, 10)], (128,), [None, (128, 10)]),
        ("mean", [(128,)], (), [(128,)]),
    ]
    assert [op.sources for op in tape.operations][:2] == [[("constant", None), ("variable", 0)],
                                                          [("op", 0), ("variable", 1)]]


def test_a_non_persistent_tape_lets_go_of_the_step_s_values_and_refuses_a_second_gradient():
    images, labels = batch()
    weights = [Variable(w) for w in lecture_network().get_weights()]
    with GradientTape() as tape:
        hidden = ops.relu(ops.add(ops.matmul(images, weights[0]), weights[1]))
        loss = ops.reduce_mean(ops.sparse_categorical_crossentropy(
            labels, ops.softmax(ops.add(ops.matmul(hidden, weights[2]), weights[3]))))
    kept = weakref.ref(hidden)
    del hidden
    gc.collect()
    assert kept() is not None and tape.holds_values  # the tape holds the forward values until gradient()
    tape.gradient(loss, weights)
    gc.collect()
    assert kept() is None and not tape.holds_values
    with pytest.raises(RuntimeError, match="can only be used to compute one set of gradients.*persistent=True"):
        tape.gradient(loss, weights)
    assert len(tape.operations) == 8  # what it recorded stays readable (shapes only)


def test_a_persistent_tape_answers_twice():
    x = Variable(3.0)
    with GradientTape(persistent=True) as tape:
        y = x * x
    assert float(tape.gradient(y, x)) == 6.0 and float(tape.gradient(y, x)) == 6.0


def test_a_constant_is_not_watched_unless_asked_as_in_tensorflow():
    x = Tensor(np.float32(2.0))
    with GradientTape() as tape:
        y = 2 * x + 3
    with pytest.warns(UserWarning, match=r"tape.watch\(x\)"):
        assert tape.gradient(y, x) is None
    with GradientTape() as tape:
        tape.watch(x)
        y = 2 * x + 3
    assert float(tape.gradient(y, x)) == 2.0


def test_a_non_scalar_target_is_summed_as_in_tensorflow():
    W = Variable(np.ones((2, 2), np.float32))
    b = Variable(np.zeros(2, np.float32))
    x = np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)
    with GradientTape() as tape:
        y = ops.matmul(x, W) + b
    grad_W, grad_b = tape.gradient(y, [W, b])
    np.testing.assert_array_equal(grad_W.numpy(), [[4, 4], [6, 6]])
    np.testing.assert_array_equal(grad_b.numpy(), [2, 2])


def test_misuse_gets_tensorflow_s_message_and_the_fix():
    W = Variable(np.ones((2, 2), np.float32))
    with GradientTape() as tape:
        loss = ops.reduce_mean(W * 2)
    with pytest.raises(ValueError, match="not tf.Tensor or tf.Variable.*model.weights"):
        tape.gradient(loss, [np.ones((2, 2))])
    with GradientTape() as tape:
        pass
    loss = ops.reduce_mean(W * 2)  # computed after the `with` block: nothing recorded
    with pytest.warns(UserWarning, match="inside the `with tf.GradientTape"):
        assert tape.gradient(loss, W) is None
    with pytest.raises(ValueError, match="tf.constant"), GradientTape() as tape:
        tape.watch(np.zeros(3))


def test_gradient_asked_inside_the_with_block_stops_the_recording_as_in_tensorflow():
    x = Variable(2.0)
    with GradientTape() as tape:
        y = x * x
        assert float(tape.gradient(y, x)) == 4.0
        z = y * 3  # not recorded any more
    assert len(tape.operations) == 1 and isinstance(z, Tensor)


def test_a_variable_used_twice_adds_both_paths_and_nested_tapes_each_record():
    x = Variable(3.0)
    with GradientTape() as outer:
        with GradientTape() as inner:
            y = x * x + x
        assert float(inner.gradient(y, x)) == 7.0
    assert float(outer.gradient(y, x)) == 7.0


def test_variables_change_in_place_and_refuse_a_wrong_shape():
    w = Variable(np.zeros(3, np.float32))
    array = w.value
    w.assign_sub(Tensor(np.ones(3, np.float32)) * 0.5)
    w.assign(w - 1)
    assert w.value is array and w.numpy().tolist() == [-1.5, -1.5, -1.5]
    with pytest.raises(ValueError, match="shape"):
        w.assign(np.zeros(4))
    assert "tf.Variable 'Variable:0' shape=(3,) dtype=float32" in repr(w)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: there is no BLAS thread count to choose")
def test_a_training_loop_on_the_tape_gets_its_blas_threads_chosen_as_fit_does():
    from nnlab.autodiff import threads

    w = Variable(np.ones((8, 4), np.float32))
    x = np.ones((16, 8), np.float32)
    time.sleep(threads.PAUSE)  # whatever ran before: this loop starts fresh
    for _ in range(40):
        with GradientTape() as tape:
            loss = ops.reduce_mean(ops.matmul(x, w))
        w.assign_sub(tape.gradient(loss, w) * 0.01)
    chosen = threads.choices()
    assert chosen and chosen[0][1] in (1, os.cpu_count())
