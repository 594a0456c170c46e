"""``tf.random``: random starting values, from NumPy's global generator (``tf.random.set_seed`` and
``keras.utils.set_random_seed`` both seed it)."""

from __future__ import annotations

import numpy as np

from nnlab.autodiff import Tensor
from nnlab.autodiff.tensor import checked_shape
from nnlab.keras.missing import missing_names


def uniform(shape, minval=0, maxval=None, dtype=np.float32, seed=None, name=None) -> Tensor:
    """Numbers drawn evenly from [minval, maxval) (maxval 1 for floats), as ``tf.random.uniform``."""
    rng = np.random if seed is None else np.random.default_rng(seed)
    return Tensor(rng.uniform(minval, 1 if maxval is None else maxval, size=checked_shape(shape)).astype(dtype))


def normal(shape, mean=0.0, stddev=1.0, dtype=np.float32, seed=None, name=None) -> Tensor:
    rng = np.random if seed is None else np.random.default_rng(seed)
    return Tensor(rng.normal(mean, stddev, size=checked_shape(shape)).astype(dtype))


def set_seed(seed) -> None:
    """Make the next random values repeat run after run."""
    np.random.seed(int(seed) % 2**32)


__getattr__ = missing_names("tf.random", ["uniform", "normal", "set_seed"])
