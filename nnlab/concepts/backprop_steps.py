"""Backpropagation by hand on a 2-2-1 network, one multiplication at a time.

The network is ``h = sigmoid(x W1 + b1)``, ``ŷ = sigmoid(h W2 + b2)`` with the loss
``L = (ŷ - y)²`` (the core's mean squared error for one output). :func:`trace` writes down every
forward value, every chain-rule factor and every update ``w <- w - lr * dL/dw`` as data the Concepts
page shows line by line; :func:`core_check` asks the core's ``loss_and_grads`` for the same numbers.

Names follow the diagram: ``w_ij`` goes from input ``x_i`` to hidden unit ``h_j``, ``v_j`` from
``h_j`` to the output, ``b_j`` and ``c`` are the biases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnlab.core import Dense, Sequential

SUB = "₀₁₂₃₄₅₆₇₈₉"
# Every trainable number, in the order of Sequential.get_weights(): W1 (2x2), b1 (2), W2 (2x1), b2 (1).
PARAMETERS = (("w₁₁", 0, (0, 0)), ("w₁₂", 0, (0, 1)), ("w₂₁", 0, (1, 0)), ("w₂₂", 0, (1, 1)),
              ("b₁", 1, (0,)), ("b₂", 1, (1,)), ("v₁", 2, (0, 0)), ("v₂", 2, (1, 0)), ("c", 3, (0,)))


def example_weights() -> list[np.ndarray]:
    """Round starting numbers a student can follow on paper (the classic worked example's)."""
    return [np.array([[0.15, 0.25], [0.20, 0.30]]), np.array([0.35, 0.35]),
            np.array([[0.40], [0.45]]), np.array([0.60])]


def random_weights(seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [np.round(rng.uniform(-1, 1, shape), 2) for shape in ((2, 2), (2,), (2, 1), (1,))]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class Step:
    """One line of the calculation: ``symbol = formula = numbers = value``.

    ``keys`` name the parts of the network diagram the line is about (to highlight them);
    ``assign`` is "←" for the updates, which replace a weight rather than define a new value.
    """

    symbol: str
    formula: str
    numbers: str
    value: float
    keys: tuple = ()
    assign: str = "="

    def text(self) -> str:
        return f"{self.symbol} {self.assign} {self.formula} = {self.numbers} = {self.value:.4f}"


@dataclass
class Trace:
    forward: list = field(default_factory=list)
    backward: list = field(default_factory=list)
    update: list = field(default_factory=list)
    loss: float = 0.0
    grads: list = field(default_factory=list)        # aligned with Sequential.get_weights()
    new_weights: list = field(default_factory=list)

    def steps(self) -> list[Step]:
        return self.forward + self.backward + self.update


def _n(value: float) -> str:
    """A number as the lecture writes it: four decimals, a real minus sign, brackets if negative."""
    text = f"{value:.4f}".replace("-", "−")
    return f"({text})" if value < 0 else text


def loss(weights, x, y) -> float:
    """L = (ŷ - y)² for the 2-2-1 network: what the gradients are the slopes of."""
    w1, b1, w2, b2 = (np.asarray(w, dtype=np.float64) for w in weights)
    h = sigmoid(np.asarray(x, dtype=np.float64) @ w1 + b1)
    return float((sigmoid(h @ w2 + b2)[0] - y) ** 2)


def _forward(w1, b1, w2, b2, x, y, steps):
    h, z = np.zeros(2), np.zeros(2)
    for j in range(2):
        s = SUB[j + 1]
        z[j] = x[0] * w1[0, j] + x[1] * w1[1, j] + b1[j]
        steps.append(Step(f"z{s}", f"w₁{s}·x₁ + w₂{s}·x₂ + b{s}",
                          f"{_n(w1[0, j])}·{_n(x[0])} + {_n(w1[1, j])}·{_n(x[1])} + {_n(b1[j])}",
                          z[j], (f"w1{j + 1}", f"w2{j + 1}", f"b{j + 1}", f"h{j + 1}")))
        h[j] = sigmoid(z[j])
        steps.append(Step(f"h{s}", f"σ(z{s}) = 1 / (1 + e^(−z{s}))", f"1 / (1 + e^(−{_n(z[j])}))",
                          h[j], (f"h{j + 1}",)))
    z_out = h[0] * w2[0, 0] + h[1] * w2[1, 0] + b2[0]
    steps.append(Step("z", "v₁·h₁ + v₂·h₂ + c", f"{_n(w2[0, 0])}·{_n(h[0])} + {_n(w2[1, 0])}·{_n(h[1])} + {_n(b2[0])}",
                      z_out, ("v1", "v2", "c", "out")))
    out = sigmoid(z_out)
    steps.append(Step("ŷ", "σ(z)", f"1 / (1 + e^(−{_n(z_out)}))", out, ("out",)))
    value = (out - y) ** 2
    steps.append(Step("L", "(ŷ − y)²", f"({_n(out)} − {_n(y)})²", value, ("out", "loss")))
    return h, out, value


def _backward(w2, x, y, h, out, steps):
    """The chain rule from L back to every weight; returns the gradients (W1, b1, W2, b2)."""
    d_out = 2 * (out - y)
    steps.append(Step("∂L/∂ŷ", "2(ŷ − y)", f"2·({_n(out)} − {_n(y)})", d_out, ("loss",)))
    slope = out * (1 - out)
    steps.append(Step("∂ŷ/∂z", "ŷ(1 − ŷ)", f"{_n(out)}·(1 − {_n(out)})", slope, ("out",)))
    delta = d_out * slope
    steps.append(Step("∂L/∂z", "∂L/∂ŷ · ∂ŷ/∂z", f"{_n(d_out)}·{_n(slope)}", delta, ("out",)))
    g_w2 = np.zeros((2, 1))
    for j in range(2):
        s = SUB[j + 1]
        g_w2[j, 0] = delta * h[j]
        steps.append(Step(f"∂L/∂v{s}", f"∂L/∂z · h{s}", f"{_n(delta)}·{_n(h[j])}", g_w2[j, 0], (f"v{j + 1}",)))
    steps.append(Step("∂L/∂c", "∂L/∂z · 1", f"{_n(delta)}·1", delta, ("c",)))
    g_w1, g_b1 = np.zeros((2, 2)), np.zeros(2)
    for j in range(2):
        s = SUB[j + 1]
        d_h = delta * w2[j, 0]
        steps.append(Step(f"∂L/∂h{s}", f"∂L/∂z · v{s}", f"{_n(delta)}·{_n(w2[j, 0])}", d_h, (f"v{j + 1}", f"h{j + 1}")))
        delta_j = d_h * h[j] * (1 - h[j])
        steps.append(Step(f"∂L/∂z{s}", f"∂L/∂h{s} · h{s}(1 − h{s})", f"{_n(d_h)}·{_n(h[j])}·(1 − {_n(h[j])})",
                          delta_j, (f"h{j + 1}",)))
        for i in range(2):
            g_w1[i, j] = delta_j * x[i]
            steps.append(Step(f"∂L/∂w{SUB[i + 1]}{s}", f"∂L/∂z{s} · x{SUB[i + 1]}", f"{_n(delta_j)}·{_n(x[i])}",
                              g_w1[i, j], (f"w{i + 1}{j + 1}",)))
        g_b1[j] = delta_j
        steps.append(Step(f"∂L/∂b{s}", f"∂L/∂z{s} · 1", f"{_n(delta_j)}·1", delta_j, (f"b{j + 1}",)))
    return [g_w1, g_b1, g_w2, np.array([delta])]


def trace(weights, x, y: float, learning_rate: float) -> Trace:
    """Every number of one training step on the single example ``(x, y)``."""
    w1, b1, w2, b2 = (np.array(w, dtype=np.float64) for w in weights)
    x = np.asarray(x, dtype=np.float64)
    result = Trace()
    h, out, result.loss = _forward(w1, b1, w2, b2, x, y, result.forward)
    result.grads = _backward(w2, x, y, h, out, result.backward)
    result.new_weights = [w - learning_rate * g for w, g in zip((w1, b1, w2, b2), result.grads)]
    keys = ("w11", "w12", "w21", "w22", "b1", "b2", "v1", "v2", "c")
    for (name, array, index), key in zip(PARAMETERS, keys):
        old, grad = (w1, b1, w2, b2)[array][index], result.grads[array][index]
        result.update.append(Step(name, f"{name} − η·∂L/∂{name}", f"{_n(old)} − {_n(learning_rate)}·{_n(grad)}",
                                  result.new_weights[array][index], (key,), assign="←"))
    return result


@dataclass(frozen=True)
class Nudge:
    """"Perturb one weight and see": the loss with ``name`` raised and lowered by ``h``."""

    name: str
    up: float
    down: float
    h: float

    @property
    def slope(self) -> float:
        """(L(w + h) − L(w − h)) / 2h: the gradient by its definition, no chain rule."""
        return (self.up - self.down) / (2 * self.h)


def nudges(weights, x, y: float, h: float = 1e-6) -> list[Nudge]:
    """Every weight nudged both ways (two forward passes each), in the order of :data:`PARAMETERS`."""
    result = []
    for name, array, position in PARAMETERS:
        nudged = [np.array(w, dtype=np.float64) for w in weights]
        nudged[array][position] += h
        up = loss(nudged, x, y)
        nudged[array][position] -= 2 * h
        result.append(Nudge(name, up, loss(nudged, x, y), h))
    return result


def finite_difference_grads(weights, x, y: float, h: float = 1e-6) -> list[np.ndarray]:
    """dL/dw by nudging each weight both ways, shaped like the weights."""
    grads = [np.zeros_like(np.asarray(w, dtype=np.float64)) for w in weights]
    for nudge, (_, array, position) in zip(nudges(weights, x, y, h), PARAMETERS):
        grads[array][position] = nudge.slope
    return grads


@dataclass(frozen=True)
class NudgingCost:
    """What perturbing costs for one network: two forward passes per trainable number, where
    backpropagation needs one forward and one backward pass whatever the size."""

    architecture: str
    parameters: int

    @property
    def forward_passes(self) -> int:
        return 2 * self.parameters


def nudging_costs(weights) -> list[NudgingCost]:
    """The cost for this demo's network and for the lecture's MNIST network, counted from the
    models themselves (``count_params``), not written down."""
    from nnlab.training.config import RunConfig  # the lecture network is RunConfig's default
    lecture = RunConfig()
    return [NudgingCost("2 → 2 → 1", core_network(weights).count_params()),
            NudgingCost(lecture.architecture(), lecture.count_params())]


def core_network(weights) -> Sequential:
    """The same 2-2-1 network built with the core layers, holding ``weights``."""
    model = Sequential([Dense(2, activation="sigmoid", input_shape=(2,)), Dense(1, activation="sigmoid")],
                       dtype="float64")
    model.compile(optimizer="sgd", loss="mse")
    model.set_weights(weights)
    return model


def core_check(weights, x, y: float) -> tuple[float, list[np.ndarray]]:
    """The core's own ``loss_and_grads`` for the example: the hand calculation must agree with it."""
    model = core_network(weights)
    return model.loss_and_grads(np.asarray([x], dtype=np.float64), np.asarray([[y]], dtype=np.float64))
