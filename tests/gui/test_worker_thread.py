"""A worker QThread beside the event loop must not crash the interpreter.

PySide6 6.12.0 aborts ("Fatal Python error: bool_dealloc") once a second Python thread runs next to
the Qt event loop. These tests run the pattern the Train page uses in a separate process, so an
abort fails the test instead of killing pytest, and a future PySide6 that breaks it fails loudly.
"""

import os
import subprocess
import sys
import textwrap

WORKER_SCRIPT = textwrap.dedent("""
    import sys, time
    import numpy as np
    from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

    class Worker(QObject):
        tick = Signal(object)
        done = Signal(int)

        @Slot()
        def run(self):
            count, end = 0, time.perf_counter() + 3.0
            a = np.ones((64, 64), np.float32)
            while time.perf_counter() < end:
                a = np.tanh(a @ a.T / 64)
                time.sleep(0.0002)
                count += 1
                self.tick.emit({"n": count, "ok": bool(a[0, 0] > -2), "none": None})
            self.done.emit(count)

    class Receiver(QObject):
        # Lives in the main thread, so the worker's signals reach it through the event loop.

        def __init__(self):
            super().__init__()
            self.received = []

        @Slot(object)
        def on_tick(self, payload):
            self.received.append(payload["ok"])

        @Slot(int)
        def on_done(self, count):
            thread.quit()
            thread.wait()
            print("sent", count, "received", len(self.received), flush=True)
            app.quit()

    app = QCoreApplication(sys.argv)
    thread, worker, receiver = QThread(), Worker(), Receiver()
    worker.moveToThread(thread)
    worker.tick.connect(receiver.on_tick, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(receiver.on_done, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    gaps, last = [], [time.perf_counter()]
    def beat():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
    timer = QTimer(interval=5, timeout=beat)
    timer.start()
    thread.start()
    QTimer.singleShot(20000, lambda: app.exit(3))
    sys.exit(app.exec())
""")

CLOSE_SCRIPT = textwrap.dedent("""
    import sys, time
    import numpy as np
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from nnlab.gui.main_window import MainWindow

    app = QApplication(sys.argv)
    rng = np.random.default_rng(0)
    x = rng.integers(0, 255, (3000, 28, 28), dtype=np.uint8)
    y = rng.integers(0, 10, 3000).astype(np.uint8)
    window = MainWindow()
    window.session.set_dataset("mnist", ((x, y), (x[:200], y[:200])))
    page = window.train_page
    page.controls.epochs_spin.setValue(500)
    page.controls.batch_spin.setValue(32)
    window.show()
    page.start()
    def close():
        assert page.state == "running", page.state
        thread = page.training.thread
        start = time.perf_counter()
        window.close()
        print(f"closed in {time.perf_counter() - start:.3f} s; thread running: {thread.isRunning()}", flush=True)
    QTimer.singleShot(1500, close)
    sys.exit(app.exec())
""")


def _run(script: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout, env=env)


def test_worker_thread_emitting_signals_for_three_seconds_exits_cleanly():
    result = _run(WORKER_SCRIPT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Fatal Python error" not in result.stderr
    words = result.stdout.split()
    sent, received = int(words[1]), int(words[3])
    assert sent > 100 and received == sent


def test_closing_the_window_during_training_stops_the_worker_within_a_second():
    result = _run(CLOSE_SCRIPT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "QThread: Destroyed while thread is still running" not in result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("closed in"))
    assert float(line.split()[2]) < 1.0 and line.endswith("thread running: False")
