"""Noticing that training blew up, saying which setting did it, and going back to good weights.

A learning rate that is far too large makes the loss explode. With a plain softmax that ends in
NaN; with the fused, numerically stable cross-entropy the loss stays finite but huge (a learning
rate of 10 gives losses in the hundreds of thousands). Either way the lesson for the student is
the same, so both count as divergence: the loss is NaN or infinite, or its moving average has
grown to ``factor`` times its first value (and above ``floor``, so a loss that starts tiny can
wobble). The guard keeps a copy of the weights from the last calm moment and puts it back.

Not every NaN is the learning rate's fault: an epsilon of 0 divides 0 by 0 for a weight whose
gradient is 0 (a pixel that is black in every image), and Adagrad's accumulator starting at 0
does the same. :func:`diagnose` names the hyperparameter; the GUI translates the ``cause`` code,
the command line prints :attr:`Divergence.message`.

:class:`DivergenceGuard` is a callback that ``fit`` adds by default (as Keras adds ``History``):
pass your own ``DivergenceGuard(factor=..., checkpoint_every=...)`` in ``callbacks`` to change it.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field

import numpy as np

from nnlab.core import optimizers
from nnlab.core.callbacks import Callback, RunStatus
from nnlab.core.checks import all_finite
from nnlab.core.smoothing import Smoother


class Cause(str, enum.Enum):
    """The hyperparameter that made training diverge (a ``str`` enum: stored and compared as text)."""

    LEARNING_RATE = "learning_rate"
    EPSILON = "epsilon"
    INITIAL_ACCUMULATOR = "initial_accumulator_value"
    DATA = "data"  # not a hyperparameter: the training data hold NaN or infinite values

    def __str__(self):
        return self.value


_EXPLANATIONS = {
    Cause.LEARNING_RATE: "the learning rate is probably too large (it is {learning_rate:g})",
    Cause.EPSILON: "epsilon is 0, so a weight whose gradient is 0 computes 0 / 0; use a small epsilon "
                   "such as 1e-7",
    Cause.INITIAL_ACCUMULATOR: "Adagrad's initial accumulator and epsilon are both 0, so a weight whose "
                               "gradient is 0 computes 0 / 0; start the accumulator at 0.1",
    Cause.DATA: "the training data contain NaN or infinite values, and nothing can be learned from those",
}


@dataclass
class Divergence:
    """What happened: the loss, its cause and the values of the hyperparameters that caused it."""

    loss: float
    cause: Cause
    values: dict = field(default_factory=dict)
    reference: float | None = None   # the first smoothed loss
    smoothed: float | None = None    # the smoothed loss when it exploded

    @property
    def message(self) -> str:
        """The English sentence for the command line (the GUI builds its own from ``cause``)."""
        became = f"it became {self.loss}" if not math.isfinite(self.loss) or self.reference is None \
            else f"from {self.reference:.3g} to {self.smoothed:.3g}"
        return (f"The loss exploded ({became}): {_EXPLANATIONS[self.cause].format(**self.values)}. "
                f"Training stopped and the weights from before the explosion were kept.")

    def logs(self) -> dict:
        """The ``on_train_end`` logs of a diverged run."""
        return {"status": RunStatus.DIVERGED, "loss": float(self.loss), "cause": self.cause,
                "values": dict(self.values), "message": self.message}


def diagnose(optimizer, loss: float, finite_data: bool = True) -> tuple[Cause, dict]:
    """Which hyperparameter of ``optimizer`` (or the data) most plausibly made the loss ``loss``."""
    hyper = optimizer.hyper
    if not math.isfinite(loss) and not finite_data:
        return Cause.DATA, {}
    if not math.isfinite(loss) and hyper.get("epsilon", 1.0) == 0:
        if hyper.get("initial_accumulator_value", 1.0) == 0:
            return Cause.INITIAL_ACCUMULATOR, {"initial_accumulator_value": 0.0, "epsilon": 0.0}
        return Cause.EPSILON, {"epsilon": 0.0}
    return Cause.LEARNING_RATE, {"learning_rate": hyper["learning_rate"]}


class DivergenceGuard(Callback):
    """Watches the batch losses of one ``fit``; keeps the weights to fall back to every
    ``checkpoint_every`` steps while the loss is calm; on an explosion puts them back, starts the
    optimizer afresh and stops training (``verdict`` then says what happened)."""

    def __init__(self, factor: float = 10.0, floor: float = 25.0, checkpoint_every: int = 25):
        self.factor, self.floor, self.checkpoint_every = factor, floor, checkpoint_every
        self.verdict: Divergence | None = None
        self._saved: list[np.ndarray] | None = None

    def on_train_begin(self, logs):
        self.finite_data = logs.get("finite_data", True)
        self.smoother = Smoother()
        self.reference: float | None = None
        self.smoothed: float | None = None
        self.verdict = None

    def on_batch_begin(self, batch, logs):
        if self.model.optimizer.iterations % self.checkpoint_every == 0 and self.calm():
            self.checkpoint()

    def on_batch_end(self, batch, logs):
        self.watch(logs["loss"])

    def on_train_end(self, logs):
        self._saved = None  # a finished model keeps only its weights

    def calm(self) -> bool:
        """True while the loss is no more than twice its first value: a good moment to checkpoint."""
        return self.reference is None or self.smoothed < 2 * self.reference

    def checkpoint(self) -> None:
        """Remember the current weights (only finite ones) as the ones to fall back to."""
        params = self.model.trainable_weights
        if not all(all_finite(p) for p in params):
            return
        if self._saved is None:
            self._saved = [p.copy() for p in params]
        else:
            for saved, param in zip(self._saved, params):
                np.copyto(saved, param)

    def exploded(self, loss: float, last: bool = False) -> bool:
        """Feed one batch loss; True when training has diverged. The ``last`` loss (after the final
        update) has no later batches to confirm it, so it is judged as it is, not smoothed."""
        if not math.isfinite(loss):
            return True
        self.smoothed = self.smoother(loss)
        if self.reference is None:
            self.reference = self.smoothed
        if last:
            self.smoothed = max(self.smoothed, loss)
        return self.smoothed > max(self.floor, self.factor * self.reference)

    def watch(self, loss: float, last: bool = False) -> bool:
        """Feed one loss; on an explosion restore the weights, reset the optimizer, stop training."""
        if self.verdict is not None or not self.exploded(loss, last):
            return self.verdict is not None
        model = self.model
        cause, values = diagnose(model.optimizer, loss, self.finite_data)
        self.verdict = Divergence(float(loss), cause, values, self.reference, self.smoothed)
        if self._saved is not None:
            for param, saved in zip(model.trainable_weights, self._saved):
                np.copyto(param, saved)
        model.optimizer = optimizers.get(model.optimizer.name, **model.optimizer.hyper)
        model.stop_training = True
        return True
