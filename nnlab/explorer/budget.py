"""What one evaluation may cost: the memory it allocates, the time its products take, and when to stop.

A student's expression must never eat the memory or freeze the page, so every operation of the
explorer asks here *before* NumPy computes anything:

* :func:`allocate` refuses one result larger than :data:`MAX_RESULT_ELEMENTS` entries or
  :data:`MAX_RESULT_BYTES` bytes (counted with the result's real dtype: a complex128 entry takes 16
  bytes, a uint8 entry one), and adds the bytes to the running :class:`Budget` of the evaluation;
  the results of one evaluation together (intermediate results, tuple and list items) may hold at
  most :data:`MAX_EVALUATION_BYTES`. Counting every intermediate result as alive until the end is
  an upper bound of what is really alive: it may refuse a little early, never too late.
* :func:`spend` refuses work whose estimated time is above :data:`MAX_SECONDS`. Time is estimated
  from the operation's real cost on this kind of machine: a float32/float64 matrix product runs in
  BLAS at a few hundredths of a nanosecond per multiply-add, while NumPy multiplies float16,
  integers, and the N-D operands of ``np.dot`` with plain loops, 30 to 200 times slower
  (``benchmarks/explorer_costs.py`` measures the figures below).
* :func:`check` is called between operations; it calls the stop callable the evaluation was given
  (the worker's ``current_job().check``), so a long evaluation can be cancelled.

Outside an evaluation (rules called on their own) the per-result limits still hold.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from contextlib import contextmanager

import numpy as np

from nnlab.explorer.messages import QT_TRANSLATE_NOOP, ExplorerError, Message, msg

MAX_RESULT_ELEMENTS = 50_000_000  # all of MNIST fits, as 47 million entries
MAX_RESULT_BYTES = 400_000_000  # 50 million float64 entries: train_images / 255 fits
MAX_EVALUATION_BYTES = 800_000_000  # train_images.astype("float64") / 255 fits (two results of 376 MB)
MAX_SECONDS = 2.0  # of estimated work in one operation: cancelling takes effect between operations

# Nanoseconds per multiply-add of a matrix product, measured on a 2-core laptop-class machine.
NS_BLAS = {"f": 0.06, "c": 0.25}  # float32/float64, complex64/complex128: BLAS
NS_LOOP = {"f": 2.0, "c": 8.0, "i": 3.0, "u": 3.0, "b": 3.0}  # NumPy's own loops (N-D np.dot, integers)
NS_FLOAT16 = 10.0  # float16 has no BLAS: every multiply-add converts to float32 and back
NS_SORT = {"c": 10.0}  # per comparison (n log2 n of them); other dtypes: NS_SORT_DEFAULT
NS_SORT_DEFAULT = 1.0

_state = threading.local()


class Budget:
    """The bytes allocated so far by one evaluation, and how to ask whether it should stop."""

    def __init__(self, stop: Callable[[], None] | None = None):
        self.allocated = 0
        self.stop = stop


@contextmanager
def evaluation(stop: Callable[[], None] | None = None):
    """Make a fresh :class:`Budget` the current one of this thread while an evaluation runs."""
    previous = getattr(_state, "budget", None)
    _state.budget = Budget(stop)
    try:
        yield _state.budget
    finally:
        _state.budget = previous


def check() -> None:
    """Between operations: let the evaluation's stop callable raise if the student cancelled."""
    budget = getattr(_state, "budget", None)
    if budget is not None and budget.stop is not None:
        budget.stop()


def allocate(shape, dtype, what: str) -> None:
    """Refuse a result of ``shape`` (an int is an element count) and ``dtype`` that is too large,
    or that would push the evaluation past its memory budget; otherwise count its bytes."""
    count = shape if isinstance(shape, int) else math.prod(int(size) for size in shape)
    if count > MAX_RESULT_ELEMENTS:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "{what} would have {count:,} elements; the explorer stops at {limit:,} so that "
                        "your computer stays responsive. Try smaller sizes."),
            what=what, count=count, limit=MAX_RESULT_ELEMENTS))
    itemsize = np.dtype(dtype).itemsize
    size = count * itemsize
    if size > MAX_RESULT_BYTES:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "{what} would take {size:,} MB ({count:,} entries of {dtype}); the explorer stops at "
                        "{limit:,} MB so that your computer stays responsive. Try smaller sizes or a smaller number "
                        "type."),
            what=what, size=_megabytes(size), count=count, dtype=str(np.dtype(dtype)),
            limit=_megabytes(MAX_RESULT_BYTES)))
    budget = getattr(_state, "budget", None)
    if budget is None:
        return
    if budget.allocated + size > MAX_EVALUATION_BYTES:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "With {what} this expression would hold {total:,} MB of results at once; the explorer "
                        "stops at {limit:,} MB. Split it into steps and give each step a name, like {example}."),
            what=what, total=_megabytes(budget.allocated + size), limit=_megabytes(MAX_EVALUATION_BYTES),
            example="y = x * 2"))
    budget.allocated += size


def _megabytes(size: int) -> int:
    return math.ceil(size / 1e6)


def product_seconds(work: int, left: np.dtype, right: np.dtype, blas: bool) -> float:
    """Estimated seconds of a matrix product of ``work`` multiply-adds on operands of these dtypes;
    ``blas`` is False where NumPy loops itself (``np.dot`` of N-D tensors)."""
    kind = np.result_type(left, right)
    if kind == np.float16:
        ns = NS_FLOAT16
    elif kind.kind in NS_BLAS and blas:
        ns = NS_BLAS[kind.kind]
    else:
        ns = NS_LOOP.get(kind.kind, NS_FLOAT16)
    return work * ns * 1e-9


def sort_seconds(count: int, dtype: np.dtype) -> float:
    """Estimated seconds to sort ``count`` entries: about n log2 n comparisons."""
    return count * math.log2(max(count, 2)) * NS_SORT.get(np.dtype(dtype).kind, NS_SORT_DEFAULT) * 1e-9


def spend(seconds: float, what: str, hint: Message | None = None) -> None:
    """Refuse an operation whose estimated time is above :data:`MAX_SECONDS`."""
    if seconds > MAX_SECONDS:
        message = msg(QT_TRANSLATE_NOOP(
            "explorer", "{what} would take about {seconds:,.0f} seconds; the explorer stops at {limit:n} seconds "
                        "so that your computer stays responsive. {hint}"),
            what=what, seconds=max(seconds, 1), limit=MAX_SECONDS, hint=hint or msg(QT_TRANSLATE_NOOP(
                "explorer", "Try smaller sizes.")))
        raise ExplorerError(message)
