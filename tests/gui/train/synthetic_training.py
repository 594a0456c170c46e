"""Made-up MNIST-shaped data for the Train page's tests, and waiting for a run to end.

The data set is made-up 28×28 images (class k is a bright bar in row band k plus noise), small
enough that a 16-unit network trains an epoch in milliseconds and learns it well.
"""

import numpy as np

from nnlab.training.config import RunConfig


def synthetic_dataset(train=600, test=100, seed=0):
    rng = np.random.default_rng(seed)

    def make(n):
        labels = rng.integers(0, 10, n)
        images = rng.integers(0, 60, (n, 28, 28)).astype(np.uint8)
        for image, label in zip(images, labels):
            image[2 + 2 * label:4 + 2 * label, 4:24] = 255
        return images, labels.astype(np.uint8)

    return make(train), make(test)


SMALL = RunConfig(hidden=(16,), batch_size=32, epochs=3, seed=1, validation_split=0.1)


def finished(qtbot, page, timeout=20000):
    if page.state != "idle":
        with qtbot.waitSignal(page.controller.state_changed, timeout=timeout,
                              check_params_cb=lambda state: state == "idle"):
            pass


def shown(text: str) -> str:
    """``text`` as a reader sees it: without the invisible isolates, marks and joiners that
    nnlab.gui.i18n puts around code and names, with plain spaces for no-break ones."""
    for mark in "\u2066\u2067\u2068\u2069\u200e\u200f\u2060":
        text = text.replace(mark, "")
    return text.replace("\u00a0", " ")
