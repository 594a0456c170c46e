"""A layer as geometry: ``relu(W x + b)`` bends, rotates, shifts and folds the plane.

The demo pushes a shape through the three stages one at a time so the student sees which part
of the formula does what: the matrix turns and stretches, ``+ b`` slides, ReLU folds onto the
positive quadrant.
"""

from __future__ import annotations

import numpy as np

# A hand-drawn "2" on a 7x5 grid: enough of a digit to see it rotate and shear without data files.
DIGIT_TWO = ("01110",
              "10001",
              "00001",
              "00010",
              "00100",
              "01000",
              "11111")


def rotation_matrix(degrees: float) -> np.ndarray:
    """[[cos t, -sin t], [sin t, cos t]]: turns every point by ``degrees`` counter-clockwise."""
    t = np.deg2rad(degrees)
    return np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])


def grid_lines(half: float = 1.0, count: int = 9, samples: int = 41) -> list[np.ndarray]:
    """Horizontal and vertical lines of a square grid, each as an (samples, 2) polyline."""
    ticks = np.linspace(-half, half, count)
    run = np.linspace(-half, half, samples)
    return ([np.column_stack([run, np.full(samples, t)]) for t in ticks]
            + [np.column_stack([np.full(samples, t), run]) for t in ticks])


def point_cloud(n: int = 300, seed: int = 0) -> np.ndarray:
    """A soft, round cloud of points around the origin."""
    return np.random.default_rng(seed).normal(scale=0.45, size=(n, 2))


def digit_points(image: np.ndarray | None = None, threshold: float = 0.5) -> np.ndarray:
    """The ink pixels of a digit image (28x28 from MNIST, or the built-in "2") as points in [-1, 1]^2."""
    if image is None:  # each bitmap cell becomes 3x3 points, so the digit reads as strokes, not dots
        image = np.kron(np.array([[int(c) for c in row] for row in DIGIT_TWO], dtype=float), np.ones((3, 3)))
    image = np.asarray(image, dtype=float)
    image = image / max(float(image.max()), 1e-12)
    rows, cols = np.nonzero(image >= threshold)
    size = max(image.shape) - 1
    return np.column_stack([2 * cols / size - 1, 1 - 2 * rows / size]) * 0.9


def layer_stages(points: np.ndarray, matrix: np.ndarray, bias, relu: bool = True) -> dict[str, np.ndarray]:
    """The points after each part of a layer: ``input``, ``W x``, ``W x + b`` and ``relu(W x + b)``.

    Points are rows, so ``W x`` for each column vector x is ``points @ W.T``.
    """
    points = np.asarray(points, dtype=np.float64)
    turned = points @ np.asarray(matrix, dtype=np.float64).T
    shifted = turned + np.asarray(bias, dtype=np.float64)
    return {"input": points, "matrix": turned, "shift": shifted,
            "relu": np.maximum(shifted, 0.0) if relu else shifted}


def determinant(matrix: np.ndarray) -> float:
    """How much the matrix scales areas (negative: it also mirrors)."""
    return float(np.linalg.det(np.asarray(matrix, dtype=np.float64)))


STAGES = ("input", "matrix", "shift", "relu")


def between_stages(stages: dict[str, np.ndarray], t: float) -> np.ndarray:
    """The points part-way through the layer: ``t`` runs from 0 (input) to 3 (after ReLU), and
    between two stages every point moves along a straight line, so the animation is smooth."""
    t = float(np.clip(t, 0.0, len(STAGES) - 1))
    k = min(int(t), len(STAGES) - 2)
    f = t - k
    return (1 - f) * stages[STAGES[k]] + f * stages[STAGES[k + 1]]


def with_breaks(polylines: list[np.ndarray]) -> np.ndarray:
    """Polylines joined into one array with NaN rows between them (drawn as separate lines)."""
    gap = np.full((1, 2), np.nan)
    return np.concatenate([part for line in polylines for part in (line, gap)])[:-1]
