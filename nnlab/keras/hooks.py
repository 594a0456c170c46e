"""Keras' callback interface, and the bridge that feeds it from the engine's training loop.

The engine's ``fit`` reports each mini-batch's own loss and accuracy; Keras reports, after each
batch, the averages over the epoch so far (what its progress bar shows), and only the metrics the
model was compiled with. :class:`EngineBridge` is the one place that translates, so every Keras
callback (the progress bar, ``History``, ``LivePlot``, a student's own) sees what Keras would pass.
"""

from __future__ import annotations

from nnlab.core import Callback as _CoreCallback

EPOCH_KEYS = ("accuracy", "loss", "val_accuracy", "val_loss")  # Keras 3's order in logs and history


class Callback:
    """Base class of Keras callbacks: override the hooks you need; ``self.model`` is the model."""

    def __init__(self):
        self.model = None
        self.params = {}

    def set_model(self, model):
        self.model = model

    def set_params(self, params):
        self.params = params

    def on_train_begin(self, logs=None): ...
    def on_train_end(self, logs=None): ...
    def on_epoch_begin(self, epoch, logs=None): ...
    def on_epoch_end(self, epoch, logs=None): ...

    def on_train_batch_end(self, batch, logs=None):
        self.on_batch_end(batch, logs)  # Keras' older name, kept working as Keras does

    def on_batch_end(self, batch, logs=None): ...


class History(Callback):
    """What ``fit`` returns: ``history.history["loss"]``, ``["accuracy"]``, ``["val_loss"]`` ... per epoch."""

    def __init__(self):
        super().__init__()
        self.history: dict[str, list[float]] = {}
        self.epoch: list[int] = []

    def on_train_begin(self, logs=None):
        self.epoch = []

    def on_epoch_end(self, epoch, logs=None):
        self.epoch.append(epoch)
        for key, value in (logs or {}).items():
            self.history.setdefault(key, []).append(value)


def keras_logs(logs: dict, metrics: list[str]) -> dict:
    """The engine's logs reduced to what Keras logs: the compiled metrics and the loss, in Keras' order."""
    wanted = [key for key in EPOCH_KEYS if key in logs and (key.removeprefix("val_") == "loss"
                                                             or key.removeprefix("val_") in metrics)]
    return {key: float(logs[key]) for key in wanted}


class EngineBridge(_CoreCallback):
    """An engine callback that drives Keras callbacks with Keras' logs."""

    def __init__(self, model, callbacks, verbose: int):
        self.keras_model = model
        self.callbacks = list(callbacks)
        self.verbose = verbose
        self.epochs = 0
        self._sums = {}
        self.end = {}  # how training ended: {"status": "completed" | "stopped" | "diverged", "message": ...}

    def on_train_begin(self, logs):
        self.epochs = logs["epochs"]
        steps = -(-logs["samples"] // logs["batch_size"])
        for callback in self.callbacks:
            callback.set_model(self.keras_model)
            callback.set_params({"epochs": self.epochs, "steps": steps, "verbose": self.verbose})
            callback.on_train_begin({})

    def on_epoch_begin(self, epoch, logs):
        self._sums = {"loss": 0.0, "accuracy": 0.0, "seen": 0}
        for callback in self.callbacks:
            callback.on_epoch_begin(epoch, {})

    def on_batch_end(self, batch, logs):
        sums, size = self._sums, logs["size"]
        sums["loss"] += logs["loss"] * size
        sums["accuracy"] += logs["accuracy"] * size
        sums["seen"] += size
        running = keras_logs({key: sums[key] / sums["seen"] for key in ("loss", "accuracy")},
                             self.keras_model.metrics)
        for callback in self.callbacks:
            callback.on_train_batch_end(batch, running)

    def on_epoch_end(self, epoch, logs):
        logs = keras_logs(logs, self.keras_model.metrics)
        for callback in self.callbacks:
            callback.on_epoch_end(epoch, logs)

    def on_train_end(self, logs):
        self.end = logs
        for callback in self.callbacks:
            callback.on_train_end({})
