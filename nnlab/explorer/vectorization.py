"""The lecture's naive Python loops against NumPy's vectorised operations, timed on this machine.

``naive_add`` and ``naive_matrix_dot`` are the loops from the slides, written entry by entry; the
vectorised versions are ``x + y`` and ``np.dot(x, y)`` (which NumPy hands to BLAS). Timing both for
the same n shows why deep learning never loops over entries in Python.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

LIMITS = {"add": (10, 2000), "dot": (5, 300)}  # n beyond these makes the naive loop take many seconds
MIN_SECONDS = 0.05  # repeat the fast version until the clock can measure it


def _go_on() -> None:
    """The default ``check``: never stop."""


def naive_add(x: np.ndarray, y: np.ndarray, check: Callable[[], None] = _go_on) -> np.ndarray:
    """x + y for two matrices of the same shape, one entry at a time (the lecture's loop).
    ``check`` is called once per row and may raise to interrupt a long run (the GUI passes its
    worker's ``current_job().check``)."""
    assert len(x.shape) == 2 and x.shape == y.shape
    x = x.copy()
    for i in range(x.shape[0]):
        check()
        for j in range(x.shape[1]):
            x[i, j] += y[i, j]
    return x


def naive_vector_dot(x: np.ndarray, y: np.ndarray) -> float:
    assert len(x.shape) == 1 and x.shape == y.shape
    z = 0.0
    for i in range(x.shape[0]):
        z += x[i] * y[i]
    return z


def naive_matrix_dot(x: np.ndarray, y: np.ndarray, check: Callable[[], None] = _go_on) -> np.ndarray:
    """(a, b) . (b, c) -> (a, c): every entry is the dot product of a row of x and a column of y."""
    assert len(x.shape) == 2 and len(y.shape) == 2 and x.shape[1] == y.shape[0]
    z = np.zeros((x.shape[0], y.shape[1]))
    for i in range(x.shape[0]):
        check()
        for j in range(y.shape[1]):
            z[i, j] = naive_vector_dot(x[i, :], y[:, j])
    return z


@dataclass(frozen=True)
class Timing:
    """Seconds per call of the naive loop and of the vectorised operation for n x n matrices."""

    kind: str
    n: int
    naive_seconds: float
    vectorized_seconds: float

    @property
    def speedup(self) -> float:
        return self.naive_seconds / self.vectorized_seconds if self.vectorized_seconds > 0 else float("inf")


def compare(kind: str, n: int, check: Callable[[], None] = _go_on) -> Timing:
    """Time ``kind`` ("add" or "dot") on random n x n float64 matrices; both results are checked equal."""
    low, high = LIMITS[kind]
    if not low <= n <= high:
        raise ValueError(f"n must be between {low} and {high} for {kind}")
    rng = np.random.default_rng(n)
    x, y = rng.random((n, n)), rng.random((n, n))
    naive, fast = (naive_add, np.add) if kind == "add" else (naive_matrix_dot, np.dot)
    naive_seconds, naive_result = _seconds_per_call(lambda a, b: naive(a, b, check), x, y, check)
    fast_seconds, fast_result = _seconds_per_call(fast, x, y, check)
    assert np.allclose(naive_result, fast_result)
    return Timing(kind, n, naive_seconds, fast_seconds)


def _seconds_per_call(function, x, y, check):
    calls, started = 0, time.perf_counter()
    while True:
        check()
        result = function(x, y)
        calls += 1
        elapsed = time.perf_counter() - started
        if elapsed >= MIN_SECONDS:
            return elapsed / calls, result
