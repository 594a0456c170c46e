"""Shared by the benchmarks: the real MNIST files, prepared as the lecture prepares them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

MNIST_DIR = Path(os.environ.get("NNLAB_MNIST_DIR", Path(__file__).resolve().parents[2] / "shared" / "data" / "mnist"))
"""``../shared/data/mnist`` beside the checkout, or the folder named by ``NNLAB_MNIST_DIR``."""


def lecture_mnist():
    """((x_train, y_train), (x_test, y_test)): (N, 784) float32 / 255, integer labels."""
    from nnlab.data import load_dataset
    from nnlab.training.metrics import to_inputs

    if not (MNIST_DIR / "train-images-idx3-ubyte.gz").is_file():
        sys.exit(f"skipped: the MNIST files are not at {MNIST_DIR}")
    (x_train, y_train), (x_test, y_test) = load_dataset("mnist", data_dir=MNIST_DIR)
    return (to_inputs(x_train), y_train), (to_inputs(x_test), y_test)
