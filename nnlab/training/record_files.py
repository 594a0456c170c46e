"""Run records on disk: a folder a student can hand in, and reading one back without trusting it.

:func:`save_record` writes a folder (``run.json``, ``batches.csv``, ``epochs.csv``, the model and
whatever plots the caller adds), :func:`load_record` reads it. Every file is written to a temporary
folder first and moved into place at the end, so a crash halfway never leaves half a record
behind; a save never replaces a folder that is not a record. Every file read is size-checked
before it is parsed.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import shutil
from pathlib import Path

import numpy as np

from nnlab.atomic import atomic_open, recover_folder, replace_folder, temporary_folder
from nnlab.safe_read import open_regular_file, read_regular_file
from nnlab.training.config import MAX_BATCH
from nnlab.training.runs import EPOCH_COLUMNS, Columns, Run

MAX_RUN_JSON_BYTES = 8 << 20
MAX_CSV_BYTES = 256 << 20
MAX_BATCH_ROWS = 1_000_000
"""Rows of ``batches.csv`` kept in memory: a longer table (a stochastic run of many epochs) is read
every k-th row, which a plot of a few thousand pixels cannot tell apart (40 MB, not gigabytes)."""
RECORD_SUFFIXES = (".json", ".csv", ".npz", ".png", ".txt", ".part")
"""The files a record folder may hold; a folder with anything else is someone's, never replaced."""


def save_record(run: Run, folder, model=None, extra_writers: dict | None = None) -> Path:
    """Write ``run`` as a hand-in folder: ``run.json``, ``batches.csv``, ``epochs.csv``,
    ``model.npz`` (when ``model`` is given) and one file per ``extra_writers`` entry
    (``{"loss.png": write(path)}``, e.g. plots the GUI renders). Returns the folder.

    ``folder`` must be new, or an earlier record (which is then replaced whole); any other existing
    file or folder is never touched (``FileExistsError``). Everything is written into a temporary
    sibling folder first and swapped into place at the end (:func:`nnlab.atomic.replace_folder`).
    """
    folder = Path(os.path.abspath(folder))
    recover_folder(folder)
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
        replace_folder(staging, folder)
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
    recover_folder(folder)  # a save killed between its two renames left the old record aside
    data = _read_run_json(folder)
    try:
        run = Run.from_dict(data)
    except ValueError as error:
        raise ValueError(f"{folder / 'run.json'} is damaged: {error}") from None
    run.batches = _read_batches_csv(folder / "batches.csv", _most_batches(run))
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
    except MemoryError:
        raise ValueError(f"{path} needs more memory to read than this computer has") from None


def _most_batches(run: Run) -> int:
    """The most mini-batches ``run`` can have seen: every epoch of its config over every training
    image, with batches of one. A table longer than that was not written for this run."""
    return max(run.config.epochs, len(run.epochs)) * math.ceil(MAX_BATCH / run.config.batch_size)


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


def _read_batches_csv(path: Path, most_rows: int) -> Columns:
    """The table of batches, read in chunks of bytes (never the whole file as one string): a table with
    more rows than ``most_rows`` is refused after a count of its lines, one with more than
    :data:`MAX_BATCH_ROWS` is read every k-th row (the lines between are split off, never parsed)."""
    columns = Columns()
    if not os.path.lexists(path):
        return columns
    try:
        with open_regular_file(path, MAX_CSV_BYTES, "table of batches") as stream:
            rows = sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(_CHUNK), b"")) - 1
            if rows > most_rows:
                raise ValueError(f"it has {rows:,} rows, but its run can have had at most {most_rows:,} "
                                 "mini-batches")
            stride = max(1, math.ceil(rows / MAX_BATCH_ROWS))
            stream.seek(0)
            for lines in _lines(stream, stride):
                columns.append_rows(_parse_rows(lines))
    except (OSError, ValueError, IndexError) as error:
        raise ValueError(f"{path} is damaged: {error}") from None
    except MemoryError:
        raise ValueError(f"{path} needs more memory to read than this computer has") from None
    if not np.isfinite(columns.column("x")).all() or (len(columns) and np.abs(columns.column("x")).max() > 1e9):
        raise ValueError(f"{path} is damaged: its epoch column holds numbers no run reaches")
    return columns


_CHUNK = 1 << 22


def _parse_rows(lines: list) -> np.ndarray:
    """The five columns after ``step`` of CSV ``lines`` (bytes), parsed by NumPy; an empty field is NaN."""
    text = b"\n".join(line for line in lines if line.strip())
    if not text:
        return np.empty((0, 5))
    text = text.replace(b",,", b",nan,").replace(b",,", b",nan,").replace(b",\r", b",nan\r").replace(b",\n", b",nan\n")
    if text.endswith(b","):
        text += b"nan"
    return np.loadtxt(io.BytesIO(text), delimiter=",", usecols=range(1, 6), dtype=float, ndmin=2)


def _lines(stream, stride: int):
    """Lists of the data lines 1, 1 + stride, 1 + 2 stride, ... of ``stream`` (line 0 is the header), a
    chunk's worth at a time; the lines in between are only found (NumPy), never copied."""
    number, rest = 0, b""  # the number of the first line of ``data``
    for chunk in iter(lambda: stream.read(_CHUNK), b""):
        data = rest + chunk
        ends = np.flatnonzero(np.frombuffer(data, np.uint8) == ord("\n"))
        if not len(ends):
            rest = data
            continue
        starts = np.concatenate(([0], ends[:-1] + 1))
        start = max(0, 1 - number)
        picked = range(start + (-(number + start - 1)) % stride, len(ends), stride)
        yield [data[starts[index]:ends[index]] for index in picked]
        rest = data[ends[-1] + 1:]
        number += len(ends)
    if rest.strip() and number >= 1 and (number - 1) % stride == 0:
        yield [rest]


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
