"""``keras.ops``: the tensor operations of the book's from-scratch example (third edition).

``from nnlab.keras import ops`` gives ``ops.matmul``, ``ops.relu``, ``ops.softmax``,
``ops.sparse_categorical_crossentropy``, ``ops.mean``, ``ops.argmax`` and the chapter's arithmetic,
with Keras' argument names. They are :mod:`nnlab.autodiff`'s operations, so a running
``GradientTape`` records them; the rest of Keras' ops answer "not part of this chapter's engine".
"""

from __future__ import annotations

import numpy as np

from nnlab.autodiff import Tensor, as_tensor
from nnlab.autodiff import ops as _ops
from nnlab.autodiff.tensor import checked_shape
from nnlab.keras.missing import missing_names, not_in_this_chapter


def _logits_refused(name: str, from_logits) -> None:
    if from_logits:
        raise not_in_this_chapter(f"ops.{name}(from_logits=True)", [f"ops.{name}(labels, ops.softmax(logits))"])


def matmul(x1, x2):
    return _ops.matmul(x1, x2)


def add(x1, x2):
    return _ops.add(x1, x2)


def subtract(x1, x2):
    return _ops.subtract(x1, x2)


def multiply(x1, x2):
    return _ops.multiply(x1, x2)


def divide(x1, x2):
    return _ops.divide(x1, x2)


# the same names and arguments as Keras': the tape's own operations
negative = _ops.negative
relu = _ops.relu
sigmoid = _ops.sigmoid
tanh = _ops.tanh
softmax = _ops.softmax


def sparse_categorical_crossentropy(target, output, from_logits=False, axis=-1):
    """One loss per sample, −log p[label] (probabilities clipped to [1e-7, 1 − 1e-7] as in Keras)."""
    _logits_refused("sparse_categorical_crossentropy", from_logits)
    return _ops.sparse_categorical_crossentropy(target, output)


def categorical_crossentropy(target, output, from_logits=False, axis=-1):
    _logits_refused("categorical_crossentropy", from_logits)
    return _ops.categorical_crossentropy(target, output)


def mean(x, axis=None, keepdims=False):
    return _ops.reduce_mean(x, axis, keepdims)


def sum(x, axis=None, keepdims=False):
    return _ops.reduce_sum(x, axis, keepdims)


def argmax(x, axis=None, keepdims=False):
    result = _ops.argmax(x, axis)
    return Tensor(np.expand_dims(result.value, axis)) if keepdims and axis is not None else result


cast = _ops.cast


def equal(x1, x2):
    return _ops.compare("equal", x1, x2)


def convert_to_tensor(x, dtype=None, sparse=None):
    return as_tensor(x, dtype)


def convert_to_numpy(x):
    return np.array(getattr(x, "value", x))


def zeros(shape, dtype=None):
    return Tensor(np.zeros(checked_shape(shape), dtype=dtype or np.float32))


def ones(shape, dtype=None):
    return Tensor(np.ones(checked_shape(shape), dtype=dtype or np.float32))


NAMES = ["matmul", "add", "subtract", "multiply", "divide", "negative", "relu", "sigmoid", "tanh", "softmax",
         "sparse_categorical_crossentropy", "categorical_crossentropy", "mean", "sum", "argmax", "cast", "equal",
         "convert_to_tensor", "convert_to_numpy", "zeros", "ones"]
__getattr__ = missing_names("keras.ops", NAMES)
