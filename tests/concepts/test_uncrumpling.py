"""The crumpled paper: each step of the network maps a plane to a plane, the last plane's line is the
network's decision, and the network learns to flatten the classes until that line separates them."""

import numpy as np
import pytest

from nnlab.concepts import uncrumpling


def test_every_step_maps_the_plane_to_a_plane_and_the_line_is_the_decision():
    model = uncrumpling.Uncrumpler("moons", depth=3, width=8, points=120, seed=0)
    picture = model.train(50)
    assert picture.steps == 50 and len(picture.points) == len(picture.grid) == 4
    np.testing.assert_array_equal(picture.points[0], model.x)
    assert all(plane.shape == (120, 2) for plane in picture.points)
    w, c = picture.line
    side = (picture.points[-1] @ w + c > 0).astype(int)
    np.testing.assert_array_equal(side, model.model.predict(model.x).argmax(axis=1))
    assert picture.accuracy == pytest.approx(float(np.mean(side == model.y)))


def test_learns_to_separate_the_moons_by_a_line():
    model = uncrumpling.Uncrumpler("moons", depth=2, width=16, points=200, seed=0)
    for _ in range(100):
        picture = model.train()
        if picture.accuracy == 1.0:
            break
    assert model.separated and picture.accuracy == 1.0
    w, c = picture.line
    side = picture.points[-1] @ w + c > 0
    assert np.all(side == (model.y == 1))  # every point on its class's side of the line


def test_refuses_settings_that_would_not_train_live():
    assert not uncrumpling.too_slow(**uncrumpling.DEFAULTS)
    assert uncrumpling.too_slow(12, 256, 5000)
    for bad in ({"depth": 0}, {"width": 1}, {"points": 10**7}):
        with pytest.raises(ValueError):
            uncrumpling.Uncrumpler("spirals", **{**uncrumpling.DEFAULTS, **bad})


def test_between_planes_and_the_line_across_the_view():
    a, b = np.zeros((3, 2)), np.ones((3, 2))
    np.testing.assert_allclose(uncrumpling.between(a, b, 0.25), 0.25)
    np.testing.assert_allclose(uncrumpling.between(a, b, 7), 1.0)
    ends = uncrumpling.line_segment(np.array([1.0, 0.0]), -0.5, 1.0)  # x = 0.5
    np.testing.assert_allclose(ends[:, 0], 0.5)
    assert np.isnan(uncrumpling.line_segment(np.zeros(2), 1.0, 1.0)).all()
