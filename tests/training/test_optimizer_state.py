"""Inside the optimizer: the step a snapshot explains is the change ``train_on_batch`` really made,
for every optimizer of the lecture; the state shown is the one the update used."""

import numpy as np
import pytest

from nnlab.core import Callback, Dense, Sequential, optimizers
from nnlab.training import optimizer_state
from nnlab.training.optimizer_state import SnapshotFeed, most_active_unit, snapshot


def model_and_data(optimizer, seed=0):
    rng = np.random.default_rng(seed)
    x = (rng.random((64, 784)) < 0.2).astype(np.float32)
    x[:, :100] = 0  # pixels that never have ink: their gradient is always 0
    y = rng.integers(0, 10, 64)
    model = Sequential([Dense(8, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=seed)
    model.compile(optimizer, "sparse_categorical_crossentropy")
    return model, x, y


CASES = [*optimizers.NAMES, optimizers.get("sgd", momentum=0.5), optimizers.get("adam", learning_rate=0.01)]


@pytest.mark.parametrize("optimizer", CASES, ids=lambda o: o if isinstance(o, str) else f"{o.name}-custom")
def test_the_predicted_step_is_the_change_train_on_batch_made(optimizer):
    model, x, y = model_and_data(optimizer)
    for i in range(5):  # let the state build up (below the engine's flush at step 64)
        model.train_on_batch(x[i * 8:(i + 1) * 8], y[i * 8:(i + 1) * 8])
    for unit in (0, 5):
        before = model.layers[0].W[:, unit].copy()
        model.train_on_batch(x[40:56], y[40:56])
        shot = snapshot(model, unit)
        moved = before.astype(np.float64) - model.layers[0].W[:, unit]
        assert moved.any()
        np.testing.assert_allclose(shot.step, moved, rtol=2e-3, atol=1e-7)
        np.testing.assert_array_equal(shot.gradient, model.layers[0].dW[:, unit])
        assert shot.weights.shape == shot.step_size.shape == (784,) and np.all(shot.step_size > 0)
        assert shot.iterations == model.optimizer.iterations and shot.unit == unit


def test_each_optimizer_shows_its_own_state():
    expected = {"sgd": set(), "momentum": {"velocity"}, "nesterov": {"velocity"}, "adagrad": {"sum"},
                "adadelta": {"square_avg", "acc_delta"}, "rmsprop": {"square_avg"}, "adam": {"m_hat", "v_hat"}}
    for name, slots in expected.items():
        model, x, y = model_and_data(name)
        model.train_on_batch(x[:16], y[:16])
        assert set(snapshot(model, 1).state) == slots, name


def test_rmsprop_gives_pixels_without_ink_the_largest_step_size():
    model, x, y = model_and_data("rmsprop")
    for i in range(4):
        model.train_on_batch(x[i * 16:(i + 1) * 16], y[i * 16:(i + 1) * 16])
    shot = snapshot(model, most_active_unit(model))
    v = shot.state["square_avg"]
    np.testing.assert_allclose(shot.step_size, model.optimizer.learning_rate / (np.sqrt(v) + model.optimizer.epsilon))
    assert shot.step_size[:100].min() >= shot.step_size[100:].max()  # never-inked pixels: v = 0, the largest step


def test_adam_state_is_bias_corrected():
    model, x, y = model_and_data("adam")
    model.train_on_batch(x[:16], y[:16])
    shot = snapshot(model, 2)
    # After one step m = (1-β₁) g and v = (1-β₂) g²: corrected, m̂ = g and v̂ = g².
    np.testing.assert_allclose(shot.state["m_hat"], shot.gradient, rtol=1e-5, atol=1e-12)
    np.testing.assert_allclose(shot.state["v_hat"], shot.gradient ** 2, rtol=1e-4, atol=1e-18)


def test_bad_requests_are_refused_plainly():
    model, x, y = model_and_data("rmsprop")
    with pytest.raises(ValueError, match="not taken a training step"):
        snapshot(model, 0)
    model.train_on_batch(x[:8], y[:8])
    for unit in (-1, 8, 10 ** 9):
        with pytest.raises(ValueError, match="does not exist"):
            snapshot(model, unit)


def test_slots_are_read_in_one_place():
    model, x, y = model_and_data("adam")
    model.train_on_batch(x[:8], y[:8])
    for layer in model.layers:
        for param in (layer.W, layer.b):
            slots = optimizer_state.optimizer_slots(model, param)
            assert set(slots) == {"m", "v"} and slots["m"].shape == param.shape
    first, last = (optimizer_state.optimizer_slots(model, p)["m"] for p in (model.layers[0].W, model.layers[-1].b))
    assert not np.shares_memory(first, last)  # each array gets its own part of the state


def test_feed_is_throttled_and_sends_the_last_state_at_the_end():
    model, x, y = model_and_data("rmsprop")
    now = [0.0]
    sent = []
    feed = SnapshotFeed(sent.append, unit=3, interval=0.25, clock=lambda: now[0])

    class Clock(Callback):  # every batch takes 0.1 "seconds"
        def on_batch_end(self, batch, logs):
            now[0] += 0.1

    model.fit(x, y, epochs=1, batch_size=4, callbacks=[Clock(), feed], shuffle=False)  # 16 batches, 1.6 s
    assert 6 <= len(sent) <= 8 and all(shot.unit == 3 for shot in sent)
    assert sent[-1].iterations == 16 and np.array_equal(sent[-1].weights, model.layers[0].W[:, 3])
    feed.unit = None
    feed.on_train_end({})
    assert sent[-1].unit == most_active_unit(model)
