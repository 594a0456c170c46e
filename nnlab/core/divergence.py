"""Noticing that training blew up, and going back to the last weights that were still fine.

A learning rate that is far too large makes the loss explode. With a plain softmax that ends in
NaN; with the fused, numerically stable cross-entropy the loss stays finite but huge (a learning
rate of 10 gives losses in the hundreds of thousands). Either way the lesson for the student is
the same, so both count as divergence: the loss is NaN or infinite, or its moving average has
grown to ``factor`` times its first value (and above ``floor``, so a loss that starts tiny can
wobble). The guard keeps a copy of the weights from the last calm moment and puts it back.
"""

from __future__ import annotations

import math

import numpy as np

from nnlab.training.metrics import Smoother


class DivergenceGuard:
    """Watches the batch losses of one ``fit`` and keeps the weights to fall back to."""

    def __init__(self, params: list[np.ndarray], factor: float = 10.0, floor: float = 25.0):
        self.params = params
        self.factor, self.floor = factor, floor
        self.smoother = Smoother()
        self.reference: float | None = None   # the first smoothed loss
        self.smoothed: float | None = None
        self._saved: list[np.ndarray] | None = None

    def calm(self) -> bool:
        """True while the loss is no more than twice its first value: a good moment to checkpoint."""
        return self.reference is None or self.smoothed < 2 * self.reference

    def checkpoint(self) -> None:
        """Remember the current weights (only finite ones) as the ones to fall back to."""
        if not all(np.isfinite(p).all() for p in self.params):
            return
        if self._saved is None:
            self._saved = [p.copy() for p in self.params]
        else:
            for saved, param in zip(self._saved, self.params):
                np.copyto(saved, param)

    def exploded(self, loss: float) -> bool:
        """Feed one batch loss; True when training has diverged."""
        if not math.isfinite(loss):
            return True
        self.smoothed = self.smoother(loss)
        if self.reference is None:
            self.reference = self.smoothed
        return self.smoothed > max(self.floor, self.factor * self.reference)

    def restore(self) -> None:
        """Put the remembered weights back (nothing happens before the first checkpoint)."""
        if self._saved is not None:
            for param, saved in zip(self.params, self._saved):
                np.copyto(param, saved)

    def message(self, loss: float) -> str:
        became = f"it became {loss}" if not math.isfinite(loss) else \
            f"from {self.reference:.3g} to {self.smoothed:.3g}"
        return (f"The loss exploded ({became}): the learning rate is probably too large. Training stopped "
                f"and the weights from before the explosion were kept.")
