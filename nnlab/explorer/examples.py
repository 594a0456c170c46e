"""The lecture's example tensors, its table of real-world data tensors, and the layer shape flow.

These are the starting contents of the explorer's workspace: the scalar, vector, matrix and 3D
tensor of the slides, the arrays of the reshape/dot/broadcasting examples, and for each kind of
real-world data (vector data, time series, images, video) a small tensor with the lecture's axes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab.explorer.messages import QT_TRANSLATE_NOOP, Message, msg
from nnlab.explorer.rules.shapes import broadcast_rule, dot_rule

_MATRIX = [[5, 78, 2, 34, 0], [6, 79, 3, 35, 1], [7, 80, 4, 36, 2]]


def lecture_examples() -> dict:
    """Name -> array, as on the slides (``x`` is the reshape example, so ``x.reshape((6, 1))`` works)."""
    rng = np.random.default_rng(0)
    return {
        "scalar": np.array(12),
        "vector": np.array([12, 3, 6, 14, 7]),
        "matrix": np.array(_MATRIX),
        "tensor3": np.array([_MATRIX, _MATRIX, _MATRIX]),
        "x": np.array([[0., 1.], [2., 3.], [4., 5.]]),
        "a": np.array([1., 2., 3.]),
        "b": np.array([4., 5., 6.]),
        "X": rng.random((32, 10)),
        "y": rng.random((10,)),
        "n": np.array(0),
    }


@dataclass(frozen=True)
class DataTensorKind:
    """One row of the lecture's table: what the data is, its axes, a real-world shape, a small example."""

    title: Message
    axes: str
    real_shape: tuple
    real_example: Message
    name: str
    example_shape: tuple


DATA_TENSORS = (
    DataTensorKind(msg(QT_TRANSLATE_NOOP("explorer", "Vector data")), "(samples, features)", (100000, 3),
                   msg(QT_TRANSLATE_NOOP("explorer", "100,000 people: age, postcode, income")),
                   "people", (4, 3)),
    DataTensorKind(msg(QT_TRANSLATE_NOOP("explorer", "Time series")), "(samples, timesteps, features)", (250, 390, 3),
                   msg(QT_TRANSLATE_NOOP("explorer", "250 trading days, 390 minutes each: price, high, low")),
                   "stocks", (2, 6, 3)),
    DataTensorKind(msg(QT_TRANSLATE_NOOP("explorer", "Images, channels-last")), "(samples, height, width, channels)",
                   (128, 256, 256, 3),
                   msg(QT_TRANSLATE_NOOP("explorer", "a batch of 128 colour images, {size} pixels"), size="256 × 256"),
                   "images_last", (2, 8, 8, 3)),
    DataTensorKind(msg(QT_TRANSLATE_NOOP("explorer", "Images, channels-first")), "(samples, channels, height, width)",
                   (128, 3, 256, 256),
                   msg(QT_TRANSLATE_NOOP("explorer", "the same batch with the colour axis second")),
                   "images_first", (2, 3, 8, 8)),
    DataTensorKind(msg(QT_TRANSLATE_NOOP("explorer", "Video")), "(samples, frames, height, width, channels)",
                   (4, 240, 144, 256, 3),
                   msg(QT_TRANSLATE_NOOP("explorer", "4 clips of 240 frames, {size} pixels, colour"), size="144 × 256"),
                   "video", (2, 4, 6, 8, 3)),
)


def data_tensor_example(kind: DataTensorKind) -> np.ndarray:
    """A small tensor with the axes of ``kind``: values that make each axis visible when sliced."""
    rng = np.random.default_rng(sum(map(ord, kind.name)))  # the same example in every run
    if kind.name == "people":
        return np.array([[34, 10115, 52000], [27, 80331, 38000], [61, 20095, 71000], [45, 60311, 45500]])
    if kind.name in ("images_last", "video"):
        return _colour_gradient(kind.example_shape)
    if kind.name == "images_first":
        return np.moveaxis(_colour_gradient((2, 8, 8, 3)), -1, 1)
    prices = 100 + np.cumsum(rng.normal(0, 1, kind.example_shape[:2]), axis=1)
    return np.round(np.stack([prices, prices + 0.5, prices - 0.5], axis=-1), 2)


def _colour_gradient(shape) -> np.ndarray:
    """uint8 pictures: red grows to the right, green downwards, blue differs per picture."""
    height, width = shape[-3], shape[-2]
    red = np.linspace(0, 255, width)[None, :].repeat(height, 0)
    green = np.linspace(0, 255, height)[:, None].repeat(width, 1)
    pictures = int(np.prod(shape[:-3]))
    blue = np.linspace(40, 220, pictures)
    frames = [np.stack([red, green, np.full((height, width), level)], axis=-1) for level in blue]
    return np.array(frames, dtype=np.uint8).reshape(shape)


# -- the layer shape flow ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LayerFlow:
    """``activation(dot(input, W) + b)`` for one Dense layer, with every intermediate shape."""

    index: int
    activation: str
    input_shape: tuple
    kernel_shape: tuple
    product_shape: tuple
    bias_shape: tuple
    output_shape: tuple


LECTURE_NETWORK = (((784, 512), (512,), "relu"), ((512, 10), (10,), "softmax"))


def layer_shapes(model) -> tuple:
    """``(W shape, b shape, activation)`` per layer of ``model``, or the lecture's network when None."""
    if model is None or not getattr(model, "layers", None) or any(layer.W is None for layer in model.layers):
        return LECTURE_NETWORK
    return tuple((tuple(layer.W.shape), tuple(layer.b.shape), str(layer.activation)) for layer in model.layers)


def layer_flow(layers, batch_size: int) -> list:
    """The shapes a batch of ``batch_size`` samples takes through ``layers`` (from :func:`layer_shapes`)."""
    flows, shape = [], (batch_size, layers[0][0][0])
    for index, (kernel, bias, activation) in enumerate(layers, start=1):
        product, _, _ = dot_rule(shape, kernel, ["input", f"W{index}"])
        output, _ = broadcast_rule([product, bias], ["dot", f"b{index}"], "+")
        flows.append(LayerFlow(index, activation, shape, kernel, product, bias, output))
        shape = output
    return flows
