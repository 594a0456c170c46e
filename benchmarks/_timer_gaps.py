"""Shared by the GUI benchmarks: the gaps between ticks of a 5 ms timer in the GUI thread.

Any work the GUI thread does, or any time it waits for the GIL or a CPU, shows up as a longer gap.
"""

from __future__ import annotations

import time

import numpy as np


class TimerGaps:
    """``start()``, let the event loop run, ``stop()``; ``milliseconds()`` gives the gaps."""

    def __init__(self, interval_ms: int = 5):
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = 0.0
        self.timer = QTimer(interval=interval_ms, timeout=self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def milliseconds(self) -> np.ndarray:
        return np.array(self.gaps) * 1000
