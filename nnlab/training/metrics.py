"""The numbers shown around a training run: smoothed curves, speed, and how well a classifier did.

Everything here is plain NumPy and runs in the training worker, never in the GUI thread:
:class:`Smoother` (the smoothed loss curve: the engine's, which the divergence guard uses too),
:class:`Throughput` (samples per second and time left), :func:`evaluate_classifier` (test accuracy,
per-class accuracy, confusion matrix and the misclassified images a student should look at).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnlab.core.smoothing import Smoother as Smoother  # offered here with the other curve numbers
from nnlab.training.config import CLASSES

CHUNK = 2048
"""Images per forward pass when evaluating: large enough to be fast, small enough for any memory."""


def to_inputs(images) -> np.ndarray:
    """Images (N, 28, 28) as the network's input, (N, 784) float32 in [0, 1], as in the lecture:
    integer pixels (0-255) are divided by 255; float images already in [0, 1] are kept as they are.

    The one conversion: training, evaluation, the command line, the Concepts page, the benchmarks."""
    images = np.asarray(images)
    inputs = images.reshape(len(images), int(np.prod(images.shape[1:]))).astype(np.float32)
    if np.issubdtype(images.dtype, np.integer) or (inputs.size and inputs.max() > 1.0):
        inputs /= np.float32(255)
    return inputs


def loss_and_probabilities(model, images, labels, chunk: int = CHUNK) -> tuple[float, np.ndarray]:
    """The model's loss (the engine's one cross-entropy, as ``model.evaluate`` and ``nnlab evaluate``
    compute it) and its class probabilities for ``images``, converted ``chunk`` at a time."""
    total, parts = 0.0, []
    for start in range(0, len(images), chunk):
        loss, probs = model.evaluate_outputs(to_inputs(images[start:start + chunk]), labels[start:start + chunk])
        total += loss * len(probs)
        parts.append(probs)
    probs = np.concatenate(parts) if parts else np.zeros((0, CLASSES), np.float32)
    return (total / len(probs) if len(probs) else math.nan), probs


class Throughput:
    """Samples per second over the recent steps (pauses excluded) and the time left: measured, or None.

    A run's first step is warm-up (memory allocated, BLAS threads started) and can be a hundred times
    slower than the next: taken for the speed, it once announced "451:12 minutes left" for a
    7-minute stochastic run. So the first step counts only when it is long enough
    (:data:`MEASURED_SECONDS`) to be a measurement in itself, as a full batch's step is; otherwise no
    estimate is given until that long of steady steps has been timed. Steps fade with the time since
    (by e every ``horizon`` seconds of training), so the estimate follows a machine that gets busier
    yet does not jump with every stall of a 2-millisecond step.
    """

    MEASURED_SECONDS = 0.2

    def __init__(self, horizon: float = 10.0):
        self.horizon = horizon
        self.steps = 0
        self._first: tuple[int, float] | None = None
        self._samples = self._seconds = self._timed = 0.0  # decayed sums, and the undecayed time timed

    def update(self, samples: int, seconds: float) -> float | None:
        """Count one step of ``samples`` that took ``seconds``; returns :attr:`rate`."""
        self.steps += 1
        if self.steps == 1:
            self._first = (samples, seconds)
        elif seconds > 0:
            fade = math.exp(-seconds / self.horizon)
            self._samples = fade * self._samples + samples
            self._seconds = fade * self._seconds + seconds
            self._timed += seconds
        return self.rate

    @property
    def rate(self) -> float | None:
        """Samples per second, or None while not measured yet."""
        if self._timed >= self.MEASURED_SECONDS:
            return self._samples / self._seconds
        if self._first is not None and self._first[1] >= self.MEASURED_SECONDS:  # one long step: measured
            return (self._first[0] + self._samples) / (self._first[1] + self._seconds)
        return None

    def seconds_left(self, samples_left: int) -> float | None:
        rate = self.rate
        return samples_left / rate if rate else None


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
    def from_dict(cls, data: dict) -> Evaluation:
        """The summary back from a run record: the numbers, without the mistakes (no images were kept)."""
        confusion = np.asarray(data.get("confusion") or np.zeros((CLASSES, CLASSES)), dtype=np.int64)
        per_class = np.array([np.nan if value is None else value for value in data.get("per_class") or []], float)
        return cls(accuracy=float(data.get("accuracy") or 0.0), loss=float(data.get("loss") or 0.0),
                   confusion=confusion, per_class=per_class, mistakes=np.zeros(0, np.int64),
                   mistake_probs=np.zeros((0, CLASSES)), labels=np.zeros(0, np.int64))


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, classes: int = CLASSES) -> np.ndarray:
    """``classes × classes`` counts: row = true class, column = predicted class."""
    flat = labels.astype(np.int64) * classes + predicted.astype(np.int64)
    return np.bincount(flat, minlength=classes * classes).reshape(classes, classes)


def per_class_accuracy(confusion: np.ndarray) -> np.ndarray:
    """The diagonal over the row sums: the share of each true class recognised correctly."""
    totals = confusion.sum(axis=1).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(confusion) / totals, np.nan)


def evaluate_classifier(model, images, labels, max_mistakes: int = 60, classes: int = CLASSES) -> Evaluation:
    """Evaluate ``model`` on uint8 ``images`` with integer ``labels`` (see :class:`Evaluation`)."""
    labels = np.asarray(labels).astype(np.int64)
    loss, probs = loss_and_probabilities(model, images, labels)
    predicted = probs.argmax(axis=1)
    confusion = confusion_matrix(labels, predicted, classes)
    wrong = np.flatnonzero(predicted != labels)
    confidence = probs[wrong, predicted[wrong]]
    mistakes = wrong[np.argsort(-confidence, kind="stable")][:max_mistakes]
    accuracy = float(np.mean(predicted == labels)) if len(labels) else math.nan
    return Evaluation(accuracy=accuracy, loss=loss, confusion=confusion,
                      per_class=per_class_accuracy(confusion), mistakes=mistakes,
                      mistake_probs=probs[mistakes], labels=labels[mistakes])
