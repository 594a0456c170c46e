"""A background thread for the Tensors page: evaluations, summaries and timings run here.

Jobs are plain callables (NumPy work from :mod:`nnlab.core`); each gets a token, and the result
comes back through ``finished(token, result)`` or ``failed(token, error)`` on the GUI thread. The
page remembers the token of the job it still cares about and ignores older answers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

_still_running: list = []  # threads whose job outlived shutdown(): kept alive so Qt does not abort


class _Worker(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)

    @Slot(int, object)
    def run(self, token: int, job) -> None:
        try:
            result = job()
        except Exception as error:  # noqa: BLE001 - reported to the page, which explains it
            self.failed.emit(token, error)
        else:
            self.finished.emit(token, result)


class BackgroundRunner(QObject):
    """One worker thread that runs submitted jobs in order."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    _start = Signal(int, object)

    def __init__(self, parent: QObject | None = None, name: str = "nnlab-tensors"):
        super().__init__(parent)
        self._token = 0
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.run)
        self._worker.finished.connect(self.finished)
        self._worker.failed.connect(self.failed)
        self._thread.start()

    def submit(self, job) -> int:
        """Queue ``job`` (a callable without arguments); returns its token."""
        self._token += 1
        self._start.emit(self._token, job)
        return self._token

    def shutdown(self, milliseconds: int = 900) -> bool:
        """Let the running job finish (at most ``milliseconds``) and stop the thread."""
        self._thread.quit()
        stopped = self._thread.wait(milliseconds)
        if not stopped:
            _still_running.append((self._thread, self._worker))
        return stopped
