"""``keras.datasets``: MNIST and Fashion-MNIST, from ``nnlab.data`` (same search path, same checks).

``mnist.load_data()`` returns what Keras returns: ``(x_train, y_train), (x_test, y_test)`` as uint8
arrays, images of shape (N, 28, 28). nnlab reads the original IDX files: from ``path`` when given
(a folder), then ``$NNLAB_DATA_DIR``, then the user's cache, downloading them there if missing.
"""

from __future__ import annotations

import sys

from nnlab.data import load_dataset, text_progress
from nnlab.keras.missing import missing_names


class _Dataset:
    def __init__(self, name: str):
        self.name = name

    def load_data(self, path=None):
        """``(x_train, y_train), (x_test, y_test)``; ``path`` is a folder holding the four .gz files."""
        return load_dataset(self.name, data_dir=path, progress=text_progress(sys.stdout))

    def __repr__(self):
        return f"<keras.datasets.{self.name}>"


mnist = _Dataset("mnist")
fashion_mnist = _Dataset("fashion_mnist")

__getattr__ = missing_names("keras.datasets", ["mnist", "fashion_mnist"])
