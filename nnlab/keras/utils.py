"""``keras.utils``: ``to_categorical`` (the lecture's one-hot labels) and ``set_random_seed``."""

from __future__ import annotations

import random

import numpy as np

from nnlab.keras.missing import missing_names

_MAX_ELEMENTS = 100_000_000  # a one-hot matrix larger than this (800 MB) is certainly a mistake
_seeds: np.random.SeedSequence | None = None


def to_categorical(x, num_classes=None) -> np.ndarray:
    """Class labels (integers 0 .. num_classes-1) as one-hot rows, as ``keras.utils.to_categorical``.

    ``to_categorical([5, 0, 4])`` is a (3, 10) array with a single 1 in each row, in columns 5, 0, 4.
    Unlike Keras, negative or fractional labels are refused instead of silently giving wrong rows.
    """
    labels = np.asarray(x)
    if labels.dtype == object or not (np.issubdtype(labels.dtype, np.number) or labels.dtype == bool):
        raise ValueError(f"to_categorical needs integer class labels, got an array of {labels.dtype}")
    if labels.ndim > 1 and labels.shape[-1] == 1:
        labels = labels.reshape(labels.shape[:-1])
    flat = labels.reshape(-1).astype(np.float64)
    bad = ~np.isfinite(flat) | (flat != np.round(flat)) | (flat < 0)
    if bad.any():
        bad = flat[bad][0]
        raise ValueError(f"to_categorical needs whole-number class labels from 0 up, got {bad:g}")
    flat = flat.astype(np.int64)
    largest = int(flat.max()) if flat.size else -1
    if num_classes is None:
        num_classes = largest + 1
    elif isinstance(num_classes, bool) or not isinstance(num_classes, (int, np.integer)) or num_classes < 1:
        raise ValueError(f"num_classes must be a positive integer, got {num_classes!r}")
    if largest >= num_classes:
        raise ValueError(f"label {largest} does not fit num_classes={num_classes} (labels go from 0 to "
                         f"{num_classes - 1})")
    if flat.size * num_classes > _MAX_ELEMENTS:
        raise ValueError(f"{flat.size} labels x {num_classes} classes is {flat.size * num_classes:,} numbers: "
                         f"too many for a one-hot matrix (the largest label is {largest}; is that right?)")
    categorical = np.zeros((flat.size, int(num_classes)))
    categorical[np.arange(flat.size), flat] = 1
    return categorical.reshape(labels.shape + (int(num_classes),))


def set_random_seed(seed: int) -> None:
    """Make the next models start from the same weights and shuffle the same way, run after run.

    As in Keras it seeds Python's and NumPy's global generators too.
    """
    global _seeds
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"Expected `seed` argument to be a non-negative integer. Received: seed={seed!r}")
    random.seed(int(seed))
    np.random.seed(int(seed) % 2**32)
    _seeds = np.random.SeedSequence(int(seed))


def next_model_seed() -> int | None:
    """The seed for a newly created model: None (fresh randomness) until ``set_random_seed``."""
    return None if _seeds is None else int(_seeds.spawn(1)[0].generate_state(1)[0])


__getattr__ = missing_names("keras.utils", ["to_categorical", "set_random_seed"])
