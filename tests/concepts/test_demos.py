"""The Concepts page's numbers: each demo must compute what the lecture says it computes."""

import numpy as np
import pytest

from nnlab.concepts import (
    backprop_steps,
    batching,
    decision,
    geometry,
    inside,
    neurons,
    regression,
    surfaces,
)
from nnlab.core import Dense, Sequential, activations, optimizers


# -- 1. regression -------------------------------------------------------------------------------
def test_closed_form_line_recovers_an_exact_line():
    x = np.array([-1.0, -0.2, 0.5, 0.9])
    assert regression.fit_closed_form(x, 3.0 * x - 2.0, 1) == pytest.approx([-2.0, 3.0])


@pytest.mark.parametrize("degree", [1, 2, 4])
def test_closed_form_equals_numpy_polyfit(degree):
    x, y = regression.make_points(n=12, seed=3)
    expected = np.polyfit(x, y, degree)[::-1]  # polyfit lists the highest power first
    assert regression.fit_closed_form(x, y, degree) == pytest.approx(expected, rel=1e-8, abs=1e-10)


def test_gradient_descent_reaches_the_closed_form_with_the_core_sgd():
    x, y = regression.make_points(n=10, seed=1)
    fit = regression.GradientDescentFit(x, y, 2)
    assert type(fit.optimizer) is type(optimizers.get("sgd"))
    start = fit.loss()
    fit.step(3000)
    assert fit.loss() < start
    assert fit.coefficients == pytest.approx(regression.fit_closed_form(x, y, 2), abs=1e-6)


def test_more_coefficients_than_points_fit_every_point():
    x, y = regression.make_points(n=5, seed=2)
    coefficients = regression.fit_closed_form(x, y, 6)
    assert regression.sum_squared_errors(coefficients, x, y) == pytest.approx(0.0, abs=1e-18)
    assert regression.sse_gradient(coefficients, x, y) == pytest.approx(np.zeros(7), abs=1e-8)


# -- 2 and 3. decision boundaries and the collapse of linear layers ------------------------------
def test_polynomial_features_are_the_monomials_in_order():
    features = decision.polynomial_features(np.array([[2.0, 3.0]]), 2)
    assert features.tolist() == [[2.0, 3.0, 4.0, 6.0, 9.0]]


def _xor(n=80, seed=0):
    rng = np.random.default_rng(seed)
    points = rng.uniform(-1, 1, (n, 2))
    return points, (points[:, 0] * points[:, 1] > 0).astype(int)


def test_a_network_learns_xor_that_a_linear_model_cannot():
    points, labels = _xor()
    linear = decision.ToyClassifier(points, labels, kind="linear", learning_rate=0.05)
    features = decision.ToyClassifier(points, labels, kind="features", degree=2, learning_rate=0.05)
    for classifier in (linear, features):
        classifier.train(300)
    accuracy = {c.kind: c.train(1)[0]["accuracy"] for c in (linear, features)}
    assert accuracy["features"] > 0.95 > 0.75 > accuracy["linear"]
    grid = features.probability_grid(decision.data_bounds(points), resolution=12)
    assert grid.shape == (12, 12, 2) and np.allclose(grid.sum(axis=-1), 1.0, atol=1e-5)


def test_linear_layers_collapse_to_the_product_of_their_matrices():
    model = decision.build_network(2, 2, [5, 4], activation="linear", seed=3)
    w1, w2, w3 = (layer.W.astype(np.float64) for layer in model.layers)
    matrix, bias = decision.collapse_linear(model)
    # The slide's W3 W2 W1 acts on column vectors; the core stores W as (inputs, units), its transpose.
    assert matrix.T == pytest.approx(w3.T @ w2.T @ w1.T, rel=1e-6)
    for layer in model.layers:
        layer.b[:] = np.random.default_rng(1).normal(size=layer.b.shape)
    points = np.random.default_rng(2).normal(size=(50, 2))
    assert decision.collapsed_outputs(model, points) == pytest.approx(model.predict(points), abs=1e-6)


def test_collapse_refuses_a_network_with_activations():
    with pytest.raises(ValueError):
        decision.collapse_linear(decision.build_network(2, 2, [4], activation="relu"))


# -- 4. activations ------------------------------------------------------------------------------
def test_activation_curves_come_from_the_core_with_their_derivatives():
    z = np.linspace(-4, 4, 81)
    for name in neurons.CHOICES:
        values, slopes = neurons.curve(name, z)
        assert values == pytest.approx(activations.get(name)(z))
        numeric = np.gradient(values, z)
        inner = np.abs(z) > 0.2  # away from ReLU's kink
        assert slopes[inner][1:-1] == pytest.approx(numeric[inner][1:-1], abs=5e-3)


def test_a_neuron_switches_where_w_x_plus_b_is_zero():
    assert neurons.threshold(2.0, -1.0) == 0.5 and neurons.threshold(0.0, 1.0) is None
    assert neurons.neuron_1d("sigmoid", 2.0, -1.0, np.array([0.5]))[0] == pytest.approx(0.5)
    image = neurons.neuron_2d("relu", (1.0, 0.0), 0.0, resolution=5)
    assert image[:2].max() == 0.0 and image[3:].min() > 0.0  # only x > 0 switches it on


# -- 5. geometry ---------------------------------------------------------------------------------
def test_rotation_turns_points_and_the_layer_stages_add_up():
    assert geometry.rotation_matrix(90) @ [1.0, 0.0] == pytest.approx([0.0, 1.0])
    assert geometry.determinant(geometry.rotation_matrix(33)) == pytest.approx(1.0)
    points = geometry.point_cloud(20)
    matrix, bias = np.array([[1.0, 2.0], [0.5, -1.0]]), np.array([0.3, -0.4])
    stages = geometry.layer_stages(points, matrix, bias)
    assert stages["matrix"][3] == pytest.approx(matrix @ points[3])
    assert stages["relu"] == pytest.approx(np.maximum(points @ matrix.T + bias, 0))
    assert len(geometry.digit_points()) > 10 and np.abs(geometry.digit_points()).max() <= 1.0


# -- 6. loss surfaces and the optimizer race -----------------------------------------------------
@pytest.mark.parametrize("key", sorted(surfaces.SURFACES))
def test_surface_gradients_match_finite_differences(key):
    surface = surfaces.SURFACES[key]
    point = np.array(surface.start, dtype=float) * 0.7 + 0.1
    numeric = [(surface.value(point + e) - surface.value(point - e)) / 2e-6 for e in np.eye(surface.dim) * 1e-6]
    assert surface.gradient(point) == pytest.approx(numeric, rel=1e-5, abs=1e-6)


def test_each_racer_is_the_core_optimizer_and_descends_on_the_bowl():
    bowl = surfaces.SURFACES["bowl"]
    race = surfaces.optimizer_race(bowl, (-2.0, 1.5))
    assert list(race) == optimizers.NAMES
    for name, descent in race.items():
        assert type(descent.optimizer) is type(optimizers.get(name))
        for _ in range(60):
            descent.step()
        assert not descent.diverged
        assert descent.losses[-1] < 0.1 * descent.losses[0], name
        assert descent.optimizer.iterations == 60  # every step went through the optimizer


def test_learning_rates_too_small_right_and_too_large():
    bowl = surfaces.SURFACES["bowl"]
    small, right, large = surfaces.learning_rate_trio(bowl, bowl.start)
    for _ in range(40):
        for descent in (small, right, large):
            descent.step()
    assert right.losses[-1] < 1e-6 < small.losses[-1] < small.losses[0]
    assert large.diverged or large.losses[-1] > large.losses[0]


# -- 7. batching ---------------------------------------------------------------------------------
def test_batch_stochastic_and_minibatch_take_the_right_number_of_steps():
    runs = {run.mode: run for run in batching.compare(epochs=3)}
    assert [runs[m].steps_per_epoch for m in batching.MODES] == [1, 64, 8]
    for run in runs.values():
        assert len(run.step_losses) == 3 * run.steps_per_epoch == len(run.path) - 1
        assert run.epoch_losses[-1] < batching.mse(*batching.START, *batching.make_problem())
    # One point at a time is noisy: its batch losses jump around far more than the full batch's.
    assert np.std(np.diff(runs["stochastic"].step_losses)) > np.std(np.diff(runs["batch"].step_losses))


def test_least_squares_finds_the_line_the_problem_was_made_from_and_beats_its_neighbours():
    x, y = batching.make_problem()
    w, b = batching.least_squares(x, y)
    assert abs(w - 2.0) < 0.2 and abs(b - 0.5) < 0.1
    best = batching.mse(w, b, x, y)
    for dw, db in ((0.01, 0), (-0.01, 0), (0, 0.01), (0, -0.01)):
        assert best < batching.mse(w + dw, b + db, x, y)


def test_compare_on_surface_gives_the_runs_the_surface_and_the_loss_at_the_start():
    runs, (ws, bs, loss), best, start_loss = batching.compare_on_surface(2, 0.1, 8)
    assert [run.mode for run in runs] == list(batching.MODES) and loss.shape == (len(ws), len(bs))
    assert start_loss == batching.mse(*batching.START, *batching.make_problem()) > runs[0].epoch_losses[-1]


def test_batching_path_follows_the_core_sgd_rule():
    x, y = batching.make_problem(n=64)
    run = batching.train("batch", None, x, y, epochs=1, learning_rate=0.1)
    w, b = batching.START
    residual = w * x[:, 0] + b - y[:, 0]
    expected = (w - 0.1 * 2 * np.mean(residual * x[:, 0]), b - 0.1 * 2 * np.mean(residual))
    assert run.path[1] == pytest.approx(expected)


# -- 8. backprop step by step --------------------------------------------------------------------
@pytest.mark.parametrize("weights", [backprop_steps.example_weights(), backprop_steps.random_weights(7)])
def test_backprop_by_hand_equals_finite_differences_and_the_core(weights):
    x, y = (0.05, 0.10), 0.01
    trace = backprop_steps.trace(weights, x, y, learning_rate=0.5)
    numeric = backprop_steps.finite_difference_grads(weights, x, y)
    core_loss, core_grads = backprop_steps.core_check(weights, x, y)
    assert trace.loss == pytest.approx(core_loss, rel=1e-12)
    for mine, fd, core in zip(trace.grads, numeric, core_grads):
        assert mine == pytest.approx(fd, abs=1e-8)
        assert mine == pytest.approx(core, abs=1e-12)
    for old, grad, new in zip(weights, trace.grads, trace.new_weights):
        assert new == pytest.approx(np.asarray(old) - 0.5 * grad)


def test_backprop_steps_show_their_numbers():
    trace = backprop_steps.trace(backprop_steps.example_weights(), (0.05, 0.10), 0.01, 0.5)
    first = trace.forward[0]
    assert first.symbol == "z₁" and first.value == pytest.approx(0.15 * 0.05 + 0.20 * 0.10 + 0.35)
    assert "0.1500·0.0500" in first.numbers
    assert len(trace.update) == 9 and trace.steps()[-1].symbol.startswith("c")


# -- 9. inside the MNIST network -----------------------------------------------------------------
def test_inside_shows_weights_as_images_and_the_flow_of_a_digit():
    model = Sequential([Dense(16, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    images = inside.first_layer_images(model, [0, 5])
    assert images.shape == (2, 28, 28) and images[1] == pytest.approx(model.layers[0].W[:, 5].reshape(28, 28))
    digit = np.zeros((28, 28), np.uint8)
    digit[8:20, 12:16] = 255
    stages = inside.flow(model, digit)
    assert [s.shape for s in stages] == [(784,), (16,), (10,)] and stages[0].max() == 1.0
    assert stages[2].sum() == pytest.approx(1.0, abs=1e-5)
    units, values = inside.strongest_units(model, digit, count=4)
    assert values.tolist() == sorted(stages[1], reverse=True)[:4] and stages[1][units[0]] == values[0]
    assert inside.is_image_network(model) and not inside.is_image_network(None)


def test_between_stages_runs_from_input_to_relu():
    points = np.array([[1.0, -1.0], [0.5, 2.0]])
    stages = geometry.layer_stages(points, geometry.rotation_matrix(90), [0.2, -0.1])
    assert geometry.between_stages(stages, 0) == pytest.approx(points)
    assert geometry.between_stages(stages, 3) == pytest.approx(stages["relu"])
    assert geometry.between_stages(stages, 1.5) == pytest.approx((stages["matrix"] + stages["shift"]) / 2)
    joined = geometry.with_breaks(geometry.grid_lines(count=3, samples=4))
    assert joined.shape == (6 * 4 + 5, 2) and np.isnan(joined[4]).all()


def test_the_builtin_digit_has_ink():
    digit = inside.builtin_digit()
    assert digit.shape == (28, 28) and digit.dtype == np.uint8 and 50 < (digit > 0).sum() < 400


def test_projection_views_the_surface_from_above_and_from_the_side():
    bowl = surfaces.SURFACES["bowl"]
    top = surfaces.Projection(bowl, azimuth=0, elevation=90)
    x, y = top.project(np.array([3.0, -3.0]), np.array([0.0, 3.0]), np.array([9.0, 18.0]))
    assert x == pytest.approx([1.0, -1.0]) and y == pytest.approx([0.0, 1.0])  # straight down: the floor plan
    side = surfaces.Projection(bowl, azimuth=0, elevation=0)
    _, heights = side.project(np.zeros(2), np.zeros(2), np.array([0.0, 18.0]))
    assert heights == pytest.approx([0.0, 0.9], abs=1e-3)  # from the side: the height
    wx, wy = side.wireframe(lines=5)
    assert wx.shape == wy.shape and np.isnan(wx).sum() == 9
    walker = surfaces.gradient_descent(bowl, (2.0, 2.0), 0.1)
    walker.step()
    assert len(side.path(walker)[0]) == 2


def test_hidden_picture_stacks_every_hidden_layer():
    stages = [np.zeros(784), np.arange(5.0), np.arange(3.0), np.ones(10)]
    picture = inside.hidden_picture(stages, columns=4)
    assert picture.shape == (2 + 1 + 1, 4)  # 5 values in 2 rows, a gap, 3 values in 1 row
    assert picture[0].tolist() == [0, 1, 2, 3] and picture[1, 0] == 4 and np.isnan(picture[1, 1:]).all()
    assert np.isnan(picture[2]).all() and picture[3, :3].tolist() == [0, 1, 2]


@pytest.mark.usefixtures("without_mnist")
def test_local_test_digits_reads_only_what_is_on_disk(tmp_path):
    assert inside.local_test_digits(tmp_path / "empty") is None


def test_local_test_digits_from_the_real_files(mnist_dir):
    images, labels = inside.local_test_digits(mnist_dir)
    assert images.shape == (10000, 28, 28) and labels[:3].tolist() == [7, 2, 1]


def test_momentum_arrows_add_up_to_the_next_step_and_only_for_plain_momentum():
    from nnlab.concepts import surfaces
    surface = surfaces.SURFACES["valley"]
    race = surfaces.optimizer_race(surface, surface.start)
    walker = race["momentum"]
    assert surfaces.momentum_arrows(walker) is None  # no previous step yet
    for _ in range(3):
        walker.step()
    before, velocity, gradient_step = surfaces.momentum_arrows(walker)
    np.testing.assert_allclose(before, walker.path[-2])
    here = walker.point.copy()
    walker.step()
    np.testing.assert_allclose(walker.point - here, velocity + gradient_step)
    for name in ("sgd", "nesterov", "adam"):
        race[name].step()
        race[name].step()
        assert surfaces.momentum_arrows(race[name]) is None


def test_nudging_two_forward_passes_per_weight_agrees_with_backprop_and_costs_what_the_model_says():
    from nnlab.concepts import backprop_steps
    from nnlab.training.config import RunConfig
    weights, x, y = backprop_steps.example_weights(), (0.05, 0.1), 0.01
    nudges = backprop_steps.nudges(weights, x, y)
    grads = backprop_steps.trace(weights, x, y, 0.5).grads
    assert [n.name for n in nudges] == [name for name, _, _ in backprop_steps.PARAMETERS]
    for nudge, (_, array, position) in zip(nudges, backprop_steps.PARAMETERS):
        assert nudge.up != nudge.down and nudge.slope == pytest.approx(grads[array][position], abs=1e-8)
    tiny, lecture = backprop_steps.nudging_costs(weights)
    assert (tiny.parameters, tiny.forward_passes) == (9, 18)
    assert lecture.parameters == RunConfig().count_params() and lecture.forward_passes == 814_100
