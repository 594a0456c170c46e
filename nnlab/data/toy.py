"""Small 2-D classification sets and 1-D regression points for the Concepts page.

Each set shows one idea: "linear" is what a single neuron can separate, "xor" is the classic set
it cannot, "circles", "moons" and "spirals" need hidden layers of growing depth. Every point lies
roughly in [-1.2, 1.2]^2 so the demos can share one view, the two classes are balanced (sizes differ
by at most one) and shuffled, and the same seed always gives the same points.
"""

from __future__ import annotations

import numpy as np

TOY_DATASETS = ("linear", "xor", "circles", "moons", "spirals")
"""Names accepted by :func:`make_dataset`, from easiest to hardest."""

DEFAULT_NOISE = {"linear": 0.15, "xor": 0.08, "circles": 0.06, "moons": 0.08, "spirals": 0.04}


def make_dataset(name: str, n: int = 200, noise: float | None = None, seed: int | None = 0
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(X, y)``: X float64 of shape (n, 2), y int64 of shape (n,) with labels 0 and 1.

    ``noise`` (default: a per-set value that keeps the shape visible) scatters the points; for
    "linear" it only spreads them away from the line, so that set stays linearly separable.
    """
    if name not in TOY_DATASETS:
        raise ValueError(f"unknown toy data set {name!r}; choose one of {', '.join(TOY_DATASETS)}")
    if n < 2:
        raise ValueError(f"a toy data set needs at least 2 points (one per class), not {n}")
    rng = np.random.default_rng(seed)
    noise = DEFAULT_NOISE[name] if noise is None else float(noise)
    counts = (n // 2, n - n // 2)
    parts = [_MAKERS[name](rng, count, label, noise) for label, count in enumerate(counts)]
    points = np.concatenate(parts)
    labels = np.repeat(np.arange(2, dtype=np.int64), counts)
    order = rng.permutation(n)
    return points[order], labels[order]


def make_regression_points(n: int = 20, degree: int = 3, noise: float = 0.1, seed: int | None = 0
                           ) -> tuple[np.ndarray, np.ndarray]:
    """``n`` noisy samples ``(x, y)`` of a random polynomial of ``degree``, x sorted in [-1, 1].

    The curve is scaled so y spans about [-1, 1] whatever the degree; fitting it with a lower,
    equal and higher degree shows under- and overfitting.
    """
    if n < 1 or degree < 0:
        raise ValueError(f"need n >= 1 and degree >= 0, not n={n}, degree={degree}")
    rng = np.random.default_rng(seed)
    coefficients = rng.uniform(-1.0, 1.0, degree + 1)
    grid = np.polynomial.polynomial.polyval(np.linspace(-1.0, 1.0, 201), coefficients)
    coefficients /= max(np.abs(grid).max(), 1e-9)
    x = np.sort(rng.uniform(-1.0, 1.0, n))
    y = np.polynomial.polynomial.polyval(x, coefficients) + noise * rng.standard_normal(n)
    return x, y


def _linear(rng, count, label, noise):
    """Points on one side of a tilted line, kept at least a margin away from it."""
    along = rng.uniform(-1.0, 1.0, count)
    away = 0.08 + 0.45 * rng.uniform(0.0, 1.0, count) + np.abs(noise * rng.standard_normal(count))
    direction, normal = np.array([0.8, 0.6]), np.array([-0.6, 0.8])
    side = 1.0 if label else -1.0
    return along[:, None] * direction + (side * away)[:, None] * normal


def _xor(rng, count, label, noise):
    """Class 0 in the quadrants where x and y have the same sign, class 1 where they differ."""
    signs = rng.choice([-1.0, 1.0], size=count)
    corners = np.column_stack([signs, signs if label == 0 else -signs])
    return corners * rng.uniform(0.1, 1.0, (count, 2)) + noise * rng.standard_normal((count, 2))


def _circles(rng, count, label, noise):
    """Class 0 on an outer ring of radius 1, class 1 on an inner ring of radius 0.45."""
    radius = (1.0 if label == 0 else 0.45) + noise * rng.standard_normal(count)
    return _polar(radius, rng.uniform(0.0, 2.0 * np.pi, count))


def _moons(rng, count, label, noise):
    """Two interlocking half circles (as scikit-learn's make_moons), centred and scaled to the view."""
    angle = rng.uniform(0.0, np.pi, count)
    if label == 0:
        points = np.column_stack([np.cos(angle), np.sin(angle)])
    else:
        points = np.column_stack([1.0 - np.cos(angle), 0.5 - np.sin(angle)])
    points = (points - [0.5, 0.25]) * 0.75
    return points + noise * rng.standard_normal((count, 2))


def _spirals(rng, count, label, noise):
    """Two arms winding 1.75 turns around the origin, the second rotated by half a turn."""
    turn = np.sqrt(rng.uniform(0.0, 1.0, count))  # sqrt: even density along the arm
    radius = 0.05 + turn
    angle = 3.5 * np.pi * turn + np.pi * label
    return _polar(radius, angle) + noise * rng.standard_normal((count, 2))


def _polar(radius, angle):
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


_MAKERS = {"linear": _linear, "xor": _xor, "circles": _circles, "moons": _moons, "spirals": _spirals}
