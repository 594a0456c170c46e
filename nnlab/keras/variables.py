"""``keras.Variable``: a weight of the book's from-scratch ``NaiveDense`` (third edition).

``keras.Variable(shape=(784, 512), initializer="uniform")`` or ``keras.Variable(value)``; it has
``assign``, ``assign_sub``, ``assign_add`` and ``numpy()``, and a ``GradientTape`` watches it.
"""

from __future__ import annotations

import itertools

import numpy as np

from nnlab.autodiff import Variable as _Variable
from nnlab.autodiff.tensor import checked_shape
from nnlab.keras.missing import not_in_this_chapter

# Keras' built-in initializers of the chapter, with Keras' default arguments.
INITIALIZERS = {
    "zeros": lambda shape: np.zeros(shape),
    "ones": lambda shape: np.ones(shape),
    "uniform": lambda shape: np.random.uniform(-0.05, 0.05, shape),        # keras RandomUniform()
    "random_uniform": lambda shape: np.random.uniform(-0.05, 0.05, shape),
    "normal": lambda shape: np.random.normal(0.0, 0.05, shape),            # keras RandomNormal()
    "random_normal": lambda shape: np.random.normal(0.0, 0.05, shape),
    "glorot_uniform": lambda shape: np.random.uniform(-1, 1, shape) * np.sqrt(6 / (shape[0] + shape[-1]))
    if len(shape) >= 2 else np.random.uniform(-1, 1, shape) * np.sqrt(3 / shape[0]),
}
_numbers = itertools.count()


class Variable(_Variable):
    """``keras.Variable(initializer, shape=None, dtype=None, trainable=True, name=None)``."""

    def __init__(self, initializer, shape=None, dtype=None, trainable=True, name=None, **kwargs):
        for key in kwargs:
            if key not in ("autocast", "aggregation", "synchronization"):
                raise TypeError(f"Variable.__init__() got an unexpected keyword argument {key!r}")
        if isinstance(initializer, str):
            key = initializer.lower()
            if key not in INITIALIZERS:
                raise not_in_this_chapter(f"The initializer {initializer!r}", [f'"{k}"' for k in INITIALIZERS])
            if shape is None:
                raise ValueError("When creating a Variable from an initializer, the `shape` argument should be "
                                 "specified, e.g. keras.Variable(shape=(784, 512), initializer=\"uniform\")")
            shape = checked_shape(shape)
            value = INITIALIZERS[key](shape)
        else:
            value = initializer() if callable(initializer) else initializer
            if shape is not None and tuple(np.shape(getattr(value, "value", value))) != tuple(shape):
                raise ValueError(f"Initial value has shape {np.shape(getattr(value, 'value', value))}, "
                                 f"not the shape={tuple(shape)} given")
        number = next(_numbers)
        super().__init__(value, trainable, name or ("variable" if number == 0 else f"variable_{number}"),
                         np.dtype(dtype or "float32"))

    def __repr__(self):
        return f"<Variable path={self.name}, shape={self.shape}, dtype={self.dtype}, value={self.value}>"
