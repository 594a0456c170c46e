"""Loss functions: how wrong the network is, as one number to make smaller.

Cross-entropy is fused with the softmax before it: the gradient with respect to the scores z is
simply (p - y) / N, and log-probabilities come from the scores, so nothing overflows or takes the
log of zero however confident the network is. It is the one cross-entropy of nnlab: ``fit``,
``evaluate``, the Train page's evaluation and ``nnlab evaluate`` all use it.

Gradients take ``count``, the size of the whole batch, so a huge batch can be processed in chunks
whose gradients add up to the batch's (each chunk divides by the batch size, not its own).
"""

from __future__ import annotations

import numpy as np


def _log_softmax(z: np.ndarray) -> np.ndarray:
    shifted = z - z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def _log_probability(logits: np.ndarray, probs: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """log softmax(z)[class] for each row, from values the forward pass already computed.

    log p_c = (z_c - max z) - log Σ exp(z - max z), and the softmax's largest probability is
    exactly 1 / Σ exp(z - max z) (its own term is e⁰ = 1): so log p_c = z_c - max z + log p_max.
    Exact for a confident network (no clipping: z_c - max z is not rounded to a probability of
    0) and it costs a few passes over one number per row instead of over the whole output.
    """
    rows = np.arange(len(classes))
    top = logits.argmax(axis=1)
    return (logits[rows, classes] - logits[rows, top]) + np.log(probs[rows, top])


class CategoricalCrossentropy:
    """L = -mean over the batch of log p[true class]. Labels: integer classes or one-hot rows."""

    name = "categorical_crossentropy"
    fused_activation = "softmax"

    def __call__(self, y_true: np.ndarray, probs: np.ndarray, logits: np.ndarray | None = None) -> float:
        if logits is not None and y_true.ndim == 1:
            return float(-_log_probability(logits, probs, y_true).mean())
        if logits is None:  # probabilities only (a network whose last layer is not softmax): clip them
            log_p = np.log(np.clip(probs, 1e-12, 1.0))
        else:
            log_p = _log_softmax(logits)
        if y_true.ndim == 1:
            return float(-log_p[np.arange(len(y_true)), y_true].mean())
        return float(-(y_true * log_p).sum(axis=1).mean())

    def gradient_logits(self, y_true: np.ndarray, probs: np.ndarray, out: np.ndarray,
                        count: int | None = None) -> np.ndarray:
        """dL/dz for z the scores before softmax: (p - y) / N, N = ``count`` or the number of rows."""
        np.copyto(out, probs)
        if y_true.ndim == 1:
            out[np.arange(len(y_true)), y_true] -= 1
        else:
            out -= y_true
        out /= count or len(probs)
        return out

    def gradient(self, y_true: np.ndarray, probs: np.ndarray, count: int | None = None) -> np.ndarray:
        """dL/dp, for a last layer that is not softmax."""
        grad = np.zeros_like(probs)
        clipped = np.clip(probs, 1e-12, 1.0)
        if y_true.ndim == 1:
            rows = np.arange(len(y_true))
            grad[rows, y_true] = -1.0 / clipped[rows, y_true]
        else:
            grad = -y_true / clipped
        return grad / (count or len(probs))


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

    def gradient(self, y_true, probs, count: int | None = None) -> np.ndarray:
        return 2.0 * (probs - y_true) / (probs.size if count is None else count * probs[0].size)


_LOSSES = {"categorical_crossentropy": CategoricalCrossentropy,
           "sparse_categorical_crossentropy": SparseCategoricalCrossentropy,
           "mse": MeanSquaredError, "mean_squared_error": MeanSquaredError}


def get(name):
    if not isinstance(name, str):
        return name
    if name.lower() not in _LOSSES:
        raise ValueError(f"unknown loss {name!r}; choose one of {', '.join(_LOSSES)}")
    return _LOSSES[name.lower()]()
