"""Callbacks: how the training loop reports progress (to the terminal, to the GUI's plots)."""

from __future__ import annotations

import enum
import sys


class RunStatus(str, enum.Enum):
    """How a training run stands or ended. A ``str`` enum: ``"completed" == RunStatus.COMPLETED``,
    and it is written to JSON and shown as its plain value."""

    NEW = "new"
    RUNNING = "running"
    COMPLETED = "completed"   # every epoch ran
    STOPPED = "stopped"       # ``model.stop_training`` was set
    DIVERGED = "diverged"     # the loss exploded: see ``nnlab.core.divergence``
    ERROR = "error"           # an exception ended it (the GUI's and the command line's status)

    def __str__(self):
        return self.value


class Callback:
    """Override the hooks you need. ``logs`` is a dict; see ``Sequential.fit`` for its keys."""

    model = None

    def on_train_begin(self, logs: dict) -> None: ...
    def on_epoch_begin(self, epoch: int, logs: dict) -> None: ...
    def on_batch_begin(self, batch: int, logs: dict) -> None: ...
    def on_batch_end(self, batch: int, logs: dict) -> None: ...
    def on_epoch_end(self, epoch: int, logs: dict) -> None: ...
    def on_train_end(self, logs: dict) -> None: ...


class History(Callback):
    """Collects the per-epoch metrics, like the object Keras' ``fit`` returns."""

    def __init__(self):
        self.history: dict[str, list[float]] = {}
        self.epoch: list[int] = []
        self.status = RunStatus.COMPLETED
        self.message = ""
        self.end: dict = {}  # the whole ending: status, message and, after a divergence, its cause

    def on_epoch_end(self, epoch, logs):
        self.epoch.append(epoch)
        for key, value in logs.items():
            if key in ("loss", "accuracy", "val_loss", "val_accuracy", "seconds"):
                self.history.setdefault(key, []).append(value)

    def on_train_end(self, logs):
        self.status = logs["status"]
        self.message = logs.get("message", "")
        self.end = dict(logs)


class EpochPrinter(Callback):
    """One line per epoch, as ``nnlab train`` prints it."""

    def __init__(self, epochs: int, stream=None):
        self.epochs = epochs
        self.stream = stream or sys.stdout

    def on_epoch_end(self, epoch, logs):
        parts = [f"Epoch {epoch + 1}/{self.epochs}", f"loss {logs['loss']:.4f}"]
        if "accuracy" in logs:
            parts.append(f"accuracy {logs['accuracy']:.4f}")
        if "val_loss" in logs:
            parts += [f"val_loss {logs['val_loss']:.4f}", f"val_accuracy {logs['val_accuracy']:.4f}"]
        parts.append(f"{logs['seconds']:.2f} s")
        print(" - ".join(parts), file=self.stream, flush=True)

    def on_train_end(self, logs):
        if logs["status"] != RunStatus.COMPLETED:
            print(logs.get("message", logs["status"]), file=self.stream, flush=True)
