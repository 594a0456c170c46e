"""The Draw page's worker: off the GUI thread, and only the newest request waits."""

import threading
import time

import numpy as np

from nnlab.gui.draw import worker as draw_worker
from nnlab.gui.draw.worker import DigitReader


def test_only_the_newest_request_is_read(qtbot, monkeypatch):
    calls, threads = [], []

    def slow_read(image, model):
        calls.append(int(image[0, 0]))
        threads.append(threading.current_thread())
        time.sleep(0.05)
        return int(image[0, 0])

    monkeypatch.setattr(draw_worker, "read_digit", slow_read)
    reader = DigitReader()
    results = []
    reader.finished.connect(lambda reading, seconds: results.append((reading, seconds)))
    for index in range(10):
        reader.request(np.full((4, 4), index), None)
    assert reader.is_busy()
    qtbot.waitUntil(lambda: len(results) == 2 and not reader.is_busy(), timeout=3000)
    assert calls == [0, 9]  # the first went straight away; 1..8 were replaced by newer ones
    assert [reading for reading, _ in results] == [0, 9]
    assert all(seconds >= 0.04 for _, seconds in results)
    assert threading.main_thread() not in threads
    reader.shutdown()


def test_a_failing_model_is_reported_not_raised(qtbot, monkeypatch):
    def broken(image, model):
        raise RuntimeError("shapes do not match")

    monkeypatch.setattr(draw_worker, "read_digit", broken)
    reader = DigitReader()
    with qtbot.waitSignal(reader.failed, timeout=3000) as blocker:
        reader.request(np.zeros((4, 4)), None)
    assert "shapes do not match" in blocker.args[0]
    reader.shutdown()


def test_shutdown_forgets_waiting_requests(qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(draw_worker, "read_digit", lambda image, model: calls.append(1) or time.sleep(0.1))
    reader = DigitReader()
    reader.request(np.zeros((4, 4)), None)
    reader.request(np.zeros((4, 4)), None)
    start = time.perf_counter()
    reader.shutdown()
    assert time.perf_counter() - start < 1.0
    qtbot.wait(50)
    assert calls == [1]
