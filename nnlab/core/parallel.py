"""Element-wise work over a flat buffer, shared between this thread and long-lived helper threads.

NumPy lets go of Python's lock (the GIL) inside a ufunc working on a large array, so two threads
each running the same ufuncs on their own part of a buffer use two cores. The optimizer's update
is such work (a dozen passes over every weight, no matrix product, so BLAS's threads do not help),
and on a quiet two-core machine it was a third of an epoch in one thread (issue "Speed to the
floor"). How many threads to use is a policy of the caller (``nnlab.blas.ThreadTuner`` measures
it while training); with one, nothing changes.

The buffer is cut into one part per thread, and every thread (the caller first) takes the next
part that nobody has taken until none is left: a helper that does not get a core at once (another
program is busy on it, or BLAS's own threads still spin there) leaves its part to the caller, which
waits only for a part that a helper has begun. With fixed halves the caller waited for the late
helper instead: with one core busy elsewhere the split update took a median 3.7 ms a step against
1.0 ms now and 0.85 ms in one thread, and on a less busy machine 0.90 ms against 1.05 in one thread
(benchmarks/step_work.py; README, "Measured"). Smaller parts balance better on paper, but every
ufunc call of two threads is a hand-over of the GIL: four parts per thread made the update 40%
slower than one.

The helpers are started once and kept, so a step costs no thread creation (and a long session no
growth of the allocator's per-thread arenas); several callers at once (two training runs) share
them the same way, each doing what the helpers do not.
"""

from __future__ import annotations

import queue
import threading

import numpy as np


class _Shared:
    """One call's parts, each taken by exactly one thread (``next`` on the iterator holds the GIL)."""

    def __init__(self, function, parts: list[slice]):
        self.function = function
        self._parts = iter(parts)
        self._left = len(parts)
        self._finished = threading.Condition(threading.Lock())
        self.error: BaseException | None = None

    def work(self) -> None:
        """Run parts until none is left (in any thread)."""
        for part in self._parts:
            try:
                self.function(part)
            except Exception as error:  # handed to the caller, which raises it
                self.error = self.error or error
            with self._finished:
                self._left -= 1
                if not self._left:
                    self._finished.notify_all()

    def wait(self) -> None:
        """Until every part is done (only parts a helper has taken can still be running)."""
        with self._finished:
            while self._left:
                self._finished.wait()
        if self.error is not None:
            raise self.error


class _Helper:
    """One daemon thread that joins in the shared calls it is given, one after another."""

    def __init__(self, number: int):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._serve, name=f"nnlab-parallel-{number}", daemon=True).start()

    def _serve(self) -> None:
        while True:
            shared, errors = self._jobs.get()
            with np.errstate(**errors):  # the caller's floating-point error handling, not the default
                shared.work()

    def join_in(self, shared: _Shared) -> None:
        self._jobs.put((shared, np.geterr()))


_helpers: list[_Helper] = []
_starting = threading.Lock()


def split(size: int, parts: int, align: int = 16) -> list[slice]:
    """``parts`` slices covering ``range(size)``, equal up to ``align`` elements (64 bytes of float32:
    two parts do not share a cache line); one slice when the size is too small to split."""
    if parts <= 1 or size < 2 * align * parts:
        return [slice(0, size)]
    step = -(-size // parts // align) * align
    return [slice(start, min(size, start + step)) for start in range(0, size, step)]


def run_split(function, size: int, threads: int) -> None:
    """``function(part)`` for slices ``part`` covering ``range(size)``, in this thread and
    ``threads - 1`` helpers at once (see the module docstring)."""
    parts = split(size, threads)
    if len(parts) == 1:
        function(parts[0])
        return
    with _starting:
        while len(_helpers) < threads - 1:
            _helpers.append(_Helper(len(_helpers) + 1))
    shared = _Shared(function, parts)
    for helper in _helpers[:threads - 1]:
        helper.join_in(shared)
    shared.work()
    shared.wait()
