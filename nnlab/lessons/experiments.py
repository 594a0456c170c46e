"""``outcome`` questions: run a small experiment and say what the loss did (smooth, oscillate, diverge).

The run is the same kind of record the Train page keeps (:class:`nnlab.training.runs.Run`), so a
hand-in carries it and the teacher's review can overlay it on the Train page. A few thousand images
and one epoch take well under a second, yet show the same three behaviours as the full lecture run.

A lesson could also ask for three 2048-unit layers, batches of one and all 60,000 images: hours
of a core, during which no other answer can be checked. So every experiment is priced before it
runs (:func:`refusal`, arithmetic only) and refused over :data:`BUDGET_SECONDS` when the lesson is
loaded, and a run can be interrupted between batches (``should_stop``) when the student moves on.
"""

from __future__ import annotations

import math
import time

import numpy as np

from nnlab.core import Callback
from nnlab.core.estimate import estimate_training, training_seconds
from nnlab.training.build import build_model
from nnlab.training.metrics import Smoother, to_inputs
from nnlab.training.runs import Run

RISE = 1.5  # a loss that climbs above 1.5 x its first value has overshot the minimum: it oscillates
BUDGET_SECONDS = 30.0  # on a modest laptop core; the chapter's experiments take about half a second
BUDGET_BYTES = 1 << 30


class Interrupted(Exception):
    """The experiment was stopped between two batches because ``should_stop()`` said so."""


def price(experiment) -> tuple[float, int]:
    """(seconds on a modest laptop core, bytes of memory) that ``experiment`` would take."""
    sizes = [784, *experiment.hidden, 10]
    seconds = training_seconds(sizes, experiment.batch_size, experiment.samples, experiment.epochs,
                               experiment.optimizer)
    memory = estimate_training(sizes, experiment.batch_size, experiment.samples, experiment.optimizer)
    return seconds, memory.total_bytes


def refusal(experiment) -> str | None:
    """Why ``experiment`` is too costly to run in a lesson, or None when it is within the budget."""
    seconds, size = price(experiment)
    if seconds <= BUDGET_SECONDS and size <= BUDGET_BYTES:
        return None
    return (f"would take about {_duration(seconds)} and {size / 2**20:,.0f} MB on a laptop; a lesson's experiment "
            f"may take {BUDGET_SECONDS:.0f} s and {BUDGET_BYTES >> 20:,} MB. Use fewer samples or epochs, "
            "larger batches or fewer units")


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min" if seconds < 7200 else \
        f"{seconds / 3600:.0f} hours"


class _Recorder(Callback):
    """Every batch's loss and accuracy into the run's columns, x measured in epochs."""

    def __init__(self, run: Run, should_stop=None):
        self.run, self.should_stop = run, should_stop
        self.loss_smoother, self.accuracy_smoother = Smoother(), Smoother()

    def on_batch_end(self, batch, logs):
        if self.should_stop is not None and self.should_stop():
            raise Interrupted
        x = logs["epoch"] + (batch + 1) / logs["steps"]
        loss, accuracy = float(logs["loss"]), float(logs["accuracy"])
        self.run.batches.append_rows([[x, loss, accuracy, self.loss_smoother(loss), self.accuracy_smoother(accuracy)]])

    def on_epoch_end(self, epoch, logs):
        self.run.epochs.append({"epoch": epoch + 1, "loss": logs["loss"], "accuracy": logs["accuracy"],
                                "seconds": logs["seconds"]})


def run_experiment(experiment, data, name: str | None = None, should_stop=None) -> Run:
    """Train ``experiment`` (a :class:`nnlab.lessons.format.Experiment`) on the first ``samples``
    training images of ``data`` (``load_dataset``'s tuple); the finished :class:`Run`.

    Raises ``ValueError`` for an experiment over the budget (:func:`refusal`) and
    :class:`Interrupted` when ``should_stop()`` becomes true between two batches."""
    reason = refusal(experiment)
    if reason is not None:
        raise ValueError(f"this experiment {reason}")
    (x_train, y_train), _ = data
    count = min(experiment.samples, len(x_train))
    config = experiment.config()
    name = name or f"{experiment.optimizer} lr {experiment.learning_rate:g}, {count} images"
    run = Run(name=name, config=config, status="running")
    model = build_model(config)
    start = time.perf_counter()
    history = model.fit(to_inputs(x_train[:count]), np.asarray(y_train[:count]), epochs=experiment.epochs,
                        batch_size=experiment.batch_size, callbacks=[_Recorder(run, should_stop)])
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
