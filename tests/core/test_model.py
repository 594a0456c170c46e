"""Sequential: the Keras-like API, training loop, divergence, stopping, saving."""

import json
import math
import threading
import tracemalloc
import weakref

import numpy as np
import pytest

from nnlab.core import Callback, Dense, DivergenceGuard, Sequential, estimate, load_model, optimizers
from nnlab.core.callbacks import RunStatus
from nnlab.core.checks import validation_count
from nnlab.training.split import split_dataset


def blobs(n=300, seed=0):
    """Three well separated clusters in 2-D: any working classifier learns them quickly."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, size=n)
    centres = np.array([[0, 3], [3, -2], [-3, -2]], dtype=float)
    return (centres[y] + rng.normal(scale=0.6, size=(n, 2))).astype(np.float32), y


def lecture_model(seed=0, hidden=32, inputs=2, outputs=3):
    model = Sequential([Dense(hidden, activation="relu", input_shape=(inputs,)),
                        Dense(outputs, activation="softmax")], seed=seed)
    model.compile(optimizer="rmsprop", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


def test_the_lecture_network_has_407050_parameters_and_keras_shapes():
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")])
    assert model.count_params() == 407_050
    assert [w.shape for w in model.get_weights()] == [(784, 512), (512,), (512, 10), (10,)]
    assert all(w.dtype == np.float32 for w in model.get_weights())
    assert "407,050" in model.summary()


def test_glorot_uniform_init_zero_biases_and_seed_reproducibility():
    a, b, c = (Sequential([Dense(200, input_shape=(300,))], seed=s) for s in (1, 1, 2))
    limit = np.sqrt(6 / 500)
    W = a.layers[0].W
    assert np.abs(W).max() <= limit and np.abs(W).max() > 0.99 * limit
    assert abs(W.std() - limit / np.sqrt(3)) < 0.01 * limit
    assert not a.layers[0].b.any()
    np.testing.assert_array_equal(W, b.layers[0].W)
    assert not np.array_equal(W, c.layers[0].W)


def test_fit_learns_and_history_is_complete():
    x, y = blobs()
    model = lecture_model()
    history = model.fit(x, y, epochs=5, batch_size=16, validation_data=blobs(100, seed=1))
    assert history.status == "completed"
    assert set(history.history) >= {"loss", "accuracy", "val_loss", "val_accuracy", "seconds"}
    assert len(history.history["loss"]) == 5
    assert history.history["loss"][-1] < history.history["loss"][0]
    loss, acc = model.evaluate(*blobs(200, seed=2))
    assert acc > 0.95 and loss < 0.3
    probs = model.predict(x[:7])
    assert probs.shape == (7, 3)
    np.testing.assert_allclose(probs.sum(axis=1), 1, rtol=1e-5)


def test_a_fixed_seed_reproduces_training_exactly():
    x, y = blobs()
    runs = []
    for _ in range(2):
        model = lecture_model(seed=5)
        model.fit(x, y, epochs=2, batch_size=32)
        runs.append(model.get_weights())
    for a, b in zip(*runs):
        np.testing.assert_array_equal(a, b)


def test_batch_stochastic_and_minibatch_step_counts():
    x, y = blobs(60)
    for batch_size, steps in [(60, 1), (1, 60), (16, 4), (1000, 1)]:
        counter = StepCounter()
        lecture_model().fit(x, y, epochs=1, batch_size=batch_size, callbacks=[counter])
        assert counter.batches == steps
        assert counter.sizes[-1] == (60 - 16 * 3 if batch_size == 16 else min(batch_size, 60))


class StepCounter(Callback):
    def __init__(self):
        self.batches, self.sizes, self.logs = 0, [], []

    def on_batch_end(self, batch, logs):
        self.batches += 1
        self.sizes.append(logs["size"])
        self.logs.append(dict(logs))


def test_batch_logs_carry_loss_accuracy_and_learning_rate():
    counter = StepCounter()
    lecture_model().fit(*blobs(64), epochs=2, batch_size=32, callbacks=[counter])
    first = counter.logs[0]
    assert {"loss", "accuracy", "batch", "epoch", "size", "step", "learning_rate"} <= set(first)
    assert [log["step"] for log in counter.logs] == [1, 2, 3, 4]
    assert counter.logs[-1]["epoch"] == 1 and first["learning_rate"] == pytest.approx(1e-3)


def test_learning_rate_changed_in_a_callback_applies_to_the_next_step():
    class Changer(Callback):
        seen = []

        def on_batch_end(self, batch, logs):
            self.seen.append(logs["learning_rate"])
            self.model.optimizer.learning_rate = 0.5

    Changer.seen = []
    lecture_model().fit(*blobs(64), epochs=1, batch_size=16, callbacks=[Changer()])
    assert Changer.seen == [pytest.approx(1e-3), 0.5, 0.5, 0.5]


def test_stop_request_from_another_thread_is_honoured_between_batches():
    x, y = blobs(2000)
    model = lecture_model()

    class SlowDown(Callback):
        def on_batch_end(self, batch, logs):
            if batch == 3:
                threading.Timer(0.0, lambda: setattr(model, "stop_training", True)).start()
            threading.Event().wait(0.005)

    history = model.fit(x, y, epochs=50, batch_size=10, callbacks=[SlowDown()])
    assert history.status == "stopped"
    assert len(history.history.get("loss", [])) <= 1


def test_divergence_stops_with_a_message_and_keeps_finite_weights():
    x, y = blobs()
    model = lecture_model()
    model.compile(optimizer=optimizers.get("sgd", learning_rate=1e6), loss="categorical_crossentropy",
                  metrics=["accuracy"])
    x = x * 1000
    history = model.fit(x, y, epochs=20, batch_size=8)
    assert history.status == "diverged"
    assert "learning rate is probably too large" in history.message
    assert all(np.all(np.isfinite(w)) for w in model.get_weights())


def test_float64_models_work_end_to_end():
    x, y = blobs()
    model = Sequential([Dense(8, activation="tanh", input_shape=(2,)), Dense(3, activation="softmax")],
                       seed=0, dtype="float64")
    model.compile(optimizers.get("adam", learning_rate=0.05), "sparse_categorical_crossentropy", ["accuracy"])
    model.fit(x, y, epochs=5, batch_size=32)
    assert all(w.dtype == np.float64 for w in model.get_weights())
    assert model.evaluate(x, y)[1] > 0.9


def test_set_weights_checks_shapes_and_keeps_dtype():
    model = lecture_model()
    weights = [np.ones_like(w, dtype=np.float64) for w in model.get_weights()]
    model.set_weights(weights)
    assert model.layers[0].W.dtype == np.float32 and model.layers[0].W[0, 0] == 1
    with pytest.raises(ValueError, match="weight 0 has shape"):
        model.set_weights([np.ones((3, 3))] + weights[1:])
    with pytest.raises(ValueError, match="expected 4 arrays"):
        model.set_weights(weights[:2])


def test_train_on_batch_and_loss_and_grads_are_consistent():
    x, y = blobs(32)
    model = lecture_model()
    loss, grads = model.loss_and_grads(x, y)
    before = model.get_weights()
    logs = model.train_on_batch(x, y)
    assert logs["loss"] == pytest.approx(loss)
    # rmsprop's first step: θ -= lr g / (sqrt(0.1 g²) + eps)
    expected = before[0] - 1e-3 * grads[0] / (np.sqrt(0.1 * grads[0] ** 2) + 1e-7)
    np.testing.assert_allclose(model.get_weights()[0], expected, rtol=1e-4, atol=1e-7)


def test_images_are_flattened_and_wrong_input_sizes_are_explained():
    model = Sequential([Dense(4, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")])
    assert model.predict(np.zeros((3, 28, 28), np.float32)).shape == (3, 10)
    with pytest.raises(ValueError, match="expects 784 inputs per sample, the data has 20"):
        model.predict(np.zeros((3, 20)))


def test_layer_outputs_show_every_layer():
    model = lecture_model()
    outputs = model.layer_outputs(blobs(5)[0])
    assert [o.shape for o in outputs] == [(5, 32), (5, 3)]
    assert outputs[0].min() >= 0


def test_save_and_load_round_trip(tmp_path):
    x, y = blobs()
    model = lecture_model()
    model.fit(x, y, epochs=1, batch_size=32)
    path = tmp_path / "sub" / "model.npz"
    model.save(path)
    loaded = load_model(path)
    np.testing.assert_array_equal(loaded.predict(x), model.predict(x))
    assert loaded.optimizer.name == "rmsprop" and loaded.evaluate(x, y) == pytest.approx(model.evaluate(x, y))
    assert [p.name for p in tmp_path.joinpath("sub").iterdir()] == ["model.npz"]  # no temporary file left
    assert path.stat().st_mode & 0o777 == 0o644


def test_float16_storage_halves_the_file(tmp_path):
    model = lecture_model(hidden=512)
    model.save(tmp_path / "a.npz")
    model.save(tmp_path / "b.npz", weights_dtype="float16")
    loaded = load_model(tmp_path / "b.npz")
    assert loaded.layers[0].W.dtype == np.float32
    np.testing.assert_allclose(loaded.layers[0].W, model.layers[0].W, atol=1e-3)
    assert (tmp_path / "b.npz").stat().st_size < 0.7 * (tmp_path / "a.npz").stat().st_size


@pytest.mark.parametrize("content", [b"", b"not a zip file at all", b"PK\x03\x04broken"])
def test_loading_a_corrupt_file_is_a_clear_error(tmp_path, content):
    path = tmp_path / "bad.npz"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="is not an nnlab model file"):
        load_model(path)


def test_loading_a_foreign_npz_is_a_clear_error(tmp_path):
    path = tmp_path / "other.npz"
    np.savez(path, a=np.zeros(3))
    with pytest.raises(ValueError, match="not an nnlab model file"):
        load_model(path)


def test_a_failed_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    model = lecture_model()
    path = tmp_path / "model.npz"
    model.save(path)
    good = path.read_bytes()

    def broken_replace(*args):
        raise OSError("disk full")

    monkeypatch.setattr("nnlab.atomic.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        model.save(path)
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["model.npz"]


def test_compile_is_required_before_training():
    with pytest.raises(RuntimeError, match="compile"):
        Sequential([Dense(2, input_shape=(2,))]).fit(np.zeros((2, 2)), np.zeros(2, int))


def test_a_finite_but_exploding_loss_counts_as_divergence_and_weights_come_back():
    """The fused cross-entropy keeps the loss finite; ten times its first value is divergence too."""
    x, y = blobs(2000)
    model = lecture_model()
    model.compile(optimizer=optimizers.get("rmsprop", learning_rate=10.0), loss="categorical_crossentropy",
                  metrics=["accuracy"])
    start = model.get_weights()
    history = model.fit(x, y, epochs=3, batch_size=16)
    assert history.status == "diverged"
    assert "The loss exploded (from " in history.message and "probably too large" in history.message
    assert all(np.isfinite(w).all() for w in model.get_weights())
    # the weights put back are the last calm checkpoint: still close to where training began
    assert np.abs(model.get_weights()[0] - start[0]).max() < 1000 * np.abs(start[0]).max()
    assert model.evaluate(x, y)[0] < 25


def test_a_healthy_run_never_counts_as_divergence():
    history = lecture_model().fit(*blobs(2000), epochs=3, batch_size=16)
    assert history.status == "completed"


def test_the_last_update_is_checked_too():
    """One full-batch step with RMSprop at learning rate 10: the loss is fine before the only update
    and huge after it. The run ends "diverged" with the weights from before it."""
    x, y = blobs(2000)
    model = lecture_model()
    model.compile(optimizer=optimizers.get("rmsprop", learning_rate=10.0), loss="categorical_crossentropy",
                  metrics=["accuracy"])
    start = model.get_weights()
    history = model.fit(x, y, epochs=1, batch_size=len(x))
    assert history.status == "diverged" and history.end["cause"] == "learning_rate"
    np.testing.assert_array_equal(model.get_weights()[0], start[0])


def with_a_dead_input(x):
    """A third input that is 0 for every sample (a pixel black in every image): its weights' gradient is 0."""
    return np.hstack([x, np.zeros((len(x), 1), np.float32)])


@pytest.mark.parametrize("name, hyper, cause, named", [
    ("rmsprop", {"epsilon": 0.0}, "epsilon", {"epsilon": 0.0}),
    ("adam", {"epsilon": 0.0}, "epsilon", {"epsilon": 0.0}),
    ("adagrad", {"epsilon": 0.0, "initial_accumulator_value": 0.0}, "initial_accumulator_value",
     {"epsilon": 0.0, "initial_accumulator_value": 0.0}),
    ("sgd", {"learning_rate": 1e6}, "learning_rate", {"learning_rate": 1e6}),
])
def test_the_divergence_names_the_hyperparameter_that_did_it(name, hyper, cause, named):
    x, y = blobs(400)
    model = lecture_model(inputs=3)
    model.compile(optimizer=optimizers.get(name, **hyper), loss="categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(with_a_dead_input(x) * (1000 if name == "sgd" else 1), y, epochs=3, batch_size=50)
    assert history.status == "diverged" and history.status is RunStatus.DIVERGED
    assert history.end["cause"] == cause and history.end["values"] == named
    assert next(iter(named)).replace("_", " ").split()[0] in history.message.lower().replace("_", " ")
    assert all(np.isfinite(w).all() for w in model.get_weights())


def test_run_statuses_compare_as_plain_text():
    history = lecture_model().fit(*blobs(100), epochs=1)
    assert history.status == "completed" and history.status is RunStatus.COMPLETED
    assert f"{history.status}" == "completed" and json.dumps(history.status) == '"completed"'


@pytest.mark.parametrize("split", [1.0, 1.5, -0.5, math.nan, math.inf, "0.1", None])
def test_an_impossible_validation_split_is_refused(split):
    with pytest.raises(ValueError, match="validation_split"):
        lecture_model().fit(*blobs(100), validation_split=split)


def test_the_validation_split_rounds_like_the_window_and_leaves_training_data():
    history = lecture_model().fit(*blobs(100), epochs=1, batch_size=100, validation_split=0.255)
    assert validation_count(100, 0.255) == 26            # rounded, not truncated
    assert validation_count(3, 0.99) == 2                # one sample always stays for training
    assert "val_loss" in history.history
    x, y = np.arange(400, dtype=np.uint8).reshape(100, 2, 2), np.arange(100)
    assert len(split_dataset(((x, y), (x, y)), 0.255)["validation"][0]) == 26


@pytest.mark.parametrize("settings, word", [
    ({"epochs": -1}, "epochs"), ({"epochs": 2.5}, "epochs"), ({"batch_size": 0}, "batch_size"),
    ({"batch_size": "32"}, "batch_size"), ({"batch_size": True}, "batch_size"),
])
def test_impossible_fit_settings_are_refused(settings, word):
    with pytest.raises(ValueError, match=word):
        lecture_model().fit(*blobs(50), **settings)


def test_nan_inputs_end_the_run_as_diverged_naming_the_data():
    """As in Keras the run starts; the first NaN batch ends it, and the message blames the data."""
    x, y = blobs(50)
    history = lecture_model().fit(np.where(np.arange(50)[:, None] == 7, np.nan, x), y, batch_size=10)
    assert history.status == "diverged" and history.end["cause"] == "data" and "NaN" in history.message


def test_data_that_cannot_be_learned_from_is_refused_clearly():
    x, y = blobs(50)
    model = lecture_model()
    with pytest.raises(ValueError, match="class numbers from 0 to 2"):
        model.fit(x, y + 5)
    with pytest.raises(ValueError, match="50 inputs but 49 labels"):
        model.fit(x, y[:49])
    with pytest.raises(ValueError, match="no training data"):
        model.fit(x[:0], y[:0])
    with pytest.raises(ValueError, match="one row per sample"):
        model.fit(x[:, 0], y)


def test_a_batch_in_chunks_has_the_gradient_of_the_whole_batch(monkeypatch):
    x, y = blobs(300)
    model = Sequential([Dense(16, activation="tanh", input_shape=(2,)), Dense(3, activation="softmax")],
                       seed=0, dtype="float64")
    model.compile("sgd", "categorical_crossentropy")
    whole_loss, whole = model.loss_and_grads(x, y)
    monkeypatch.setattr(estimate, "CHUNK_FLOPS", 7 * estimate.flops_per_sample(model.layer_sizes()))
    chunked_loss, chunked = model.loss_and_grads(x, y)    # 43 chunks of 7 samples
    assert chunked_loss == pytest.approx(whole_loss, rel=1e-12)
    for a, b in zip(chunked, whole):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-14)


def model_that_stops(monkeypatch, when):
    """A small model computed in chunks of 10 samples whose first layer sets ``stop_training`` as soon
    as ``when(rows, training)`` is true: a stop request arriving at a known moment."""
    class Watched(Dense):
        def forward(self, x, training=False):
            if when(len(x), training):
                model.stop_training = True
            return super().forward(x, training)

    model = Sequential([Watched(8, activation="relu", input_shape=(2,)), Dense(3, activation="softmax")], seed=0)
    model.compile("rmsprop", "categorical_crossentropy", ["accuracy"])
    monkeypatch.setattr(estimate, "CHUNK_FLOPS", 10 * estimate.flops_per_sample(model.layer_sizes()))
    return model


def test_a_stop_request_is_honoured_inside_a_long_step(monkeypatch):
    """A full-batch step in 30 chunks; the stop comes during the third: no update, status "stopped"."""
    calls = []
    model = model_that_stops(monkeypatch, lambda rows, training: calls.append(rows) or len(calls) == 3)
    start = model.get_weights()
    history = model.fit(*blobs(300), epochs=5, batch_size=300)
    assert history.status == "stopped" and model.optimizer.iterations == 0
    assert calls == [10, 10, 10]
    for before, after in zip(start, model.get_weights()):
        np.testing.assert_array_equal(before, after)


def test_a_finished_model_keeps_only_its_weights():
    x, y = blobs(4000)
    model = lecture_model(hidden=256)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        model.fit(x, y, epochs=1, batch_size=1000)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    state = 2 * model.count_params() * 4                     # RMSprop's average and scratch space
    assert kept < state + 64 * 1024                          # batch buffers would be 1000 x 256 x 4 x 4 bytes


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_a_training_step_allocates_nothing_the_size_of_a_layer_or_the_weights(name):
    """Buffers are reused from step to step and the optimizer updates in place: between the 6th and
    the 30th step the memory peak grows by less than one batch of inputs (128 x 256 floats, 128 KB),
    one hidden layer's batch (256 KB) or one copy of the weights (547 KB); the last layer's 128 x 10
    numbers may come and go."""
    rng = np.random.default_rng(0)
    x, y = rng.random((128 * 32, 256), dtype=np.float32), rng.integers(0, 10, 128 * 32)
    model = lecture_model(hidden=512, inputs=256, outputs=10)
    model.compile(optimizers.get(name), "sparse_categorical_crossentropy", ["accuracy"])

    class Probe(Callback):
        def on_batch_end(self, batch, logs):
            if batch == 5:
                tracemalloc.start()
                self.start = tracemalloc.get_traced_memory()[0]
            elif batch == 30:
                self.peak = tracemalloc.get_traced_memory()[1] - self.start
                tracemalloc.stop()

    probe = Probe()
    model.fit(x, y, epochs=1, batch_size=128, callbacks=[probe])
    assert probe.peak < 48 * 1024


def test_a_stop_request_is_honoured_inside_a_long_validation_pass(monkeypatch):
    inference_calls = []

    def when(rows, training):
        if not training:
            inference_calls.append(rows)
        return len(inference_calls) == 2

    model = model_that_stops(monkeypatch, when)
    history = model.fit(*blobs(600), epochs=3, batch_size=10, validation_split=0.5)   # 300 to validate, 30 at a time
    assert history.status == "stopped" and len(inference_calls) <= 3   # the check after the last update may add one
    assert "val_loss" not in history.history


def test_the_divergence_guard_is_a_default_callback_that_can_be_replaced():
    """Keras style: fit adds a DivergenceGuard unless one is given; a stricter one acts sooner."""
    x, y = blobs(400)
    model = lecture_model()
    model.fit(x, y, epochs=1, batch_size=50)
    assert isinstance(model.guard, DivergenceGuard) and model.guard.verdict is None
    strict = DivergenceGuard(factor=1.5, floor=0.0, checkpoint_every=1)   # diverged at 1.5 x the first loss
    model = lecture_model()
    history = model.fit(x, y, epochs=1, batch_size=50, callbacks=[strict])
    assert model.guard is strict and history.status == "completed"      # the loss only fell
    model = lecture_model()
    model.compile(optimizers.get("sgd", learning_rate=1e6), "categorical_crossentropy", ["accuracy"])
    history = model.fit(x * 1000, y, epochs=1, batch_size=50, callbacks=[strict])
    assert history.status == "diverged" and strict.verdict.cause == "learning_rate"


def test_evaluate_outputs_gives_the_loss_of_evaluate_and_the_outputs_of_predict():
    x, y = blobs(100)
    model = lecture_model()
    loss, outputs = model.evaluate_outputs(x, y)
    assert loss == model.evaluate(x, y)[0]
    np.testing.assert_array_equal(outputs, model.predict(x))
    uncompiled = Sequential([Dense(3, activation="softmax", input_shape=(2,))], seed=0)
    expected = -np.mean(np.log(uncompiled.predict(x)[np.arange(100), y]))
    assert uncompiled.evaluate_outputs(x, y)[0] == pytest.approx(expected, rel=1e-5)


def test_freed_gradients_come_back_with_the_next_step():
    """A kept model can give up its gradient buffer (as large as its weights); the next step makes it
    again and trains exactly as a model that kept it."""
    x, y = blobs(64)
    kept, freed = lecture_model(), lecture_model()
    for model in (kept, freed):
        model.fit(x, y, epochs=1, batch_size=16)
    buffer = weakref.ref(freed.layers[0].dW.base)       # the flat buffer every dW and db is a view of
    assert buffer().size == freed.count_params()
    freed.free_gradients()
    assert buffer() is None and freed.layers[0].dW is None
    for model in (kept, freed):
        model.train_on_batch(x[:16], y[:16])
    for a, b in zip(kept.get_weights(), freed.get_weights()):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(kept.layers[0].dW, freed.layers[0].dW)
