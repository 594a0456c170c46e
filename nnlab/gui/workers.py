"""The one way nnlab runs work off the GUI thread.

Every page hands its background work (an evaluation, a training run, a data set download, a demo's
loop) to a :class:`Worker`. A worker owns one Python daemon thread that runs its jobs one after
another; results come back as Qt signals, delivered in the GUI thread.

The thread exists only while there is work: it ends after a few idle seconds and a new one starts
with the next job, so a finished training run or a forgotten worker never leaves a thread behind.

Why a Python daemon thread and not a ``QThread``: a job can be NumPy code that cannot be interrupted
halfway (one huge matrix product); a ``QThread`` still running when Qt tears down aborts the
process, while a daemon thread never keeps the application from exiting.

Close policy (:meth:`Worker.close`), the promise a page's ``shutdown()`` relies on:

* jobs that have not started are dropped;
* the running job is asked to stop: :attr:`Job.cancelled` becomes true, and its next
  :meth:`Job.check` or :meth:`Job.report` raises :class:`Cancelled`;
* ``close`` waits for it at most ``timeout`` seconds (1 s by default), then abandons it: the job
  may finish in its daemon thread, but nothing it produces is delivered;
* after ``close`` returns no signal of the worker fires, so a page never hears from a job after it
  has shut down, and a result never reaches a widget that is already deleted.

A job is any callable. It can ask for its :class:`Job` with :func:`current_job` to check for
cancellation or report progress; plain callables (``lambda: evaluate(text)``) need nothing.
"""

from __future__ import annotations

import queue
import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

IDLE_SECONDS = 2.0
_local = threading.local()


class Cancelled(Exception):
    """Raised inside a job that was cancelled (by :meth:`Job.cancel` or :meth:`Worker.close`)."""


def current_job() -> Job | None:
    """The job running on this thread, or None outside a worker."""
    return getattr(_local, "job", None)


class _Relay(QObject):
    """Carries every worker's news from its thread to the GUI thread.

    A worker thread never emits a signal of the ``Worker`` itself: its owner (a page) may be in the
    middle of being destroyed in the GUI thread, and emitting on a half-destroyed QObject from
    another thread crashes the process. The relay lives as long as the application; it looks the
    worker up by a weak reference in the GUI thread, where deletion cannot race it.
    """

    posted = Signal(object, str, int, object)

    def __init__(self):
        super().__init__()
        self.posted.connect(self._deliver)

    @Slot(object, str, int, object)
    def _deliver(self, worker_ref, kind: str, job_id: int, value) -> None:
        worker = worker_ref()
        if worker is None:
            return
        try:
            worker._deliver(kind, job_id, value)
        except RuntimeError:  # the worker's C++ object is already deleted: nobody is listening
            pass


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The relay, created on first use in the GUI thread (a Worker is always made there)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class Job:
    """One submitted piece of work: its id, its cancellation flag and its progress channel."""

    def __init__(self, worker: Worker, job_id: int, function: Callable[[], Any]):
        self.id = job_id
        self._worker = worker
        self._function = function
        self._cancel = threading.Event()
        self._taken = threading.Event()
        self._taken.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next :meth:`check` (or drop it if it has not started)."""
        self._cancel.set()
        self._taken.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the job was cancelled; long jobs call it now and then."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, value, wait: bool = False) -> None:
        """Send ``value`` to the GUI as ``Worker.progress(job_id, value)``.

        With ``wait``, block until the GUI calls :meth:`Worker.ack` for it, so a job that produces
        results faster than the screen draws them is slowed down instead of flooding the event queue.
        """
        self.check()
        if wait:
            self._taken.clear()
        self._worker._post("progress", self.id, value)
        while wait and not self._taken.wait(0.05):
            self.check()
        self.check()

    def _run(self) -> tuple[str, Any]:
        """Run the job here, in the worker thread; returns how it ended and its result or error."""
        _local.job = self
        try:
            if self._cancel.is_set():
                raise Cancelled
            result = self._function()
            self.check()
        except Cancelled:
            return "cancelled", None
        except Exception as error:  # reported to the page, which explains it
            traceback.print_exc()
            return "failed", error
        else:
            return "finished", result
        finally:
            _local.job = None


class Worker(QObject):
    """Runs submitted jobs in order on one daemon thread.

    Signals (in the GUI thread): ``started(id)``, ``progress(id, value)``, ``finished(id, result)``,
    ``failed(id, error)`` with the exception, ``cancelled(id)``.

    With ``latest_only`` a new job replaces every job still waiting (the newest drawing is the only
    one worth reading); the replaced jobs report ``cancelled``.
    """

    started = Signal(int)
    progress = Signal(int, object)
    finished = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)

    def __init__(self, parent: QObject | None = None, name: str = "nnlab-worker", latest_only: bool = False):
        super().__init__(parent)
        self._name = name
        self._latest_only = latest_only
        self._next_id = 0
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._waiting: list[Job] = []
        self._running: Job | None = None
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None
        self._relay = _the_relay()
        self._ref = weakref.ref(self)
        self.destroyed.connect(self._closed.set)  # deleted without close(): deliver nothing more

    # -- GUI thread ------------------------------------------------------------------------------
    def submit(self, function: Callable[[], Any]) -> Job:
        """Queue ``function`` (no arguments); returns its :class:`Job`. Refused after :meth:`close`."""
        if self._closed.is_set():
            raise RuntimeError("this worker is closed")
        self._next_id += 1
        job = Job(self, self._next_id, function)
        with self._lock:
            if self._latest_only:
                for old in self._waiting:
                    old.cancel()
            self._waiting.append(job)
            self._jobs.put(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
        return job

    @property
    def busy(self) -> bool:
        """True while a job runs or waits."""
        with self._lock:
            return self._running is not None or bool(self._waiting)

    def ack(self, job_id: int) -> None:
        """The GUI has taken the progress value a job is waiting on (see :meth:`Job.report`)."""
        with self._lock:
            job = self._running
        if job is not None and job.id == job_id:
            job._taken.set()

    def cancel_all(self) -> None:
        """Cancel the running job and every waiting one; the worker stays usable."""
        with self._lock:
            jobs = [*self._waiting, *([self._running] if self._running else [])]
        for job in jobs:
            job.cancel()

    def close(self, timeout: float = 1.0) -> bool:
        """Apply the close policy (module docstring); True when no job was left running."""
        self._closed.set()
        self.cancel_all()
        self._jobs.put(None)
        with self._lock:
            thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def _deliver(self, kind: str, job_id: int, value) -> None:
        if self._closed.is_set():
            return
        if kind == "started":
            self.started.emit(job_id)
        elif kind == "progress":
            self.progress.emit(job_id, value)
        elif kind == "finished":
            self.finished.emit(job_id, value)
        elif kind == "failed":
            self.failed.emit(job_id, value)
        else:
            self.cancelled.emit(job_id)

    # -- worker thread ---------------------------------------------------------------------------
    def _post(self, kind: str, job_id: int, value) -> None:
        if not self._closed.is_set():
            self._relay.posted.emit(self._ref, kind, job_id, value)

    def _loop(self) -> None:
        while True:
            try:
                job = self._jobs.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():  # nothing was submitted meanwhile: end this thread
                        self._thread = None
                        return
                continue
            if job is None or self._closed.is_set():
                with self._lock:  # closed: what still waits will never run
                    self._waiting.clear()
                return
            with self._lock:
                self._waiting.remove(job)
                self._running = job
            if not job.cancelled:
                self._post("started", job.id, None)
            outcome, value = job._run()
            with self._lock:
                self._running = None
            self._post(outcome, job.id, value)  # after: a page that hears "finished" sees the worker idle
