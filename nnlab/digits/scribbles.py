"""Drawings that are not digits, made on demand: a dot, a line, a scribble, two digits side by side.

They calibrate and test :mod:`nnlab.digits.likeness`: a classroom's first non-digits are exactly
these (without the check, a scribble was read as "7, 100% sure", a dot as "0, 99%", "12" as "4, 94%").
Drawn like the Draw page draws: round strokes on a 280x280 sheet, light ink on black.
"""

from __future__ import annotations

import numpy as np

SHEET = 280


def strokes_image(strokes, width: float = 20.0, size: int = SHEET) -> np.ndarray:
    """A (size, size) float32 picture of round-capped strokes; each stroke is a list of (x, y) points."""
    rows, cols = np.mgrid[0:size, 0:size].astype(np.float32)
    image = np.zeros((size, size), np.float32)
    for points in strokes:
        points = np.asarray(points, np.float32).reshape(-1, 2)
        segments = zip(points[:-1], points[1:]) if len(points) > 1 else [(points[0], points[0])]
        for (x0, y0), (x1, y1) in segments:
            dx, dy = x1 - x0, y1 - y0
            length = max(float(dx * dx + dy * dy), 1e-9)
            t = np.clip(((cols - x0) * dx + (rows - y0) * dy) / length, 0.0, 1.0)
            distance = np.hypot(cols - (x0 + t * dx), rows - (y0 + t * dy))
            image = np.maximum(image, (distance <= width / 2).astype(np.float32))
    return image


def scribble(rng: np.random.Generator) -> np.ndarray:
    """A tangle: a random walk of 15 to 40 points."""
    walk = np.cumsum(rng.normal(0, 45, (int(rng.integers(15, 40)), 2)), axis=0) + SHEET / 2
    return strokes_image([np.clip(walk, 20, SHEET - 20)], width=float(rng.integers(12, 28)))


def dot(rng: np.random.Generator) -> np.ndarray:
    """One press of the pen: a filled disc."""
    centre = SHEET / 2 + rng.normal(0, 30, 2)
    return strokes_image([[centre]], width=float(rng.integers(8, 40)))


def line(rng: np.random.Generator) -> np.ndarray:
    """A horizontal dash (a vertical one would be a fine "1")."""
    y = rng.uniform(60, 220)
    return strokes_image([[(rng.uniform(20, 80), y), (rng.uniform(200, 260), y + rng.normal(0, 12))]],
                         width=float(rng.integers(12, 28)))


def zigzag(rng: np.random.Generator) -> np.ndarray:
    """A saw-tooth across the sheet."""
    count = int(rng.integers(6, 12))
    xs = np.linspace(20, SHEET - 20, count)
    ys = np.where(np.arange(count) % 2, 60, 220) + rng.normal(0, 10, count)
    return strokes_image([np.column_stack([xs, ys])], width=float(rng.integers(12, 28)))


def two_digits(rng: np.random.Generator, digits: np.ndarray) -> np.ndarray:
    """Two digits side by side ("12"), from an (n, 28, 28) array of real ones."""
    first, second = digits[rng.integers(len(digits), size=2)]
    return np.concatenate([first, second], axis=1).astype(np.float32) / 255.0


SHAPES = {"scribble": scribble, "dot": dot, "line": line, "zigzag": zigzag}
