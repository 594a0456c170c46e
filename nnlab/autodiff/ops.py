"""The operations of chapter 2, each with its backward rule beside it.

Every operation computes its output with NumPy and hands :func:`record` one rule per input: given
``g``, the gradient of the loss with respect to the output, the rule returns the gradient with
respect to that input. Read them next to the slide's chain rule:

    z = x · W             ∂L/∂x = ∂L/∂z · Wᵀ          ∂L/∂W = xᵀ · ∂L/∂z
    z = x + b             ∂L/∂x = ∂L/∂z               ∂L/∂b = ∂L/∂z summed over the broadcast rows
    a = relu(z)           ∂L/∂z = ∂L/∂a where z > 0, else 0
    p = softmax(z)        ∂L/∂z = p ⊙ (∂L/∂p − Σⱼ ∂L/∂pⱼ pⱼ)
    ℓᵢ = −log pᵢ[yᵢ]      ∂L/∂pᵢ[yᵢ] = −∂L/∂ℓᵢ / pᵢ[yᵢ]
    L = mean(ℓ)           ∂L/∂ℓᵢ = 1 / N

``argmax``, the comparisons and ``cast`` to integers have no gradient: their outputs are never
recorded. Nothing here goes beyond the chapter: no convolutions, no slicing on the tape.
"""

from __future__ import annotations

import numpy as np

from nnlab.autodiff.tape import record
from nnlab.autodiff.tensor import Tensor, value_of

EPSILON = 1e-7  # Keras' epsilon: probabilities are clipped to [ε, 1 − ε] before the log


def unbroadcast(g: np.ndarray, shape: tuple) -> np.ndarray:
    """Broadcasting copied a smaller input along rows (or length-1 axes); its gradient adds the copies up."""
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return g


# -- arithmetic ------------------------------------------------------------------------------------
def matmul(x, w):
    """z = x · W (the Dense layer's product): (128, 784) · (784, 512) -> (128, 512)."""
    a, b = value_of(x), value_of(w)
    if np.ndim(a) != 2 or np.ndim(b) != 2:
        raise ValueError(f"matmul here multiplies two matrices (2-D), got shapes {np.shape(a)} and {np.shape(b)}; "
                         f"reshape a vector v to a one-row matrix first: v.reshape((1, -1))")
    return record("matmul", (x, w), a @ b, (
        lambda g: g @ b.T,       # ∂L/∂x = ∂L/∂z · Wᵀ
        lambda g: a.T @ g))      # ∂L/∂W = xᵀ · ∂L/∂z


def add(x, y):
    """x + y, broadcasting as NumPy does: (128, 512) + (512,) adds b to every row."""
    a, b = value_of(x), value_of(y)
    return record("add", (x, y), a + b, (
        lambda g: unbroadcast(g, np.shape(a)),    # ∂L/∂x = ∂L/∂z
        lambda g: unbroadcast(g, np.shape(b))))   # ∂L/∂b = ∂L/∂z, summed over the rows b was copied to


def subtract(x, y):
    a, b = value_of(x), value_of(y)
    return record("subtract", (x, y), a - b, (
        lambda g: unbroadcast(g, np.shape(a)),
        lambda g: unbroadcast(-g, np.shape(b))))


def multiply(x, y):
    """Element by element (a number times a tensor too): ∂(x·y)/∂x = y, ∂(x·y)/∂y = x."""
    a, b = value_of(x), value_of(y)
    return record("multiply", (x, y), a * b, (
        lambda g: unbroadcast(g * b, np.shape(a)),
        lambda g: unbroadcast(g * a, np.shape(b))))


def divide(x, y):
    a, b = value_of(x), value_of(y)
    return record("divide", (x, y), a / b, (
        lambda g: unbroadcast(g / b, np.shape(a)),
        lambda g: unbroadcast(-g * a / (b * b), np.shape(b))))


def negative(x):
    return record("negative", (x,), -value_of(x), (lambda g: -g,))


# -- activations -----------------------------------------------------------------------------------
def relu(x):
    """max(z, 0): the gradient passes where z was positive and stops where it was not."""
    z = value_of(x)
    return record("relu", (x,), np.maximum(z, 0), (lambda g: g * (z > 0),))


def sigmoid(x):
    """1 / (1 + e⁻ᶻ): its slope is σ(z)(1 − σ(z))."""
    z = value_of(x)
    s = 1 / (1 + np.exp(-z))
    return record("sigmoid", (x,), s, (lambda g: g * s * (1 - s),))


def tanh(x):
    """tanh(z): its slope is 1 − tanh(z)²."""
    t = np.tanh(value_of(x))
    return record("tanh", (x,), t, (lambda g: g * (1 - t * t),))


def softmax(x, axis=-1):
    """pᵢ = exp(zᵢ) / Σⱼ exp(zⱼ) along ``axis`` (shifted by the largest z, so nothing overflows)."""
    z = value_of(x)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    p = e / e.sum(axis=axis, keepdims=True)
    return record("softmax", (x,), p, (
        lambda g: p * (g - (g * p).sum(axis=axis, keepdims=True)),))  # ∂L/∂z = p ⊙ (g − Σ g·p)


# -- losses ----------------------------------------------------------------------------------------
def sparse_categorical_crossentropy(labels, probabilities):
    """ℓᵢ = −log pᵢ[yᵢ] for integer labels yᵢ: one loss per sample, as Keras' function returns.

    The probabilities are clipped to [10⁻⁷, 1 − 10⁻⁷] first, as Keras does, so a confident wrong
    answer costs 16.1 instead of infinity; where the clip acted, no gradient flows (as in Keras).
    """
    y = np.asarray(value_of(labels)).astype(np.intp).reshape(-1)
    p = value_of(probabilities)
    if p.ndim != 2 or len(y) != len(p):
        raise ValueError(f"sparse_categorical_crossentropy needs one integer label per row of predictions: got "
                         f"labels of shape {np.shape(value_of(labels))} and predictions of shape {p.shape}")
    if len(y) and (y.min() < 0 or y.max() >= p.shape[1]):
        raise ValueError(f"labels must be class numbers from 0 to {p.shape[1] - 1}, got {y.min()} to {y.max()}")
    rows = np.arange(len(y))
    picked = p[rows, y]
    kept = (picked > EPSILON) & (picked < 1 - EPSILON)  # where the clip did not act

    def rule(g):                                          # ∂ℓᵢ/∂pᵢ[yᵢ] = −1 / pᵢ[yᵢ]
        grad = np.zeros_like(p)
        grad[rows, y] = np.where(kept, -g / np.where(kept, picked, 1), 0)
        return grad

    return record("sparse_categorical_crossentropy", (labels, probabilities),
                  -np.log(np.clip(picked, EPSILON, 1 - EPSILON)), (None, rule))


def categorical_crossentropy(targets, probabilities):
    """ℓᵢ = −Σⱼ yᵢⱼ log pᵢⱼ for one-hot (or probability) targets, clipped as in Keras."""
    t, p = np.asarray(value_of(targets), dtype=value_of(probabilities).dtype), value_of(probabilities)
    if t.shape != p.shape:
        raise ValueError(f"categorical_crossentropy needs targets shaped like the predictions: got {t.shape} "
                         f"and {p.shape} (for integer labels use sparse_categorical_crossentropy)")
    kept = (p > EPSILON) & (p < 1 - EPSILON)
    return record("categorical_crossentropy", (targets, probabilities),
                  -(t * np.log(np.clip(p, EPSILON, 1 - EPSILON))).sum(axis=-1),
                  (None, lambda g: np.where(kept, -g[..., None] * t / np.where(kept, p, 1), 0)))


# -- reductions ------------------------------------------------------------------------------------
def _axes(axis, ndim: int) -> tuple:
    if axis is None:
        return tuple(range(ndim))
    return tuple(a % ndim for a in (axis if isinstance(axis, (list, tuple)) else (axis,)))


def _spread(g, shape, axes, keepdims):
    """The gradient of a reduction goes back to every element that was reduced."""
    if not keepdims:
        g = np.expand_dims(g, axes)
    return np.broadcast_to(g, shape)


def reduce_sum(x, axis=None, keepdims=False):
    """Σ x: each element's gradient is the sum's."""
    v = value_of(x)
    v = v.astype(np.float32) if v.dtype == bool else v
    axes = _axes(axis, v.ndim)
    return record("sum", (x,), v.sum(axis=axes, keepdims=keepdims),
                  (lambda g: _spread(g, v.shape, axes, keepdims),))


def reduce_mean(x, axis=None, keepdims=False):
    """The mean: each of the N elements gets 1/N of the mean's gradient (a batch's average loss)."""
    v = value_of(x)
    v = v.astype(np.float32) if v.dtype == bool else v  # the mean of matches is the accuracy, as in Keras
    axes = _axes(axis, v.ndim)
    count = int(np.prod([v.shape[a] for a in axes]))
    return record("mean", (x,), v.mean(axis=axes, keepdims=keepdims),
                  (lambda g: _spread(g / count, v.shape, axes, keepdims),))


# -- no gradient -----------------------------------------------------------------------------------
def argmax(x, axis=None):
    """The index of the largest value (the predicted class): a choice, with no gradient."""
    return Tensor(np.argmax(value_of(x), axis=axis))


def cast(x, dtype):
    """The values as another dtype; a float-to-float cast passes the gradient on, others stop it."""
    v, dtype = value_of(x), np.dtype(getattr(dtype, "as_numpy_dtype", dtype))
    if np.issubdtype(dtype, np.floating) and np.issubdtype(v.dtype, np.floating):
        return record("cast", (x,), v.astype(dtype), (lambda g: g.astype(v.dtype),))
    return Tensor(v.astype(dtype))


def compare(name: str, x, y):
    """x == y, x < y, ...: True/False per element, with no gradient."""
    function = {"equal": np.equal, "not_equal": np.not_equal, "less": np.less, "less_equal": np.less_equal,
                "greater": np.greater, "greater_equal": np.greater_equal}[name]
    return Tensor(function(value_of(x), value_of(y)))
