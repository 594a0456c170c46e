"""Training runs as plain records: what was trained, how, and what happened, for comparing and handing in.

A :class:`Run` holds the :class:`RunConfig` a student chose, every live change of the optimizer or
its hyperparameters (so a plot can mark it), the per-batch and per-epoch history and the final test
result. It knows nothing about Qt, so the same record is written by the GUI, read back by tests and
opened again later: :func:`save_record` writes a folder (``run.json``, ``batches.csv``,
``epochs.csv``, the model and whatever plots the caller adds), :func:`load_record` reads it.
Every file is written to a temporary folder first and moved into place at the end, so a crash
halfway never leaves half a record behind.
"""

from __future__ import annotations

import csv
import json
import math
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from nnlab.atomic import atomic_open
from nnlab.core.checks import validation_count

RECORD_VERSION = 1
INPUTS = 784
CLASSES = 10
BATCH_COLUMNS = ("x", "loss", "accuracy", "loss_smooth", "accuracy_smooth")
EPOCH_COLUMNS = ("epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds")


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

    def __post_init__(self):
        self.hidden = tuple(int(units) for units in self.hidden)
        self.hyper = dict(self.hyper)

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
    def from_dict(cls, data: dict) -> "RunConfig":
        known = {key: data[key] for key in cls.__dataclass_fields__ if key in data}
        return cls(**known)


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

    def to_dict(self) -> dict:
        """Everything but the model and the per-batch columns, as JSON-ready data."""
        return {"version": RECORD_VERSION, "name": self.name, "config": self.config.to_dict(),
                "status": self.status, "message": self.message, "created": self.created,
                "seconds": self.seconds, "test_loss": self.test_loss,
                "test_accuracy": self.test_accuracy, "evaluation": self.evaluation,
                "changes": self.changes, "epochs": self.epochs}

    @classmethod
    def from_dict(cls, data: dict) -> "Run":
        if not isinstance(data, dict) or "config" not in data:
            raise ValueError("this is not an nnlab run record (run.json has no config)")
        fields = {key: data[key] for key in ("status", "message", "created", "seconds", "test_loss",
                                             "test_accuracy", "evaluation", "changes", "epochs")
                  if key in data}
        return cls(name=str(data.get("name", "run")), config=RunConfig.from_dict(data["config"]), **fields)


# -- record folders ------------------------------------------------------------------------------

def save_record(run: Run, folder, model=None, extra_writers: dict | None = None) -> Path:
    """Write ``run`` as a hand-in folder: ``run.json``, ``batches.csv``, ``epochs.csv``,
    ``model.npz`` (when ``model`` is given) and one file per ``extra_writers`` entry
    (``{"loss.png": write(path)}``, e.g. plots the GUI renders). Returns the folder.

    Everything goes into a temporary sibling folder that replaces ``folder`` at the end.
    """
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a hand-in record is an ordinary folder
    try:
        _write_json(run.to_dict(), staging / "run.json")
        write_batches_csv(run, staging / "batches.csv")
        write_epochs_csv(run, staging / "epochs.csv")
        if model is not None:
            model.save(str(staging / "model.npz"))
        for name, write in (extra_writers or {}).items():
            write(str(staging / name))
        _replace_folder(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder


def load_record(folder) -> Run:
    """Read a folder written by :func:`save_record`; ``run.model`` is the saved model or None.

    Raises ``ValueError`` (with a message naming the problem) for anything that is not a record.
    """
    folder = Path(folder)
    try:
        data = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{folder} holds no run.json: it is not an nnlab run record") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{folder / 'run.json'} cannot be read: {error}") from None
    try:
        run = Run.from_dict(data)
    except (TypeError, KeyError) as error:
        raise ValueError(f"{folder / 'run.json'} is damaged: {error}") from None
    run.batches = _read_batches_csv(folder / "batches.csv")
    if (folder / "model.npz").is_file():
        from nnlab.core import load_model
        run.model = load_model(str(folder / "model.npz"))
    return run


def write_batches_csv(run: Run, path) -> None:
    def write(stream):
        writer = csv.writer(stream)
        writer.writerow(["step", "epoch", "loss", "accuracy", "loss_smoothed", "accuracy_smoothed"])
        for step, row in enumerate(run.batches.rows(), start=1):
            writer.writerow([step, *(_number(value) for value in row)])
    _write_text(path, write)


def write_epochs_csv(run: Run, path) -> None:
    def write(stream):
        writer = csv.writer(stream)
        writer.writerow(EPOCH_COLUMNS)
        for entry in run.epochs:
            writer.writerow([_number(entry.get(name)) for name in EPOCH_COLUMNS])
    _write_text(path, write)


def write_metrics_csv(runs, path) -> None:
    """All metrics of several runs in one long table (run, kind, epoch, ...), for a spreadsheet."""
    def write(stream):
        writer = csv.writer(stream)
        writer.writerow(["run", "kind", "epoch", "loss", "accuracy", "loss_smoothed",
                         "accuracy_smoothed", "val_loss", "val_accuracy"])
        for run in runs:
            for x, loss, accuracy, loss_s, accuracy_s in run.batches.rows():
                writer.writerow([run.name, "batch", *map(_number, (x, loss, accuracy, loss_s, accuracy_s)),
                                 "", ""])
            for entry in run.epochs:
                writer.writerow([run.name, "epoch", _number(entry.get("epoch")), _number(entry.get("loss")),
                                 _number(entry.get("accuracy")), "", "", _number(entry.get("val_loss")),
                                 _number(entry.get("val_accuracy"))])
    _write_text(path, write)


def _read_batches_csv(path: Path) -> Columns:
    columns = Columns()
    if not path.is_file():
        return columns
    try:
        with open(path, newline="", encoding="utf-8") as stream:
            rows = list(csv.reader(stream))[1:]
        columns.append_rows([[float(value) if value else math.nan for value in row[1:6]] for row in rows])
    except (OSError, ValueError, IndexError) as error:
        raise ValueError(f"{path} is damaged: {error}") from None
    return columns


def _number(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:.6g}" if isinstance(value, float) else value


def _write_json(data, path: Path) -> None:
    _write_text(path, lambda stream: json.dump(_finite(data), stream, indent=2, default=_json_default,
                                               allow_nan=False))


def _finite(data):
    """``data`` with NaN and infinities as ``null``: strict JSON has no NaN (a diverged loss)."""
    if isinstance(data, dict):
        return {key: _finite(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_finite(value) for value in data]
    if isinstance(data, (float, np.floating)) and not math.isfinite(data):
        return None
    return data


def _json_default(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"cannot store {type(value).__name__} in a run record")


def _write_text(path, write) -> None:
    """Write a text file with ``write(stream)``, atomically."""
    with atomic_open(path, "w", encoding="utf-8", newline="") as stream:
        write(stream)


def _replace_folder(staging: Path, folder: Path) -> None:
    """Move ``staging`` to ``folder``; an existing record there is replaced only once the new one is in place."""
    if folder.exists():
        old = folder.with_name(f".{folder.name}-old-{os.getpid()}")
        os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, folder)


def split_dataset(dataset, validation_split: float) -> dict:
    """``{"train", "validation", "test"}`` pairs from ``((x_train, y_train), (x_test, y_test))``.

    The validation images are the last ``validation_split`` of the training set, as Keras' ``fit``
    takes them; the test set stays untouched until the run is evaluated.
    """
    (x_train, y_train), test = dataset
    keep = len(x_train) - validation_count(len(x_train), validation_split)
    return {"train": (x_train[:keep], y_train[:keep]), "validation": (x_train[keep:], y_train[keep:]),
            "test": test}
