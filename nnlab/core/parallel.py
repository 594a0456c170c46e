"""Element-wise work over a flat buffer, split between this thread and long-lived helper threads.

NumPy lets go of Python's lock (the GIL) inside a ufunc working on a large array, so two threads
each running the same ufuncs on their own half of a buffer use two cores. The optimizer's update
is such work (a dozen passes over every weight, no matrix product, so BLAS's threads do not help),
and on a quiet two-core machine it was a third of an epoch in one thread (issue "Speed to the
floor"). How many threads to use is a policy of the caller (``nnlab.blas.ThreadTuner`` measures
it while training); with one, nothing changes.

The helpers are started once and kept, so a step costs no thread creation (and a long session no
growth of the allocator's per-thread arenas); while one training run uses them, another run in
another thread does its halves itself.
"""

from __future__ import annotations

import queue
import threading

import numpy as np


class _Helper:
    """One daemon thread that runs the functions it is given, one at a time, and reports back."""

    def __init__(self, number: int):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._done: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._serve, name=f"nnlab-parallel-{number}", daemon=True).start()

    def _serve(self) -> None:
        while True:
            function, args, errors = self._jobs.get()
            try:
                with np.errstate(**errors):  # the caller's floating-point error handling, not the default
                    function(*args)
            except Exception as error:  # handed to the caller, which raises it
                self._done.put(error)
            else:
                self._done.put(None)

    def start(self, function, args) -> None:
        self._jobs.put((function, args, np.geterr()))

    def wait(self) -> None:
        error = self._done.get()
        if error is not None:
            raise error


_helpers: list[_Helper] = []
_lock = threading.Lock()  # one user of the helpers at a time


def split(size: int, parts: int, align: int = 16) -> list[slice]:
    """``parts`` slices covering ``range(size)``, equal up to ``align`` elements (64 bytes of float32:
    the halves do not share a cache line)."""
    if parts <= 1 or size < 2 * align * parts:
        return [slice(0, size)]
    step = -(-size // parts // align) * align
    return [slice(start, min(size, start + step)) for start in range(0, size, step)]


def run_split(function, parts: list[slice]) -> None:
    """``function(part)`` for every part: the first in this thread, the others in helpers, at once."""
    if len(parts) == 1 or not _lock.acquire(blocking=False):
        for part in parts:
            function(part)
        return
    try:
        while len(_helpers) < len(parts) - 1:
            _helpers.append(_Helper(len(_helpers) + 1))
        for helper, part in zip(_helpers, parts[1:]):
            helper.start(function, (part,))
        try:
            function(parts[0])
        finally:
            for helper in _helpers[:len(parts) - 1]:
                helper.wait()
    finally:
        _lock.release()
