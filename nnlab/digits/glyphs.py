"""Letters and symbols drawn by hand, the non-digits students draw first: they calibrate
:mod:`nnlab.digits.likeness` on what is *not* a digit, as MNIST calibrates it on what is.

Issue 27, item 3: a drawn "A" was read as "4, 65% sure", an asterisk as "4, 78%", and 27 of 34
rendered letters and symbols passed as digits. Each glyph here is a few strokes in a unit box
(x to the right, y down); :func:`hand_drawn` draws one as a hand would, slanted, stretched, shaky,
with a pen of some width. Glyphs that a digit is written like (O, I, l, S, Z, B, g, q, b, G, "/",
"|") are left out: calling them digits is no mistake.
"""

from __future__ import annotations

import numpy as np

from nnlab.digits.scribbles import strokes_image


def _arc(cx, cy, rx, ry, start, end, points=12):
    """Points of an elliptic arc, angles in degrees (0 = right, 90 = down)."""
    angles = np.radians(np.linspace(start, end, points))
    return list(zip(cx + rx * np.cos(angles), cy + ry * np.sin(angles)))


GLYPHS = {
    "A": [[(0.1, 1.0), (0.5, 0.0), (0.9, 1.0)], [(0.27, 0.6), (0.73, 0.6)]],
    "E": [[(0.85, 0.0), (0.15, 0.0), (0.15, 1.0), (0.85, 1.0)], [(0.15, 0.5), (0.7, 0.5)]],
    "F": [[(0.85, 0.0), (0.15, 0.0), (0.15, 1.0)], [(0.15, 0.5), (0.7, 0.5)]],
    "H": [[(0.15, 0.0), (0.15, 1.0)], [(0.85, 0.0), (0.85, 1.0)], [(0.15, 0.5), (0.85, 0.5)]],
    "K": [[(0.15, 0.0), (0.15, 1.0)], [(0.85, 0.0), (0.15, 0.55)], [(0.35, 0.42), (0.85, 1.0)]],
    "M": [[(0.05, 1.0), (0.15, 0.0), (0.5, 0.7), (0.85, 0.0), (0.95, 1.0)]],
    "N": [[(0.15, 1.0), (0.15, 0.0), (0.85, 1.0), (0.85, 0.0)]],
    "T": [[(0.05, 0.0), (0.95, 0.0)], [(0.5, 0.0), (0.5, 1.0)]],
    "V": [[(0.05, 0.0), (0.5, 1.0), (0.95, 0.0)]],
    "W": [[(0.0, 0.0), (0.25, 1.0), (0.5, 0.35), (0.75, 1.0), (1.0, 0.0)]],
    "X": [[(0.1, 0.0), (0.9, 1.0)], [(0.9, 0.0), (0.1, 1.0)]],
    "Y": [[(0.1, 0.0), (0.5, 0.5), (0.9, 0.0)], [(0.5, 0.5), (0.5, 1.0)]],
    "C": [_arc(0.55, 0.5, 0.45, 0.5, 40, 320)],
    "D": [[(0.15, 0.0), (0.15, 1.0)], [(0.15, 0.0), *_arc(0.4, 0.5, 0.45, 0.5, -90, 90), (0.15, 1.0)]],
    "P": [[(0.15, 1.0), (0.15, 0.0)], [(0.15, 0.0), *_arc(0.45, 0.27, 0.4, 0.27, -90, 90), (0.15, 0.54)]],
    "R": [[(0.15, 1.0), (0.15, 0.0)], [(0.15, 0.0), *_arc(0.45, 0.27, 0.4, 0.27, -90, 90), (0.15, 0.54)],
          [(0.4, 0.54), (0.85, 1.0)]],
    "U": [[(0.15, 0.0), *_arc(0.5, 0.62, 0.35, 0.38, 180, 0), (0.85, 0.0)]],
    "e": [[(0.1, 0.55), (0.9, 0.55), *_arc(0.5, 0.55, 0.4, 0.45, 0, -300)]],
    "L": [[(0.15, 0.0), (0.15, 1.0), (0.85, 1.0)]],
    "J": [[(0.3, 0.0), (0.9, 0.0)], [(0.7, 0.0), (0.7, 0.7), *_arc(0.45, 0.7, 0.25, 0.3, 0, 160)]],
    "h": [[(0.15, 0.0), (0.15, 1.0)], [(0.15, 0.55), *_arc(0.5, 0.6, 0.35, 0.2, 180, 360), (0.85, 1.0)]],
    "n": [[(0.15, 0.35), (0.15, 1.0)], [(0.15, 0.6), *_arc(0.5, 0.6, 0.35, 0.25, 180, 360), (0.85, 1.0)]],
    "m": [[(0.05, 0.35), (0.05, 1.0)], [(0.05, 0.6), *_arc(0.27, 0.6, 0.22, 0.25, 180, 360), (0.5, 1.0)],
          [(0.5, 0.6), *_arc(0.72, 0.6, 0.22, 0.25, 180, 360), (0.95, 1.0)]],
    "r": [[(0.2, 0.3), (0.2, 1.0)], [(0.2, 0.6), *_arc(0.55, 0.6, 0.35, 0.3, 180, 290)]],
    "t": [[(0.45, 0.0), (0.45, 0.85), *_arc(0.65, 0.85, 0.2, 0.15, 180, 60)], [(0.15, 0.3), (0.8, 0.3)]],
    "?": [[*_arc(0.5, 0.25, 0.35, 0.25, 190, 400), (0.5, 0.6), (0.5, 0.72)], [(0.5, 0.95), (0.5, 1.0)]],
    "%": [[(0.9, 0.0), (0.1, 1.0)], _arc(0.22, 0.2, 0.15, 0.18, 0, 360), _arc(0.78, 0.8, 0.15, 0.18, 0, 360)],
    "*": [[(0.5, 0.0), (0.5, 1.0)], [(0.07, 0.25), (0.93, 0.75)], [(0.93, 0.25), (0.07, 0.75)]],
    "#": [[(0.35, 0.0), (0.25, 1.0)], [(0.75, 0.0), (0.65, 1.0)], [(0.0, 0.33), (1.0, 0.33)],
          [(0.0, 0.67), (1.0, 0.67)]],
    "+": [[(0.5, 0.0), (0.5, 1.0)], [(0.0, 0.5), (1.0, 0.5)]],
    "=": [[(0.0, 0.3), (1.0, 0.3)], [(0.0, 0.7), (1.0, 0.7)]],
    "<": [[(0.9, 0.0), (0.1, 0.5), (0.9, 1.0)]],
    ">": [[(0.1, 0.0), (0.9, 0.5), (0.1, 1.0)]],
    "&": [[(0.95, 1.0), *_arc(0.45, 0.25, 0.25, 0.25, 45, -225), (0.15, 0.75), *_arc(0.4, 0.75, 0.3, 0.25, 180, 45),
           (0.95, 0.55)]],
    "@": [[*_arc(0.55, 0.55, 0.15, 0.2, 0, 360), (0.7, 0.75), (0.85, 0.7), *_arc(0.5, 0.5, 0.45, 0.5, 0, -330)]],
}
"""Each glyph: strokes, each a list of (x, y) points in the unit box."""


SERIF_SHARE = 0.3  # of glyphs drawn as printed, with serifs (chosen on DejaVu Serif Condensed & co, not on the
# four fonts the tests print in): without them a serif "F" or "J" passed as a digit far more often


def _serifs(points: np.ndarray) -> list[np.ndarray]:
    """Short bars across the free ends of an upright straight stroke, as a printed letter has."""
    bars = []
    for end, before in ((points[0], points[1]), (points[-1], points[-2])):
        dx, dy = end - before
        if abs(dy) > 2 * abs(dx):
            bars.append(np.array([[end[0] - 0.12, end[1]], [end[0] + 0.12, end[1]]]))
    return bars


def hand_drawn(char: str, rng: np.random.Generator, size: int = 140) -> np.ndarray:
    """``char`` as a hand draws it on a (size, size) sheet, light ink on black like the Draw page:
    a random slant, height, width, position, pen width and a little shake of every point; now and
    then with serifs, as printed."""
    height = rng.uniform(0.45, 0.8) * size
    width = height * rng.uniform(0.6, 1.1)
    slant = rng.uniform(-0.25, 0.25)
    left = rng.uniform(0.1 * size, size - width - 0.1 * size) if size - width > 0.2 * size else 0.1 * size
    top = rng.uniform(0.1 * size, size - height - 0.1 * size) if size - height > 0.2 * size else 0.1 * size
    serifs = rng.random() < SERIF_SHARE
    strokes = []
    for stroke in GLYPHS[char]:
        points = np.asarray(stroke, np.float64)
        points = points + rng.normal(0, 0.025, points.shape)
        pieces = [points, *(_serifs(points) if serifs and len(stroke) <= 4 else ())]
        for piece in pieces:
            xs = left + (piece[:, 0] + slant * (1 - piece[:, 1])) * width
            ys = top + piece[:, 1] * height
            strokes.append(np.column_stack([xs, ys]))
    # from a fine pen to a bold font's stroke: printed letters are calibrated on too
    return strokes_image(strokes, width=float(rng.uniform(0.05, 0.17) * size), size=size)


def sample(count: int, seed: int, chars=None) -> tuple[np.ndarray, list[str]]:
    """``count`` hand-drawn glyphs (cycling through ``chars``, all by default) and which each is."""
    rng = np.random.default_rng(seed)
    chars = list(chars or GLYPHS)
    names = [chars[i % len(chars)] for i in range(count)]
    return np.stack([hand_drawn(name, rng) for name in names]), names
