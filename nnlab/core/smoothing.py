"""Smoothing a noisy series of batch losses: the divergence guard's yardstick and the plots' curve."""

from __future__ import annotations

import math


class Smoother:
    """An exponential moving average with bias correction (as TensorBoard smooths curves).

    s ← β s + (1 − β) v and the shown value s / (1 − βᵗ), so the first points are not pulled
    towards zero. NaN values (a diverged loss) pass through without poisoning the average.
    """

    def __init__(self, beta: float = 0.9):
        self.beta = beta
        self._average = 0.0
        self._count = 0

    def __call__(self, value: float) -> float:
        if not math.isfinite(value):
            return value
        self._count += 1
        self._average = self.beta * self._average + (1 - self.beta) * value
        return self._average / (1 - self.beta ** self._count)
