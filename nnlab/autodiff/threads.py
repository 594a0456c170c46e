"""How many threads BLAS uses while a from-scratch training loop runs: measured, as ``fit`` measures.

On a two-core laptop that is busy with something else, two BLAS threads make each matrix product
wait for the core it lost: the book's loop ran 8 times slower than nnlab's ``fit`` of the same
network, which chooses its thread count by timing steps (``nnlab.blas.ThreadTuner``). The tape gives
the same tuner the same steps: each outermost ``with GradientTape()`` starts one. Tuning begins at
the third step that follows its predecessor within :data:`PAUSE` seconds (a loop, not a cell run
by hand), and the first step after a longer pause puts the limits from before the loop back.
"""

from __future__ import annotations

import time

from nnlab.blas import ThreadTuner

PAUSE = 2.0      # seconds between two steps beyond which the loop is over
LOOP_STEPS = 3   # steps in quick succession that make a loop worth tuning

_tuner: ThreadTuner | None = None
_last = float("-inf")
_quick = 0


def step_started() -> None:
    """A training step begins (the outermost tape starts recording): time the one before it."""
    global _tuner, _last, _quick
    now = time.perf_counter()
    in_loop, _last = now - _last < PAUSE, now
    if not in_loop:
        if _tuner is not None:
            _tuner.on_train_end({})  # the loop ended: BLAS's limits from before it
            _tuner = None
        _quick = 0
        return
    _quick += 1
    if _tuner is None:
        if _quick < LOOP_STEPS:
            return
        _tuner = ThreadTuner()
        _tuner.on_train_begin({})
    else:
        _tuner.on_batch_end(0, {})
    _tuner.on_batch_begin(0, {})


def choices() -> list[tuple[int, int]]:
    """``(step, threads)`` after each probe of the running loop's tuner (empty outside a loop)."""
    return [] if _tuner is None else list(_tuner.choices)
