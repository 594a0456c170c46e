"""Uncrumpling the paper ball: "A neural network is a very complex geometric transformation in a
high-dimensional space, implemented as a long series of simple steps."

Two classes of 2-D points that no line separates (the toy sets of :mod:`nnlab.data.toy`) go
through a network built from simple steps that each take a plane to a plane: ``width`` tanh units
bend and fold it (``tanh(W x + b)``), then a 2 × ``width`` matrix lays it flat as a plane again.
The last step is a line: softmax over two scores that are linear in the last plane, so once the
network classifies every point correctly the classes are separated by a line in that plane.

The network is an ordinary :class:`nnlab.core.Sequential` trained by Adam; the view shows the grid
and the points after every step, read with ``Sequential.layer_outputs``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab.concepts.geometry import grid_lines, with_breaks
from nnlab.core import Dense, Sequential, optimizers
from nnlab.data.toy import make_dataset

DEPTHS = (1, 12)
WIDTHS = (2, 256)
POINTS = (50, 5000)
# Depth 2 by default, though the slide speaks of "a long series of simple steps": every step squeezes
# the data through a plane, and deeper stacks of such steps often get stuck in a fold. Measured on the
# 200 spirals (seeds 0-5, one core, up to 7,000 steps or 10 s of CPU): depth 2 × 64 separated them with
# every seed, after 1,100-4,300 steps (1.2-4.2 s of CPU); depth 3 × 64 with 3 seeds of 6, depth 3 × 32 with 3,
# depth 3 × 128 with 3, depth 4 × 32 with 3 (the others stuck at 50-87 % of the points). The student
# can still choose up to 12 steps (Retrain tries new random weights), and the view says when a start looks stuck.
DEFAULTS = {"depth": 2, "width": 64, "points": 200}
LEARNING_RATE = 0.02
STEPS_PER_ROUND = 20             # training steps between two pictures
MULTIPLICATIONS_LIMIT = 4e6       # per training step: keeps a round of steps within ~50 ms on a laptop
GRID_HALF = 1.5


@dataclass
class Picture:
    """The points and the grid after every step of the network (index 0: the input plane)."""

    points: list[np.ndarray]    # (n, 2) per plane
    grid: list[np.ndarray]      # polylines with NaN breaks, (m, 2) per plane
    line: tuple[np.ndarray, float] | None  # last plane: w · p + c = 0 separates the classes
    loss: float
    accuracy: float
    steps: int


def refusal(depth: int, width: int, points: int) -> str | None:
    """Why these settings would not train live (a plain-English reason), or None when they would.

    The cost of one step is about 3 × points × (depth × 4 × width + 4) multiplications (forward and
    backward through each step's two matrices)."""
    if not DEPTHS[0] <= depth <= DEPTHS[1]:
        return f"depth must be between {DEPTHS[0]} and {DEPTHS[1]}"
    if not WIDTHS[0] <= width <= WIDTHS[1]:
        return f"width must be between {WIDTHS[0]} and {WIDTHS[1]}"
    if not POINTS[0] <= points <= POINTS[1]:
        return f"the number of points must be between {POINTS[0]} and {POINTS[1]}"
    return None


def multiplications(depth: int, width: int, points: int) -> float:
    return 3.0 * points * (depth * 4 * width + 4)


def too_slow(depth: int, width: int, points: int) -> bool:
    """Whether one training step would cost more than the live animation can afford."""
    return multiplications(depth, width, points) > MULTIPLICATIONS_LIMIT


def network(depth: int, width: int, seed: int = 0) -> Sequential:
    """``depth`` steps of [Dense(width, tanh), Dense(2)], then Dense(2, softmax): a line in the last plane."""
    layers = []
    for index in range(depth):
        layers.append(Dense(width, activation="tanh", input_shape=(2,) if index == 0 else None))
        layers.append(Dense(2))
    layers.append(Dense(2, activation="softmax"))
    model = Sequential(layers, seed=seed, dtype="float64")
    model.compile(optimizer=optimizers.get("adam", learning_rate=LEARNING_RATE),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


class Uncrumpler:
    """A toy data set and the network that learns to flatten it, trained a round at a time."""

    def __init__(self, dataset: str = "spirals", depth: int = DEFAULTS["depth"], width: int = DEFAULTS["width"],
                 points: int = DEFAULTS["points"], seed: int = 0):
        reason = refusal(depth, width, points)
        if reason:
            raise ValueError(reason)
        self.dataset, self.depth, self.width = dataset, depth, width
        self.x, self.y = make_dataset(dataset, points, seed=0)
        self.model = network(depth, width, seed)
        self.steps = 0
        self._grid = with_breaks(grid_lines(GRID_HALF, 13, 41))

    @property
    def separated(self) -> bool:
        """Every point on its class's side of the last plane's line."""
        return bool(np.all(self.model.predict(self.x).argmax(axis=1) == self.y))

    def train(self, steps: int = STEPS_PER_ROUND) -> Picture:
        """``steps`` full-batch Adam steps, then the picture of every plane."""
        for _ in range(steps):
            self.model.train_on_batch(self.x, self.y)
        self.steps += steps
        return self.picture()

    def planes(self, points: np.ndarray) -> list[np.ndarray]:
        """``points`` in the input plane and after every step (the outputs of the Dense(2) layers)."""
        finite = np.isfinite(points).all(axis=1)
        outputs = self.model.layer_outputs(np.where(finite[:, None], points, 0.0))
        planes = [points] + [out for layer, out in zip(self.model.layers[:-1], outputs[:-1]) if layer.units == 2
                             and layer.activation == "linear"]
        return [np.where(finite[:, None], plane, np.nan) for plane in planes]

    def picture(self) -> Picture:
        both = self.planes(np.concatenate([self.x, self._grid]))
        n = len(self.x)
        last = self.model.layers[-1]
        w, c = last.W[:, 1] - last.W[:, 0], float(last.b[1] - last.b[0])
        loss, accuracy = self.model.evaluate(self.x, self.y)
        return Picture([plane[:n] for plane in both], [plane[n:] for plane in both], (np.asarray(w), c),
                       float(loss), float(accuracy), self.steps)


def between(first: np.ndarray, second: np.ndarray, t: float) -> np.ndarray:
    """Part-way from one plane to the next (``t`` from 0 to 1), each point on a straight line."""
    t = float(np.clip(t, 0.0, 1.0))
    return (1 - t) * first + t * second


def line_segment(w: np.ndarray, c: float, half: float) -> np.ndarray:
    """Two ends of the line ``w · p + c = 0`` across the square [-half, half]^2 (NaN when w is 0)."""
    w = np.asarray(w, dtype=float)
    norm = float(np.hypot(*w))
    if norm == 0 or not np.isfinite(norm):
        return np.full((2, 2), np.nan)
    foot = -c * w / norm ** 2
    along = np.array([-w[1], w[0]]) / norm
    return np.array([foot - 3 * half * along, foot + 3 * half * along])
