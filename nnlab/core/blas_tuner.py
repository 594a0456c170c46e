"""How many threads BLAS uses while a network trains: chosen from measurements, as it trains.

On a quiet two-core machine two BLAS threads make the lecture's epochs about 1.6 times faster
than one; when another program keeps one core busy, the same two threads make them 5 to 10 times
*slower*, because BLAS splits each product evenly and waits for the thread that lost its core
(README, "Measured"). No fixed setting is right for every machine and every moment, so training
measures: every ``period`` steps it times a few steps with each candidate thread count and keeps
the fastest until the next probe. A probe costs a few steps; a wrong fixed choice costs the run.
"""

from __future__ import annotations

import os
import statistics
import time

from nnlab.core.callbacks import Callback


class BlasTuner(Callback):
    """Re-chooses the BLAS thread count by timing ``probe`` steps with each of ``candidates``
    (default: one thread, and every core) and keeping the fastest on average (a busy core shows as
    occasional long stalls, which a mean counts and a median hides). The next probe comes after
    ``period`` steps; while the choice holds, the wait doubles up to ``longest`` steps, so a steady
    machine pays for probing less and less. ``choices`` records ``(step, threads)`` after each probe.
    Gives the original limits back when training ends."""

    def __init__(self, candidates: tuple[int, ...] | None = None, period: int = 200, probe: int = 10,
                 longest: int = 3200):
        self.candidates = tuple(sorted(set(candidates or (1, os.cpu_count() or 1))))
        self.period, self.probe, self.longest = period, probe, longest
        self.choices: list[tuple[int, int]] = []
        self._controller = None

    def on_train_begin(self, logs):
        from threadpoolctl import ThreadpoolController

        controller = ThreadpoolController().select(user_api="blas")
        self._controller = controller if controller.lib_controllers and len(self.candidates) > 1 else None
        self._first_limit = None  # remembers the limits from before training
        self._threads = None
        self._step = 0
        self._wait, self._next_probe = self.period, 0
        self._plan: list[tuple[int, bool]] = []  # (threads, timed?) for each coming step of a probe
        self._times: dict[int, list[float]] = {}
        self._started = 0.0
        if self._controller is not None:
            self._start_probe()

    def _start_probe(self) -> None:
        # Each candidate: one untimed step to settle after the switch, then ``probe`` timed steps.
        self._plan = [(threads, timed) for threads in self.candidates
                      for timed in (False, *[True] * self.probe)]
        self._times = {threads: [] for threads in self.candidates}
        self._use(self._plan[0][0])

    def _use(self, threads: int) -> None:
        if threads != self._threads:
            limit = self._controller.limit(limits=threads)
            self._first_limit = self._first_limit or limit
            self._threads = threads

    def on_batch_begin(self, batch, logs):
        self._started = time.perf_counter()

    def on_batch_end(self, batch, logs):
        if self._controller is None:
            return
        seconds = time.perf_counter() - self._started
        self._step += 1
        if not self._plan:
            if self._step >= self._next_probe:
                self._start_probe()
            return
        threads, timed = self._plan.pop(0)
        if timed:
            self._times[threads].append(seconds)
        if self._plan:
            self._use(self._plan[0][0])
            return
        best = min(self.candidates, key=lambda n: statistics.fmean(self._times[n]))
        held = bool(self.choices) and self.choices[-1][1] == best
        self._wait = min(self.longest, 2 * self._wait) if held else self.period
        self._next_probe = self._step + self._wait
        self._use(best)
        self.choices.append((self._step, best))

    def on_train_end(self, logs):
        if self._first_limit is not None:
            self._first_limit.restore_original_limits()
