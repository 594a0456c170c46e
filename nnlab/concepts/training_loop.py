"""The slide's training loop, run one line at a time on the lecture's network and real MNIST.

    while True:
        data_batch = sample_training_data(data, 256)
        gradient = evaluate_gradient(loss_fun, data_batch, weights)
        weights += -step_size * gradient

There is no second engine here: line 2 is ``Sequential.loss_and_grads`` (the forward pass, the
loss and backpropagation ``train_on_batch`` runs) and line 3 is the model's own SGD optimizer
applied to the model's own weight buffer, so three lines make exactly one ``train_on_batch``
(tests/concepts/test_training_loop.py checks it to the last digit). This module only splits the
step where the slide splits it and keeps what each line produced, for the view to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from nnlab.core import Dense, Sequential, optimizers
from nnlab.training.metrics import to_inputs

LINES = ("while True:",
         "    data_batch = sample_training_data(data, {batch_size})",
         "    gradient = evaluate_gradient(loss_fun, data_batch, weights)",
         "    weights += -step_size * gradient")
"""The slide's pseudo-code; line 1 shows the current batch size where the slide writes 256."""

SAMPLE, GRADIENT, UPDATE = 1, 2, 3
BATCH_SIZES = (1, 4096)
STEP_SIZES = (1e-5, 10.0)
SHOWN = 16        # batch images the view shows
PREDICTED = 4     # of which y_pred is shown
MOST_CHANGED = 5  # weights listed as "changed most"


def lecture_network(step_size: float, seed: int = 0) -> Sequential:
    """The lecture's network, 784 -> 512 relu -> 10 softmax, trained by plain SGD as on the slide."""
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")],
                       seed=seed)
    model.compile(optimizer=optimizers.get("sgd", learning_rate=step_size), loss="sparse_categorical_crossentropy")
    return model


def parameter_names(model) -> list[str]:
    """``["W1", "b1", "W2", "b2"]``: the names the slide gives the arrays of ``get_weights()``."""
    return [f"{kind}{index}" for index in range(1, len(model.layers) + 1) for kind in ("W", "b")]


@dataclass
class Produced:
    """What the line just run produced (fields of lines not yet run in this iteration are None)."""

    iteration: int
    line: int
    batch_size: int
    step_size: float
    images: np.ndarray | None = None          # the first SHOWN images of the batch (uint8)
    labels: np.ndarray | None = None          # their labels
    y_pred: np.ndarray | None = None          # the network's probabilities for the first PREDICTED
    loss: float | None = None
    gradient_norms: list[tuple[str, tuple, float]] = field(default_factory=list)  # (name, shape, ||g||)
    changed: list[tuple[str, tuple, float]] = field(default_factory=list)         # (name, index, Δw)
    unit_change: np.ndarray | None = None     # ΔW1 of the hidden unit that moved most, as 28x28
    unit: int | None = None
    skipped: bool = False                     # line 3 left the weights alone: the loss was not finite
    losses: list[float] = field(default_factory=list)  # the loss of every iteration so far


class TrainingLoop:
    """The lecture's network and MNIST, stepped line by line.

    ``run_line()`` runs the next line and returns a :class:`Produced`; ``run_iteration()`` runs the
    lines left in the current iteration. ``batch_size`` and ``step_size`` may be changed between
    lines (from the thread that steps the loop, or while it is idle): each line reads them when it
    runs.
    """

    def __init__(self, images: np.ndarray, labels: np.ndarray, batch_size: int = 256, step_size: float = 0.1,
                 seed: int = 0):
        if len(images) == 0 or len(images) != len(labels):
            raise ValueError("the training loop needs as many labels as images, and at least one image")
        self.images, self.labels = images, np.asarray(labels)
        self.batch_size = batch_size
        self.model = lecture_network(step_size, seed)
        self.step_size = step_size
        self._rng = np.random.default_rng(seed)
        self.names = parameter_names(self.model)
        self.next_line = SAMPLE
        self.iteration = 0
        self.losses: list[float] = []
        self._batch = None
        self._gradient = None
        self.produced = Produced(0, 0, batch_size, step_size)

    @property
    def batch_size(self) -> int:
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int) -> None:
        value = int(value)
        if not BATCH_SIZES[0] <= value <= BATCH_SIZES[1]:
            raise ValueError(f"the batch size must be between {BATCH_SIZES[0]} and {BATCH_SIZES[1]}, not {value}")
        self._batch_size = value

    @property
    def step_size(self) -> float:
        return float(self.model.optimizer.learning_rate)

    @step_size.setter
    def step_size(self, value: float) -> None:
        value = float(value)
        if not STEP_SIZES[0] <= value <= STEP_SIZES[1]:
            raise ValueError(f"the step size must be between {STEP_SIZES[0]} and {STEP_SIZES[1]}, not {value}")
        self.model.optimizer.learning_rate = value

    # -- the three lines -------------------------------------------------------------------------
    def sample_training_data(self) -> tuple[np.ndarray, np.ndarray]:
        """Line 1: ``batch_size`` training images drawn at random, with their labels."""
        chosen = self._rng.choice(len(self.images), size=min(self.batch_size, len(self.images)), replace=False)
        return self.images[chosen], self.labels[chosen]

    def evaluate_gradient(self, data_batch) -> tuple[float, list[np.ndarray]]:
        """Line 2: the engine's forward pass, loss and backpropagation (``Sequential.loss_and_grads``)."""
        images, labels = data_batch
        return self.model.loss_and_grads(to_inputs(images), labels)

    def update(self, gradient: list[np.ndarray]) -> None:
        """Line 3: ``weights += -step_size * gradient``, by the model's own SGD on its own weight
        buffer (the arrays of ``gradient`` laid end to end are that buffer's gradient)."""
        flat = np.concatenate([g.ravel() for g in gradient])
        self.model.optimizer.apply_gradients([(flat, self.model.trainable_weights[0])])

    # -- stepping --------------------------------------------------------------------------------
    def run_line(self) -> Produced:
        """Run the next line of the loop; returns what it produced (with the iteration's earlier lines)."""
        line = self.next_line
        if line == SAMPLE:
            self.iteration += 1
            self._batch = self.sample_training_data()
            images, labels = self._batch
            self.produced = Produced(self.iteration, line, len(images), self.step_size,
                                     images=images[:SHOWN].copy(), labels=labels[:SHOWN].copy(),
                                     losses=list(self.losses))
        elif line == GRADIENT:
            loss, self._gradient = self.evaluate_gradient(self._batch)
            self.losses.append(float(loss))
            shown = to_inputs(self._batch[0][:PREDICTED])
            self.produced.line, self.produced.loss = line, float(loss)
            self.produced.y_pred = self.model.predict(shown)
            self.produced.gradient_norms = [(name, g.shape, float(np.linalg.norm(g)))
                                            for name, g in zip(self.names, self._gradient)]
            self.produced.losses = list(self.losses)
        else:
            self.produced.line, self.produced.step_size = line, self.step_size
            if np.isfinite(self.losses[-1]):
                before = self.model.get_weights()
                self.update(self._gradient)
                self._note_changes(before, self.model.get_weights())
            else:  # as train_on_batch: a step whose loss overflowed would only spread NaN into the weights
                self.produced.skipped = True
            self._batch = self._gradient = None
        self.next_line = SAMPLE if line == UPDATE else line + 1
        return replace(self.produced)  # a copy: the view may still read it while the next line runs

    def run_iteration(self) -> Produced:
        """Run the lines left in this iteration (all three when it has not started)."""
        produced = self.run_line()
        while self.next_line != SAMPLE:
            produced = self.run_line()
        return produced

    def _note_changes(self, before: list[np.ndarray], after: list[np.ndarray]) -> None:
        """The weights that moved most in this update, and the first-layer unit that moved most."""
        deltas = [a - b for a, b in zip(after, before)]
        flat = np.concatenate([d.ravel() for d in deltas])
        top = np.argpartition(np.abs(flat), -MOST_CHANGED)[-MOST_CHANGED:]
        top = top[np.argsort(-np.abs(flat[top]))]
        starts = np.cumsum([0] + [d.size for d in deltas])
        changed = []
        for position in top:
            k = int(np.searchsorted(starts, position, side="right") - 1)
            index = np.unravel_index(int(position - starts[k]), deltas[k].shape)
            changed.append((self.names[k], tuple(int(i) for i in index), float(flat[position])))
        self.produced.changed = changed
        first = deltas[0]
        if first.shape[0] == 784:
            unit = int(np.argmax(np.abs(first).sum(axis=0)))
            self.produced.unit, self.produced.unit_change = unit, first[:, unit].reshape(28, 28).copy()
