"""Shared by the GUI benchmarks: the gaps between ticks of a 5 ms timer in the GUI thread.

Any work the GUI thread does, or any time it waits for the GIL or a CPU, shows up as a longer gap.
On Linux each gap is also split (``breakdown``) by the kernel's account of the GUI thread
(``/proc/thread-self/schedstat``): time on a CPU (its own work), time ready but waiting for a CPU
(the machine is busy), and the rest, blocked (the timer's own wait, and waiting for Python's lock,
the GIL, which another thread holds).
"""

from __future__ import annotations

import time

import numpy as np


def _schedstat():
    """A function giving (seconds on a CPU, seconds waiting for one) of the calling thread, or None."""
    try:
        stream = open("/proc/thread-self/schedstat")  # read at every tick, closed with the process
    except OSError:
        return None

    def read():
        stream.seek(0)
        running, waiting = stream.read().split()[:2]
        return int(running) / 1e9, int(waiting) / 1e9
    return read


class TimerGaps:
    """``start()``, let the event loop run, ``stop()``; ``milliseconds()`` gives the gaps."""

    def __init__(self, interval_ms: int = 5):
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.split: list[tuple[float, float]] = []  # (on a CPU, waiting for a CPU) in each gap
        self._last = 0.0
        self._last_split = (0.0, 0.0)
        self._schedstat = None
        self.timer = QTimer(interval=interval_ms, timeout=self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        running = self._schedstat() if self._schedstat else (0.0, 0.0)
        if self._last:
            self.gaps.append(now - self._last)
            self.split.append((running[0] - self._last_split[0], running[1] - self._last_split[1]))
        self._last, self._last_split = now, running

    def start(self) -> None:
        self._schedstat = _schedstat()  # here: the GUI thread's own account
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def milliseconds(self) -> np.ndarray:
        return np.array(self.gaps) * 1000

    def breakdown(self, share: float = 0.01) -> str | None:
        """Where the longest ``share`` of the gaps went, on average (Linux only, else None)."""
        if self._schedstat is None or not self.gaps:
            return None
        gaps = self.milliseconds()
        running, waiting = (np.array(self.split) * 1000).T
        worst = gaps >= np.percentile(gaps, 100 * (1 - share))
        blocked = gaps - running - waiting
        return (f"the longest {share:.0%} of the gaps ({worst.sum()}, mean {gaps[worst].mean():.1f} ms): "
                f"{running[worst].mean():.1f} ms the GUI thread's own work, {waiting[worst].mean():.1f} ms waiting "
                f"for a CPU, {blocked[worst].mean():.1f} ms blocked (the timer's wait, the GIL)")
