"""The loss landscape's math: the recorder, the directions, the projection, and a grid whose every
value is the engine's own ``model.evaluate``."""

import numpy as np
import pytest

from nnlab.concepts import landscape
from nnlab.core import Dense, Sequential


def toy_images(n=300, seed=0):
    """Small 'images' (N, 784) in uint8 with labels a fixed linear teacher gives them: learnable."""
    rng = np.random.default_rng(seed)
    images = (rng.random((n, 784)) < 0.15).astype(np.uint8) * 255
    teacher = rng.standard_normal((784, 10))
    return images, (images / 255.0 @ teacher).argmax(axis=1)


def small_settings(**changes):
    base = dict(grid=5, subsample=100, train_images=300, epochs=2, batch_size=32, hidden=16, snapshots=8)
    return landscape.Settings(**{**base, **changes})


def compiled_model(seed=0):
    model = Sequential([Dense(16, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=seed)
    model.compile("adam", "sparse_categorical_crossentropy", ["accuracy"])
    return model


def test_recorder_keeps_the_start_the_end_and_a_few_dozen_steps_between():
    x, y = toy_images()
    model = compiled_model()
    model.build(784)
    start = model.get_weights()
    recorder = landscape.WeightRecorder(snapshots=6)
    model.fit(landscape.as_inputs(x), y, epochs=3, batch_size=10, callbacks=[recorder])  # 90 steps
    assert recorder.steps[0] == 0 and recorder.steps[-1] == 90
    assert 5 <= len(recorder.weights) <= 7 and recorder.steps == sorted(set(recorder.steps))
    assert all(np.array_equal(a, b) for a, b in zip(recorder.weights[0], start))
    assert all(np.array_equal(a, b) for a, b in zip(recorder.weights[-1], model.get_weights()))
    with pytest.raises(ValueError):
        landscape.WeightRecorder(snapshots=1)


def test_filter_normalised_direction_gives_every_unit_its_weights_norm_and_biases_zero():
    weights = [np.random.default_rng(1).normal(size=(784, 16)) * np.arange(1, 17), np.ones(16),
               np.random.default_rng(2).normal(size=(16, 10)), np.ones(10)]
    d = landscape.unflatten(landscape.filter_normalized_direction(weights, np.random.default_rng(0)), weights)
    for w, dw in ((weights[0], d[0]), (weights[2], d[2])):
        np.testing.assert_allclose(np.linalg.norm(dw, axis=0), np.linalg.norm(w, axis=0), rtol=1e-6)
        assert not np.allclose(dw, w)
    assert not d[1].any() and not d[3].any()


def test_pca_directions_are_orthonormal_and_the_projection_recovers_plane_coordinates():
    rng = np.random.default_rng(0)
    center = rng.normal(size=50)
    u, v = np.linalg.qr(rng.normal(size=(50, 2)))[0].T
    coords = rng.normal(size=(12, 2)) * [3.0, 1.0]
    points = center + coords[:, :1] * u + coords[:, 1:] * v
    d1, d2, explained = landscape.pca_directions([points[:6], points[6:]], center)
    assert abs(d1 @ d1 - 1) < 1e-5 and abs(d2 @ d2 - 1) < 1e-5 and abs(d1 @ d2) < 1e-5
    assert explained[0] >= explained[1] and explained.sum() == pytest.approx(1.0, abs=1e-5)
    back = landscape.project(points, center, d1, d2)
    np.testing.assert_allclose(np.abs(back @ [[d1 @ u, d1 @ v], [d2 @ u, d2 @ v]]), np.abs(coords), atol=1e-4)
    with pytest.raises(ValueError, match="single line"):
        landscape.pca_directions([center + np.outer([1.0, 2.0, 3.0], u)], center)


def test_grid_values_are_model_evaluate_and_the_weights_come_back():
    x, y = toy_images(120)
    x = landscape.as_inputs(x)
    model = compiled_model()
    model.fit(x, y, epochs=1, batch_size=32)
    before = model.get_weights()
    center = landscape.flatten(before)
    rng = np.random.default_rng(0)
    d1, d2 = (landscape.filter_normalized_direction(before, rng) for _ in range(2))
    axis = np.linspace(-1, 1, 3)
    rows = []
    grid = landscape.loss_grid(model, x, y, center, d1, d2, axis, axis * 2, lambda done, total: rows.append(done))
    assert rows == [1, 2, 3] and grid.shape == (3, 3)
    assert grid[1, 1] == pytest.approx(model.evaluate(x, y)[0], rel=1e-6)
    model.set_weights(landscape.unflatten(center + axis[2] * d1 + 2 * axis[0] * d2, before))
    assert grid[0, 2] == pytest.approx(model.evaluate(x, y)[0], rel=1e-6)
    model.set_weights(before)
    assert grid[1, 1] < grid.max()


def test_grid_restores_the_weights_when_cancelled():
    x, y = toy_images(60)
    model = compiled_model()
    model.build(784)
    before = model.get_weights()
    center = landscape.flatten(before)
    d = landscape.filter_normalized_direction(before, np.random.default_rng(0))

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        landscape.loss_grid(model, landscape.as_inputs(x), y, center, d, d, np.zeros(3), np.zeros(3), cancel)
    assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), before))


@pytest.mark.parametrize("direction", landscape.DIRECTIONS)
def test_compute_centres_the_plane_on_the_first_run_and_draws_both_paths(direction):
    x, y = toy_images()
    phases = []
    result = landscape.compute(x, y, small_settings(direction=direction), lambda f, phase: phases.append((f, phase)))
    assert result.losses.shape == (5, 5) and result.subsample == 100 and result.direction == direction
    assert result.losses[2, 2] == pytest.approx(result.center_loss, rel=1e-6)
    assert result.center_loss == pytest.approx(result.final_losses["sgd"], rel=1e-6)
    assert set(result.paths) == {"sgd", "adam"}
    np.testing.assert_allclose(result.paths["sgd"][-1], [0, 0], atol=1e-4)  # the plane's centre is its end
    assert np.allclose(result.paths["sgd"][0], result.paths["adam"][0], atol=1e-4)  # one shared start
    assert phases[0][1] == "training" and phases[-1] == (1.0, "grid")
    assert [f for f, _ in phases] == sorted(f for f, _ in phases)
    if direction == "pca":
        assert len(result.explained) == 2 and 0 < result.explained[1] <= result.explained[0] <= 1
        path = np.vstack(list(result.paths.values()))
        assert np.all(np.abs(path[:, 0]) <= result.alphas[-1]) and np.all(np.abs(path[:, 1]) <= result.betas[-1])


@pytest.mark.parametrize("change, message", [({"grid": 1000}, "grid"), ({"subsample": 5}, "subsample"),
                                             ({"extent": float("nan")}, "extent"), ({"direction": "up"}, "direction"),
                                             ({"runs": ()}, "run")])
def test_out_of_range_settings_are_refused_by_name(change, message):
    with pytest.raises(ValueError, match=message):
        landscape.compute(*toy_images(30), small_settings(**change))


def test_a_grid_that_overflows_everywhere_is_refused_plainly(monkeypatch):
    monkeypatch.setattr(landscape, "loss_grid", lambda *args, **kwargs: np.full((5, 5), np.inf))
    with pytest.raises(ValueError, match="overflowed"):
        landscape.compute(*toy_images(), small_settings())


def test_the_grid_shortcut_through_the_first_layer_equals_evaluating_the_whole_network():
    """Issue 27, item 11: the grid computes x·W₁ once per direction; every value must still be the
    whole network's ``model.evaluate``, biases moving too (PCA directions move them)."""
    x, y = toy_images(150)
    x = landscape.as_inputs(x)
    model = Sequential([Dense(16, activation="tanh", input_shape=(784,)), Dense(12, activation="relu"),
                        Dense(10, activation="softmax")], seed=1)
    model.compile("sgd", "sparse_categorical_crossentropy")
    model.fit(x, y, epochs=1, batch_size=32)
    before = model.get_weights()
    center = landscape.flatten(before)
    rng = np.random.default_rng(3)
    d1, d2 = (0.05 * rng.standard_normal(center.size) for _ in range(2))
    alphas, betas = np.linspace(-2, 2, 5), np.linspace(-1, 3, 4)
    grid = landscape.loss_grid(model, x, y, center, d1, d2, alphas, betas)
    for j, beta in enumerate(betas):
        for i, alpha in enumerate(alphas):
            model.set_weights(landscape.unflatten(center + alpha * d1 + beta * d2, before))
            assert grid[j, i] == pytest.approx(model.evaluate(x, y), rel=2e-5)
    model.set_weights(before)
