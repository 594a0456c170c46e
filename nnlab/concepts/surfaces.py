"""Loss surfaces to descend: a bowl, a narrow valley, a saddle, several minima, Rosenbrock.

Every descent here is taken by the core optimizers themselves (``optimizers.get(name)
.apply_gradients``) on a point of one or two coordinates, exactly as they update a network's
weights during real training: what the student sees in the race is what trains the MNIST net.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from nnlab.core import optimizers


@dataclass(frozen=True)
class Surface:
    """A loss function of one or two parameters with its analytic gradient.

    ``rates`` are the learning rates (too small, reasonable, too large) for plain gradient descent;
    ``step`` is the typical step length adaptive optimizers should take here (their learning rate).
    """

    key: str
    dim: int
    function: Callable[..., np.ndarray]
    gradient_function: Callable[..., tuple]
    bounds: tuple  # (xmin, xmax) for 1-D, (xmin, xmax, ymin, ymax) for 2-D
    start: tuple
    rates: tuple
    step: float
    log_shading: bool = False
    minima: tuple = field(default=())

    def value(self, point) -> float:
        return float(self.function(*np.asarray(point, dtype=np.float64)))

    def gradient(self, point) -> np.ndarray:
        return np.array(self.gradient_function(*np.asarray(point, dtype=np.float64)), dtype=np.float64)

    def grid(self, resolution: int = 200) -> tuple[np.ndarray, ...]:
        """Samples for drawing: ``(xs, values)`` in 1-D, ``(xs, ys, values[ix, iy])`` in 2-D."""
        xs = np.linspace(self.bounds[0], self.bounds[1], resolution)
        if self.dim == 1:
            return xs, self.function(xs)
        ys = np.linspace(self.bounds[2], self.bounds[3], resolution)
        gx, gy = np.meshgrid(xs, ys, indexing="ij")
        return xs, ys, self.function(gx, gy)

    def extent(self) -> float:
        return float(max(abs(b) for b in self.bounds))


def _wells(x, y, wells):
    """Sum of Gaussian wells ``-depth * exp(-|p - c|^2 / width)`` and its gradient."""
    value, gx, gy = 0.0, 0.0, 0.0
    for cx, cy, depth, width in wells:
        g = depth * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / width)
        value = value - g
        gx = gx + g * 2 * (x - cx) / width
        gy = gy + g * 2 * (y - cy) / width
    return value, gx, gy


_WELLS = ((1.6, 1.0, 1.6, 1.2), (-1.5, -1.2, 1.1, 0.9), (-1.3, 1.7, 0.8, 0.6))


def _several(x, y):
    return 0.06 * (x ** 2 + y ** 2) + _wells(x, y, _WELLS)[0]


def _several_gradient(x, y):
    _, gx, gy = _wells(x, y, _WELLS)
    return 0.12 * x + gx, 0.12 * y + gy


SURFACES = {s.key: s for s in (
    Surface("parabola", 1, lambda x: x ** 2, lambda x: (2 * x,),
            (-3.0, 3.0), (2.6,), (0.02, 0.3, 1.1), 0.3, minima=((0.0,),)),
    Surface("wavy", 1, lambda x: x ** 4 / 4 - x ** 2 + 0.3 * x, lambda x: (x ** 3 - 2 * x + 0.3,),
            (-2.2, 2.2), (2.0,), (0.005, 0.08, 0.8), 0.3, minima=((-1.48,), (1.33,))),
    Surface("bowl", 2, lambda x, y: x ** 2 + y ** 2, lambda x, y: (2 * x, 2 * y),
            (-3.0, 3.0, -3.0, 3.0), (-2.4, 2.0), (0.02, 0.3, 1.1), 0.3, minima=((0.0, 0.0),)),
    Surface("valley", 2, lambda x, y: 0.1 * x ** 2 + 2 * y ** 2, lambda x, y: (0.2 * x, 4 * y),
            (-5.0, 5.0, -3.0, 3.0), (-4.5, 1.5), (0.02, 0.2, 0.6), 0.3, minima=((0.0, 0.0),)),
    Surface("saddle", 2, lambda x, y: 0.5 * x ** 2 + 0.25 * y ** 4 - 0.5 * y ** 2,
            lambda x, y: (x, y ** 3 - y),
            (-3.0, 3.0, -2.0, 2.0), (-2.6, 0.02), (0.03, 0.3, 2.2), 0.2, minima=((0.0, 1.0), (0.0, -1.0))),
    Surface("minima", 2, _several, _several_gradient,
            (-3.5, 3.5, -3.5, 3.5), (-0.2, -3.0), (0.05, 0.5, 3.5), 0.3,
            minima=((1.6, 1.0), (-1.5, -1.2), (-1.3, 1.7))),
    Surface("rosenbrock", 2, lambda x, y: (1 - x) ** 2 + 100 * (y - x ** 2) ** 2,
            lambda x, y: (-2 * (1 - x) - 400 * x * (y - x ** 2), 200 * (y - x ** 2)),
            (-2.0, 2.0, -1.0, 3.0), (-1.5, 2.5), (0.0003, 0.002, 0.0032), 0.1,
            log_shading=True, minima=((1.0, 1.0),)),
)}


def race_hyperparameters(surface: Surface) -> dict[str, dict]:
    """Settings that let each of the seven optimizers show its character on ``surface``.

    The momentum family shares plain SGD's rate; the adaptive ones get a rate in units of
    parameter change (``surface.step``). Adadelta has no learning rate to speak of: its own
    running averages set the step, so it is given a larger epsilon to get moving on a toy problem.
    """
    rate, step = surface.rates[1], surface.step
    return {
        "sgd": {"learning_rate": rate / 3},
        "momentum": {"learning_rate": rate / 3, "momentum": 0.9},
        "nesterov": {"learning_rate": rate / 3, "momentum": 0.9},
        "adagrad": {"learning_rate": step * 2},
        "adadelta": {"learning_rate": 1.0, "rho": 0.95, "epsilon": step * step * 0.01},
        "rmsprop": {"learning_rate": step / 5},
        "adam": {"learning_rate": step / 2},
    }


class Descent:
    """One walk downhill: a point updated in place by a core optimizer, with its path so far."""

    def __init__(self, surface: Surface, start, optimizer):
        self.surface = surface
        self.optimizer = optimizer
        self.point = np.array(start, dtype=np.float64).reshape(surface.dim)
        self.path = [self.point.copy()]
        self.losses = [surface.value(self.point)]
        self.diverged = False

    def step(self) -> None:
        """One update ``point <- optimizer(point, gradient)``; stops for good once it flies away."""
        if self.diverged:
            return
        self.optimizer.apply_gradients([(self.surface.gradient(self.point), self.point)])
        value = self.surface.value(self.point)
        if not (np.all(np.isfinite(self.point)) and np.isfinite(value)) \
                or np.abs(self.point).max() > 1e3 * self.surface.extent():
            self.diverged = True
            return
        self.path.append(self.point.copy())
        self.losses.append(value)

    def path_array(self) -> np.ndarray:
        return np.array(self.path)


def gradient_descent(surface: Surface, start, learning_rate: float) -> Descent:
    return Descent(surface, start, optimizers.get("sgd", learning_rate=learning_rate))


def learning_rate_trio(surface: Surface, start) -> list[Descent]:
    """Plain gradient descent with a too small, a reasonable and a too large learning rate."""
    return [gradient_descent(surface, start, rate) for rate in surface.rates]


def optimizer_race(surface: Surface, start) -> dict[str, Descent]:
    """The seven core optimizers, each from the same start on the same surface."""
    settings = race_hyperparameters(surface)
    return {name: Descent(surface, start, optimizers.get(name, **settings[name])) for name in optimizers.NAMES}


class Projection:
    """A 3-D picture of a 2-D surface drawn with plain lines: an orthographic view from ``azimuth``
    degrees around the vertical and ``elevation`` degrees above the floor (90: straight down).

    No OpenGL is needed, so the 3-D view works on every computer, also without a graphics card.
    Coordinates are scaled to a unit box first: x and y to [-1, 1], the height to [0, 0.9] (on a log
    scale where the surface's shading is logarithmic, so Rosenbrock's valley stays visible).
    """

    def __init__(self, surface: Surface, azimuth: float = -35.0, elevation: float = 35.0, resolution: int = 60):
        self.surface, self.azimuth, self.elevation = surface, azimuth, elevation
        xs, ys, values = surface.grid(resolution)
        self._low = float(values.min())
        heights = self._lift(values)
        self._top = float(heights.max()) or 1.0
        self.grid = (xs, ys, values)

    def _lift(self, values):
        values = np.asarray(values, dtype=np.float64)
        return np.log10(values - self._low + 1.0) if self.surface.log_shading else values - self._low

    def project(self, x, y, value) -> tuple[np.ndarray, np.ndarray]:
        """Screen coordinates of the surface points (x, y, value)."""
        b = self.surface.bounds
        u = 2 * (np.asarray(x) - b[0]) / (b[1] - b[0]) - 1
        v = 2 * (np.asarray(y) - b[2]) / (b[3] - b[2]) - 1
        h = 0.9 * np.clip(self._lift(value) / self._top, -0.2, 1.2)
        a, e = np.deg2rad(self.azimuth), np.deg2rad(self.elevation)
        across, depth = u * np.cos(a) - v * np.sin(a), u * np.sin(a) + v * np.cos(a)
        return across, h * np.cos(e) + depth * np.sin(e)

    def wireframe(self, lines: int = 21) -> tuple[np.ndarray, np.ndarray]:
        """Grid lines over the surface in both directions, joined with NaN breaks into one polyline."""
        xs, ys, values = self.grid
        rows = np.linspace(0, len(xs) - 1, lines).round().astype(int)
        parts = [(xs, np.full(len(xs), ys[j]), values[:, j]) for j in rows]
        parts += [(np.full(len(ys), xs[i]), ys, values[i, :]) for i in rows]
        sx, sy = [], []
        for x, y, value in parts:
            px, py = self.project(x, y, value)
            sx += [px, [np.nan]]
            sy += [py, [np.nan]]
        return np.concatenate(sx[:-1]), np.concatenate(sy[:-1])

    def path(self, descent: Descent) -> tuple[np.ndarray, np.ndarray]:
        points = descent.path_array()
        return self.project(points[:, 0], points[:, 1], np.array(descent.losses))


def momentum_arrows(descent: Descent) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The picture of "momentum uses the previous update", for a momentum descent on a 2-D surface.

    With velocity ``b ← μ b + g`` and step ``θ ← θ − γ b``, the step just taken was ``Δ = −γ b``, so
    the next step is ``μ Δ − γ ∇L(θ)``: the previous step shrunk by μ (the velocity the ball keeps)
    plus the plain gradient step. Returns (previous step's start, velocity arrow ``μ Δ``, gradient
    arrow ``−γ ∇L``); the arrows start at the current point and the gradient arrow is drawn from
    the velocity's tip, so together they end where the next step lands. None before the first step,
    after divergence, or for an optimizer without plain momentum.
    """
    optimizer = descent.optimizer
    if (descent.diverged or len(descent.path) < 2 or descent.surface.dim != 2
            or getattr(optimizer, "nesterov", True) or not getattr(optimizer, "momentum", 0)):
        return None
    previous = descent.path[-1] - descent.path[-2]
    velocity = optimizer.momentum * previous
    gradient_step = -optimizer.learning_rate * descent.surface.gradient(descent.point)
    return descent.path[-2], velocity, gradient_step
