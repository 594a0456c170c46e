"""One neuron, ``a = f(w·x + b)``: the activation functions and what w and b do to them.

Everything is computed by the core's own activations (``activations.get(name)`` and its
``derivative``), the very functions the network layers call.
"""

from __future__ import annotations

import numpy as np

from nnlab.core import activations

CHOICES = ("sigmoid", "tanh", "relu")


def curve(name: str, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(f(z), f'(z))`` for the activation ``name``."""
    function = activations.get(name)
    z = np.asarray(z, dtype=np.float64)
    return function(z), function.derivative(z)


def neuron_1d(name: str, w: float, b: float, x: np.ndarray) -> np.ndarray:
    """A neuron with one input: the activation's curve stretched by w and slid by b.

    Its step (or bend) sits where ``w x + b = 0``, at ``x = -b / w``.
    """
    return activations.get(name)(w * np.asarray(x, dtype=np.float64) + b)


def neuron_2d(name: str, w, b: float, bounds=(-3.0, 3.0, -3.0, 3.0), resolution: int = 120) -> np.ndarray:
    """A neuron with two inputs on a grid, indexed ``[ix, iy]``: constant along lines ``w·x = const``,
    so its edge is the straight line ``w·x + b = 0`` perpendicular to ``w``."""
    xs = np.linspace(bounds[0], bounds[1], resolution)
    ys = np.linspace(bounds[2], bounds[3], resolution)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    return activations.get(name)(w[0] * gx + w[1] * gy + b)


def threshold(w: float, b: float) -> float | None:
    """Where the neuron switches (``w x + b = 0``), or None when w = 0 and it never does."""
    return None if w == 0 else -b / w
