"""``keras.layers``: ``Dense`` (the engine's layer, with Keras' arguments and names) and ``Input``.

Anything else Keras has (Conv2D, Dropout, Flatten, ...) answers with "not part of this chapter's
engine", never an AttributeError.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from nnlab.core import Dense as _CoreDense
from nnlab.keras import activations
from nnlab.keras.missing import missing_names, not_in_this_chapter

_counters: dict[str, itertools.count] = defaultdict(itertools.count)


def unique_name(base: str) -> str:
    """Keras' automatic names: "dense", "dense_1", "dense_2", ... for each kind of object."""
    number = next(_counters[base])
    return base if number == 0 else f"{base}_{number}"


def as_shape(shape, argument: str) -> tuple[int]:
    """The shape of one sample, ``(features,)``, as Keras accepts it (an int means a 1-tuple).

    The engine's Dense layer takes vectors, so a shape such as (28, 28) is refused with the
    reshape that fixes it (Keras would need a Flatten layer, which is not in this chapter).
    """
    if isinstance(shape, int):
        shape = (shape,)
    try:
        dims = tuple(shape)
    except TypeError:
        raise ValueError(f"{argument} must be a tuple of integers, such as (784,). Received: {shape!r}") from None
    if not dims or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in dims):
        raise ValueError(f"{argument} must be a tuple of positive integers, such as (784,). Received: {shape!r}")
    if len(dims) != 1:
        flat = " * ".join(map(str, dims))
        raise ValueError(f"{argument}={dims}: nnlab's Dense layers take vectors, so use {argument}=({flat},) "
                         f"and reshape the data to match: x.reshape((len(x), {flat}))")
    return dims


# Keras arguments whose default behaviour is the engine's: accepted with these values only.
_ENGINE_DEFAULTS = {"use_bias": True, "kernel_initializer": "glorot_uniform", "bias_initializer": "zeros",
                    "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
                    "kernel_constraint": None, "bias_constraint": None, "trainable": True, "dtype": None}


class Dense(_CoreDense):
    """``Dense(units, activation=None, input_shape=None, name=None)``: output = activation(dot(x, W) + b).

    The engine's Dense layer under Keras' argument names. Keras arguments that would change what
    the layer computes (``use_bias=False``, other initializers, regularizers) are refused clearly.
    """

    def __init__(self, units, activation=None, input_shape=None, input_dim=None, name=None, **kwargs):
        for key, value in kwargs.items():
            if key not in _ENGINE_DEFAULTS:
                raise TypeError(f"Unrecognized keyword argument passed to Dense: {key!r}")
            if value != _ENGINE_DEFAULTS[key]:
                raise not_in_this_chapter(f"Dense({key}={value!r})",
                                          [f"Dense with {k}={v!r}" for k, v in _ENGINE_DEFAULTS.items()
                                           if k in ("use_bias", "kernel_initializer", "bias_initializer")])
        if isinstance(units, bool) or not isinstance(units, int) or units < 1:
            raise ValueError(f"Received an invalid value for `units`, expected a positive integer. "
                             f"Received: units={units!r}")
        if input_shape is None and input_dim is not None:
            input_shape = (input_dim,)
        if input_shape is not None:
            input_shape = as_shape(input_shape, "input_shape")
        super().__init__(units, activation=activations.get(activation), input_shape=input_shape)
        self.name = name or unique_name("dense")

    def __call__(self, *args, **kwargs):
        raise not_in_this_chapter("Calling a layer on its inputs (Keras' functional API)",
                                  ["keras.Sequential([layers.Dense(...), ...])"])


class InputLayer:
    """``keras.Input(shape=(784,))``: declares the shape of one sample before the first layer."""

    def __init__(self, shape=None, batch_size=None, name=None, **kwargs):
        if kwargs:
            raise TypeError(f"Unrecognized keyword arguments passed to Input: {sorted(kwargs)}")
        self.shape = as_shape(shape, "shape")
        self.name = name or unique_name("input_layer")

    def __repr__(self):
        return f"Input(shape={self.shape})"


Input = InputLayer

__getattr__ = missing_names("keras.layers", ["Dense", "Input", "InputLayer"])
