"""Shared by the benchmarks: the real MNIST files, prepared as the lecture prepares them."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _mnist_dir() -> Path:
    """``$NNLAB_DATA_DIR`` as the app reads it (its ``mnist`` subfolder, then itself), else
    ``../shared/data/mnist`` beside the checkout: the same folders the tests look in."""
    folders = []
    if os.environ.get("NNLAB_DATA_DIR"):
        folder = Path(os.environ["NNLAB_DATA_DIR"]).expanduser()
        folders += [folder / "mnist", folder]
    folders.append(Path(__file__).resolve().parents[2] / "shared" / "data" / "mnist")
    return next((folder for folder in folders if (folder / "train-images-idx3-ubyte.gz").is_file()), folders[-1])


MNIST_DIR = _mnist_dir()


def lecture_mnist():
    """((x_train, y_train), (x_test, y_test)): (N, 784) float32 / 255, integer labels."""
    from nnlab.data import load_dataset
    from nnlab.training.metrics import to_inputs

    if not (MNIST_DIR / "train-images-idx3-ubyte.gz").is_file():
        sys.exit(f"skipped: the MNIST files are not at {MNIST_DIR}")
    (x_train, y_train), (x_test, y_test) = load_dataset("mnist", data_dir=MNIST_DIR)
    return (to_inputs(x_train), y_train), (to_inputs(x_test), y_test)
