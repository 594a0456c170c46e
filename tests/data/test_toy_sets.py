"""The 2-D toy sets and the regression points: shapes, balance, reproducibility, and their shape."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.data import TOY_DATASETS, make_dataset, make_regression_points


@pytest.mark.parametrize("name", TOY_DATASETS)
@pytest.mark.parametrize("n", [200, 51, 2])
def test_shapes_types_and_balanced_classes(name, n):
    X, y = make_dataset(name, n=n, seed=3)
    assert X.shape == (n, 2) and X.dtype == np.float64
    assert y.shape == (n,) and y.dtype == np.int64
    assert sorted(set(y.tolist())) == [0, 1]
    assert abs(np.count_nonzero(y == 0) - np.count_nonzero(y == 1)) <= 1
    assert np.all(np.abs(X) < 2.0)


@pytest.mark.parametrize("name", TOY_DATASETS)
def test_same_seed_same_points_other_seed_other_points(name):
    X1, y1 = make_dataset(name, seed=7)
    X2, y2 = make_dataset(name, seed=7)
    X3, _ = make_dataset(name, seed=8)
    np.testing.assert_array_equal(X1, X2)
    np.testing.assert_array_equal(y1, y2)
    assert not np.allclose(X1, X3)


def test_classes_are_shuffled_not_in_two_blocks():
    _, y = make_dataset("moons", n=100)
    assert 0 < np.count_nonzero(y[:50]) < 50


@pytest.mark.parametrize("noise", [0.0, 0.15, 0.6])
def test_linear_stays_linearly_separable_at_any_noise(noise):
    X, y = make_dataset("linear", n=500, noise=noise, seed=1)
    side = X @ np.array([-0.6, 0.8])
    assert np.all((side > 0) == (y == 1))
    assert np.abs(side).min() >= 0.08 - 1e-12  # a visible margin around the line


def test_xor_labels_are_the_sign_disagreement_without_noise():
    X, y = make_dataset("xor", n=300, noise=0.0)
    assert np.all((X[:, 0] * X[:, 1] < 0) == (y == 1))


def test_circles_inner_class_is_inside_without_noise():
    X, y = make_dataset("circles", n=300, noise=0.0)
    radius = np.hypot(X[:, 0], X[:, 1])
    np.testing.assert_allclose(radius[y == 0], 1.0)
    np.testing.assert_allclose(radius[y == 1], 0.45)


def test_moons_lie_on_two_half_circles_without_noise():
    X, y = make_dataset("moons", n=200, noise=0.0)
    unscaled = X / 0.75 + [0.5, 0.25]
    np.testing.assert_allclose(np.hypot(*unscaled[y == 0].T), 1.0)
    np.testing.assert_allclose(np.hypot(unscaled[y == 1, 0] - 1.0, unscaled[y == 1, 1] - 0.5), 1.0)


def test_spiral_points_lie_on_two_arms_half_a_turn_apart():
    """Without noise every point sits on its arm: r = 0.05 + t at angle 3.5 pi t (+ pi for arm 1)."""
    X, y = make_dataset("spirals", n=400, noise=0.0, seed=2)
    radius = np.hypot(X[:, 0], X[:, 1])
    turn = radius - 0.05
    angle = 3.5 * np.pi * turn + np.pi * y
    np.testing.assert_allclose(X, np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]), atol=1e-12)


def test_noise_scatters_points():
    X0, y0 = make_dataset("circles", n=300, noise=0.0)
    X1, _ = make_dataset("circles", n=300, noise=0.2)
    assert np.hypot(*X1[y0 == 0].T).std() > 5 * np.hypot(*X0[y0 == 0].T).std() + 0.05


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="choose one of linear, xor"):
        make_dataset("blobs")
    with pytest.raises(ValueError, match="at least 2 points"):
        make_dataset("xor", n=1)


@pytest.mark.parametrize("degree", [0, 1, 3, 6])
def test_regression_points_follow_a_polynomial_of_the_degree(degree):
    x, y = make_regression_points(n=30, degree=degree, noise=0.0, seed=4)
    assert x.shape == y.shape == (30,)
    assert np.all(np.diff(x) >= 0) and np.all(np.abs(x) <= 1.0)
    coefficients = np.polynomial.polynomial.polyfit(x, y, degree)
    np.testing.assert_allclose(np.polynomial.polynomial.polyval(x, coefficients), y, atol=1e-9)
    assert np.abs(y).max() <= 1.0 + 1e-9
    if degree >= 1:
        lower = np.polynomial.polynomial.polyfit(x, y, degree - 1)
        assert np.abs(np.polynomial.polynomial.polyval(x, lower) - y).max() > 1e-3


def test_regression_points_reproducible_and_noisy():
    first = make_regression_points(n=25, noise=0.1, seed=9)
    np.testing.assert_array_equal(first[1], make_regression_points(n=25, noise=0.1, seed=9)[1])
    clean = make_regression_points(n=25, noise=0.0, seed=9)
    assert 0.03 < np.std(first[1] - clean[1]) < 0.2
    with pytest.raises(ValueError):
        make_regression_points(n=0)
