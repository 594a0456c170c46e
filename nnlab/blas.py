"""nnlab's one policy for threads: how many BLAS (and update) threads to use, in the window and in training.

BLAS splits each matrix product evenly over its threads and waits for the slowest. On a quiet
two-core machine two threads make the lecture's epochs about 1.6 times faster than one; when
another program (or the window's own painting) keeps one core busy, the same two threads make
them 5 to 10 times *slower*, because every product waits for the thread that lost its core
(README, "Measured"). No fixed setting is right for every machine and every moment, so:

* the window (``nnlab.gui.app.run``) leaves one core to itself while it is open and not training
  (:func:`leave_a_core_free`);
* training measures (:class:`ThreadTuner`, passed to ``fit`` as a callback): every ``period``
  steps it times a few steps with each candidate thread count and keeps the fastest until the
  next probe. The same count splits the optimizer's element-wise update (``nnlab.core.parallel``),
  which loses a busy core the same way. A probe costs a few steps; a wrong fixed choice costs
  the run.

The engine (``nnlab.core``) has no policy of its own: without a tuner it leaves BLAS as it is and
updates in one thread.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from nnlab.core.callbacks import Callback


def leave_a_core_free():
    """Let BLAS use every core but one; returns the limit (``restore_original_limits()`` undoes it)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(max(1, (os.cpu_count() or 2) - 1), user_api="blas")


class ThreadTuner(Callback):
    """Re-chooses the thread count (BLAS's, and the optimizer's update's) by timing ``probe`` steps
    with each of ``candidates`` (default: one thread, and every core) and keeping the fastest on
    average (a busy core shows as occasional long stalls, which a mean counts and a median hides).
    A candidate whose steps so far already took longer than all the steps of one measured before
    cannot win: its probe ends there (on a two-core machine with one core busy, a two-thread step
    took 70 ms against 3.5 ms, and its ten probe steps were half of every epoch).
    The next probe comes after ``period`` steps; while the choice holds, the wait doubles up to
    ``longest`` steps, so a steady machine pays for probing less and less; but when more than the
    fewest threads are chosen and ``probe`` steps in a row take ``SLOWER`` times as long as in their
    probe, another program has taken a core and the probe comes at once (two threads kept that way
    made an epoch 8 ms a step instead of 2.4). Not for the fewest threads: a busier machine
    makes them slower too, and noise then brought a probe every few dozen steps. ``choices`` records
    ``(step, threads)`` after each probe. Gives the original limits back when training ends; the
    same tuner in the next ``fit`` (of the same model, one epoch a call as Keras users do) goes on
    from its last choice and its schedule instead of probing again at the first step.
    ``clock`` gives the time in seconds (a simulated one in tests)."""

    SLOWER = 2.0

    def __init__(self, candidates: tuple[int, ...] | None = None, period: int = 200, probe: int = 10,
                 longest: int = 3200, clock=time.perf_counter):
        self.candidates = tuple(sorted(set(candidates or (1, os.cpu_count() or 1))))
        self.period, self.probe, self.longest = period, probe, longest
        self.clock = clock
        self.choices: list[tuple[int, int]] = []
        self._controller = None
        self._threads = 1
        self._step = 0
        self._wait, self._next_probe = period, 0
        self._plan: list[tuple[int, bool]] = []  # (threads, timed?) for each coming step of a probe
        self._times: dict[int, list[float]] = {}
        self._started = 0.0
        self._expected = float("inf")  # seconds a step took in the probe that chose the current count
        self._recent: list[float] = []  # the latest steps since then, up to ``probe`` of them

    def on_train_begin(self, logs):
        from threadpoolctl import ThreadpoolController

        controller = ThreadpoolController().select(user_api="blas")
        self._controller = controller if controller.lib_controllers else None
        self._first_limit = None  # remembers the limits from before training
        self._threads = None
        if len(self.candidates) == 1:
            self._use(self.candidates[0])
        elif self.choices and not self._plan:  # used before, between two probes: go on from there
            self._use(self.choices[-1][1])
        else:
            self._start_probe()

    def _start_probe(self) -> None:
        # Each candidate: one untimed step to settle after the switch, then ``probe`` timed steps.
        self._plan = [(threads, timed) for threads in self.candidates
                      for timed in (False, *[True] * self.probe)]
        self._times = {threads: [] for threads in self.candidates}
        self._use(self._plan[0][0])

    def _use(self, threads: int) -> None:
        if threads != self._threads and self._controller is not None:
            limit = self._controller.limit(limits=threads)
            self._first_limit = self._first_limit or limit
        self._threads = threads

    def _split_updates(self, threads: int) -> None:
        # Set at every step: the window may swap the optimizer between two steps. A tuner driven by
        # hand (the tape's from-scratch loops, ``nnlab.autodiff.threads``) has no model.
        optimizer = getattr(self.model, "optimizer", None)
        if optimizer is not None:
            optimizer.threads = threads

    def on_batch_begin(self, batch, logs):
        self._split_updates(self._threads)
        self._started = self.clock()

    def on_batch_end(self, batch, logs):
        if len(self.candidates) == 1:
            return
        seconds = self.clock() - self._started
        self._step += 1
        if not self._plan:
            if self._threads != self.candidates[0]:
                self._recent.append(seconds)
            if len(self._recent) == self.probe:
                if statistics.fmean(self._recent) > self.SLOWER * self._expected:
                    self._wait, self._next_probe = self.period, self._step  # the machine changed
                self._recent.clear()
            if self._step >= self._next_probe:
                self._start_probe()
            return
        threads, timed = self._plan.pop(0)
        if timed:
            self._times[threads].append(seconds)
            if self._beaten(threads):
                self._plan = [step for step in self._plan if step[0] != threads]
        if self._plan:
            self._use(self._plan[0][0])
            return
        # A cut probe's mean is larger still than the mean it lost to: the minimum is the same.
        best = min(self.candidates, key=lambda n: statistics.fmean(self._times[n]))
        held = bool(self.choices) and self.choices[-1][1] == best
        self._wait = min(self.longest, 2 * self._wait) if held else self.period
        self._next_probe = self._step + self._wait
        self._expected = statistics.fmean(self._times[best])
        self._recent.clear()
        self._use(best)
        self.choices.append((self._step, best))

    def _beaten(self, threads: int) -> bool:
        """Whether ``threads``' steps so far took longer than all ``probe`` steps of another candidate:
        whatever its remaining steps take, its mean will be the larger."""
        spent = sum(self._times[threads])
        return any(len(times) == self.probe and spent > sum(times)
                   for other, times in self._times.items() if other != threads)

    def on_train_end(self, logs):
        self._split_updates(1)
        if self._first_limit is not None:
            self._first_limit.restore_original_limits()


def yield_to_the_window() -> bool:
    """Lower the calling thread's scheduling priority (Linux: nice 5 for this thread only), so that on
    a busy machine the window's own thread gets a core first and stays smoother while this thread
    trains; elsewhere a no-op (False). On a quiet machine it costs nothing (an idle core runs the
    thread as fast as before); on a busy one training gets less of the machine: measured at load
    average 10, timer gaps p99 80-134 ms instead of 189-222 ms, and about half the training steps
    (README, "Measured"; nice 10 was no smoother and slower still).
    """
    import threading

    if not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return False
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), 5))
    except OSError:
        return False
    return True
