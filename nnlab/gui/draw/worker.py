"""Reads the drawn digit off the GUI thread, so drawing never stutters.

While the student draws, requests arrive faster than they may be answered. The reader runs on a
:class:`~nnlab.gui.workers.Worker` with ``latest_only``: only the newest waiting picture is read,
older ones are dropped before they start.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from nnlab.digits.reading import read_digit
from nnlab.gui.workers import Worker


def _timed_read(image, model):
    """Runs in the worker thread: the reading and how long preprocessing plus prediction took."""
    start = time.perf_counter()
    reading = read_digit(image, model)
    return reading, time.perf_counter() - start


class DigitReader(QObject):
    """Signals: ``finished(reading, seconds)`` with a :class:`~nnlab.digits.reading.DigitReading`
    and the time preprocessing plus prediction took; ``failed(str)`` when the model raised.

    ``worker`` is public so a test (or a script) can wait on its ``started`` signal.
    """

    finished = Signal(object, float)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker = Worker(self, name="nnlab-digit-reader", latest_only=True)
        self.worker.finished.connect(lambda _id, result: self.finished.emit(*result))
        self.worker.failed.connect(lambda _id, error: self.failed.emit(str(error)))

    def is_busy(self) -> bool:
        return self.worker.busy

    def request(self, image, model) -> None:
        """Read ``image`` (a grey array) with ``model`` as soon as the worker is free."""
        if not self.worker.closed:
            self.worker.submit(lambda: _timed_read(image, model))

    def shutdown(self) -> None:
        """Forget waiting requests and wait (at most a second) for the running one."""
        self.worker.close(1.0)
