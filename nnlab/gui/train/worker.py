"""Training in a worker thread: the core engine's ``model.fit`` on a QThread, steered from the GUI.

The GUI thread never does math. :class:`TrainingThread` runs ``model.fit`` inside a QObject worker
on its own QThread and talks to it through three thread-safe channels:

* a :class:`Gate` (a ``threading.Condition``) that the worker passes between mini-batches: it
  blocks there while paused, lets exactly one batch through per Step, and wakes up on Stop;
* pending optimizer changes, applied by the worker just before the next step;
* a queue of events (one per batch, epoch, change) that the GUI drains on a timer about 25 times
  a second. Per-batch signals would flood the event loop during stochastic training (thousands of
  steps a second); a buffer drained at screen rate costs the GUI the same whatever the batch size.
"""

from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from nnlab.core import Callback, Sequential, optimizers
from nnlab.training.build import build_model
from nnlab.training.metrics import Smoother, Throughput, evaluate_classifier, to_inputs
from nnlab.training.runs import RunConfig


class Stopped(Exception):
    """Raised inside the worker when Stop arrives before the first batch."""


class Gate:
    """Where the worker waits between batches: paused, stepping one batch at a time, or stopped."""

    def __init__(self, paused: bool = False, steps: int = 0):
        self._condition = threading.Condition()
        self._paused = paused
        self._steps = steps
        self._stopped = False
        self.skip_evaluation = False  # set when the window closes: no test evaluation after stopping

    def pause(self) -> None:
        with self._condition:
            self._paused = True

    def resume(self) -> None:
        with self._condition:
            self._paused = False
            self._steps = 0
            self._condition.notify_all()

    def step(self) -> None:
        """Let one more batch through while paused."""
        with self._condition:
            self._paused = True
            self._steps += 1
            self._condition.notify_all()

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._condition.notify_all()

    def wait_turn(self) -> bool:
        """Block until the next batch may run; False when training should stop instead."""
        with self._condition:
            while self._paused and self._steps == 0 and not self._stopped:
                self._condition.wait()
            if self._stopped:
                return False
            if self._paused:
                self._steps -= 1
            return True


class _Bridge(Callback):
    """The callback inside ``fit``: records metrics, waits at the gate and applies live changes.

    A run whose loss explodes is stopped by the core itself (``nnlab.core.divergence``), which
    also puts back the weights from before the explosion.
    """

    def __init__(self, worker: "TrainWorker"):
        self.worker = worker
        self.loss_smoother, self.accuracy_smoother = Smoother(), Smoother()
        self.throughput = Throughput(beta=0.95)
        self.epoch = 0
        self.steps = 1
        self._clock = time.perf_counter()

    def on_train_begin(self, logs):
        self.samples, self.batch_size = logs["samples"], logs["batch_size"]
        if not self.worker.gate.wait_turn():
            raise Stopped
        self.worker.apply_pending_change(0.0)
        self._clock = time.perf_counter()

    def on_epoch_begin(self, epoch, logs):
        self.epoch, self.steps = epoch, logs["steps"]

    def on_batch_end(self, batch, logs):
        now = time.perf_counter()
        rate = self.throughput.update(logs["size"], now - self._clock)
        x = self.epoch + (batch + 1) / self.steps
        loss, accuracy = logs["loss"], logs["accuracy"]
        smoothed = self.loss_smoother(loss)
        self.worker.push("batch", (x, loss, accuracy, smoothed, self.accuracy_smoother(accuracy)))
        left = (self.worker.config.epochs - self.epoch - 1) * self.samples \
            + max(0, self.samples - (batch + 1) * self.batch_size)
        self.worker.progress = {"epoch": self.epoch + 1, "batch": batch + 1, "steps": self.steps,
                                "rate": rate, "seconds_left": self.throughput.seconds_left(left),
                                "learning_rate": logs["learning_rate"]}
        if not self.worker.gate.wait_turn():
            self.model.stop_training = True
        else:
            self.worker.apply_pending_change(x)
        self._clock = time.perf_counter()

    def on_epoch_end(self, epoch, logs):
        self.worker.push("epoch", {"epoch": epoch + 1, **{key: float(value) for key, value in logs.items()
                                                            if key != "samples"}})

    def on_train_end(self, logs):
        self.worker.end = dict(logs)


class TrainWorker(QObject):
    """Runs one training run in its thread. Emits ``done(status, message)`` when it ends and
    ``evaluated(Evaluation)`` after testing the trained network."""

    done = Signal(str, str)
    evaluated = Signal(object)

    def __init__(self, config: RunConfig, data, gate: Gate, initial_weights=None):
        super().__init__()
        self.config, self.data, self.gate = config, data, gate
        self.model: Sequential | None = None  # built in the worker thread: initialising is math too
        self._initial_weights = initial_weights
        self.progress: dict = {}
        self.end: dict = {}
        self._events: list = []
        self._lock = threading.Lock()
        self._pending: tuple | None = None

    # -- called from the GUI thread --------------------------------------------------------------
    def request_change(self, optimizer: str, hyper: dict) -> None:
        """Use ``optimizer`` with ``hyper`` from the next step on (a fresh one if the kind changes)."""
        with self._lock:
            self._pending = (optimizer, dict(hyper))

    def take_events(self) -> list:
        """Everything recorded since the last call: ``[(kind, payload), ...]``."""
        with self._lock:
            events, self._events = self._events, []
        return events

    # -- called in the worker thread -------------------------------------------------------------
    def push(self, kind: str, payload) -> None:
        with self._lock:
            self._events.append((kind, payload))

    def apply_pending_change(self, x: float) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is None:
            return
        name, hyper = pending
        current = self.model.optimizer
        self.model.checkpoint()  # an explosion after this change falls back to here
        if name != current.name:
            self.model.optimizer = optimizers.get(name, **hyper)
        else:
            for key, value in hyper.items():
                setattr(current, key, value)
        self.push("change", {"x": x, "optimizer": name, "previous_optimizer": current.name, "hyper": dict(hyper)})

    @Slot()
    def run(self) -> None:
        status, message = "error", ""
        try:
            self.model = build_model(self.config, self._initial_weights)
            status, message = self._train()
            if status != "error" and not self.gate.skip_evaluation:
                x_test, y_test = self.data["test"]
                self.evaluated.emit(evaluate_classifier(self.model, x_test, y_test))
        except Stopped:
            status, message = "stopped", ""
        except Exception as error:  # noqa: BLE001 - shown to the student, never a crash
            traceback.print_exc()
            status, message = "error", f"{type(error).__name__}: {error}"
        self.done.emit(status, message)

    def _train(self) -> tuple[str, str]:
        (x_train, y_train), (x_val, y_val) = self.data["train"], self.data["validation"]
        validation = (to_inputs(x_val), y_val) if len(x_val) else None
        self.model.fit(to_inputs(x_train), y_train, epochs=self.config.epochs,
                       batch_size=self.config.batch_size, validation_data=validation,
                       callbacks=[_Bridge(self)], shuffle=True)
        return self.end.get("status", "completed"), self.end.get("message", "")


class TrainingThread(QObject):
    """Owns the QThread and the worker of one run; the page's remote control for it."""

    done = Signal(str, str)
    evaluated = Signal(object)

    def __init__(self, config: RunConfig, data, paused: bool = False, steps: int = 0, initial_weights=None,
                 parent=None):
        super().__init__(parent)
        self.gate = Gate(paused=paused, steps=steps)
        self.worker = TrainWorker(config, data, self.gate, initial_weights)
        self.thread = QThread()
        self.thread.setObjectName("nnlabTraining")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Queued explicitly: these must run in the GUI thread (``_on_done`` waits for the worker's thread).
        self.worker.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.worker.evaluated.connect(self.evaluated, Qt.ConnectionType.QueuedConnection)
        self.finished = False

    def start(self) -> None:
        self.thread.start()

    def pause(self):
        self.gate.pause()

    def resume(self):
        self.gate.resume()

    def step(self):
        self.gate.step()

    def stop(self, hard: bool = False) -> None:
        """Stop after the current batch; ``hard`` also skips the final test evaluation (closing)."""
        self.gate.skip_evaluation = self.gate.skip_evaluation or hard
        model = self.worker.model
        if model is not None:
            model.stop_training = True
        self.gate.stop()

    def request_change(self, optimizer: str, hyper: dict) -> None:
        self.worker.request_change(optimizer, hyper)

    def take_events(self) -> list:
        return self.worker.take_events()

    def _on_done(self, status: str, message: str) -> None:
        self.thread.quit()
        self.thread.wait()
        self.finished = True
        self.done.emit(status, message)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop and wait for the thread (closing the window); True when it ended in time."""
        self.stop(hard=True)
        self.thread.quit()
        ended = self.thread.wait(timeout_ms)
        if not ended:  # a huge full-batch step cannot be interrupted: wait for it rather than crash
            ended = self.thread.wait()
        return ended


class ModelBuilder(QObject):
    """Builds a fresh network off the GUI thread (Reset weights) and hands it over with ``built``."""

    built = Signal(object)

    def build(self, config: RunConfig) -> None:
        threading.Thread(target=self._work, args=(config,), name="nnlab-build", daemon=True).start()

    def _work(self, config: RunConfig) -> None:
        model = build_model(config)
        try:
            self.built.emit(model)
        except RuntimeError:  # the window closed meanwhile
            pass
