"""A demo's animation loop off the GUI thread, on :mod:`nnlab.gui.workers` (the one way nnlab runs
background work).

A loop repeats a small piece of work (a few training steps) and hands each result to the GUI. It
never runs ahead of the drawing: each result is reported with ``report(value, wait=True)`` and the
next one is computed only after the GUI has drawn it and acknowledged it (``Worker.ack``), so a slow
screen slows the computation down instead of piling up results.

One-off work (training three ways, loading the pretrained network) needs no helper: a demo submits
it to its own ``Worker`` and listens to ``finished`` / ``failed``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from nnlab.gui.workers import Worker, current_job

PAUSE_SECONDS = 0.015  # between two results: leaves the GUI thread time to draw (and the GIL)


class DemoLoop(QObject):
    """Calls ``work()`` again and again in a worker thread while running.

    Signals: ``produced(result)`` after each call (the GUI draws it, then the next call starts);
    ``failed(message)`` when ``work`` raised (the loop has then ended).

    :meth:`stop` returns only after the thread has let go of the work (at most a second), so the
    demo may then change what ``work`` reads, for example the classifiers it trains.
    """

    produced = Signal(object)
    failed = Signal(str)

    def __init__(self, work, parent=None, pause_seconds: float = PAUSE_SECONDS):
        super().__init__(parent)
        self._work = work
        self._pause = pause_seconds
        self._worker: Worker | None = None

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        if self._worker is not None:
            return
        worker = self._worker = Worker(self, name="nnlab-demo-loop")
        worker.progress.connect(lambda job_id, result: self._deliver(worker, job_id, result))
        worker.failed.connect(lambda _id, error: self._failed(worker, error))
        worker.submit(self._repeat)

    def _repeat(self) -> None:
        """Runs in the worker thread until cancelled (``report`` raises then)."""
        job = current_job()
        while True:
            job.report(self._work(), wait=True)
            time.sleep(self._pause)

    def _deliver(self, worker: Worker, job_id: int, result) -> None:
        if worker is self._worker:
            self.produced.emit(result)  # drawn synchronously by the connected slot ...
            worker.ack(job_id)  # ... so the next result may be computed now

    def _failed(self, worker: Worker, error: Exception) -> None:
        if worker is self._worker:
            self.stop()
            self.failed.emit(str(error))

    def stop(self) -> None:
        """End the loop; wait at most a second for the running ``work()`` call to finish."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.close(1.0)
            worker.deleteLater()
