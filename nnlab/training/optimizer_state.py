"""Inside the optimizer: for one hidden unit, its incoming weights, their gradient, the optimizer's
state for them and the step each weight just took.

A snapshot is taken *after* an update and explains that update: the gradient is the one the
update used (the layer still holds it), the state already includes it, and ``step`` is exactly
how much each weight moved (θ_before − θ_after). ``step_size`` is the effective per-weight learning
rate, the factor the optimizer multiplied its direction (g, the velocity, or m̂) by: for RMSprop
γ / (√v + ε), so the weights of pixels where digits rarely have ink, whose v stays small, get the
biggest steps. That is the whole idea of an adaptive optimizer.

Everything is read through :func:`optimizer_slots`, the one place that knows how the engine keeps
an optimizer's state.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

from nnlab.core import Callback


def optimizer_slots(model, param: np.ndarray) -> dict[str, np.ndarray]:
    """The optimizer's state arrays (velocity, sum, square_avg, acc_delta, m, v) for ``param``,
    one of the model's weight arrays, shaped like it; empty before the first update.

    The only reader of the engine's layout: the optimizer keeps its state per array it updates,
    which is the model's one flat weight buffer (``trainable_weights``) of which every layer's W
    and b are views, so ``param``'s state is the same slice of each flat state array. Another
    layout leaves the view empty; it never breaks training.
    """
    state = getattr(model.optimizer, "_state", None)
    if not isinstance(state, dict):
        return {}
    if id(param) in state:
        return dict(state[id(param)])
    for buffer in getattr(model, "trainable_weights", []):
        flat = state.get(id(buffer))
        if flat and np.shares_memory(param, buffer) and param.flags.c_contiguous:
            start = (param.ctypes.data - buffer.ctypes.data) // buffer.itemsize
            return {name: values[start:start + param.size].reshape(param.shape) for name, values in flat.items()}
    return {}


@dataclass
class UnitSnapshot:
    """One unit's incoming weights and what the optimizer did to them at its last update."""

    optimizer: str
    iterations: int
    unit: int
    weights: np.ndarray            # after the update
    gradient: np.ndarray           # the gradient the update used
    step: np.ndarray               # θ_before − θ_after for each weight
    step_size: np.ndarray          # the effective learning rate of each weight
    state: dict = field(default_factory=dict)   # name -> values, e.g. {"m_hat": ..., "v_hat": ...}
    learning_rate: float = 0.0
    units: int = 0                 # how many units the layer has


def snapshot(model, unit: int, layer: int = 0) -> UnitSnapshot:
    """The snapshot of ``unit`` of layer ``layer`` (default: the first hidden layer, whose incoming
    weights are one per pixel). Raises ValueError before the first training step or for a unit
    that does not exist."""
    optimizer = model.optimizer
    if optimizer is None or optimizer.iterations == 0:
        raise ValueError("the network has not taken a training step yet")
    dense = model.layers[layer]
    if not 0 <= int(unit) < dense.units:
        raise ValueError(f"unit {unit} does not exist: layer {layer} has units 0 to {dense.units - 1}")
    unit = int(unit)
    slots = {name: np.asarray(values[:, unit], dtype=np.float64)
             for name, values in optimizer_slots(model, dense.W).items()}
    gradient = np.asarray(dense.dW[:, unit], dtype=np.float64)
    direction, step_size, state = _explain(optimizer, gradient, slots)
    return UnitSnapshot(optimizer.name, optimizer.iterations, unit, dense.W[:, unit].astype(np.float64), gradient,
                        step_size * direction, step_size, state, float(optimizer.learning_rate), dense.units)


def _explain(opt, g: np.ndarray, slots: dict) -> tuple[np.ndarray, np.ndarray, dict]:
    """(direction, step size, state shown) of the update just made, by the engine's update rules
    (``nnlab.core.optimizers``): step = step size × direction."""
    lr = float(opt.learning_rate)
    if "velocity" in slots:                                   # SGD, momentum, Nesterov
        if opt.momentum == 0:
            return g, np.full_like(g, lr), {}
        b = slots["velocity"]
        direction = g + opt.momentum * b if opt.nesterov else b
        return direction, np.full_like(g, lr), {"velocity": b}
    if "sum" in slots:                                        # Adagrad
        s = slots["sum"]
        return g, lr / (np.sqrt(s) + opt.epsilon), {"sum": s}
    if "acc_delta" in slots:                                  # Adadelta
        v, u, rho, eps = slots["square_avg"], slots["acc_delta"], opt.rho, opt.epsilon
        # The update read u before adding its own Δ²: u_t = ρ u + (1-ρ)(u + ε) r with r = g²/(v + ε).
        r = g * g / (v + eps)
        u_before = (u - (1 - rho) * eps * r) / (rho + (1 - rho) * r)
        return g, lr * np.sqrt(np.maximum(u_before, 0) + eps) / np.sqrt(v + eps), {"square_avg": v, "acc_delta": u}
    if "m" in slots:                                          # Adam
        t = opt.iterations
        m_hat, v_hat = slots["m"] / (1 - opt.beta_1 ** t), slots["v"] / (1 - opt.beta_2 ** t)
        return m_hat, lr / (np.sqrt(v_hat) + opt.epsilon), {"m_hat": m_hat, "v_hat": v_hat}
    if "square_avg" in slots:                                 # RMSprop
        v = slots["square_avg"]
        return g, lr / (np.sqrt(v) + opt.epsilon), {"square_avg": v}
    raise ValueError(f"cannot explain the state of the optimizer {opt.name!r}")


def most_active_unit(model, layer: int = 0) -> int:
    """The unit whose incoming weights have the largest gradient now: the one learning most."""
    norms = np.linalg.norm(model.layers[layer].dW, axis=0)
    return int(np.argmax(np.where(np.isfinite(norms), norms, -1.0)))


class SnapshotFeed(Callback):
    """Sends ``send(snapshot)`` from inside ``fit`` a few times a second, and once at the end.

    It runs between two batches, where the weights are consistent and nothing else writes them;
    copying one unit's few hundred values takes microseconds, so training does not slow down.
    ``unit`` (None: the most active unit) may be set from another thread at any time.
    """

    def __init__(self, send, unit: int | None = None, interval: float = 0.25, clock=time.monotonic):
        self.send, self.unit, self.interval, self.clock = send, unit, float(interval), clock
        self._last = -math.inf

    def on_batch_end(self, batch, logs):
        now = self.clock()
        if now - self._last >= self.interval:
            self._last = now
            self._send()

    def on_train_end(self, logs):
        self._send()

    def _send(self):
        unit = self.unit
        try:
            shot = snapshot(self.model, most_active_unit(self.model) if unit is None else unit)
        except ValueError:  # no step yet (or the optimizer was just restarted after a divergence)
            return
        self.send(shot)
