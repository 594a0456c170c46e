"""Inside the trained MNIST network: what its units look for and how a digit flows through it.

A first-layer unit computes ``relu(x · W[:, j] + b_j)``: its 784 weights, drawn as a 28x28 image,
show which pixels push it up (positive) and which push it down (negative).
"""

from __future__ import annotations

import numpy as np

from nnlab.concepts.geometry import DIGIT_TWO
from nnlab.training.config import INPUTS
from nnlab.training.metrics import to_inputs


def first_layer_images(model, units=None) -> np.ndarray:
    """The first layer's weights of the given units (default: all), each as a 28x28 image."""
    weights = np.asarray(model.layers[0].W)
    if weights.shape[0] != INPUTS:
        raise ValueError("the first layer does not take 28x28 images")
    chosen = np.arange(weights.shape[1]) if units is None else np.asarray(units)
    return weights[:, chosen].T.reshape(len(chosen), 28, 28)


def flow(model, image: np.ndarray) -> list[np.ndarray]:
    """The input and each layer's output for one digit: what the student sees flowing through."""
    x = to_inputs(np.asarray(image)[np.newaxis])
    return [x[0]] + [np.asarray(out)[0] for out in model.layer_outputs(x)]


def hidden_picture(stages: list[np.ndarray], columns: int = 64) -> np.ndarray:
    """Every hidden layer's activations as rows of ``columns`` cells, one block per layer with an
    empty (NaN) row between blocks: the middle of the network in one picture."""
    blocks = []
    for activations in stages[1:-1]:
        rows = -(-activations.size // columns)
        block = np.full(rows * columns, np.nan)
        block[:activations.size] = activations
        blocks += [block.reshape(rows, columns), np.full((1, columns), np.nan)]
    return np.vstack(blocks[:-1]) if blocks else np.full((1, columns), np.nan)


def strongest_units(model, image: np.ndarray, count: int = 16) -> tuple[np.ndarray, np.ndarray]:
    """The first-layer units this digit excites most, and their activations (largest first)."""
    first = flow(model, image)[1]
    order = np.argsort(first)[::-1][:count]
    return order, first[order]


def is_image_network(model) -> bool:
    """Whether ``model`` reads 28x28 images (so this demo can show it)."""
    layers = getattr(model, "layers", None)
    return bool(layers) and getattr(layers[0], "W", None) is not None and layers[0].W.shape[0] == INPUTS


def builtin_digit() -> np.ndarray:
    """A blocky 28x28 "2" (uint8) for when no MNIST image is at hand."""
    bitmap = np.array([[int(c) for c in row] for row in DIGIT_TWO], dtype=np.uint8) * 255
    big = np.kron(bitmap, np.ones((3, 3), dtype=np.uint8))
    image = np.zeros((28, 28), dtype=np.uint8)
    top, left = (28 - big.shape[0]) // 2, (28 - big.shape[1]) // 2
    image[top:top + big.shape[0], left:left + big.shape[1]] = big
    return image


def local_test_digits(data_dir=None):
    """MNIST's 10,000 test images and labels when the files are on this computer, else None.

    Only the two small test files are read (a few hundredths of a second) and nothing is ever
    downloaded: fetching data sets is the Train page's job.
    """
    from nnlab.data import DatasetError, dataset_spec, search_dirs
    from nnlab.data.datasets import find_file, load_verified

    spec = dataset_spec("mnist")
    dirs = search_dirs("mnist", data_dir)
    files = spec.files[2:]
    paths = [find_file(file, dirs) for file in files]
    if any(path is None for path in paths):
        return None
    try:
        return tuple(load_verified(spec, file, path) for file, path in zip(files, paths))
    except DatasetError:
        return None
