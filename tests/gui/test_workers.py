"""The one background-work mechanism: results, failures, cancellation, back-pressure, close policy."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from nnlab.gui.workers import Cancelled, Worker, current_job


@pytest.fixture
def worker(qtbot):
    worker = Worker(name="nnlab-test-worker")
    yield worker
    worker.close()


def test_a_result_arrives_in_the_gui_thread(qtbot, worker):
    seen = []
    worker.finished.connect(lambda job_id, result: seen.append((job_id, result, threading.current_thread())))
    with qtbot.waitSignal(worker.finished, timeout=5000):
        job = worker.submit(lambda: 6 * 7)
    assert seen == [(job.id, 42, threading.main_thread())]
    assert not worker.busy


def test_an_exception_is_reported_not_raised(qtbot, worker):
    def broken():
        raise ValueError("no such tensor")
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.submit(broken)
    assert isinstance(blocker.args[1], ValueError) and str(blocker.args[1]) == "no such tensor"


def test_a_long_job_stops_at_its_next_check_when_cancelled(qtbot, worker):
    started = threading.Event()
    def long_job():
        job = current_job()
        started.set()
        while True:
            job.check()
    job = worker.submit(long_job)
    assert started.wait(5)
    with qtbot.waitSignal(worker.cancelled, timeout=5000) as blocker:
        job.cancel()
    assert blocker.args == [job.id]


def test_latest_only_keeps_just_the_newest_waiting_job(qtbot):
    worker = Worker(latest_only=True)
    gate = threading.Event()
    results = []
    worker.finished.connect(lambda job_id, result: results.append(result))
    with qtbot.waitSignal(worker.started, timeout=5000):
        worker.submit(gate.wait)
    for n in range(5):
        last = worker.submit(lambda n=n: n)
    with qtbot.waitSignal(worker.finished, timeout=5000, check_params_cb=lambda job_id, _: job_id == last.id):
        gate.set()
    assert results == [True, 4]
    worker.close()


def test_report_with_wait_blocks_until_the_gui_acknowledges(qtbot, worker):
    received = []
    def producer():
        for n in range(3):
            current_job().report(n, wait=True)
        return "done"
    def on_progress(job_id, value):
        received.append(value)
        worker.ack(job_id)
    worker.progress.connect(on_progress)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.submit(producer)
    assert received == [0, 1, 2]


def test_close_abandons_a_stuck_job_and_nothing_is_delivered_afterwards(qtbot):
    worker = Worker(name="nnlab-stuck-test")
    release = threading.Event()
    started = threading.Event()
    heard = []
    worker.finished.connect(lambda *args: heard.append(args))
    worker.cancelled.connect(lambda *args: heard.append(args))
    def stuck():  # never checks for cancellation, like one huge matrix product
        started.set()
        release.wait(10)
        return "late"
    worker.submit(stuck)
    assert started.wait(5)
    assert worker.close(timeout=0.2) is False
    release.set()
    qtbot.waitUntil(lambda: not any(t.name == "nnlab-stuck-test" for t in threading.enumerate()), timeout=5000)
    QCoreApplication.processEvents()  # deliver anything the abandoned job (wrongly) posted
    assert heard == []
    with pytest.raises(RuntimeError):
        worker.submit(lambda: 1)


def test_cancelled_is_raised_by_report_after_cancel(qtbot, worker):
    outcome = []
    def job_body():
        job = current_job()
        job.cancel()
        try:
            job.report("x")
        except Cancelled:
            outcome.append("cancelled")
            raise
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.submit(job_body)
    assert outcome == ["cancelled"]


def test_the_thread_ends_when_idle_and_a_new_job_starts_a_new_one(qtbot, monkeypatch):
    from nnlab.gui import workers
    monkeypatch.setattr(workers, "IDLE_SECONDS", 0.05)
    worker = Worker(name="nnlab-idle-test")
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.submit(lambda: 1)
    qtbot.waitUntil(lambda: not any(t.name == "nnlab-idle-test" for t in threading.enumerate()), timeout=5000)
    with qtbot.waitSignal(worker.finished, timeout=5000) as blocker:
        worker.submit(lambda: 2)
    assert blocker.args[1] == 2
    worker.close()


def test_a_worker_deleted_with_its_owner_mid_job_delivers_nothing_and_does_not_crash(qtbot):
    """A page destroyed while its job runs: the job's result must go nowhere, safely."""
    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()
    worker = Worker(owner, name="nnlab-orphan-test")
    heard = []
    worker.finished.connect(lambda *args: heard.append(args))
    release, started = threading.Event(), threading.Event()
    worker.submit(lambda: (started.set(), release.wait(10), "late")[2])
    assert started.wait(5)
    shiboken6.delete(owner)   # the C++ objects go, the job is still running
    release.set()
    qtbot.waitUntil(lambda: not any(t.name == "nnlab-orphan-test" for t in threading.enumerate()), timeout=5000)
    QCoreApplication.processEvents()
    assert heard == []
