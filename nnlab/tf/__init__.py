"""``import nnlab.tf as tf``: the TensorFlow names chapter 2 uses, over nnlab's own gradient tape.

The book's from-scratch example (second edition; the third edition's ``tf.GradientTape`` too)
runs with one import changed::

    import nnlab.tf as tf                  # instead of: import tensorflow as tf

``tf.Variable``, ``tf.GradientTape``, ``tf.matmul``, ``tf.zeros``, ``tf.ones``, ``tf.random.uniform``,
``tf.nn.relu``, ``tf.nn.softmax``, ``tf.reduce_mean``, ``tf.keras`` (which is ``nnlab.keras``) and a few
more are :mod:`nnlab.autodiff` under TensorFlow's names and defaults. Anything else TensorFlow has
answers "not part of this chapter's engine".
"""

from __future__ import annotations

import sys

import numpy as np

from nnlab import autodiff as _autodiff
from nnlab import keras
from nnlab.autodiff import GradientTape, Tensor
from nnlab.autodiff import ops as _ops
from nnlab.autodiff.tensor import checked_shape
from nnlab.keras.missing import missing_names, not_in_this_chapter
from nnlab.tf import nn, random

float16, float32, float64 = np.float16, np.float32, np.float64
int32, int64, uint8, bool = np.int32, np.int64, np.uint8, np.bool_


class Variable(_autodiff.Variable):
    """``tf.Variable(initial_value)``: ``assign``, ``assign_sub``, ``assign_add``, ``numpy()``."""

    def __init__(self, initial_value=None, trainable=None, name=None, dtype=None, shape=None, **kwargs):
        if initial_value is None:
            raise ValueError("initial_value must be specified, e.g. tf.Variable(tf.zeros((10,)))")
        for key, value in kwargs.items():
            if key not in ("validate_shape", "caching_device", "constraint", "synchronization", "aggregation",
                           "import_scope", "variable_def", "experimental_enable_variable_lifting"):
                raise TypeError(f"Variable.__init__() got an unexpected keyword argument {key!r}")
            if key == "constraint" and value is not None:
                raise not_in_this_chapter("tf.Variable(constraint=...)", ["tf.Variable(initial_value)"])
        if callable(initial_value) and not isinstance(initial_value, Tensor):
            initial_value = initial_value()
        super().__init__(initial_value, True if trainable is None else trainable, name,
                         None if dtype is None else np.dtype(dtype))


def constant(value, dtype=None, shape=None, name=None) -> Tensor:
    tensor = _autodiff.as_tensor(value, dtype)
    return tensor if shape is None else Tensor(np.broadcast_to(tensor.value, shape).copy())


def convert_to_tensor(value, dtype=None, name=None) -> Tensor:
    return _autodiff.as_tensor(value, dtype)


def zeros(shape, dtype=float32, name=None) -> Tensor:
    return Tensor(np.zeros(checked_shape(shape), dtype=dtype))


def ones(shape, dtype=float32, name=None) -> Tensor:
    return Tensor(np.ones(checked_shape(shape), dtype=dtype))


def matmul(a, b, transpose_a=False, transpose_b=False, name=None, **kwargs) -> Tensor:
    if transpose_a or transpose_b or any(kwargs.values()):
        raise not_in_this_chapter("tf.matmul with transposes", ["tf.matmul(a, b)"])
    return _ops.matmul(a, b)


def add(x, y, name=None) -> Tensor:
    return _ops.add(x, y)


def subtract(x, y, name=None) -> Tensor:
    return _ops.subtract(x, y)


def multiply(x, y, name=None) -> Tensor:
    return _ops.multiply(x, y)


def reduce_mean(input_tensor, axis=None, keepdims=False, name=None) -> Tensor:
    return _ops.reduce_mean(input_tensor, axis, keepdims)


def reduce_sum(input_tensor, axis=None, keepdims=False, name=None) -> Tensor:
    return _ops.reduce_sum(input_tensor, axis, keepdims)


def argmax(input, axis=None, output_type=int64, name=None) -> Tensor:
    """The index of the largest value along ``axis`` (TensorFlow's default: axis 0)."""
    return _ops.cast(_ops.argmax(input, 0 if axis is None else axis), output_type)


def cast(x, dtype, name=None) -> Tensor:
    return _ops.cast(x, dtype)


def equal(x, y, name=None) -> Tensor:
    return _ops.compare("equal", x, y)


# `from nnlab.tf.keras import optimizers` and `from nnlab.tf.keras.datasets import mnist` work as the
# book's `from tensorflow.keras import ...` lines do: tf.keras *is* nnlab.keras, submodules included.
sys.modules[__name__ + ".keras"] = keras
for _name in ("activations", "callbacks", "datasets", "layers", "losses", "metrics", "models", "ops", "optimizers",
              "utils"):
    sys.modules[f"{__name__}.keras.{_name}"] = getattr(keras, _name)

__all__ = ["Variable", "GradientTape", "Tensor", "constant", "convert_to_tensor", "zeros", "ones", "matmul", "add",
           "subtract", "multiply", "reduce_mean", "reduce_sum", "argmax", "cast", "equal", "nn", "random", "keras",
           "float16", "float32", "float64", "int32", "int64", "uint8", "bool"]
__getattr__ = missing_names("tf", __all__)
