"""Reads the drawn digit in a background thread, so drawing never stutters.

While the student draws, requests arrive faster than they may be answered. Only the newest one
waits: when the worker finishes, it starts on the latest picture and older ones are forgotten.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from nnlab.digits.reading import read_digit


class DigitReader(QObject):
    """Signals: ``finished(reading, seconds)`` with a :class:`~nnlab.digits.reading.DigitReading`
    and the time preprocessing plus prediction took; ``failed(str)`` when the model raised."""

    finished = Signal(object, float)
    failed = Signal(str)
    _done = Signal(object, float)  # from the worker thread, delivered in the GUI thread

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = None
        self._busy = False
        self._done.connect(self._on_done)

    def is_busy(self) -> bool:
        return self._busy or self._pending is not None

    def request(self, image, model) -> None:
        """Read ``image`` (a grey array) with ``model`` as soon as the worker is free."""
        self._pending = (image, model)
        if not self._busy:
            self._start_next()

    def _start_next(self) -> None:
        image, model = self._pending
        self._pending = None
        self._busy = True
        self._pool.start(lambda: self._run(image, model))

    def _run(self, image, model) -> None:
        """Runs in the worker thread."""
        start = time.perf_counter()
        try:
            result = read_digit(image, model)
        except Exception as error:  # noqa: BLE001 - a broken model must not kill the thread
            result = error
        self._done.emit(result, time.perf_counter() - start)

    @Slot(object, float)
    def _on_done(self, result, seconds: float) -> None:
        self._busy = False
        if self._pending is not None:
            self._start_next()
        if isinstance(result, Exception):
            self.failed.emit(str(result))
        else:
            self.finished.emit(result, seconds)

    def shutdown(self) -> None:
        """Forget waiting requests and wait (at most a second) for the running one."""
        self._pending = None
        self._pool.waitForDone(1000)
