"""Loss functions: how wrong the network is, as one number to make smaller.

Cross-entropy is fused with the softmax before it: the gradient with respect to the scores z is
simply (p - y) / N, and log-probabilities come from log-sum-exp, so nothing overflows or takes
the log of zero however confident the network is.
"""

from __future__ import annotations

import numpy as np


def _log_softmax(z: np.ndarray) -> np.ndarray:
    shifted = z - z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


class CategoricalCrossentropy:
    """L = -mean over the batch of log p[true class]. Labels: integer classes or one-hot rows."""

    name = "categorical_crossentropy"
    fused_activation = "softmax"

    def __call__(self, y_true: np.ndarray, probs: np.ndarray, logits: np.ndarray | None = None) -> float:
        if logits is None:  # probabilities only (a network whose last layer is not softmax): clip them
            log_p = np.log(np.clip(probs, 1e-12, 1.0))
        else:
            log_p = _log_softmax(logits)
        if y_true.ndim == 1:
            return float(-log_p[np.arange(len(y_true)), y_true].mean())
        return float(-(y_true * log_p).sum(axis=1).mean())

    def gradient_logits(self, y_true: np.ndarray, probs: np.ndarray, out: np.ndarray) -> np.ndarray:
        """dL/dz for z the scores before softmax: (p - y) / N."""
        np.copyto(out, probs)
        if y_true.ndim == 1:
            out[np.arange(len(y_true)), y_true] -= 1
        else:
            out -= y_true
        out /= len(probs)
        return out

    def gradient(self, y_true: np.ndarray, probs: np.ndarray) -> np.ndarray:
        """dL/dp, for a last layer that is not softmax."""
        grad = np.zeros_like(probs)
        clipped = np.clip(probs, 1e-12, 1.0)
        if y_true.ndim == 1:
            rows = np.arange(len(y_true))
            grad[rows, y_true] = -1.0 / clipped[rows, y_true]
        else:
            grad = -y_true / clipped
        return grad / len(probs)


class SparseCategoricalCrossentropy(CategoricalCrossentropy):
    """The same loss, named as Keras names it for integer labels."""

    name = "sparse_categorical_crossentropy"


class MeanSquaredError:
    """L = mean of (a - y)² over every element."""

    name = "mse"
    fused_activation = None

    def __call__(self, y_true, probs, logits=None) -> float:
        """``y_true`` has the outputs' shape (the model turns class labels into one-hot rows)."""
        return float(np.mean((probs - y_true) ** 2))

    def gradient(self, y_true, probs) -> np.ndarray:
        return 2.0 * (probs - y_true) / probs.size


_LOSSES = {"categorical_crossentropy": CategoricalCrossentropy,
           "sparse_categorical_crossentropy": SparseCategoricalCrossentropy,
           "mse": MeanSquaredError, "mean_squared_error": MeanSquaredError}


def get(name):
    if not isinstance(name, str):
        return name
    if name.lower() not in _LOSSES:
        raise ValueError(f"unknown loss {name!r}; choose one of {', '.join(_LOSSES)}")
    return _LOSSES[name.lower()]()
