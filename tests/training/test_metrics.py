"""Evaluation numbers shown after training: confusion matrix, per-class accuracy, mistakes, smoothing."""

import json
import math

import numpy as np
import pytest

from nnlab.core import Dense, Sequential
from nnlab.training.metrics import (
    Evaluation,
    Smoother,
    Throughput,
    confusion_matrix,
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


def answering(probs):
    """A real one-layer network that answers image i (pixel i lit) with the probabilities ``probs[i]``:
    its weights are their logarithms, so softmax gives them back."""
    probs = np.asarray(probs, dtype=np.float64)
    model = Sequential([Dense(probs.shape[1], activation="softmax", input_shape=(len(probs),))])
    model.compile("sgd", "sparse_categorical_crossentropy", ["accuracy"])
    model.set_weights([np.log(probs), np.zeros(probs.shape[1])])
    return model


def lit_pixels(count):
    """Image i has its pixel i at 255, every other pixel 0."""
    return (np.eye(count) * 255).astype(np.uint8).reshape(count, 2, -1)


def test_evaluation_orders_mistakes_by_confidence():
    labels = np.array([0, 1, 1, 0])
    probs = [[0.9, 0.1], [0.6, 0.4], [0.2, 0.8], [0.05, 0.95]]
    result = evaluate_classifier(answering(probs), lit_pixels(4), labels, classes=2)
    assert result.accuracy == 0.5
    assert result.mistakes.tolist() == [3, 1]          # 95 % sure and wrong comes first
    assert result.labels.tolist() == [0, 1]
    np.testing.assert_allclose(result.mistake_probs[0], [0.05, 0.95], rtol=1e-6)
    assert result.confusion.tolist() == [[1, 1], [1, 1]]
    assert result.loss == pytest.approx(-np.mean(np.log([0.9, 0.4, 0.8, 0.05])), rel=1e-6)
    assert result.to_dict()["per_class"] == [0.5, 0.5]


def test_the_evaluation_tab_and_nnlab_evaluate_report_the_same_loss():
    """One cross-entropy: an overconfident network (p(true class) below float32's range) scores the
    exact log-softmax loss in the window and on the command line, not a clipped one."""
    model = Sequential([Dense(3, activation="softmax", input_shape=(4,))])
    model.compile("rmsprop", "sparse_categorical_crossentropy", ["accuracy"])
    logits = np.array([[0, 200, 0], [5, 0, 0], [0, 0, 120], [0, 1, 2]], np.float32)
    model.set_weights([logits, np.zeros(3)])
    images, labels = lit_pixels(4), np.array([0, 0, 1, 2])
    exact = -np.mean([(row - row.max() - np.log(np.exp(row - row.max()).sum()))[label]
                      for row, label in zip(logits.astype(np.float64), labels)])
    window = evaluate_classifier(model, images, labels, classes=3).loss
    command_line = model.evaluate(to_inputs(images), labels)[0]
    assert window == pytest.approx(command_line, rel=1e-6) == pytest.approx(exact, rel=1e-5)
    assert exact > 75                                  # clipping at 1e-7 would have said 9.0


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


def test_inputs_from_float_images_in_0_1_are_kept_and_0_255_scaled():
    np.testing.assert_allclose(to_inputs(np.array([[[0.0, 0.5]]])), [[0.0, 0.5]])
    np.testing.assert_allclose(to_inputs(np.array([[[0.0, 51.0]]])), [[0.0, 0.2]])
    assert to_inputs(np.zeros((0, 28, 28), np.uint8)).shape == (0, 784)


def test_smoother_is_bias_corrected_and_skips_nan():
    smooth = Smoother(beta=0.9)
    assert smooth(2.0) == pytest.approx(2.0)      # no pull towards 0 at the start
    assert smooth(2.0) == pytest.approx(2.0)
    assert math.isnan(smooth(float("nan")))
    assert smooth(2.0) == pytest.approx(2.0)


def test_throughput_and_time_left():
    meter = Throughput()
    assert meter.seconds_left(100) is None
    meter.update(100, 0.1)  # the first step: warm-up, too short to stand for the speed
    meter.update(300, 0.1)
    assert meter.rate is None  # 0.1 s of steady steps: not yet measured
    meter.update(300, 0.1)
    assert meter.rate == pytest.approx(3000)
    assert meter.seconds_left(6000) == pytest.approx(2.0)


def test_time_left_is_measured_never_guessed_from_a_warm_up_step():
    """Issue 27, item 5: batch 1's first step (allocations, threads starting) is ~100x slower than the
    rest, and once said "451:12 minutes left" for a 7-minute run; a full batch's one long step is a
    measurement in itself (its estimate is there after the first step)."""
    meter = Throughput()
    assert meter.update(1, 0.1) is None and meter.seconds_left(270_000) is None
    for _ in range(250):
        meter.update(1, 0.0015)
    assert meter.seconds_left(270_000) == pytest.approx(270_000 * 0.0015, rel=0.01)
    full_batch = Throughput()
    full_batch.update(54_000, 7.0)
    assert full_batch.seconds_left(2 * 54_000) == pytest.approx(14.0)
    slower = Throughput()
    slower.update(54_000, 7.0)
    slower.update(54_000, 9.0)  # a busier machine now: the estimate follows
    assert 14.0 < slower.seconds_left(54_000 * 2) <= 18.0
