"""Batch, stochastic and mini-batch gradient descent on one small problem.

The problem is fitting ``y = w x + b`` (one Dense unit, mean squared error) so the two parameters
can be drawn as a path on the loss surface. The three runs share data, start and learning rate
and differ only in how many points each step looks at: all (batch), one (stochastic) or a few
(mini-batch). They are trained by the core ``Sequential.train_on_batch``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from nnlab.core import Dense, Sequential, optimizers

START = (-1.5, -1.2)  # (w, b): far enough from the answer that the paths have room to show
MODES = ("batch", "stochastic", "minibatch")


def make_problem(n: int = 64, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` points near the line ``y = 2x + 0.5``."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, (n, 1))
    return x, 2.0 * x + 0.5 + 0.3 * rng.standard_normal((n, 1))


def mse(w: np.ndarray, b: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Mean squared error of ``w x + b`` for arrays of (w, b) pairs (broadcast)."""
    w, b = np.asarray(w)[..., None], np.asarray(b)[..., None]
    return ((w * x.ravel() + b - y.ravel()) ** 2).mean(axis=-1)


def loss_grid(x, y, bounds=(-2.5, 4.0, -2.0, 2.5), resolution: int = 120):
    """``(ws, bs, loss[iw, ib])`` for drawing the loss surface under the parameter paths."""
    ws = np.linspace(bounds[0], bounds[1], resolution)
    bs = np.linspace(bounds[2], bounds[3], resolution)
    gw, gb = np.meshgrid(ws, bs, indexing="ij")
    return ws, bs, mse(gw, gb, x, y)


def least_squares(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The exact best ``(w, b)``: the point all three runs head for (the star in the picture)."""
    w, b = np.polyfit(x[:, 0], y[:, 0], 1)
    return float(w), float(b)


@dataclass
class Run:
    """What one way of batching did: every step's batch loss and parameters, every epoch's loss and time."""

    mode: str
    batch_size: int
    steps_per_epoch: int
    step_losses: list = field(default_factory=list)
    step_epochs: list = field(default_factory=list)  # the (fractional) epoch at which each step began
    path: list = field(default_factory=list)         # (w, b) before the first step and after each step
    epoch_losses: list = field(default_factory=list)  # loss on all the data after each epoch
    epoch_seconds: list = field(default_factory=list)


def train(mode: str, batch_size: int | None, x, y, epochs: int = 15, learning_rate: float = 0.1,
          seed: int = 0) -> Run:
    """Train ``y = w x + b`` for ``epochs`` with the given batch size (None: all points)."""
    n = len(x)
    size = n if batch_size is None else batch_size
    model = Sequential([Dense(1, activation="linear", input_shape=(1,))], seed=seed, dtype="float64")
    model.compile(optimizer=optimizers.get("sgd", learning_rate=learning_rate), loss="mse")
    model.set_weights([np.array([[START[0]]]), np.array([START[1]])])
    run = Run(mode, size, -(-n // size), path=[START])
    rng = np.random.default_rng(seed)
    for epoch in range(epochs):
        began = time.perf_counter()
        order = rng.permutation(n)
        for step, first in enumerate(range(0, n, size)):
            batch = order[first:first + size]
            logs = model.train_on_batch(x[batch], y[batch])
            w, b = model.get_weights()
            run.step_losses.append(float(logs["loss"]))
            run.step_epochs.append(epoch + step / run.steps_per_epoch)  # its loss is measured before the update
            run.path.append((float(w[0, 0]), float(b[0])))
        run.epoch_seconds.append(time.perf_counter() - began)
        run.epoch_losses.append(float(mse(*run.path[-1], x, y)))
    return run


def compare(epochs: int = 15, learning_rate: float = 0.1, minibatch: int = 8, seed: int = 0) -> list[Run]:
    """The three runs on the same problem, start and learning rate."""
    x, y = make_problem(seed=seed)
    sizes = {"batch": None, "stochastic": 1, "minibatch": minibatch}
    return [train(mode, sizes[mode], x, y, epochs, learning_rate, seed) for mode in MODES]


def compare_on_surface(epochs: int, learning_rate: float, minibatch: int):
    """All the demo draws, computed together off the GUI thread: the three runs, the loss surface
    ``(ws, bs, loss)``, the least-squares answer ``(w, b)`` and the loss at the start."""
    x, y = make_problem()
    return (compare(epochs, learning_rate, minibatch), loss_grid(x, y), least_squares(x, y),
            float(mse(*START, x, y)))
