"""Backpropagation is right: analytic gradients equal central finite differences (float64)."""

import numpy as np
import pytest

from nnlab.core import Dense, Sequential, activations


def numeric_grads(model, x, y, eps=1e-6):
    grads = []
    for param in model._params():
        grad = np.zeros_like(param)
        for index in np.ndindex(param.shape):
            saved = param[index]
            param[index] = saved + eps
            plus, _ = model.loss_and_grads(x, y)
            param[index] = saved - eps
            minus, _ = model.loss_and_grads(x, y)
            param[index] = saved
            grad[index] = (plus - minus) / (2 * eps)
        grads.append(grad)
    return grads


def small_model(hidden_activation, last_activation="softmax", loss="categorical_crossentropy", seed=3):
    model = Sequential([Dense(5, activation=hidden_activation, input_shape=(4,)),
                        Dense(4, activation=hidden_activation),
                        Dense(3, activation=last_activation)], seed=seed, dtype="float64")
    model.compile("sgd", loss, ["accuracy"])
    return model


@pytest.mark.parametrize("hidden", ["relu", "sigmoid", "tanh", "linear", "softmax"])
@pytest.mark.parametrize("last, loss", [("softmax", "categorical_crossentropy"), ("sigmoid", "mse"),
                                        ("linear", "mse"), ("tanh", "categorical_crossentropy")])
def test_analytic_gradients_match_finite_differences(hidden, last, loss):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(6, 4))
    y = rng.integers(0, 3, size=6)
    model = small_model(hidden, last, loss)
    if last == "tanh":  # cross-entropy needs probabilities: keep outputs positive
        model.layers[-1].b[:] = 3.0
    loss_value, analytic = model.loss_and_grads(x, y)
    assert np.isfinite(loss_value)
    for a, n in zip(analytic, numeric_grads(model, x, y)):
        np.testing.assert_allclose(a, n, rtol=1e-5, atol=1e-7)


def test_one_hot_and_integer_labels_give_the_same_loss_and_gradients():
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=(8, 4)), rng.integers(0, 3, size=8)
    model = small_model("relu")
    loss_int, grads_int = model.loss_and_grads(x, y)
    loss_hot, grads_hot = model.loss_and_grads(x, np.eye(3)[y])
    assert loss_int == pytest.approx(loss_hot)
    for a, b in zip(grads_int, grads_hot):
        np.testing.assert_allclose(a, b)


def test_cross_entropy_stays_finite_for_extreme_scores():
    model = small_model("relu")
    model.layers[-1].b[:] = [1e4, -1e4, 0.0]   # softmax saturates: p = (1, 0, 0)
    loss, grads = model.loss_and_grads(np.zeros((2, 4)), np.array([1, 1]))
    assert np.isfinite(loss) and loss > 1e3      # -log p = 2e4, computed without log(0)
    assert all(np.all(np.isfinite(g)) for g in grads)


@pytest.mark.parametrize("name", ["relu", "sigmoid", "tanh", "linear"])
def test_activation_derivative_matches_finite_difference(name):
    f = activations.get(name)
    z = np.linspace(-4, 4, 41) + 0.013   # avoid relu's kink at exactly 0
    numeric = (f(z + 1e-6) - f(z - 1e-6)) / 2e-6
    np.testing.assert_allclose(f.derivative(z), numeric, rtol=1e-6, atol=1e-8)


def test_activation_values():
    z = np.array([-2.0, 0.0, 3.0])
    np.testing.assert_allclose(activations.relu(z), [0, 0, 3])
    np.testing.assert_allclose(activations.sigmoid(z), 1 / (1 + np.exp(-z)))
    np.testing.assert_allclose(activations.tanh(z), np.tanh(z))
    p = activations.softmax(np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, -1000.0]]))
    np.testing.assert_allclose(p.sum(axis=1), 1)
    np.testing.assert_allclose(p[0], np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())
    np.testing.assert_allclose(p[1], [0.5, 0.5, 0])
    assert activations.sigmoid(np.array([-1000.0, 1000.0])).tolist() == [0.0, 1.0]


def test_unknown_activation_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown activation 'relu6'"):
        Dense(3, activation="relu6")
