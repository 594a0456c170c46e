"""Activation functions and their derivatives.

Each activation is written as the lecture writes it, ``a = f(z)``, with the derivative expressed
through the output ``a`` where that is possible (ReLU: 1 where a > 0; sigmoid: a(1 - a); tanh:
1 - a²). That lets a layer keep only its output for the backward pass.
"""

from __future__ import annotations

import numpy as np


class Activation:
    """An element-wise function f with ``__call__`` (forward) and ``backward`` (chain rule)."""

    name = "linear"

    def __call__(self, z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """a = f(z). ``out`` may be given (even ``out is z``) to avoid allocating."""
        if out is None:
            return z.copy()
        if out is not z:
            np.copyto(out, z)
        return out

    def derivative(self, z: np.ndarray) -> np.ndarray:
        """f'(z), for plots and for checking by hand."""
        return np.ones_like(z)

    def backward(self, a: np.ndarray, grad_a: np.ndarray, out: np.ndarray) -> np.ndarray:
        """dL/dz = dL/da * f'(z), written into ``out``, given the output ``a`` of the forward pass."""
        np.copyto(out, grad_a)
        return out

    def train_forward(self, z: np.ndarray, out: np.ndarray, kept: np.ndarray) -> np.ndarray:
        """a = f(z) into ``out`` in a training step, which may leave in ``kept`` (an array of z's
        shape that the layer does not touch until the backward pass) what ``train_backward`` needs."""
        return self(z, out=out)

    def train_backward(self, a: np.ndarray, grad_a: np.ndarray, kept: np.ndarray) -> np.ndarray:
        """dL/dz into ``kept`` (which holds what ``train_forward`` left there)."""
        return self.backward(a, grad_a, out=kept)

    def __repr__(self):
        return f"activations.get({self.name!r})"


class ReLU(Activation):
    """relu(z) = max(z, 0): the lecture's hidden-layer activation."""

    name = "relu"

    def __call__(self, z, out=None):
        return np.maximum(z, 0, out=out)

    def derivative(self, z):
        return (z > 0).astype(z.dtype)

    def backward(self, a, grad_a, out):
        # sign(a) is exactly 1 where a > 0 and 0 where a = 0 (a = relu(z) is never negative): the
        # mask without allocating one.
        np.sign(a, out=out)
        out *= grad_a
        return out

    def train_forward(self, z, out, kept):
        # In training the mask (1 where z > 0, else 0) is made once and used twice: a = z · mask now,
        # dL/dz = dL/da · mask in the backward pass. Three cheap passes instead of maximum, sign and
        # a product (half the time: README, "Measured"). The same numbers, except that a z of -inf
        # (a network whose numbers already overflowed, which the divergence guard ends) gives NaN.
        np.greater(z, 0, out=kept)
        return np.multiply(z, kept, out=out)

    def train_backward(self, a, grad_a, kept):
        return np.multiply(grad_a, kept, out=kept)


class Sigmoid(Activation):
    """sigmoid(z) = 1 / (1 + e^-z), squashing to (0, 1)."""

    name = "sigmoid"

    def __call__(self, z, out=None):
        # Written as 0.5 (1 + tanh(z / 2)): the same function, but no overflow of e^-z for large |z|.
        out = np.multiply(z, 0.5, out=out)
        np.tanh(out, out=out)
        out += 1
        out *= 0.5
        return out

    def derivative(self, z):
        a = self(z)
        return a * (1 - a)

    def backward(self, a, grad_a, out):
        np.subtract(1, a, out=out)
        out *= a
        out *= grad_a
        return out


class Tanh(Activation):
    """tanh(z), squashing to (-1, 1)."""

    name = "tanh"

    def __call__(self, z, out=None):
        return np.tanh(z, out=out)

    def derivative(self, z):
        return 1 - np.tanh(z) ** 2

    def backward(self, a, grad_a, out):
        np.multiply(a, a, out=out)
        np.subtract(1, out, out=out)
        out *= grad_a
        return out


class Softmax(Activation):
    """softmax(z)_i = e^z_i / sum_j e^z_j over the last axis: turns ten scores into ten probabilities."""

    name = "softmax"

    def __call__(self, z, out=None):
        # Subtracting the row maximum changes nothing mathematically and keeps e^z from overflowing.
        out = np.subtract(z, z.max(axis=-1, keepdims=True), out=out)
        np.exp(out, out=out)
        out /= out.sum(axis=-1, keepdims=True)
        return out

    def derivative(self, z):
        """The diagonal of the Jacobian, p (1 - p) (the full Jacobian is diag(p) - p pᵀ)."""
        p = self(z)
        return p * (1 - p)

    def backward(self, a, grad_a, out):
        # Jacobian-vector product: dL/dz = p * (dL/dp - sum(dL/dp * p)).
        dot = np.sum(grad_a * a, axis=-1, keepdims=True)
        np.subtract(grad_a, dot, out=out)
        out *= a
        return out


_ACTIVATIONS = {cls.name: cls for cls in (Activation, ReLU, Sigmoid, Tanh, Softmax)}
NAMES = list(_ACTIVATIONS)


def get(name: str | Activation | None) -> Activation:
    """An activation by name ("relu", "sigmoid", "tanh", "softmax", "linear" or None)."""
    if isinstance(name, Activation):
        return name
    key = "linear" if name is None else str(name).lower()
    if key not in _ACTIVATIONS:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(NAMES)}")
    return _ACTIVATIONS[key]()


def relu(z):
    return ReLU()(np.asarray(z, dtype=float))


def sigmoid(z):
    return Sigmoid()(np.asarray(z, dtype=float))


def tanh(z):
    return Tanh()(np.asarray(z, dtype=float))


def softmax(z):
    return Softmax()(np.asarray(z, dtype=float))
