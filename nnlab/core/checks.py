"""Checks of the numbers a student types or a file carries, with errors that name the setting.

They are shared by the optimizers (hyperparameters), ``fit`` (the validation split) and the
command line, so every place refuses the same values with the same words.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

INF = math.inf


def check_number(name: str, value, lowest: float, highest: float, highest_allowed: bool) -> float:
    """``value`` as a float when it is a real number in [lowest, highest] (or [lowest, highest));
    otherwise a ``ValueError`` that names ``name`` and the allowed range."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number, got {value!r}")
    number = float(value)
    above = number > highest if highest_allowed else number >= highest
    if not math.isfinite(number) or number < lowest or above:
        top = f"{highest:g}]" if highest_allowed else ("infinity)" if highest == INF else f"{highest:g})")
        raise ValueError(f"{name} must be in [{lowest:g}, {top}, got {value!r}")
    return number


def validation_count(samples: int, validation_split) -> int:
    """How many of ``samples`` the last ``validation_split`` of a data set holds (rounded to nearest).

    The one rounding rule for ``fit(validation_split=...)``, the window and the command line;
    at least one sample is always left for training.
    """
    split = check_number("validation_split", validation_split, 0.0, 1.0, False)
    return min(int(round(samples * split)), max(0, samples - 1))


def all_finite(array: np.ndarray) -> bool:
    """No NaN and no ±inf in ``array``: its minimum and maximum show any (one pass each, no
    temporary array the size of the data, unlike ``np.isfinite(array).all()``)."""
    return array.size == 0 or bool(np.isfinite(array.min()) and np.isfinite(array.max()))
