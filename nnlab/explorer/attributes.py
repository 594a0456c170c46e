"""The three key attributes of a tensor (ndim, shape, dtype) and their friends, explained.

The lecture introduces a tensor by these attributes: ``train_images.ndim`` is 3, its ``shape`` is
(60000, 28, 28), its ``dtype`` is uint8. Each answer here comes with a sentence that says what it
means for the tensor at hand.
"""

from __future__ import annotations

import numpy as np

from nnlab.explorer.messages import QT_TRANSLATE_NOOP, QCoreApplication, Section, msg, plural
from nnlab.explorer.rules.shapes import transpose_rule


def describe_attribute(array: np.ndarray, attribute: str, label: str):
    """``(value, section)`` for ``array.<attribute>``; the attribute is one of ``ATTRIBUTES``."""
    if attribute == "T":
        _, section = transpose_rule(array.shape, None, label)
        return array.T, section
    explain = {"ndim": _ndim, "shape": _shape, "dtype": _dtype, "size": _size, "itemsize": _dtype,
               "nbytes": _nbytes}[attribute]
    title = msg(QT_TRANSLATE_NOOP("explorer", "Attribute: {name}"), name=f"{label}.{attribute}")
    return getattr(array, attribute), Section(title, tuple(explain(array, label)))


def _ndim(array, label):
    if array.ndim == 0:
        yield msg(QT_TRANSLATE_NOOP("explorer", "{label} has no axes: it is a scalar, a 0D tensor holding one "
                                                "number; its rank, {attribute}, is the integer 0."), label=label,
                  attribute="ndim")
        return
    yield plural(QCoreApplication.translate("explorer", "{label} has %n axes, so it is a {ndim}D tensor: {attribute}, "
                                                       "its rank, is this number of axes, an integer; it is also the "
                                                       "number of sizes in its shape {shape}.", None, 1),
                 array.ndim, label=label, ndim=array.ndim, shape=array.shape, attribute="ndim")


def _shape(array, label):
    yield plural(QCoreApplication.translate("explorer", "The shape, a tuple of integers, lists how many entries "
                                                       "{label} has along each of its %n axes.", None, 1),
                 array.ndim, label=label)
    for axis, size in enumerate(array.shape[:6]):
        yield plural(QCoreApplication.translate("explorer", "Axis {axis}: %n entries.", None, 1), size, axis=axis)


def _dtype(array, label):
    yield msg(QT_TRANSLATE_NOOP("explorer", "Every entry of {label} is stored as {dtype} (bytes per entry: {size})."),
              label=label, dtype=str(array.dtype), size=array.itemsize)
    if array.dtype.kind in "iu":
        info = np.iinfo(array.dtype)
        yield msg(QT_TRANSLATE_NOOP("explorer", "{dtype} holds whole numbers from {low} to {high}."),
                  dtype=str(array.dtype), low=str(info.min), high=str(info.max))
    elif array.dtype.kind == "f":
        yield msg(QT_TRANSLATE_NOOP("explorer", "{dtype} holds numbers with a fractional part, to about {digits} "
                                                "significant digits."),
                  dtype=str(array.dtype), digits=np.finfo(array.dtype).precision)


def _size(array, label):
    yield plural(QCoreApplication.translate("explorer", "{label} holds %n entries: the product of the sizes in its "
                                                       "shape {shape}.", None, 1), array.size, label=label,
                 shape=array.shape)


def _nbytes(array, label):
    yield plural(QCoreApplication.translate("explorer", "Every entry takes %n bytes.", None, 1),
                 array.itemsize)
    yield plural(QCoreApplication.translate("explorer", "All of them take %n bytes: the number of entries times the "
                                                       "bytes per entry.", None, 1), array.nbytes)
