"""Training runs as plain records: what was trained, how, and what happened, for comparing and handing in.

A :class:`Run` holds the :class:`RunConfig` a student chose, every live change of the optimizer or
its hyperparameters (so a plot can mark it), the per-batch and per-epoch history and the final test
result. It knows nothing about Qt, so the same record is written by the GUI, read back by tests and
opened again later: :func:`save_record` writes a folder (``run.json``, ``batches.csv``,
``epochs.csv``, the model and whatever plots the caller adds), :func:`load_record` reads it.
Every file is written to a temporary folder first and moved into place at the end, so a crash
halfway never leaves half a record behind; a save never replaces a folder that is not a record.
A record read back is checked as strictly as a new run's settings (:meth:`RunConfig.validate`):
it may have been edited by hand or handed in by someone else.
"""

from __future__ import annotations

import csv
import io
import json
import math
import numbers
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from nnlab.atomic import atomic_open, remove_stale_parts, temporary_folder
from nnlab.core import optimizers
from nnlab.core.checks import validation_count
from nnlab.safe_read import read_regular_file

RECORD_VERSION = 1
INPUTS = 784
CLASSES = 10
ACTIVATIONS = ("relu", "sigmoid", "tanh")
MAX_HIDDEN_LAYERS = 3
MAX_UNITS = 4096
MAX_BATCH = 60000
MAX_EPOCHS = 500
MAX_SEED = 2**31 - 1  # what a spin box can show
MAX_VALIDATION_SPLIT = 0.5  # at least half of the training images stay for training
STATUSES = ("new", "running", "completed", "stopped", "diverged", "error")
MAX_RUN_JSON_BYTES = 8 << 20
MAX_TEXT = 10_000  # characters of a record's name, message or date
MAX_CSV_BYTES = 256 << 20
RECORD_SUFFIXES = (".json", ".csv", ".npz", ".png", ".txt", ".part")
"""The files a record folder may hold; a folder with anything else is someone's, never replaced."""
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
    train_subset: int = 0  # train on the first this many training images; 0: all of them

    def __post_init__(self):
        if isinstance(self.hidden, (list, tuple)):
            self.hidden = tuple(self.hidden)
        if isinstance(self.hyper, dict):
            self.hyper = dict(self.hyper)

    def validate(self) -> "RunConfig":
        """Raise :class:`ConfigError` (a ValueError naming the field) unless a run can train with this.

        The one check for every way a config arrives: the Train page, ``nnlab train`` and a record
        or settings file read back, so a hand-edited "hidden": [3000000] or a seed of 2**70 is refused
        before any array is allocated. Returns the config, so ``RunConfig(...).validate()`` chains.
        """
        from nnlab.data.datasets import DATASETS
        _choice("dataset", self.dataset, tuple(DATASETS))
        if not isinstance(self.hidden, tuple) or len(self.hidden) > MAX_HIDDEN_LAYERS:
            raise ConfigError("hidden", f"hidden is {_show(self.hidden)}; give 0 to {MAX_HIDDEN_LAYERS} "
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
            raise ConfigError("validation_split", f"validation_split is {_show(split)}; it must be a "
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
    def from_dict(cls, data: dict) -> "RunConfig":
        """The config stored in ``data`` (settings or a record), validated: see :meth:`validate`."""
        if not isinstance(data, dict):
            raise ConfigError("config", f"the config is {_show(data)}, not an object of settings")
        known = {key: data[key] for key in cls.__dataclass_fields__ if key in data}
        return cls(**known).validate()


class ConfigError(ValueError):
    """A run's setting is out of range; ``field`` names it (``"batch_size"``), the message says what is allowed."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def _whole(field: str, value, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise ConfigError(field, f"{field} is {_show(value)}; it must be a whole number from {low:,} to {high:,}")


def _choice(field: str, value, allowed: tuple) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise ConfigError(field, f"{field} is {_show(value)}; it must be one of {', '.join(allowed)}")


def _check_hyper(optimizer: str, hyper) -> None:
    """The hyperparameters must be the optimizer's own, finite numbers it accepts."""
    known = optimizers.hyperparameters(optimizer)
    if not isinstance(hyper, dict):
        raise ConfigError("hyper", f"hyper is {_show(hyper)}, not an object of hyperparameters")
    for key, value in hyper.items():
        if key not in known:
            raise ConfigError("hyper", f"{optimizer} has no hyperparameter {_show(key)} "
                              f"(it has {', '.join(known)})")
        if isinstance(known[key], bool):  # a switch such as SGD's nesterov
            if not isinstance(value, bool):
                raise ConfigError(key, f"{key} is {_show(value)}; it must be true or false")
        elif isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
            raise ConfigError(key, f"{key} is {_show(value)}; it must be a finite number")
    try:
        optimizers.get(optimizer, **hyper)
    except (TypeError, ValueError) as error:
        raise ConfigError("hyper", f"the {optimizer} hyperparameters are not usable: {error}") from None


def _show(value) -> str:
    """A value for an error message, never longer than a line."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


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
                raise ValueError(f'"{key}" is {_show(value)}, which a run record cannot hold')
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
            raise ValueError(f'"status" is {_show(fields["status"])}; it must be one of {", ".join(STATUSES)}')
        if fields.get("status") in ("new", "running"):
            fields["status"] = "stopped"
        fields.setdefault("name", "run")
        return cls(config=config, **fields)


def _check_numbers(where: str, entry, keys) -> None:
    """``entry`` is an object whose ``keys`` (those present) are numbers or null."""
    if not isinstance(entry, dict):
        raise ValueError(f'"{where}" is {_show(entry)}, not an object')
    for key in keys:
        value = entry.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, numbers.Real)):
            raise ValueError(f'"{where}.{key}" is {_show(value)}, not a number')


def _check_change(where: str, change) -> None:
    """A live change as the plots and the run details show it: position, optimizer, hyperparameters."""
    _check_numbers(where, change, ("step", "x"))
    if not isinstance(change.get("x"), numbers.Real) or change.get("optimizer") not in optimizers.NAMES:
        raise ValueError(f'"{where}" needs a number "x" and an optimizer name, not {_show(change)}')
    _check_numbers(f"{where}.hyper", change.get("hyper"), tuple(change.get("hyper") or ()))


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


# -- record folders ------------------------------------------------------------------------------

def save_record(run: Run, folder, model=None, extra_writers: dict | None = None) -> Path:
    """Write ``run`` as a hand-in folder: ``run.json``, ``batches.csv``, ``epochs.csv``,
    ``model.npz`` (when ``model`` is given) and one file per ``extra_writers`` entry
    (``{"loss.png": write(path)}``, e.g. plots the GUI renders). Returns the folder.

    ``folder`` must be new, or an earlier record (which is then replaced whole); any other existing
    file or folder is never touched (``FileExistsError``). Everything is written into a temporary
    sibling folder first and renamed into place at the end.
    """
    folder = Path(os.path.abspath(folder))
    if not folder.name:
        raise FileExistsError(f"{folder} cannot be a record folder; choose a new folder name")
    if os.path.lexists(folder) and not (_empty_folder(folder) or is_record_folder(folder)):
        raise FileExistsError(f"{folder} already exists and is not an nnlab run record; nnlab will not "
                              "replace it. Choose a new folder name.")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = temporary_folder(folder)
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


def is_record_folder(folder) -> bool:
    """True for a real folder (not a link) holding an nnlab ``run.json`` and only files a record has."""
    folder = Path(folder)
    if folder.is_symlink() or not folder.is_dir():
        return False
    try:
        _read_run_json(folder)
        return all(_record_file(entry) for entry in folder.iterdir())
    except (ValueError, OSError):
        return False


def _empty_folder(folder: Path) -> bool:
    try:
        return not folder.is_symlink() and folder.is_dir() and not any(folder.iterdir())
    except OSError:
        return False


def _record_file(entry: Path) -> bool:
    return not entry.is_symlink() and entry.is_file() and entry.suffix in RECORD_SUFFIXES


def load_record(folder) -> Run:
    """Read a folder written by :func:`save_record`; ``run.model`` is the saved model or None.

    Raises ``ValueError`` (with a message naming the problem) for anything that is not a record,
    before anything is built from it: run.json must be an ordinary file of sane size, its config
    passes :meth:`RunConfig.validate` and the model must have the layers that config describes.
    """
    folder = Path(folder)
    data = _read_run_json(folder)
    try:
        run = Run.from_dict(data)
    except ValueError as error:
        raise ValueError(f"{folder / 'run.json'} is damaged: {error}") from None
    run.batches = _read_batches_csv(folder / "batches.csv")
    model_path = folder / "model.npz"
    if os.path.lexists(model_path):
        from nnlab.core import load_model
        run.model = load_model(str(model_path))
        sizes = [run.model.layers[0].input_dim] + [layer.units for layer in run.model.layers]
        if sizes != run.config.layer_sizes():
            raise ValueError(f"{model_path} has layers {sizes}, but the record's config describes "
                             f"{run.config.layer_sizes()}; the record is damaged")
    return run


def _no_constant(name: str):
    """Records hold no NaN or Infinity (they are written as null): one that does was not written by nnlab."""
    raise ValueError(f"{name} is not a number a run record holds")


def _read_run_json(folder: Path) -> dict:
    path = folder / "run.json"
    try:
        text = read_regular_file(path, MAX_RUN_JSON_BYTES, "run record").decode("utf-8")
        return json.loads(text, parse_constant=_no_constant)
    except FileNotFoundError:
        raise ValueError(f"{folder} holds no run.json: it is not an nnlab run record") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise ValueError(f"{path} cannot be read: {reason}") from None


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
    if not os.path.lexists(path):
        return columns
    try:
        text = read_regular_file(path, MAX_CSV_BYTES, "table of batches").decode("utf-8")
        rows = csv.reader(io.StringIO(text))
        next(rows, None)
        chunk = []
        for row in rows:
            chunk.append([float(value) if value else math.nan for value in row[1:6]])
            if len(chunk) == 4096:
                columns.append_rows(chunk)
                chunk = []
        columns.append_rows(chunk)
    except (OSError, UnicodeDecodeError, ValueError, IndexError, csv.Error) as error:
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
    """Move ``staging`` to ``folder``; an earlier record there is replaced only once the new one is in place.

    The old record is first renamed to a part of ``folder`` (removed at once, or by the next save
    if this process is killed in between), so the folder never holds a mix of the two.
    """
    if os.path.lexists(folder):
        old = temporary_folder(folder)
        os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, folder)
    remove_stale_parts(folder)


def split_dataset(dataset, validation_split: float, subset: int = 0) -> dict:
    """``{"train", "validation", "test"}`` pairs from ``((x_train, y_train), (x_test, y_test))``.

    The validation images are the last ``validation_split`` of the training set, as Keras' ``fit``
    takes them; the test set stays untouched until the run is evaluated. ``subset`` (0: all) keeps
    only the first that many training images, so that a stochastic run finishes in seconds; the
    validation and test images stay the same, so runs on a subset compare fairly with full ones.
    """
    (x_train, y_train), test = dataset
    keep = len(x_train) - validation_count(len(x_train), validation_split)
    train = min(keep, subset) if subset else keep
    return {"train": (x_train[:train], y_train[:train]), "validation": (x_train[keep:], y_train[keep:]),
            "test": test}
