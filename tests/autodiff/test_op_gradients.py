"""Every operation's backward rule against the gradient's definition: nudge each input number by ±h."""

import numpy as np
import pytest

from nnlab.autodiff import GradientTape, Variable, ops

RNG = np.random.default_rng(7)
H = 1e-6


def numeric_gradient(function, arrays, index):
    """∂ sum(function(*arrays)) / ∂ arrays[index], by central differences (float64)."""
    base = [a.copy() for a in arrays]
    grad = np.zeros_like(base[index])
    for position in np.ndindex(grad.shape):
        up = [a.copy() for a in base]
        down = [a.copy() for a in base]
        up[index][position] += H
        down[index][position] -= H
        grad[position] = (np.sum(function(*up).value) - np.sum(function(*down).value)) / (2 * H)
    return grad


def tape_gradients(function, arrays):
    variables = [Variable(a, dtype=np.float64) for a in arrays]
    with GradientTape() as tape:
        out = function(*variables)
    return [g.numpy() for g in tape.gradient(out, variables)]


def positive_probabilities(shape):
    p = RNG.uniform(0.05, 1, shape)
    return p / p.sum(axis=-1, keepdims=True)


CASES = {
    "matmul": (ops.matmul, [(4, 3), (3, 5)]),
    "add, broadcast row": (ops.add, [(4, 3), (3,)]),
    "add, broadcast column": (ops.add, [(4, 3), (4, 1)]),
    "add, same shape": (ops.add, [(2, 3), (2, 3)]),
    "subtract, broadcast": (ops.subtract, [(4, 3), (3,)]),
    "multiply, elementwise": (ops.multiply, [(3, 2), (3, 2)]),
    "multiply, by a scalar tensor": (ops.multiply, [(), (3, 2)]),
    "divide": (lambda a, b: ops.divide(a, ops.add(ops.multiply(b, b), 1.0)), [(3, 2), (2,)]),
    "negative": (ops.negative, [(3, 2)]),
    "relu": (ops.relu, [(5, 4)]),
    "sigmoid": (ops.sigmoid, [(3, 4)]),
    "tanh": (ops.tanh, [(3, 4)]),
    "softmax (weighted, so the sum is not constant)":
        (lambda z: ops.multiply(ops.softmax(z), np.arange(1.0, 6.0)), [(3, 5)]),
    "softmax over axis 0": (lambda z: ops.multiply(ops.softmax(z, axis=0), np.arange(1.0, 4.0)[:, None]), [(3, 2)]),
    "mean of all": (ops.reduce_mean, [(4, 3)]),
    "mean over an axis": (lambda x: ops.multiply(ops.reduce_mean(x, axis=1), np.arange(1.0, 5.0)), [(4, 3)]),
    "mean, keepdims": (lambda x: ops.multiply(ops.reduce_mean(x, axis=0, keepdims=True), np.arange(1.0, 4.0)),
                       [(4, 3)]),
    "sum over an axis": (lambda x: ops.multiply(ops.reduce_sum(x, axis=0), np.arange(1.0, 4.0)), [(4, 3)]),
}


@pytest.mark.parametrize("name", CASES)
def test_each_operation_s_gradient_matches_finite_differences(name):
    function, shapes = CASES[name]
    arrays = [np.asarray(RNG.normal(size=shape) + (0.3 if name == "relu" else 0)) for shape in shapes]
    for index, got in enumerate(tape_gradients(function, arrays)):
        np.testing.assert_allclose(got, numeric_gradient(function, arrays, index), rtol=1e-6, atol=1e-6)


def test_a_float_cast_passes_the_gradient_back_in_the_input_s_dtype_and_an_integer_cast_stops_it():
    x = Variable(np.array([0.5, 1.5, 2.5]), dtype=np.float64)
    with GradientTape(persistent=True) as tape:
        scaled = ops.multiply(ops.cast(x, np.float32), 3.0)
        whole = ops.cast(x, np.int32)
    grad = tape.gradient(scaled, x)
    assert grad.dtype == np.float64 and grad.numpy().tolist() == [3.0, 3.0, 3.0]
    with pytest.warns(UserWarning):
        assert tape.gradient(whole, x) is None


def test_sparse_crossentropy_gradient_matches_finite_differences():
    labels = np.array([2, 0, 4])
    p = positive_probabilities((3, 5))
    got = tape_gradients(lambda q: ops.sparse_categorical_crossentropy(labels, q), [p])[0]
    want = numeric_gradient(lambda q: ops.sparse_categorical_crossentropy(labels, q), [p], 0)
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-8)
    assert np.count_nonzero(got) == 3  # only each row's true class


def test_categorical_crossentropy_gradient_matches_finite_differences():
    targets = np.eye(5)[[1, 3]]
    p = positive_probabilities((2, 5))
    got = tape_gradients(lambda q: ops.categorical_crossentropy(targets, q), [p])[0]
    want = numeric_gradient(lambda q: ops.categorical_crossentropy(targets, q), [p], 0)
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-8)


def test_the_loss_chain_softmax_crossentropy_mean_gives_p_minus_y_over_n():
    """The slide's result, found by the tape from three separate rules: ∂L/∂z = (p − y) / N."""
    z = RNG.normal(size=(6, 4))
    labels = np.array([0, 3, 1, 1, 2, 0])
    grad = tape_gradients(lambda s: ops.reduce_mean(ops.sparse_categorical_crossentropy(labels, ops.softmax(s))),
                          [z])[0]
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(grad, (p - np.eye(4)[labels]) / 6, rtol=1e-10, atol=1e-12)


def test_a_clipped_probability_passes_no_gradient_as_in_keras():
    p = np.array([[1e-9, 1 - 1e-9], [0.3, 0.7]])
    loss = ops.sparse_categorical_crossentropy([0, 0], p)
    assert loss.numpy()[0] == pytest.approx(-np.log(1e-7))  # 16.1, not 20.7 or infinity
    grad = tape_gradients(lambda q: ops.sparse_categorical_crossentropy([0, 0], q), [p])[0]
    np.testing.assert_allclose(grad, [[0, 0], [-1 / 0.3, 0]])


def test_argmax_and_comparisons_have_no_gradient():
    x = Variable([[1.0, 3.0], [4.0, 2.0]])
    with GradientTape() as tape:
        predicted = ops.argmax(x, axis=1)
        matches = predicted == np.array([1, 1])
        accuracy = ops.reduce_mean(matches)
    assert predicted.numpy().tolist() == [1, 0] and matches.numpy().tolist() == [True, False]
    assert float(accuracy) == 0.5
    with pytest.warns(UserWarning, match="not computed by operations this tape recorded"):
        assert tape.gradient(accuracy, x) is None
    assert [op.name for op in tape.operations] == []
