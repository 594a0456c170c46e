"""The seven optimizers of the lecture, as the update rules of PyTorch's ``torch.optim`` documentation.

Each optimizer updates the parameter arrays in place from ``[(grad, param), ...]`` pairs, like
Keras' ``apply_gradients``. The model hands over one pair: all its weights live in one flat
buffer (the layers' ``W`` and ``b`` are views into it), so a step is a few passes over one array
instead of a few passes per array. Hyperparameters are attributes read at every step, so the GUI
can change ``learning_rate`` (or ``rho``, ``momentum``, ...) while training runs and the change
takes effect at the next step; every assignment is checked against :data:`RANGES` like
``torch.optim`` checks its arguments, so an impossible value is refused when it is set, never
discovered as a division by zero in the middle of training.

Notation (as in the PyTorch docs): g the gradient, θ the parameter, γ the learning rate, t the step.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from nnlab.core import parallel
from nnlab.core.checks import INF, check_number

RANGES: dict[str, tuple[float, float, bool]] = {
    # name: (lowest, highest, highest allowed?). Betas and RMSprop's rho of 1 would freeze an average
    # at its start (and divide by 1 - β^t = 0); Adadelta's rho = 1 is allowed, as in torch.optim.
    "learning_rate": (0.0, INF, False),
    "epsilon": (0.0, INF, False),
    "initial_accumulator_value": (0.0, INF, False),
    "momentum": (0.0, 1.0, False),
    "rho": (0.0, 1.0, False),
    "beta_1": (0.0, 1.0, False),
    "beta_2": (0.0, 1.0, False),
}
"""The values each hyperparameter may take, for the checks below and for the GUI's spin boxes."""

SMALLEST_LEARNING_RATE = float(np.finfo(np.float32).tiny)
"""Below this (1.2e-38) a rate is a denormal number: float32 weights cannot move by it (every step is
zero or denormal, and denormal arithmetic is many times slower), so training would learn nothing, slowly."""


def check_learning_rate(value) -> float:
    """``value`` as a learning rate (a float in [0, infinity), not denormal), or a ``ValueError`` saying why not."""
    rate = check_number("learning_rate", value, *RANGES["learning_rate"])
    if 0 < rate < SMALLEST_LEARNING_RATE:
        raise ValueError(f"learning_rate {value!r} is a denormal number, too small for float32 weights to move by: "
                         f"training would learn nothing; use at least {SMALLEST_LEARNING_RATE:.3g} (rates that "
                         f"learn are about 0.0001 to 1)")
    return rate


class Optimizer:
    name = ""
    defaults: dict = {}
    ranges: dict = {}  # this optimizer's exceptions to RANGES
    arrays = 1         # parameter-sized arrays it keeps (state and scratch): for memory estimates
    scratches = 1      # of which scratch space: updates allocate nothing while training
    threads = 1        # threads sharing each update: a policy of the caller (nnlab.blas.ThreadTuner)

    def __init__(self, **hyper):
        unknown = set(hyper) - set(self.defaults)
        if unknown:
            raise ValueError(f"{self.name} has no hyperparameter {', '.join(sorted(unknown))}; "
                             f"it has {', '.join(self.defaults)}")
        for key, default in self.defaults.items():
            setattr(self, key, hyper.get(key, default))
        self.iterations = 0
        self._state: dict[int, dict[str, np.ndarray]] = {}
        self._scratch: dict[int, tuple[np.ndarray, ...]] = {}

    def __setattr__(self, key, value):
        """Hyperparameters are checked whenever they are set: at construction and live, between steps."""
        if key in self.defaults:
            value = self.check(key, value)
        super().__setattr__(key, value)

    @classmethod
    def check(cls, key: str, value):
        """``value`` as this optimizer stores ``key``, or a ``ValueError`` naming the hyperparameter."""
        if isinstance(cls.defaults[key], bool):
            if not isinstance(value, (bool, np.bool_)):
                raise ValueError(f"{key} must be True or False, got {value!r}")
            return bool(value)
        if key == "learning_rate" and key not in cls.ranges:
            return check_learning_rate(value)
        return check_number(key, value, *cls.ranges.get(key, RANGES[key]))

    @property
    def hyper(self) -> dict:
        """The current hyperparameters, e.g. ``{"learning_rate": 0.001, "rho": 0.9, "epsilon": 1e-07}``."""
        return {key: getattr(self, key) for key in self.defaults}

    def get_config(self) -> dict:
        return {"name": self.name, **self.hyper}

    def apply_gradients(self, pairs) -> None:
        """One step: θ ← update(θ, g) for every (g, θ) pair, in place (split over ``threads`` threads)."""
        self.iterations += 1
        flush = self.iterations % 64 == 0
        for grad, param in pairs:
            state = self._state.get(id(param))
            if state is None:
                state = self._state[id(param)] = self._new_state(param)
            scratch = self._scratch_for(param)
            arrays = (grad, param, *state.values(), *scratch)
            if self.threads > 1 and all(a.flags.c_contiguous for a in arrays):
                parallel.run_split(functools.partial(self._update_slice, [a.reshape(-1) for a in arrays],
                                                     tuple(state), flush),
                                   param.size, self.threads)
            else:
                self._update_and_flush(grad, param, state, scratch, flush)

    def _update_slice(self, flat, names: tuple[str, ...], flush: bool, part: slice) -> None:
        """The update of ``part`` of one flat parameter: ``flat`` holds grad, param, the state arrays
        (called ``names``) and the scratch arrays, flattened."""
        grad, param, *rest = (a[part] for a in flat)
        state = dict(zip(names, rest))
        self._update_and_flush(grad, param, state, rest[len(names):], flush)

    def _update_and_flush(self, grad, param, state: dict, scratch, flush: bool) -> None:
        self._update(grad, param, state, *scratch)
        if flush:
            for array in state.values():
                _flush_tiny(array, scratch[0])

    def _scratch_for(self, param) -> tuple[np.ndarray, ...]:
        scratch = self._scratch.get(id(param))
        if scratch is None:
            scratch = self._scratch[id(param)] = tuple(np.empty_like(param) for _ in range(self.scratches))
        return scratch

    def _new_state(self, param) -> dict:
        return {}

    def _update(self, grad, param, state, scratch) -> None:
        raise NotImplementedError


def _flush_tiny(array: np.ndarray, scratch: np.ndarray) -> None:
    """Set accumulator entries that decayed to almost zero to exactly zero.

    A weight whose gradient is always 0 (a pixel that is black in every MNIST image) has its
    velocity multiplied by rho at every step; after a few hundred steps the float32 value becomes
    a *denormal*, and arithmetic on denormals is up to a hundred times slower. Values this small
    (1e8 × the smallest normal number) change no update, so zeroing them is exact in practice.
    float16 is left alone: NumPy computes it in float32, where its denormals are ordinary numbers,
    and 1e8 × its smallest normal number (6e-5) would be 6,000: the flush would wipe the state.
    Three passes through ``scratch`` (|a|, 1 where it is large enough else 0, a × that): no
    allocation, and every other value is multiplied by exactly 1.
    """
    if array.dtype.itemsize >= 4:
        np.abs(array, out=scratch)
        np.greater_equal(scratch, float(np.finfo(array.dtype).tiny) * 1e8, out=scratch)
        array *= scratch


class SGD(Optimizer):
    """b ← μ b + g;  g ← g + μ b (Nesterov) or g ← b (momentum);  θ ← θ - γ g.  Plain SGD when μ = 0.

    Passes over the weights a step: 2 (plain), 4 (momentum), 6 (Nesterov)."""

    name = "sgd"
    arrays = 2
    defaults = {"learning_rate": 0.01, "momentum": 0.0, "nesterov": False}

    def _new_state(self, param):
        return {"velocity": np.zeros_like(param)}

    def _update(self, grad, param, state, scratch):
        if self.momentum == 0:
            np.multiply(grad, self.learning_rate, out=scratch)
        else:
            b = state["velocity"]
            b *= self.momentum
            b += grad
            if self.nesterov:
                np.multiply(b, self.momentum, out=scratch)
                scratch += grad
                scratch *= self.learning_rate
            else:
                np.multiply(b, self.learning_rate, out=scratch)
        param -= scratch


class Momentum(SGD):
    """SGD with momentum 0.9: a ball rolling downhill keeps its speed through flat parts."""

    name = "momentum"
    defaults = {"learning_rate": 0.01, "momentum": 0.9, "nesterov": False}


class Nesterov(SGD):
    """Nesterov momentum: look ahead along the velocity before taking the gradient step."""

    name = "nesterov"
    defaults = {"learning_rate": 0.01, "momentum": 0.9, "nesterov": True}


class Adagrad(Optimizer):
    """s ← s + g²;  θ ← θ - γ g / (√s + ε). Each weight gets its own, ever smaller, step. 7 passes a step."""

    name = "adagrad"
    arrays = 2
    defaults = {"learning_rate": 0.01, "initial_accumulator_value": 0.1, "epsilon": 1e-7}

    def _new_state(self, param):
        return {"sum": np.full_like(param, self.initial_accumulator_value)}

    def _update(self, grad, param, state, scratch):
        s = state["sum"]
        np.multiply(grad, grad, out=scratch)
        s += scratch
        np.sqrt(s, out=scratch)
        scratch += self.epsilon
        np.divide(grad, scratch, out=scratch)
        scratch *= self.learning_rate
        param -= scratch


class Adadelta(Optimizer):
    """v ← ρ v + (1-ρ) g²;  Δ ← √(u+ε)/√(v+ε) g;  u ← ρ u + (1-ρ) Δ²;  θ ← θ - γ Δ.

    The step size adapts from the ratio of past updates to past gradients; γ = 1 as in the paper.
    13 passes a step.
    """

    name = "adadelta"
    arrays = 4
    scratches = 2
    defaults = {"learning_rate": 1.0, "rho": 0.95, "epsilon": 1e-6}
    ranges = {"rho": (0.0, 1.0, True)}  # rho = 1 keeps the averages at 0: Δ = g, as torch.optim allows

    def _new_state(self, param):
        return {"square_avg": np.zeros_like(param), "acc_delta": np.zeros_like(param)}

    def _update(self, grad, param, state, scratch, delta):
        v, u, rho, eps = state["square_avg"], state["acc_delta"], self.rho, self.epsilon
        np.multiply(grad, grad, out=scratch)
        scratch *= 1 - rho
        v *= rho
        v += scratch
        np.add(v, eps, out=scratch)
        np.add(u, eps, out=delta)
        delta /= scratch
        np.sqrt(delta, out=delta)
        delta *= grad                         # Δ
        u *= rho
        np.multiply(delta, delta, out=scratch)
        scratch *= 1 - rho
        u += scratch
        delta *= self.learning_rate
        param -= delta


class RMSprop(Optimizer):
    """v ← ρ v + (1-ρ) g²;  θ ← θ - γ g / (√v + ε). The lecture's optimizer (non-centred, no momentum).

    9 passes a step; the square root is the costly one (about a third of the update's time)."""

    name = "rmsprop"
    arrays = 2
    defaults = {"learning_rate": 0.001, "rho": 0.9, "epsilon": 1e-7}

    def _new_state(self, param):
        return {"square_avg": np.zeros_like(param)}

    def _update(self, grad, param, state, scratch):
        v = state["square_avg"]
        np.multiply(grad, grad, out=scratch)
        scratch *= 1 - self.rho
        v *= self.rho
        v += scratch
        np.sqrt(v, out=scratch)
        scratch += self.epsilon
        np.divide(grad, scratch, out=scratch)
        scratch *= self.learning_rate
        param -= scratch


class Adam(Optimizer):
    """m ← β₁ m + (1-β₁) g;  v ← β₂ v + (1-β₂) g²;  θ ← θ - γ m̂ / (√v̂ + ε), with the bias
    corrections m̂ = m / (1-β₁ᵗ), v̂ = v / (1-β₂ᵗ) (without amsgrad). 12 passes a step."""

    name = "adam"
    arrays = 3
    defaults = {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7}

    def _new_state(self, param):
        return {"m": np.zeros_like(param), "v": np.zeros_like(param)}

    def _update(self, grad, param, state, scratch):
        m, v, t = state["m"], state["v"], self.iterations
        m *= self.beta_1
        np.multiply(grad, 1 - self.beta_1, out=scratch)
        m += scratch
        np.multiply(grad, grad, out=scratch)
        scratch *= 1 - self.beta_2
        v *= self.beta_2
        v += scratch
        # m̂ / (√v̂ + ε) = c / (1-β₁ᵗ) · m / (√v + c ε) with c = √(1-β₂ᵗ): the same formula, one pass fewer.
        c = math.sqrt(1 - self.beta_2 ** t)
        np.sqrt(v, out=scratch)
        scratch += c * self.epsilon
        np.divide(m, scratch, out=scratch)
        scratch *= self.learning_rate * c / (1 - self.beta_1 ** t)
        param -= scratch


_OPTIMIZERS = {cls.name: cls for cls in (SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop, Adam)}
NAMES = list(_OPTIMIZERS)
"""The optimizer names in the lecture's order."""


def hyperparameters(name: str) -> dict:
    """The hyperparameters an optimizer has, with their default values."""
    return dict(_class(name).defaults)


def hyper_range(name: str, key: str) -> tuple[float, float, bool]:
    """(lowest, highest, highest allowed?) for one numeric hyperparameter of one optimizer."""
    cls = _class(name)
    return cls.ranges.get(key, RANGES[key])


def get(name: str | Optimizer, **hyper) -> Optimizer:
    """An optimizer by name ("sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam")."""
    if isinstance(name, Optimizer):
        return name
    return _class(name)(**hyper)


def _class(name: str):
    key = str(name).lower()
    if key not in _OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(NAMES)}")
    return _OPTIMIZERS[key]
