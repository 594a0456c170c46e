"""Regression, the prerequisite: fit the slide's ``y = ax + b`` (or ``y = ax^n + bx^(n-1) + ...``) to points.

Two roads to the same coefficients: the closed-form least-squares solution, and gradient descent
on the least-squares cost ``J = Σ eᵢ²`` (eᵢ the error at point i) taken by the core's own SGD optimizer,
so the student sees the iterative method land where the formula says it must.
"""

from __future__ import annotations

import numpy as np

from nnlab.core import optimizers


def make_points(n: int = 8, noise: float = 0.15, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` noisy samples of a gentle curve on ``x`` in [-1, 1] (kept there so powers stay tame)."""
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-1.0, 1.0, n))
    y = 0.4 + 0.8 * x - 0.6 * x ** 2 + noise * rng.standard_normal(n)
    return x, y


def design_matrix(x: np.ndarray, degree: int) -> np.ndarray:
    """Columns ``1, x, x^2, ..., x^degree``: the fit is linear in the coefficients."""
    return np.vander(np.asarray(x, dtype=np.float64), degree + 1, increasing=True)


def fit_closed_form(x: np.ndarray, y: np.ndarray, degree: int) -> np.ndarray:
    """Least-squares coefficients ``a0..an`` (lowest power first).

    With more coefficients than points there are infinitely many exact fits; ``lstsq`` returns
    the one with the smallest coefficients, which is what the demo shows.
    """
    coefficients, *_ = np.linalg.lstsq(design_matrix(x, degree), np.asarray(y, dtype=np.float64), rcond=None)
    return coefficients


def evaluate(coefficients: np.ndarray, x: np.ndarray) -> np.ndarray:
    return design_matrix(x, len(coefficients) - 1) @ coefficients


def sum_squared_errors(coefficients: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """J = Σ eᵢ²: the sum over the points of the squared error eᵢ = prediction - yᵢ."""
    residual = evaluate(coefficients, x) - y
    return float(residual @ residual)


def sse_gradient(coefficients: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """dJ/da = 2 X^T (X a - y)."""
    matrix = design_matrix(x, len(coefficients) - 1)
    return 2.0 * matrix.T @ (matrix @ coefficients - y)


class GradientDescentFit:
    """Fits the coefficients step by step with the core SGD optimizer.

    The learning rate is chosen from the curvature of J (its largest eigenvalue), so the descent
    is stable for every degree and the student can compare it with the closed form.
    """

    def __init__(self, x: np.ndarray, y: np.ndarray, degree: int):
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        self.coefficients = np.zeros(degree + 1)
        matrix = design_matrix(self.x, degree)
        curvature = 2.0 * np.linalg.eigvalsh(matrix.T @ matrix).max()
        self.learning_rate = 1.0 / curvature
        self.optimizer = optimizers.get("sgd", learning_rate=self.learning_rate)
        self.steps = 0

    def loss(self) -> float:
        return sum_squared_errors(self.coefficients, self.x, self.y)

    def step(self, count: int = 1) -> float:
        """Take ``count`` descent steps; returns J afterwards."""
        for _ in range(count):
            gradient = sse_gradient(self.coefficients, self.x, self.y)
            self.optimizer.apply_gradients([(gradient, self.coefficients)])
            self.steps += 1
        return self.loss()
