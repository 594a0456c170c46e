"""A background thread for the Tensors page: evaluations, summaries and timings run here.

Jobs are plain callables (NumPy work from :mod:`nnlab.core`); each gets a token, and the result
comes back through ``finished(token, result)`` or ``failed(token, error)``, delivered on the GUI
thread (Qt queues signals emitted from another thread). The page remembers the token of the job it
still cares about and ignores older answers.

The thread is a Python daemon thread, like the data-set loader's: an evaluation cannot be
interrupted halfway, and a daemon never keeps the application from closing (a QThread still
running when Qt tears down would abort the process).
"""

from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QObject, Signal


class BackgroundRunner(QObject):
    """One worker thread that runs submitted jobs in order."""

    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, name: str = "nnlab-tensors"):
        super().__init__(parent)
        self._token = 0
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def submit(self, job) -> int:
        """Queue ``job`` (a callable without arguments); returns its token."""
        self._token += 1
        self._jobs.put((self._token, job))
        return self._token

    def shutdown(self, seconds: float = 0.4) -> bool:
        """Stop after the running job (waiting at most ``seconds``); later answers are dropped."""
        self._closed.set()
        self._jobs.put((0, None))
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _work(self) -> None:
        while True:
            token, job = self._jobs.get()
            if job is None or self._closed.is_set():
                return
            try:
                result = job()
            except Exception as error:  # noqa: BLE001 - reported to the page, which explains it
                self._emit(self.failed, token, error)
            else:
                self._emit(self.finished, token, result)

    def _emit(self, signal, token: int, value) -> None:
        if self._closed.is_set():
            return
        try:
            signal.emit(token, value)
        except RuntimeError:  # the page is already gone
            pass
