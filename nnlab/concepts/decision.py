"""Decision boundaries on 2-D toy data: linear, with extra features, and with hidden layers.

Every classifier here is a core ``Sequential`` trained with ``train_on_batch``, the same code that
trains the MNIST network, so a student who watches XOR defeat the linear model is watching the
real engine. ``collapse_linear`` shows why hidden layers without activations buy nothing.
"""

from __future__ import annotations

import numpy as np

from nnlab.core import Dense, Sequential, activations, optimizers


def polynomial_features(points: np.ndarray, degree: int) -> np.ndarray:
    """All monomials ``x^i y^j`` with ``1 <= i + j <= degree``: x, y, x^2, xy, y^2, x^3, ...

    The constant is left out because a Dense layer has its own bias.
    """
    x, y = np.asarray(points, dtype=np.float64).T
    columns = [x ** (total - j) * y ** j for total in range(1, degree + 1) for j in range(total + 1)]
    return np.column_stack(columns)


def build_network(n_inputs: int, n_classes: int, hidden: list[int], activation: str, seed: int = 0) -> Sequential:
    """Hidden Dense layers of the given sizes, then a softmax layer with one unit per class."""
    layers, inputs = [], {"input_shape": (n_inputs,)}
    for units in hidden:
        layers.append(Dense(units, activation=activation, **inputs))
        inputs = {}
    layers.append(Dense(n_classes, activation="softmax", **inputs))
    return Sequential(layers, seed=seed)


class ToyClassifier:
    """A classifier of 2-D points trained full-batch, a few steps at a time.

    ``kind`` is "linear" (softmax of ``W x + b``), "features" (the same on polynomial features of
    the given ``degree``) or "network" (``hidden`` layers with ``activation``).
    """

    def __init__(self, points, labels, kind="network", degree=3, hidden=(8, 8), activation="relu",
                 optimizer="adam", learning_rate=0.03, seed=0):
        self.points = np.asarray(points, dtype=np.float64)
        self.labels = np.asarray(labels, dtype=np.int64)
        self.kind, self.degree = kind, degree
        n_classes = int(self.labels.max()) + 1
        self.inputs = self.features(self.points)
        layers = list(hidden) if kind == "network" else []
        self.model = build_network(self.inputs.shape[1], n_classes, layers, activation, seed)
        self.model.compile(optimizer=optimizers.get(optimizer, learning_rate=learning_rate),
                           loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        self.steps = 0

    def features(self, points: np.ndarray) -> np.ndarray:
        return polynomial_features(points, self.degree) if self.kind == "features" else np.asarray(points)

    def train(self, steps: int) -> list[dict]:
        """``steps`` full-batch optimizer steps; the logs (loss, accuracy) of each."""
        logs = []
        for _ in range(steps):
            logs.append(self.model.train_on_batch(self.inputs, self.labels))
            self.steps += 1
        return logs

    def probability_grid(self, bounds, resolution: int = 90) -> np.ndarray:
        """Class probabilities on a grid over ``bounds`` = (xmin, xmax, ymin, ymax): shape (res, res, classes),
        indexed ``[ix, iy]``."""
        xs = np.linspace(bounds[0], bounds[1], resolution)
        ys = np.linspace(bounds[2], bounds[3], resolution)
        gx, gy = np.meshgrid(xs, ys, indexing="ij")
        probs = self.model.predict(self.features(np.column_stack([gx.ravel(), gy.ravel()])))
        return np.asarray(probs).reshape(resolution, resolution, -1)


def data_bounds(points: np.ndarray, margin: float = 0.15) -> tuple[float, float, float, float]:
    """A square view around the points with a little room on every side."""
    low, high = points.min(axis=0), points.max(axis=0)
    centre, half = (low + high) / 2, (high - low).max() / 2 * (1 + margin)
    return (centre[0] - half, centre[0] + half, centre[1] - half, centre[1] + half)


def collapse_linear(model: Sequential) -> tuple[np.ndarray, np.ndarray]:
    """The single layer ``x W + b`` that equals a stack of Dense layers without activations.

    ``x W1 + b1`` fed to ``W2`` gives ``x (W1 W2) + (b1 W2 + b2)``, and so on: in the core's layout
    (W is inputs x units) the product is ``W1 W2 W3``, which is the slide's ``W3 W2 W1`` for column
    vectors. The last layer's own activation (softmax) is applied on top and is not folded in.
    """
    hidden = model.layers[:-1]
    if any(layer.activation != "linear" for layer in hidden):
        raise ValueError("only layers without an activation collapse into one matrix")
    matrix = np.eye(model.layers[0].W.shape[0])
    bias = np.zeros(model.layers[0].W.shape[0])
    for layer in model.layers:
        matrix, bias = matrix @ layer.W, bias @ layer.W + layer.b
    return matrix, bias


def collapsed_outputs(model: Sequential, points: np.ndarray) -> np.ndarray:
    """The model's outputs computed through the single collapsed layer instead of the stack."""
    matrix, bias = collapse_linear(model)
    return activations.get(model.layers[-1].activation)(np.asarray(points) @ matrix + bias)
