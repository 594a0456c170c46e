"""The tensors a lesson's expressions see: the same names the Tensors page offers, without a window.

The Tensors page's workspace holds the lecture's examples, the small "real-world" tensors, the
MNIST arrays (``train_images`` ...) and the weights of the network (``W1``, ``b1`` ...). A lesson is
checked against the same names. Loading a lesson only needs shapes, so it uses stand-ins that take
no memory (a zero broadcast to the real shape); grading uses the real data, loaded once and kept.
"""

from __future__ import annotations

import functools
import os
import re

import numpy as np

from nnlab.explorer.examples import DATA_TENSORS, data_tensor_example, lecture_examples

DATA_NAMES = ("train_images", "train_labels", "test_images", "test_labels")
DATA_SHAPES = {"train_images": (60000, 28, 28), "train_labels": (60000,),
               "test_images": (10000, 28, 28), "test_labels": (10000,)}
WEIGHT_SHAPES = {"W1": (784, 512), "b1": (512,), "W2": (512, 10), "b2": (10,)}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _read_only(array) -> np.ndarray:
    view = np.asarray(array).view()
    view.flags.writeable = False
    return view


@functools.lru_cache(maxsize=1)
def _examples() -> dict:
    tensors = dict(lecture_examples())
    tensors.update({kind.name: data_tensor_example(kind) for kind in DATA_TENSORS})
    return {name: _read_only(array) for name, array in tensors.items()}


def stand_in_workspace() -> dict:
    """Every name with its true shape and dtype; the data and weights are zeros that take no memory."""
    stand_ins = {name: np.broadcast_to(np.zeros((), np.uint8), shape) for name, shape in DATA_SHAPES.items()}
    stand_ins.update({name: np.broadcast_to(np.zeros((), np.float32), shape) for name, shape in WEIGHT_SHAPES.items()})
    return {**_examples(), **stand_ins}


def workspace(expression: str, data=None) -> dict:
    """The real workspace for ``expression``: MNIST (``data``, or loaded) only when it names a data array."""
    tensors = dict(_examples())
    names = set(_NAME.findall(expression))
    if names_data(expression):
        arrays = data if data is not None else mnist()
        (x_train, y_train), (x_test, y_test) = arrays
        tensors.update({name: _read_only(array)
                        for name, array in zip(DATA_NAMES, (x_train, y_train, x_test, y_test))})
    if names & set(WEIGHT_SHAPES):
        tensors.update(bundled_weights())
    return tensors


def mnist():
    """MNIST as ``load_dataset`` gives it, loaded once per data folder (``$NNLAB_DATA_DIR`` and the cache)."""
    return _mnist(os.environ.get("NNLAB_DATA_DIR", ""))


@functools.lru_cache(maxsize=1)
def _mnist(_data_dir: str):
    from nnlab.data import load_dataset
    return load_dataset("mnist")


@functools.lru_cache(maxsize=1)
def bundled_weights() -> dict:
    """``W1, b1, W2, b2`` of the bundled lecture network, as the Tensors page shows them."""
    import nnlab
    weights = nnlab.load_pretrained().get_weights()
    return {f"{'W' if index % 2 == 0 else 'b'}{index // 2 + 1}": _read_only(array)
            for index, array in enumerate(weights)}


def names_data(expression: str) -> bool:
    """True when ``expression`` uses an MNIST array (``train_images`` ...)."""
    return bool(set(_NAME.findall(expression)) & set(DATA_NAMES))


def needs_mnist(step) -> bool:
    """True when grading ``step`` needs MNIST: an experiment, or an expression over the data."""
    question = step.question
    return question is not None and (question.kind == "outcome" or names_data(question.expression))
