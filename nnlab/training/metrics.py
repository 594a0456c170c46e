"""The numbers shown around a training run: smoothed curves, speed, and how well a classifier did.

Everything here is plain NumPy and runs in the training worker, never in the GUI thread:
:class:`Smoother` (the smoothed loss curve), :class:`Throughput` (samples per second and time
left), :func:`evaluate_classifier` (test accuracy, per-class accuracy, confusion matrix and the
misclassified images a student should look at).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

CHUNK = 2048
"""Images per forward pass when evaluating: large enough to be fast, small enough for any memory."""


def to_inputs(images) -> np.ndarray:
    """uint8 images (N, 28, 28) as the network's input: (N, 784) float32 in [0, 1], as in the lecture."""
    images = np.asarray(images)
    return images.reshape(len(images), -1).astype(np.float32) / np.float32(255)


def predict_in_chunks(model, images, chunk: int = CHUNK) -> np.ndarray:
    """Class probabilities for uint8 ``images``, converted and predicted ``chunk`` at a time."""
    parts = [model.predict(to_inputs(images[start:start + chunk])) for start in range(0, len(images), chunk)]
    return np.concatenate(parts) if parts else np.zeros((0, 10), np.float32)


def cross_entropy(probs: np.ndarray, labels: np.ndarray) -> float:
    """Mean of −log p(true class), with p clipped away from 0 like Keras (ε = 1e-7)."""
    if not len(labels):
        return math.nan
    picked = probs[np.arange(len(labels)), labels.astype(np.int64)]
    return float(-np.mean(np.log(np.clip(picked, 1e-7, 1.0))))


class Smoother:
    """An exponential moving average with bias correction (as TensorBoard smooths curves).

    s ← β s + (1 − β) v and the shown value s / (1 − βᵗ), so the first points are not pulled
    towards zero. NaN values (a diverged loss) pass through without poisoning the average.
    """

    def __init__(self, beta: float = 0.9):
        self.beta = beta
        self._average = 0.0
        self._count = 0

    def __call__(self, value: float) -> float:
        if not math.isfinite(value):
            return value
        self._count += 1
        self._average = self.beta * self._average + (1 - self.beta) * value
        return self._average / (1 - self.beta ** self._count)


class Throughput:
    """Samples per second (smoothed over recent steps, pauses excluded) and the time left."""

    def __init__(self, beta: float = 0.8):
        self.beta = beta
        self.rate = 0.0

    def update(self, samples: int, seconds: float) -> float:
        if seconds > 0:
            current = samples / seconds
            self.rate = current if self.rate == 0 else self.beta * self.rate + (1 - self.beta) * current
        return self.rate

    def seconds_left(self, samples_left: int) -> float | None:
        return samples_left / self.rate if self.rate > 0 else None


@dataclass
class Evaluation:
    """How a classifier did on a test set.

    ``confusion[i, j]`` counts images of class i predicted as j; ``per_class`` is the accuracy for
    each true class (NaN for a class absent from the set); ``mistakes`` are indices of wrongly
    classified images, most confident mistakes first, with their ``mistake_probs`` (rows of
    probabilities) — the ones worth showing a student.
    """

    accuracy: float
    loss: float
    confusion: np.ndarray
    per_class: np.ndarray
    mistakes: np.ndarray
    mistake_probs: np.ndarray
    labels: np.ndarray

    def to_dict(self) -> dict:
        """The summary kept in a run record (not the images)."""
        return {"accuracy": self.accuracy, "loss": self.loss, "confusion": self.confusion.tolist(),
                "per_class": [None if math.isnan(v) else float(v) for v in self.per_class]}

    @classmethod
    def from_dict(cls, data: dict) -> "Evaluation":
        """The summary back from a run record: the numbers, without the mistakes (no images were kept)."""
        confusion = np.asarray(data.get("confusion") or np.zeros((10, 10)), dtype=np.int64)
        per_class = np.array([np.nan if value is None else value for value in data.get("per_class") or []], float)
        return cls(accuracy=float(data.get("accuracy") or 0.0), loss=float(data.get("loss") or 0.0),
                   confusion=confusion, per_class=per_class, mistakes=np.zeros(0, np.int64),
                   mistake_probs=np.zeros((0, 10)), labels=np.zeros(0, np.int64))


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, classes: int = 10) -> np.ndarray:
    """``classes × classes`` counts: row = true class, column = predicted class."""
    flat = labels.astype(np.int64) * classes + predicted.astype(np.int64)
    return np.bincount(flat, minlength=classes * classes).reshape(classes, classes)


def per_class_accuracy(confusion: np.ndarray) -> np.ndarray:
    """The diagonal over the row sums: the share of each true class recognised correctly."""
    totals = confusion.sum(axis=1).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(confusion) / totals, np.nan)


def evaluate_classifier(model, images, labels, max_mistakes: int = 60, classes: int = 10) -> Evaluation:
    """Evaluate ``model`` on uint8 ``images`` with integer ``labels`` (see :class:`Evaluation`)."""
    labels = np.asarray(labels).astype(np.int64)
    probs = predict_in_chunks(model, images)
    predicted = probs.argmax(axis=1)
    confusion = confusion_matrix(labels, predicted, classes)
    wrong = np.flatnonzero(predicted != labels)
    confidence = probs[wrong, predicted[wrong]]
    mistakes = wrong[np.argsort(-confidence, kind="stable")][:max_mistakes]
    accuracy = float(np.mean(predicted == labels)) if len(labels) else math.nan
    return Evaluation(accuracy=accuracy, loss=cross_entropy(probs, labels), confusion=confusion,
                      per_class=per_class_accuracy(confusion), mistakes=mistakes,
                      mistake_probs=probs[mistakes], labels=labels[mistakes])
