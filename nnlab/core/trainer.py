"""The training loop behind ``Sequential.fit``: epochs of shuffled mini-batches, callbacks, and how a run ends.

Kept apart from the model as Keras keeps its trainer apart from ``models``: the model knows its
layers, its forward and backward pass and its weights (one step is ``Sequential._train_step``);
the trainer knows epochs, batches, validation, callbacks, stop requests and divergence. Policies
about the machine (how many threads to use) come in as callbacks too (``nnlab.blas.ThreadTuner``),
so the loop itself is the same on every computer.
"""

from __future__ import annotations

import numbers
import time

import numpy as np

from nnlab.core.allocator import give_back_freed_memory, return_large_blocks_at_once
from nnlab.core.callbacks import EpochPrinter, History, RunStatus
from nnlab.core.checks import all_finite, validation_count
from nnlab.core.divergence import DivergenceGuard


class Interrupted(Exception):
    """``stop_training`` was set in the middle of a step or of the validation pass."""


class Trainer:
    """Runs ``fit`` for one model: ``Trainer(model).fit(x, y, ...)`` (see ``Sequential.fit``)."""

    def __init__(self, model):
        self.model = model

    def fit(self, x, y, epochs=1, batch_size=32, validation_data=None, validation_split=0.0,
            callbacks=None, shuffle=True, verbose=0) -> History:
        model = self.model
        model._require_compiled()
        return_large_blocks_at_once()  # what the run frees goes back to the system (nnlab.core.allocator)
        x, y = model._prepare_x(x), model._prepare_y(y)
        epochs, batch_size = _count("epochs", epochs, 0), _count("batch_size", batch_size, 1)
        _check_data(x, y, model.layers[-1].units)
        held_out = validation_count(len(x), validation_split)
        if validation_data is not None:
            validation_data = (model._prepare_x(validation_data[0]), model._prepare_y(validation_data[1]))
        elif held_out:
            split = len(x) - held_out
            x, y, validation_data = x[:split], y[:split], (x[split:], y[split:])
        batch_size = min(batch_size, len(x))
        callbacks = list(callbacks or [])
        model.guard = next((c for c in callbacks if isinstance(c, DivergenceGuard)), None) or DivergenceGuard()
        history = History()
        callbacks = [history, *([] if model.guard in callbacks else [model.guard]), *callbacks]
        if verbose:
            callbacks.append(EpochPrinter(epochs))
        for callback in callbacks:
            callback.model = model
        model.stop_training, model._fitting = False, True
        end = {"status": RunStatus.COMPLETED}
        finite = all_finite(x) and all_finite(y)  # NaN data make the loss NaN: divergence names the cause
        _call(callbacks, "on_train_begin", {"epochs": epochs, "samples": len(x), "batch_size": batch_size,
                                            "finite_data": finite})
        try:
            try:
                # A too-large learning rate makes the numbers overflow: that is handled as divergence.
                with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                    end = self._epochs(x, y, epochs, batch_size, validation_data, shuffle, callbacks)
            finally:
                model._fitting = False
                for layer in model.layers:
                    layer.release()
                model._gradient_sum = None
            _call(callbacks, "on_train_end", end)
        finally:
            del x, y, validation_data
            give_back_freed_memory()
        return history

    def _epochs(self, x, y, epochs, batch_size, validation_data, shuffle, callbacks) -> dict:
        """The epochs of ``fit``; returns how training ended (the ``on_train_end`` logs)."""
        model, last_batch = self.model, None
        try:
            for epoch in range(epochs):
                start = time.perf_counter()
                _call(callbacks, "on_epoch_begin", epoch, {"steps": -(-len(x) // batch_size)})
                logs, last_batch = self._train_epoch(x, y, batch_size, epoch, shuffle, callbacks)
                if model.guard.verdict is not None:
                    return model.guard.verdict.logs()
                if validation_data is not None and not model.stop_training:
                    logs["val_loss"], logs["val_accuracy"] = model._loss_and_accuracy(*validation_data,
                                                                                      interruptible=True)
                logs["seconds"] = time.perf_counter() - start
                _call(callbacks, "on_epoch_end", epoch, logs)
                if model.stop_training:
                    break
        except Interrupted:
            pass
        if last_batch is not None and self._exploded_after_last_update(*last_batch):
            return model.guard.verdict.logs()
        if model.stop_training:
            return {"status": RunStatus.STOPPED, "message": "training was stopped"}
        return {"status": RunStatus.COMPLETED}

    def _exploded_after_last_update(self, x, y) -> bool:
        """The loss on (a chunk of) the last batch, after the last update: no update goes unchecked."""
        rows = self.model._chunk_rows()
        loss = self.model._chunk_loss_and_outputs(x[:rows], y[:rows])[0]
        return self.model.guard.watch(loss, last=True)

    def _train_epoch(self, x, y, batch_size, epoch, shuffle, callbacks) -> tuple[dict, tuple | None]:
        """One pass over the data in mini-batches: the epoch's logs and the last batch trained on."""
        model = self.model
        steps = -(-len(x) // batch_size)
        order = model._shuffle_rng.permutation(len(x)) if shuffle else np.arange(len(x))
        xb = np.empty((batch_size,) + x.shape[1:], dtype=x.dtype)
        yb = np.empty((batch_size,) + y.shape[1:], dtype=y.dtype)
        total_loss = total_correct = seen = 0.0
        last = None
        for batch in range(steps):
            index = order[batch * batch_size:(batch + 1) * batch_size]
            n = len(index)
            # mode="clip" (the indices are valid anyway): with the default, take buffers its output.
            bx = np.take(x, index, axis=0, out=xb[:n], mode="clip")
            by = np.take(y, index, axis=0, out=yb[:n], mode="clip")
            _call(callbacks, "on_batch_begin", batch, {"batch": batch, "epoch": epoch, "size": n})
            loss, acc = model._train_step(bx, by)
            last = (bx, by)
            total_loss, total_correct, seen = total_loss + loss * n, total_correct + acc * n, seen + n
            _call(callbacks, "on_batch_end", batch, {
                "batch": batch, "epoch": epoch, "size": n, "steps": steps, "loss": loss, "accuracy": acc,
                "step": model.optimizer.iterations, "learning_rate": float(model.optimizer.learning_rate)})
            if model.stop_training:
                break
        logs = {"loss": total_loss / seen, "accuracy": total_correct / seen, "samples": int(seen)}
        return logs, (None if model.guard.verdict is not None else last)


def _count(name: str, value, lowest: int) -> int:
    """An integer setting of ``fit`` (epochs, batch_size), or a ValueError that names it."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral) or value < lowest:
        raise ValueError(f"{name} must be a whole number of at least {lowest}, got {value!r}")
    return int(value)


def _check_data(x: np.ndarray, y: np.ndarray, classes: int) -> None:
    """Training data that cannot be learned from is refused before the first step."""
    if len(x) == 0:
        raise ValueError("there is no training data (0 samples)")
    if len(x) != len(y):
        raise ValueError(f"there are {len(x)} inputs but {len(y)} labels")
    if y.ndim == 1 and (y.min() < 0 or y.max() >= classes):
        raise ValueError(f"the labels must be class numbers from 0 to {classes - 1}, "
                         f"found {y.min()} to {y.max()}")


def _call(callbacks, hook, *args) -> None:
    for callback in callbacks:
        getattr(callback, hook)(*args)
