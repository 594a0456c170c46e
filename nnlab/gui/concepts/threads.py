"""Background threads for the demos: the GUI thread only draws.

``LoopThread`` repeats a small piece of work (a few training steps) and hands each result to the
GUI; it never runs ahead of the drawing, so the event queue cannot fill up. ``TaskThread`` runs a
function once (comparing three training runs, loading the pretrained network).
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QThread, Signal


class LoopThread(QThread):
    """Calls ``work()`` again and again until stopped; emits ``produced(result)`` after each call.

    The next call waits until the GUI has taken the previous result (``ack()``), so a slow screen
    slows the computation down instead of piling up results.
    """

    produced = Signal(object)
    failed = Signal(str)

    def __init__(self, work, pause_ms: int = 15, parent=None):
        super().__init__(parent)
        self._work = work
        self._pause_ms = pause_ms
        self._taken = threading.Event()
        self._taken.set()

    def run(self) -> None:
        try:
            while not self.isInterruptionRequested():
                if not self._taken.wait(0.05):
                    continue
                self._taken.clear()
                self.produced.emit(self._work())
                self.msleep(self._pause_ms)
        except Exception as error:  # noqa: BLE001 - a demo must report, never crash the window
            traceback.print_exc()
            self.failed.emit(str(error))

    def ack(self) -> None:
        """The GUI has drawn the last result: the next one may be computed."""
        self._taken.set()

    def stop(self) -> None:
        self.requestInterruption()
        self._taken.set()
        self.wait(1000)


class TaskThread(QThread):
    """Runs ``function()`` once; emits ``done(result)`` or ``failed(message)``."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, function, parent=None):
        super().__init__(parent)
        self._function = function

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # noqa: BLE001
            self.failed.emit(str(error))
            return
        self.done.emit(result)
