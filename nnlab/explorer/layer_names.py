"""The slide's names for the first Dense layer, so that ``relu(dot(input, W) + b)`` works as written.

The chapter writes a layer as ``output = relu(dot(input, W) + b)``. In the explorer ``input`` is a
batch of MNIST training images prepared as the lecture prepares them (flattened to 784 numbers,
scaled to [0, 1], float32), ``W`` and ``b`` are the first layer's weights and biases (``W1``, ``b1``).

``b`` is also the slides' vector [4, 5, 6] of ``a * b`` and ``np.dot(a, b)`` (lessons use it), so it
keeps that meaning on its own; in an expression that names the layer's ``input`` or ``W`` it is the
layer's bias, and the explanation says so. Each name used gets a line saying what it holds.
"""

from __future__ import annotations

import math
import re

import numpy as np

from nnlab.explorer.messages import QT_TRANSLATE_NOOP, Section, msg

BATCH = 128
LAYER_WORDS = frozenset({"input", "W"})
_NAME = re.compile(r"(?<![\w.])([A-Za-z_]\w*)")


def names_in(expression: str) -> set:
    """The names an expression uses (not attributes after a dot)."""
    return set(_NAME.findall(expression))


def batch_input(train_images, n: int) -> np.ndarray:
    """Batch ``n`` of :data:`BATCH` training images as the first layer takes them: (count, 784) float32 in [0, 1]."""
    images = np.asarray(train_images)
    batch = images[BATCH * n:BATCH * (n + 1)] if n >= 0 else images[:0]
    return batch.reshape((len(batch), math.prod(images.shape[1:]))).astype(np.float32) / 255


def layer_workspace(expression: str, workspace: dict, slide_names: set, n: int):
    """``(workspace, sections)`` for evaluating ``expression`` with the slide's layer names.

    ``slide_names`` are the names that currently hold the slide's tensors (not the student's own
    tensors of those names); ``n`` is the batch ``input`` holds. The workspace is a copy where
    ``b`` is ``b1`` when the expression names the layer; ``sections`` say what each name holds.
    """
    used = names_in(expression)
    layer = bool(used & LAYER_WORDS & slide_names)
    lines = []
    if "input" in used and "input" in slide_names:
        count = len(workspace["input"])
        lines.append(msg(QT_TRANSLATE_NOOP(
            "explorer", "{name}: a batch of {count} MNIST images (batch {batch}, images {first} to {last}), each "
                        "flattened to 784 numbers between 0 and 1 as the lecture prepares them: shape {shape}."),
            name="input", count=count, batch=f"n = {n}", first=BATCH * n, last=BATCH * n + count - 1,
            shape=workspace["input"].shape))
    if "W" in used and "W" in slide_names:
        lines.append(msg(QT_TRANSLATE_NOOP(
            "explorer", "{name}: the weights of the first layer ({layer_name}): shape {shape}, one column of "
                        "{inputs} weights for each of its {units} units."),
            name="W", layer_name="W1", shape=workspace["W"].shape, inputs=workspace["W"].shape[0],
            units=workspace["W"].shape[-1]))
    if layer and "b" in used and "b" in slide_names and "b1" in workspace:
        workspace = {**workspace, "b": workspace["b1"]}
        lines.append(msg(QT_TRANSLATE_NOOP(
            "explorer", "{name}: the biases of the first layer ({layer_name}): shape {shape}, one for each unit. "
                        "(On its own, without {input} or {weights}, {name} is the slides' vector {vector}.)"),
            name="b", layer_name="b1", shape=workspace["b"].shape, input="input", weights="W", vector="[4, 5, 6]"))
    if not lines:
        return workspace, ()
    title = msg(QT_TRANSLATE_NOOP("explorer", "The slide's names: {formula}"), formula="relu(dot(input, W) + b)")
    return workspace, (Section(title, tuple(lines)),)
