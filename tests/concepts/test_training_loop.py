"""The slide's training loop, line by line: its three lines are exactly one ``train_on_batch`` of the
engine, and each line reports what it produced."""

import numpy as np
import pytest

from nnlab.concepts import training_loop
from nnlab.concepts.training_loop import (
    GRADIENT,
    SAMPLE,
    UPDATE,
    TrainingLoop,
    lecture_network,
)
from nnlab.training.metrics import to_inputs


def small_mnist(count=600, seed=0):
    """Learnable stand-in images: random ink, labels from a fixed linear teacher."""
    rng = np.random.default_rng(seed)
    images = ((rng.random((count, 28, 28)) < 0.15) * 255).astype(np.uint8)
    labels = (images.reshape(count, -1) / 255.0 @ rng.standard_normal((784, 10))).argmax(axis=1)
    return images, labels


def batch_of_next_iteration(loop):
    """The batch line 1 will draw: the loop's sampler, replayed on a copy of its random state."""
    rng = np.random.default_rng()
    rng.bit_generator.state = loop._rng.bit_generator.state
    chosen = rng.choice(len(loop.images), size=min(loop.batch_size, len(loop.images)), replace=False)
    return loop.images[chosen], loop.labels[chosen]


@pytest.mark.parametrize("step_size, batch_size", [(0.1, 256), (0.5, 32), (0.003, 1)])
def test_three_lines_are_one_train_on_batch_to_the_last_digit(step_size, batch_size):
    images, labels = small_mnist()
    loop = TrainingLoop(images, labels, batch_size=batch_size, step_size=step_size, seed=4)
    twin = lecture_network(step_size, seed=4)
    for _ in range(3):
        x, y = batch_of_next_iteration(loop)
        produced = loop.run_iteration()
        expected = twin.train_on_batch(to_inputs(x), y)
        assert produced.loss == expected["loss"]
        for mine, theirs in zip(loop.model.get_weights(), twin.get_weights()):
            assert np.array_equal(mine, theirs)


def test_lines_run_in_order_and_say_what_they_produced():
    images, labels = small_mnist()
    loop = TrainingLoop(images, labels, batch_size=64, step_size=0.1, seed=1)
    before = loop.model.get_weights()
    first = loop.run_line()
    assert (first.line, first.iteration, loop.next_line) == (SAMPLE, 1, GRADIENT)
    assert first.images.shape == (training_loop.SHOWN, 28, 28) and first.loss is None
    assert all(np.array_equal(a, b) for a, b in zip(before, loop.model.get_weights()))  # nothing learnt yet
    second = loop.run_line()
    assert second.line == GRADIENT and np.isfinite(second.loss) and second.y_pred.shape == (training_loop.PREDICTED, 10)
    np.testing.assert_allclose(second.y_pred.sum(axis=1), 1.0, rtol=1e-5)
    assert [name for name, _, _ in second.gradient_norms] == ["W1", "b1", "W2", "b2"]
    assert [shape for _, shape, _ in second.gradient_norms] == [(784, 512), (512,), (512, 10), (10,)]
    third = loop.run_line()
    assert third.line == UPDATE and loop.next_line == SAMPLE and third.losses == [second.loss]
    deltas = [a - b for a, b in zip(loop.model.get_weights(), before)]
    biggest = max(float(np.max(np.abs(d))) for d in deltas)
    name, index, delta = third.changed[0]
    k = ["W1", "b1", "W2", "b2"].index(name)
    assert abs(delta) == biggest and deltas[k][index] == delta
    unit = int(np.argmax(np.abs(deltas[0]).sum(axis=0)))
    assert third.unit == unit and np.array_equal(third.unit_change, deltas[0][:, unit].reshape(28, 28))


def test_batch_size_and_step_size_take_effect_at_the_next_line():
    images, labels = small_mnist()
    loop = TrainingLoop(images, labels, batch_size=256, step_size=0.1, seed=2)
    twin = lecture_network(0.1, seed=2)
    x, y = batch_of_next_iteration(loop)
    loop.run_line()
    loop.run_line()
    loop.step_size = twin.optimizer.learning_rate = 0.7  # changed between line 2 and line 3
    third = loop.run_line()
    twin.train_on_batch(to_inputs(x), y)
    assert third.step_size == 0.7
    assert all(np.array_equal(a, b) for a, b in zip(loop.model.get_weights(), twin.get_weights()))
    loop.batch_size = 7
    first = loop.run_line()
    assert first.batch_size == 7 and len(first.labels) == 7


@pytest.mark.parametrize("field, value", [("batch_size", 0), ("batch_size", 10**9), ("step_size", -1.0),
                                          ("step_size", float("nan")), ("step_size", 1e9)])
def test_refuses_settings_out_of_range(field, value):
    images, labels = small_mnist(50)
    loop = TrainingLoop(images, labels)
    with pytest.raises(ValueError):
        setattr(loop, field, value)


def test_refuses_mismatched_data():
    images, labels = small_mnist(50)
    with pytest.raises(ValueError):
        TrainingLoop(images, labels[:10])
    with pytest.raises(ValueError):
        TrainingLoop(images[:0], labels[:0])


def test_a_loss_that_is_not_finite_skips_the_update_as_train_on_batch_does():
    images, labels = small_mnist()
    loop = TrainingLoop(images, labels, batch_size=64, step_size=0.1, seed=5)
    twin = lecture_network(0.1, seed=5)
    weights = loop.model.get_weights()
    weights[2][0, :] = np.inf  # a weight that overflowed: every score is now inf or NaN
    loop.model.set_weights(weights)
    twin.set_weights(weights)
    x, y = batch_of_next_iteration(loop)
    produced = loop.run_iteration()
    result = twin.train_on_batch(to_inputs(x), y)
    assert produced.skipped and not np.isfinite(produced.loss) and not np.isfinite(result["loss"])
    assert all(np.array_equal(a, b, equal_nan=True) for a, b in zip(loop.model.get_weights(), twin.get_weights()))
    assert all(np.array_equal(a, b, equal_nan=True) for a, b in zip(loop.model.get_weights(), weights))
