"""The numbers-in-a-computer experiments: each shows the failure and the engine's fix."""

import math

import numpy as np
import pytest

from nnlab.concepts import numerics


def toy_images(n=200, seed=0):
    rng = np.random.default_rng(seed)
    images = ((rng.random((n, 28, 28)) < 0.15) * 255).astype(np.uint8)
    return images, (images.reshape(n, -1) / 255.0 @ rng.standard_normal((784, 10))).argmax(axis=1)


def test_float_formats_give_range_and_precision():
    rows = {row["name"]: row for row in numerics.float_formats()}
    assert list(rows) == ["float16", "float32", "float64"]
    assert rows["float16"]["largest"] == 65504.0 and rows["float16"]["step_near_one"] == 2.0 ** -10
    assert rows["float32"]["step_near_one"] == 2.0 ** -23 and rows["float64"]["step_near_one"] == 2.0 ** -52
    assert rows["float16"]["digits"] < rows["float32"]["digits"] < rows["float64"]["digits"]


def test_training_in_each_format_reports_accuracy_time_and_what_broke():
    images, labels = toy_images()
    results = numerics.train_in_each_format(images, labels, images[:50], labels[:50], hidden=16, batch_size=32)
    assert list(results) == list(numerics.FORMATS)
    for result in results.values():
        assert result["seconds"] > 0 and result["status"] in ("completed", "diverged") and result["losses"]
    assert results["float32"]["status"] == "completed"
    assert results["float32"]["test_accuracy"] == pytest.approx(results["float64"]["test_accuracy"], abs=0.05)


def test_cancel_is_heard_between_batches():
    images, labels = toy_images(100)
    calls = []

    def check():
        calls.append(1)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        numerics.train_in_each_format(images, labels, images, labels, hidden=8, batch_size=10, check=check)
    assert calls == [1]


def test_naive_softmax_overflows_and_the_engine_does_not():
    result = numerics.softmax_of_large_logits()
    assert np.isinf(result["exp"]).all() and np.isnan(result["naive"]).all() and math.isnan(result["naive_loss"])
    np.testing.assert_allclose(result["engine"], np.exp([0, -1, -2]) / np.exp([0, -1, -2]).sum())
    assert result["engine_loss"] == pytest.approx(np.log(np.exp([0, -1, -2]).sum()))


def test_log_of_zero_is_infinite_clipping_is_wrong_log_softmax_is_right():
    result = numerics.log_of_zero()
    assert result["probability"] == 0.0 and math.isinf(result["naive_loss"])
    assert result["clipped_loss"] == pytest.approx(-np.log(1e-12), rel=1e-5)
    assert result["log_softmax_loss"] == pytest.approx(120.0, rel=1e-5)


def test_forgetting_to_scale_makes_training_worse():
    images, labels = toy_images(300)
    results = numerics.forgetting_to_scale(images, labels, images[:100], labels[:100], batch_size=30, hidden=32)
    raw, scaled = results["raw"], results["scaled"]
    assert scaled["status"] == "completed" and len(scaled["losses"]) == 10
    assert raw["status"] == "diverged" or raw["test_loss"] > scaled["test_loss"]


def test_sigmoid_gradients_vanish_towards_the_input_and_relu_ones_do_not():
    images, labels = toy_images(64)
    sigmoid = numerics.gradient_norms(images, labels, "sigmoid", depth=8)
    relu = numerics.gradient_norms(images, labels, "relu", depth=8)
    assert sigmoid.shape == relu.shape == (8,)
    assert sigmoid[0] < sigmoid[-2] / 100        # the first layer gets a hundredth of what the 7th gets
    assert relu[0] > sigmoid[0] * 100


def test_denormal_timing_runs_and_refuses_absurd_sizes():
    result = numerics.denormal_slowdown(size=10_000, steps=5)
    assert result["denormal"] > 0 and result["flushed"] > 0 and result["steps"] == 5
    for bad in ({"steps": 0}, {"steps": 61}, {"size": 10 ** 9}):
        with pytest.raises(ValueError):
            numerics.denormal_slowdown(**bad)


def test_too_many_images_are_refused():
    with pytest.raises(ValueError, match="at most"):
        numerics.gradient_norms(np.zeros((numerics.MAX_IMAGES + 1, 4), np.uint8), np.zeros(1, int), "relu")


def test_the_formats_training_reports_its_progress_with_a_time_left_measured_from_its_first_batch():
    """Issue 27, item 11: the card said only "Computing…" for 4 to 13 s. Each format's start, every
    batch and every chunk of test images is reported, the fast formats first, with the seconds left from the measured
    batches; evaluating chunk by chunk gives the figures of one evaluate on all the test images."""
    images, labels = toy_images(200)
    reports = []
    results = numerics.train_in_each_format(images, labels, images[:50], labels[:50], hidden=16, batch_size=32,
                                            progress=reports.append)
    assert [name for name in dict.fromkeys(report.name for report in reports)] == ["float32", "float64", "float16"]
    for index, name in enumerate(("float32", "float64", "float16")):
        mine = [report for report in reports if report.name == name]
        training = [report for report in mine if not report.testing]
        testing = [report for report in mine if report.testing]
        assert [report.batches_done for report in training] == list(range(len(results[name]["losses"]) + 1))
        assert training[0].seconds_left is None  # nothing measured yet: no estimate
        assert all(report.seconds_left is not None and report.seconds_left >= 0 for report in mine[1:])
        assert len(testing) == 2 and testing[-1].seconds_left == 0 and testing[-1].test_images == 50
        assert list(mine[0].finished) == ["float32", "float64", "float16"][:index]
    model = numerics.lecture_model("float32", 16)
    model.fit(images / 255.0, labels, epochs=1, batch_size=32)
    loss, accuracy = model.evaluate(images[:50] / 255.0, labels[:50])
    assert results["float32"]["test_accuracy"] == pytest.approx(accuracy)
    assert results["float32"]["test_loss"] == pytest.approx(loss, rel=1e-5)
