"""Evaluation numbers shown after training: confusion matrix, per-class accuracy, mistakes, smoothing."""

import json
import math

import numpy as np
import pytest

from nnlab.training.metrics import (
    Evaluation,
    Smoother,
    Throughput,
    confusion_matrix,
    cross_entropy,
    evaluate_classifier,
    per_class_accuracy,
    to_inputs,
)


def test_confusion_matrix_rows_are_true_classes():
    labels = np.array([0, 0, 1, 2, 2, 2])
    predicted = np.array([0, 1, 1, 2, 0, 2])
    matrix = confusion_matrix(labels, predicted, classes=3)
    assert matrix.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 2]]
    np.testing.assert_allclose(per_class_accuracy(matrix), [0.5, 1.0, 2 / 3])


def test_absent_class_has_no_accuracy():
    assert math.isnan(per_class_accuracy(confusion_matrix(np.array([0]), np.array([0]), 2))[1])


class _FixedModel:
    """Answers with fixed probabilities, to check the evaluation without training anything."""

    def __init__(self, probs):
        self.probs = np.asarray(probs, dtype=np.float32)
        self.seen = 0

    def predict(self, x):
        assert x.dtype == np.float32 and x.shape[1] == 4 and x.max() <= 1.0
        out = self.probs[self.seen:self.seen + len(x)]
        self.seen += len(x)
        return out


def test_evaluation_orders_mistakes_by_confidence():
    images = np.full((4, 2, 2), 255, np.uint8)
    labels = np.array([0, 1, 1, 0])
    probs = [[0.9, 0.1], [0.6, 0.4], [0.2, 0.8], [0.05, 0.95]]
    result = evaluate_classifier(_FixedModel(probs), images, labels, classes=2)
    assert result.accuracy == 0.5
    assert result.mistakes.tolist() == [3, 1]          # 95 % sure and wrong comes first
    assert result.labels.tolist() == [0, 1]
    np.testing.assert_allclose(result.mistake_probs[0], [0.05, 0.95])
    assert result.confusion.tolist() == [[1, 1], [1, 1]]
    assert result.loss == pytest.approx(-np.mean(np.log([0.9, 0.4, 0.8, 0.05])), rel=1e-6)
    assert result.to_dict()["per_class"] == [0.5, 0.5]


def test_evaluation_summary_survives_a_run_record():
    confusion = np.array([[3, 1, 0], [0, 0, 0], [1, 0, 5]])
    original = Evaluation(accuracy=0.8, loss=0.4, confusion=confusion, per_class=per_class_accuracy(confusion),
                          mistakes=np.array([4]), mistake_probs=np.zeros((1, 3)), labels=np.array([0]))
    restored = Evaluation.from_dict(json.loads(json.dumps(original.to_dict())))
    assert (restored.accuracy, restored.loss) == (0.8, 0.4)
    assert restored.confusion.tolist() == confusion.tolist() and restored.confusion.dtype == np.int64
    np.testing.assert_array_equal(restored.per_class, [0.75, np.nan, 5 / 6])
    assert len(restored.mistakes) == len(restored.mistake_probs) == len(restored.labels) == 0


def test_inputs_are_scaled_like_the_lecture():
    x = to_inputs(np.array([[[0, 255], [51, 102]]], np.uint8))
    assert x.dtype == np.float32 and x.shape == (1, 4)
    np.testing.assert_allclose(x, [[0, 1, 0.2, 0.4]])


def test_cross_entropy_clips_zero_probabilities():
    assert np.isfinite(cross_entropy(np.array([[1.0, 0.0]]), np.array([1])))


def test_smoother_is_bias_corrected_and_skips_nan():
    smooth = Smoother(beta=0.9)
    assert smooth(2.0) == pytest.approx(2.0)      # no pull towards 0 at the start
    assert smooth(2.0) == pytest.approx(2.0)
    assert math.isnan(smooth(float("nan")))
    assert smooth(2.0) == pytest.approx(2.0)


def test_throughput_and_time_left():
    meter = Throughput(beta=0.5)
    assert meter.seconds_left(100) is None
    meter.update(100, 0.1)
    meter.update(300, 0.1)
    assert meter.rate == pytest.approx(2000)
    assert meter.seconds_left(4000) == pytest.approx(2.0)
