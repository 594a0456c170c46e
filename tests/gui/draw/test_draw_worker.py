"""The Draw page's worker: off the GUI thread, and only the newest request waits."""

import threading

import numpy as np
from PySide6.QtCore import QCoreApplication

from nnlab.gui.draw import worker as draw_worker
from nnlab.gui.draw.worker import DigitReader


def test_only_the_newest_request_is_read(qtbot, monkeypatch):
    gate = threading.Event()
    calls, threads = [], []

    def gated_read(image, model):
        calls.append(int(image[0, 0]))
        threads.append(threading.current_thread())
        gate.wait(5)
        return int(image[0, 0])

    monkeypatch.setattr(draw_worker, "read_digit", gated_read)
    reader = DigitReader()
    results = []
    reader.finished.connect(lambda reading, seconds: results.append((reading, seconds)))
    with qtbot.waitSignal(reader.worker.started, timeout=5000):
        reader.request(np.full((4, 4), 0), None)
    for index in range(1, 10):
        reader.request(np.full((4, 4), index), None)
    assert reader.is_busy()
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 2 and not reader.is_busy(), timeout=5000)
    assert calls == [0, 9]  # the first was running; 1..8 were replaced by newer ones before they started
    assert [reading for reading, _ in results] == [0, 9]
    assert all(seconds >= 0 for _, seconds in results)
    assert threading.main_thread() not in threads
    reader.shutdown()


def test_a_failing_model_is_reported_not_raised(qtbot, monkeypatch):
    def broken(image, model):
        raise RuntimeError("shapes do not match")

    monkeypatch.setattr(draw_worker, "read_digit", broken)
    reader = DigitReader()
    with qtbot.waitSignal(reader.failed, timeout=5000) as blocker:
        reader.request(np.zeros((4, 4)), None)
    assert "shapes do not match" in blocker.args[0]
    reader.shutdown()


def test_shutdown_forgets_waiting_requests_and_later_ones(qtbot, monkeypatch):
    gate = threading.Event()
    calls = []
    monkeypatch.setattr(draw_worker, "read_digit", lambda image, model: calls.append(1) or gate.wait(5))
    reader = DigitReader()
    delivered = []
    reader.finished.connect(lambda *args: delivered.append(args))
    reader.request(np.zeros((4, 4)), None)
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)  # the first reading is inside read_digit
    reader.request(np.zeros((4, 4)), None)
    reader.shutdown()  # the first reading is still held at the gate: waited for a second, then abandoned
    gate.set()
    reader.request(np.zeros((4, 4)), None)  # after shutdown: ignored, not an error
    qtbot.waitUntil(lambda: not reader.worker.busy, timeout=5000)
    QCoreApplication.processEvents()
    assert calls == [1] and delivered == []
