"""One training run as a job for :class:`nnlab.gui.workers.Worker`: ``model.fit`` steered from the GUI.

The GUI thread never does math. A :class:`TrainingJob` builds the network, runs ``fit`` and tests
the result inside a worker thread, and talks to the GUI through two channels only:

* :class:`RunControl`, thread-safe, from the GUI: pause, one Step, resume, stop, and a pending
  optimizer change applied just before the next step;
* one stream of :class:`Event` lists sent with ``Job.report`` (batches, epochs, changes, progress,
  "waiting at the gate"), at most about 25 times a second, then the :class:`Outcome` as the job's
  result. Per-batch signals would flood the event loop during stochastic training (thousands of
  steps a second); a packet per frame costs the GUI the same whatever the batch size.

When the job ends, the worker drops it: the finished run keeps only what its :class:`Outcome`
hands over (the trained model and its evaluation), never the input batches or the thread.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from enum import Enum

from nnlab.blas import ThreadTuner, yield_to_the_window
from nnlab.core import Callback, Sequential, optimizers
from nnlab.core.allocator import give_back_freed_memory
from nnlab.gui.workers import Cancelled, current_job
from nnlab.training.build import build_model
from nnlab.training.config import RunConfig
from nnlab.training.metrics import (
    Evaluation,
    Smoother,
    Throughput,
    evaluate_classifier,
    to_inputs,
)

SMOOTH_FROM_STEPS = 20  # fewer mini-batches an epoch than this: the "smoothed" curve is the raw one
REPORT_INTERVAL = 0.04  # seconds between two packets of events: 25 redraws a second at most


class EventKind(str, Enum):
    BATCH = "batch"        # payload: (x, loss, accuracy, loss_smooth, accuracy_smooth)
    EPOCH = "epoch"        # payload: the epoch's logs with "epoch" (1-based) and "x" (its true position)
    CHANGE = "change"      # payload: {"x", "optimizer", "previous_optimizer", "hyper"}
    PROGRESS = "progress"  # payload: {"epoch", "batch", "steps", "samples" (an epoch's), "rate", "seconds_left",
    #                                   "learning_rate", "optimizer", "step" (the optimizer's own step count)}
    WAITING = "waiting"    # payload: None; the run is paused at the gate (after a Step, or on Pause)
    OPTIMIZER_STATE = "optimizer_state"  # payload: a UnitSnapshot (nnlab.training.optimizer_state)


@dataclass
class Event:
    kind: EventKind
    payload: object = None


@dataclass
class Outcome:
    """How a run ended: status "completed", "stopped", "diverged" (or "error" from the page)."""

    status: str
    message: str
    model: Sequential | None
    evaluation: Evaluation | None
    cause: str = ""    # after a divergence: the hyperparameter that did it (nnlab.core.divergence.Cause)
    values: dict = field(default_factory=dict)  # ... and its value(s)


class RunControl:
    """Where the worker waits between batches (paused, one Step at a time, stopped) and how a live
    optimizer change gets in. Every method is thread-safe."""

    def __init__(self, paused: bool = False, steps: int = 0):
        self._condition = threading.Condition()
        self._paused = paused
        self._steps = steps
        self._stopped = False
        self._pending: tuple | None = None
        self.skip_evaluation = False  # set when the window closes: no test evaluation after stopping
        self.model: Sequential | None = None  # set by the job once built: Stop sets its stop_training

    @property
    def stopped(self) -> bool:
        return self._stopped

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

    def stop(self, skip_evaluation: bool = False) -> None:
        """End the run after the batch under way (or before the first one)."""
        with self._condition:
            self._stopped = True
            self.skip_evaluation = self.skip_evaluation or skip_evaluation
            self._condition.notify_all()
        model = self.model
        if model is not None:
            model.stop_training = True

    def request_change(self, optimizer: str, hyper: dict) -> None:
        """Use ``optimizer`` with ``hyper`` from the next step on (a fresh one if the kind changes)."""
        with self._condition:
            self._pending = (optimizer, dict(hyper))

    def take_change(self) -> tuple | None:
        with self._condition:
            pending, self._pending = self._pending, None
        return pending

    def would_wait(self) -> bool:
        with self._condition:
            return self._paused and self._steps == 0 and not self._stopped

    def wait_turn(self, job=None) -> bool:
        """Block until the next batch may run; False when training should stop instead."""
        with self._condition:
            while self._paused and self._steps == 0 and not self._stopped:
                self._condition.wait(0.1)
                if job is not None and job.cancelled:
                    self._stopped = True
            if self._stopped:
                return False
            if self._paused:
                self._steps -= 1
            return True


class _Bridge(Callback):
    """The callback inside ``fit``: records metrics, sends them in packets, waits at the gate and
    applies live changes. A run whose loss explodes is stopped by the core itself."""

    def __init__(self, config: RunConfig, control: RunControl, job):
        self.config, self.control, self.job = config, control, job
        self.loss_smoother, self.accuracy_smoother = Smoother(), Smoother()
        self.throughput = Throughput()
        self.epoch, self.steps, self.x = 0, 1, 0.0
        self.events: list[Event] = []
        self.end: dict = {}
        self._clock = self._sent = time.perf_counter()

    # -- the stream ------------------------------------------------------------------------------
    def send(self, force: bool = False) -> None:
        """Report the events gathered so far (now if ``force``, else at most every 40 ms)."""
        now = time.perf_counter()
        if self.events and (force or now - self._sent >= REPORT_INTERVAL):
            events, self.events = self.events, []
            self._sent = now
            if self.job is not None:
                self.job.report(events)

    def wait_at_gate(self) -> bool:
        if self.control.would_wait():
            self.events.append(Event(EventKind.WAITING))
            self.send(force=True)
        return self.control.wait_turn(self.job)

    def apply_pending_change(self) -> None:
        pending = self.control.take_change()
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
        self.events.append(Event(EventKind.CHANGE, {"x": self.x, "optimizer": name,
                                                    "previous_optimizer": current.name, "hyper": dict(hyper)}))

    # -- fit's hooks -----------------------------------------------------------------------------
    def on_train_begin(self, logs):
        self.samples, self.batch_size = logs["samples"], logs["batch_size"]
        if -(-self.samples // self.batch_size) < SMOOTH_FROM_STEPS:
            # Full batch (one step an epoch) or nearly: nothing to smooth, and an average over a
            # few epochs would lag far behind the per-epoch points.
            self.loss_smoother, self.accuracy_smoother = Smoother(beta=0.0), Smoother(beta=0.0)
        if not self.wait_at_gate():
            raise Cancelled
        self.apply_pending_change()
        self._clock = time.perf_counter()

    def on_epoch_begin(self, epoch, logs):
        self.epoch, self.steps = epoch, logs["steps"]
        # Said at once, before a step that may take many seconds (a full batch of 54,000 images):
        # the page shows which epoch and step are under way from the first second (issue 27, item 5).
        self._progress(0, float(self.model.optimizer.learning_rate), self.model.optimizer.iterations)
        self.send(force=epoch == 0)

    def _progress(self, done: int, learning_rate, step) -> None:
        """A progress event after ``done`` batches of the current epoch (the time left: measured, or None)."""
        left = (self.config.epochs - self.epoch - 1) * self.samples + max(0, self.samples - done * self.batch_size)
        self.events.append(Event(EventKind.PROGRESS, {
            "epoch": self.epoch + 1, "batch": done, "steps": self.steps, "samples": self.samples,
            "rate": self.throughput.rate, "seconds_left": self.throughput.seconds_left(left),
            "learning_rate": learning_rate, "optimizer": self.model.optimizer.name, "step": step}))

    def on_batch_end(self, batch, logs):
        now = time.perf_counter()
        self.throughput.update(logs["size"], now - self._clock)
        self.x = self.epoch + (batch + 1) / self.steps
        loss, accuracy = logs["loss"], logs["accuracy"]
        self.events.append(Event(EventKind.BATCH, (self.x, loss, accuracy, self.loss_smoother(loss),
                                                   self.accuracy_smoother(accuracy))))
        self._progress(batch + 1, logs["learning_rate"], logs["step"])
        self.send()
        if not self.wait_at_gate():
            self.model.stop_training = True
        else:
            self.apply_pending_change()
        self._clock = time.perf_counter()

    def on_epoch_end(self, epoch, logs):
        # A stopped epoch is partial: its point belongs where it stopped (x), not at epoch + 1.
        self.events.append(Event(EventKind.EPOCH, {"epoch": epoch + 1, "x": self.x, **{
            key: float(value) for key, value in logs.items() if key != "samples"}}))

    def on_train_end(self, logs):
        self.end = dict(logs)
        self.send(force=True)


class TrainingJob:
    """A callable for ``Worker.submit``: build, train, test; returns an :class:`Outcome`.

    Stop ends the run with status "stopped" and keeps the weights reached; a Stop before the first
    batch (or the worker's close) raises :class:`~nnlab.gui.workers.Cancelled` instead.
    """

    def __init__(self, config: RunConfig, data: dict, control: RunControl, initial_weights=None, feed=None):
        self.config, self.data, self.control = config, data, control
        self.initial_weights = initial_weights
        self.feed = feed  # a SnapshotFeed (a fit callback) for the optimizer-state view, or None

    def __call__(self) -> Outcome:
        try:
            return self._run()
        finally:
            self.data = self.initial_weights = self.feed = None  # the worker may keep the job a moment
            self.control.model = None
            give_back_freed_memory()  # the run's batches, inputs and evaluation, now that all are freed

    def _run(self) -> Outcome:
        job = current_job()
        yield_to_the_window()  # a busy laptop gives the window's thread a core first (README, "Measured")
        model = build_model(self.config, self.initial_weights)  # initialising is math too
        self.control.model = model
        if self.control.stopped:
            model.stop_training = True
        bridge = _Bridge(self.config, self.control, job)
        # In the window the GUI thread needs a core of its own (smooth plots): the tuner chooses among
        # thread counts that leave one free, which on two cores means one thread (README, "Measured").
        callbacks = [ThreadTuner(candidates=(1, max(1, (os.cpu_count() or 2) - 1))), bridge]
        if self.feed is not None:  # first: its last snapshot leaves with the bridge's last packet
            self.feed.send = lambda snapshot: bridge.events.append(Event(EventKind.OPTIMIZER_STATE, snapshot))
            callbacks.insert(1, self.feed)
        (x_train, y_train), (x_val, y_val) = self.data["train"], self.data["validation"]
        validation = (to_inputs(x_val), y_val) if len(x_val) else None
        model.fit(to_inputs(x_train), y_train, epochs=self.config.epochs, batch_size=self.config.batch_size,
                  validation_data=validation, callbacks=callbacks, shuffle=True)
        evaluation = None
        if not self.control.skip_evaluation:
            x_test, y_test = self.data["test"]
            evaluation = evaluate_classifier(model, x_test, y_test)
        drop_training_state(model)
        return Outcome(bridge.end.get("status", "completed"), bridge.end.get("message", ""), model, evaluation,
                       str(bridge.end.get("cause", "")), dict(bridge.end.get("values", {})))


def drop_training_state(model: Sequential) -> None:
    """Free what only training needs and ``fit`` keeps (it already drops the layers' batch
    buffers): the divergence guard's copy of the weights, the last gradients and the optimizer's state (a fresh
    optimizer with the same settings). A finished run keeps its weights; "Continue training"
    starts a new run from them anyway."""
    model.guard = None
    model.free_gradients()
    if model.optimizer is not None:
        config = model.optimizer.get_config()
        model.optimizer = optimizers.get(config.pop("name"), **config)
