"""``outcome`` questions: run a small experiment and say what the loss did (smooth, oscillate, diverge).

The run is the same kind of record the Train page keeps (:class:`nnlab.training.runs.Run`), so a
hand-in carries it and the teacher's review can overlay it on the Train page. A few thousand images
and one epoch take well under a second, yet show the same three behaviours as the full lecture run.
"""

from __future__ import annotations

import math
import time

import numpy as np

from nnlab.core import Callback
from nnlab.training.build import build_model
from nnlab.training.metrics import Smoother, to_inputs
from nnlab.training.runs import Run

RISE = 1.5  # a loss that climbs above 1.5 x its first value has overshot the minimum: it oscillates


class _Recorder(Callback):
    """Every batch's loss and accuracy into the run's columns, x measured in epochs."""

    def __init__(self, run: Run):
        self.run = run
        self.loss_smoother, self.accuracy_smoother = Smoother(), Smoother()

    def on_batch_end(self, batch, logs):
        x = logs["epoch"] + (batch + 1) / logs["steps"]
        loss, accuracy = float(logs["loss"]), float(logs["accuracy"])
        self.run.batches.append_rows([[x, loss, accuracy, self.loss_smoother(loss), self.accuracy_smoother(accuracy)]])

    def on_epoch_end(self, epoch, logs):
        self.run.epochs.append({"epoch": epoch + 1, "loss": logs["loss"], "accuracy": logs["accuracy"],
                                "seconds": logs["seconds"]})


def run_experiment(experiment, data, name: str | None = None) -> Run:
    """Train ``experiment`` (a :class:`nnlab.lessons.format.Experiment`) on the first ``samples``
    training images of ``data`` (``load_dataset``'s tuple); the finished :class:`Run`."""
    (x_train, y_train), _ = data
    count = min(experiment.samples, len(x_train))
    config = experiment.config()
    name = name or f"{experiment.optimizer} lr {experiment.learning_rate:g}, {count} images"
    run = Run(name=name, config=config, status="running")
    model = build_model(config)
    start = time.perf_counter()
    history = model.fit(to_inputs(x_train[:count]), np.asarray(y_train[:count]), epochs=experiment.epochs,
                        batch_size=experiment.batch_size, callbacks=[_Recorder(run)])
    run.seconds = time.perf_counter() - start
    run.status, run.message = history.status, history.message
    return run


def outcome(run: Run) -> str:
    """What the loss did: "diverge" (training blew up), "oscillate" (it climbed well above where it
    started, or ended no lower), or "smooth"."""
    if run.status == "diverged":
        return "diverge"
    losses = np.asarray(run.batches.column("loss"))
    losses = losses[np.isfinite(losses)]
    if len(losses) < 2:
        return "smooth"
    tail = losses[-max(1, len(losses) // 10):].mean()
    if losses.max() > RISE * losses[0] or tail >= losses[0]:
        return "oscillate"
    return "smooth"


def loss_summary(run: Run) -> dict:
    """First, highest and last batch loss (None where there is none), for the explanation."""
    losses = [value for value in run.batches.column("loss") if math.isfinite(value)]
    if not losses:
        return {"first": None, "highest": None, "last": None, "steps": 0}
    return {"first": losses[0], "highest": max(losses), "last": losses[-1], "steps": len(run.batches)}
