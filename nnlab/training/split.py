"""Which images a run trains on, validates on and is tested on."""

from __future__ import annotations

from nnlab.core.checks import validation_count


def split_dataset(dataset, validation_split: float, subset: int = 0) -> dict:
    """``{"train", "validation", "test"}`` pairs from ``((x_train, y_train), (x_test, y_test))``.

    The validation images are the last ``validation_split`` of the training set, as Keras' ``fit``
    takes them; the test set stays untouched until the run is evaluated. ``subset`` (0: all) keeps
    only the first that many training images, so that a stochastic run finishes in seconds; the
    validation and test images stay the same, so runs on a subset compare fairly with full ones.
    """
    (x_train, y_train), test = dataset
    keep = len(x_train) - validation_count(len(x_train), validation_split)
    train = min(keep, subset) if subset else keep
    return {"train": (x_train[:train], y_train[:train]), "validation": (x_train[keep:], y_train[keep:]),
            "test": test}
