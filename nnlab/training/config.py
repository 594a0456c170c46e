"""A training run's settings (:class:`RunConfig`) and the one check they all pass.

The same config arrives from the Train page, ``nnlab train``, a lesson and a record or settings
file read back (which may have been edited by hand or handed in by someone else), so the limits
below and :meth:`RunConfig.validate` are the one place that decides what a run may ask for.
"""

from __future__ import annotations

import numbers
from dataclasses import asdict, dataclass, field

from nnlab.core import optimizers

INPUTS = 784
CLASSES = 10
ACTIVATIONS = ("relu", "sigmoid", "tanh")
MAX_HIDDEN_LAYERS = 3
MAX_UNITS = 4096
MAX_BATCH = 60000
MAX_EPOCHS = 500
MAX_SEED = 2**31 - 1  # what a spin box can show
MAX_VALIDATION_SPLIT = 0.5  # at least half of the training images stay for training


@dataclass
class RunConfig:
    """Everything needed to repeat a run: data, architecture, optimizer, batches, seed."""

    dataset: str = "mnist"
    hidden: tuple = (512,)
    activation: str = "relu"
    optimizer: str = "rmsprop"
    hyper: dict = field(default_factory=lambda: {"learning_rate": 1e-3, "rho": 0.9, "epsilon": 1e-7})
    batch_size: int = 128
    epochs: int = 5
    seed: int = 0
    validation_split: float = 0.1
    train_subset: int = 0  # train on the first this many training images; 0: all of them

    def __post_init__(self):
        if isinstance(self.hidden, (list, tuple)):
            self.hidden = tuple(self.hidden)
        if isinstance(self.hyper, dict):
            self.hyper = dict(self.hyper)

    def validate(self) -> RunConfig:
        """Raise :class:`ConfigError` (a ValueError naming the field) unless a run can train with this.

        The one check for every way a config arrives: the Train page, ``nnlab train`` and a record
        or settings file read back, so a hand-edited "hidden": [3000000] or a seed of 2**70 is refused
        before any array is allocated. Returns the config, so ``RunConfig(...).validate()`` chains.
        """
        from nnlab.data.datasets import DATASETS
        _choice("dataset", self.dataset, tuple(DATASETS))
        if not isinstance(self.hidden, tuple) or len(self.hidden) > MAX_HIDDEN_LAYERS:
            raise ConfigError("hidden", f"hidden is {show_value(self.hidden)}; give 0 to {MAX_HIDDEN_LAYERS} "
                              "hidden layers as a list of unit counts")
        for units in self.hidden:
            _whole("hidden", units, 1, MAX_UNITS)
        _choice("activation", self.activation, ACTIVATIONS)
        _choice("optimizer", self.optimizer, tuple(optimizers.NAMES))
        _check_hyper(self.optimizer, self.hyper)
        _whole("batch_size", self.batch_size, 1, MAX_BATCH)
        _whole("epochs", self.epochs, 1, MAX_EPOCHS)
        _whole("seed", self.seed, 0, MAX_SEED)
        split = self.validation_split
        if isinstance(split, bool) or not isinstance(split, numbers.Real) \
                or not 0 <= split <= MAX_VALIDATION_SPLIT:  # NaN fails both comparisons
            raise ConfigError("validation_split", f"validation_split is {show_value(split)}; it must be a "
                              f"fraction from 0 to {MAX_VALIDATION_SPLIT}")
        _whole("train_subset", self.train_subset, 0, MAX_BATCH)
        return self

    def layer_sizes(self) -> list[int]:
        """The width of every layer from input to output, e.g. ``[784, 512, 10]``."""
        return [INPUTS, *self.hidden, CLASSES]

    def count_params(self) -> int:
        """Weights plus biases of all Dense layers: Σ (inputs + 1) × units."""
        sizes = self.layer_sizes()
        return sum((fan_in + 1) * fan_out for fan_in, fan_out in zip(sizes, sizes[1:]))

    def architecture(self) -> str:
        """The layer sizes as the lecture writes them: ``784 → 512 → 10``."""
        return " → ".join(str(size) for size in self.layer_sizes())

    def to_dict(self) -> dict:
        data = asdict(self)
        data["hidden"] = list(self.hidden)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> RunConfig:
        """The config stored in ``data`` (settings or a record), validated: see :meth:`validate`."""
        if not isinstance(data, dict):
            raise ConfigError("config", f"the config is {show_value(data)}, not an object of settings")
        known = {key: data[key] for key in cls.__dataclass_fields__ if key in data}
        return cls(**known).validate()


class ConfigError(ValueError):
    """A run's setting is out of range; ``field`` names it (``"batch_size"``), the message says what is allowed."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def _whole(field: str, value, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise ConfigError(field, f"{field} is {show_value(value)}; it must be a whole number from {low:,} to {high:,}")


def _choice(field: str, value, allowed: tuple) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise ConfigError(field, f"{field} is {show_value(value)}; it must be one of {', '.join(allowed)}")


def _check_hyper(optimizer: str, hyper) -> None:
    """The hyperparameters must be the optimizer's own, finite numbers it accepts."""
    known = optimizers.hyperparameters(optimizer)
    if not isinstance(hyper, dict):
        raise ConfigError("hyper", f"hyper is {show_value(hyper)}, not an object of hyperparameters")
    for key, value in hyper.items():
        if key not in known:
            raise ConfigError("hyper", f"{optimizer} has no hyperparameter {show_value(key)} "
                              f"(it has {', '.join(known)})")
        if isinstance(known[key], bool):  # a switch such as SGD's nesterov
            if not isinstance(value, bool):
                raise ConfigError(key, f"{key} is {show_value(value)}; it must be true or false")
        elif isinstance(value, bool) or not isinstance(value, numbers.Real) or not abs(value) <= 1e300:
            # NaN, inf and a 400-digit number all fail the comparison
            raise ConfigError(key, f"{key} is {show_value(value)}; it must be a finite number")
    try:
        optimizers.get(optimizer, **hyper)
    except (TypeError, ValueError) as error:
        raise ConfigError("hyper", f"the {optimizer} hyperparameters are not usable: {error}") from None


def show_value(value) -> str:
    """A value for an error message, never longer than a line."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
