"""Training runs as plain records: what was trained, how, and what happened, for comparing and handing in.

A :class:`Run` holds the :class:`~nnlab.training.config.RunConfig` a student chose, every live
change of the optimizer or its hyperparameters (so a plot can mark it), the per-batch and
per-epoch history and the final test result. It knows nothing about Qt, so the same record is
written by the GUI, read back by tests and opened again later (:mod:`nnlab.training.record_files`).
A record read back is checked as strictly as a new run's settings: it may have been edited by hand
or handed in by someone else.
"""

from __future__ import annotations

import math
import numbers
import sys
import time
from dataclasses import dataclass, field

import numpy as np

from nnlab.core import optimizers
from nnlab.core.callbacks import RunStatus
from nnlab.training.config import CLASSES, MAX_EPOCHS, RunConfig, show_value

RECORD_VERSION = 1
STATUSES = tuple(status.value for status in RunStatus)
MAX_TEXT = 10_000  # characters of a record's name, message or date
MAX_CHANGES = 10_000
"""Live changes a record holds: each is a student's edit taking effect at a batch, so a real run has a
few dozen. A run that gets more keeps its first ones and merges the rest into the last
(:meth:`Run.add_change`); a record listing more is refused, before a plot draws anything."""
BATCH_COLUMNS = ("x", "loss", "accuracy", "loss_smooth", "accuracy_smooth")
EPOCH_COLUMNS = ("epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds")


class Columns:
    """Per-batch history as growing NumPy columns: appending is amortised O(1) and a plot can take
    a view of the filled part without copying, even for 100,000s of stochastic steps."""

    def __init__(self, names=BATCH_COLUMNS, capacity: int = 1024):
        self.names = tuple(names)
        self._data = np.full((len(self.names), capacity), np.nan)
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def append_rows(self, rows) -> None:
        """Append rows given as sequences in the order of ``names``."""
        rows = np.asarray(rows, dtype=float).reshape(-1, len(self.names))
        needed = self._size + len(rows)
        if needed > self._data.shape[1]:
            grown = np.full((len(self.names), max(needed, 2 * self._data.shape[1])), np.nan)
            grown[:, :self._size] = self._data[:, :self._size]
            self._data = grown
        self._data[:, self._size:needed] = rows.T
        self._size = needed

    def column(self, name: str) -> np.ndarray:
        """A read-only view of one filled column."""
        view = self._data[self.names.index(name), :self._size]
        view.flags.writeable = False
        return view

    def nearest(self, name: str, x: float) -> float | None:
        """The value of ``name`` at the recorded ``x`` closest to ``x`` (for a hover read-out)."""
        xs = self.column("x")
        if not len(xs):
            return None
        index = int(np.clip(np.searchsorted(xs, x), 1, len(xs) - 1)) if len(xs) > 1 else 0
        if index and abs(xs[index - 1] - x) <= abs(xs[index] - x):
            index -= 1
        value = float(self.column(name)[index])
        return None if math.isnan(value) else value

    def rows(self):
        return self._data[:, :self._size].T.tolist()


@dataclass
class Run:
    """One training run. ``changes`` lists every live optimizer/hyperparameter change as
    ``{"step", "x", "optimizer", "hyper"}`` where ``x`` is the position in epochs."""

    name: str
    config: RunConfig
    status: str = "new"
    message: str = ""
    created: str = field(default_factory=lambda: time.strftime("%Y-%m-%d %H:%M:%S"))
    seconds: float = 0.0
    test_loss: float | None = None
    test_accuracy: float | None = None
    evaluation: dict | None = None
    changes: list = field(default_factory=list)
    epochs: list = field(default_factory=list)
    batches: Columns = field(default_factory=Columns)
    model: object = None

    def epoch_column(self, name: str) -> np.ndarray:
        return np.array([entry.get(name, np.nan) for entry in self.epochs], dtype=float)

    def add_change(self, change: dict) -> None:
        """Record a live change; past :data:`MAX_CHANGES` it replaces the last one (the settings that
        hold from then on are what matters), so a record always stays readable."""
        if len(self.changes) >= MAX_CHANGES:
            self.changes[-1] = change
        else:
            self.changes.append(change)

    def to_dict(self) -> dict:
        """Everything but the model and the per-batch columns, as JSON-ready data."""
        return {"version": RECORD_VERSION, "name": self.name, "config": self.config.to_dict(),
                "status": self.status, "message": self.message, "created": self.created,
                "seconds": self.seconds, "test_loss": self.test_loss,
                "test_accuracy": self.test_accuracy, "evaluation": self.evaluation,
                "changes": self.changes, "epochs": self.epochs}

    @classmethod
    def from_dict(cls, data: dict) -> Run:
        """The run stored in ``data``; ``ValueError`` naming the first malformed field.

        A record saved while its run was still going is read as "stopped": nothing runs it now.
        """
        if not isinstance(data, dict) or "config" not in data:
            raise ValueError("this is not an nnlab run record (run.json has no config)")
        config = RunConfig.from_dict(data["config"])
        checks = {"name": str, "message": str, "created": str, "status": str, "seconds": numbers.Real,
                  "test_loss": (numbers.Real, type(None)), "test_accuracy": (numbers.Real, type(None)),
                  "evaluation": (dict, type(None)), "changes": list, "epochs": list}
        fields = {key: data[key] for key in checks if key in data}
        for key, value in fields.items():
            if isinstance(value, bool) or not isinstance(value, checks[key]):
                raise ValueError(f'"{key}" is {show_value(value)}, which a run record cannot hold')
        for key in ("seconds", "test_loss", "test_accuracy"):
            if fields.get(key) is not None:
                fields[key] = _real(key, fields[key])
        if len(fields.get("epochs", [])) > MAX_EPOCHS or len(fields.get("changes", [])) > MAX_CHANGES:
            epochs, changes = len(fields.get("epochs", [])), len(fields.get("changes", []))
            raise ValueError(f"it lists {epochs:,} epochs and {changes:,} "
                             f"live changes; a run has at most {MAX_EPOCHS:,} and {MAX_CHANGES:,}")
        for index, entry in enumerate(fields.get("epochs", [])):
            _check_numbers(f"epochs[{index}]", entry, EPOCH_COLUMNS)
        for index, change in enumerate(fields.get("changes", [])):
            _check_change(f"changes[{index}]", change)
        if fields.get("evaluation") is not None:
            _check_evaluation(fields["evaluation"])
        for key in ("name", "message", "created"):
            if len(fields.get(key, "")) > MAX_TEXT:
                raise ValueError(f'"{key}" has {len(fields[key]):,} characters, more than a record holds '
                                 f'({MAX_TEXT:,})')
        if fields.get("status", "new") not in STATUSES:
            raise ValueError(f'"status" is {show_value(fields["status"])}; it must be one of {", ".join(STATUSES)}')
        if fields.get("status") in ("new", "running"):
            fields["status"] = "stopped"
        fields.setdefault("name", "run")
        return cls(config=config, **fields)


def _real(where: str, value) -> float:
    """``value`` as a float, if it is a finite number a float can hold (JSON has integers of 400 digits,
    which every later format would raise on)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not abs(value) <= sys.float_info.max:
        raise ValueError(f'"{where}" is {show_value(value)}, not a finite number')
    return float(value)


def _check_numbers(where: str, entry, keys, switches=()) -> None:
    """``entry`` is an object whose ``keys`` (those present) are finite numbers or null (or true/false
    for the ``switches``, such as SGD's ``nesterov``)."""
    if not isinstance(entry, dict):
        raise ValueError(f'"{where}" is {show_value(entry)}, not an object')
    for key in keys:
        value = entry.get(key)
        if value is not None and not (key in switches and isinstance(value, bool)):
            _real(f"{where}.{key}", value)


def _check_change(where: str, change) -> None:
    """A live change as the plots and the run details show it: position, optimizer, hyperparameters."""
    _check_numbers(where, change, ("step", "x"))
    if not isinstance(change.get("x"), numbers.Real) or change.get("optimizer") not in optimizers.NAMES:
        raise ValueError(f'"{where}" needs a number "x" and an optimizer name, not {show_value(change)}')
    switches = tuple(key for key, default in optimizers.hyperparameters(change["optimizer"]).items()
                     if isinstance(default, bool))
    _check_numbers(f"{where}.hyper", change.get("hyper"), tuple(change.get("hyper") or ()), switches)


def _check_evaluation(evaluation: dict) -> None:
    """The test summary the Evaluation tab draws: a CLASSES x CLASSES confusion matrix of counts."""
    _check_numbers("evaluation", evaluation, ("accuracy", "loss"))
    confusion, per_class = evaluation.get("confusion"), evaluation.get("per_class")
    try:
        counts = np.asarray(confusion, dtype=np.int64)
        scores = np.asarray([np.nan if value is None else value for value in per_class or []], dtype=float)
    except (TypeError, ValueError, OverflowError):
        counts = scores = None
    if counts is None or counts.shape != (CLASSES, CLASSES) or (counts < 0).any() or len(scores) not in (0, CLASSES):
        raise ValueError(f'"evaluation" needs a {CLASSES} x {CLASSES} "confusion" matrix of counts and '
                         f'{CLASSES} "per_class" scores')
