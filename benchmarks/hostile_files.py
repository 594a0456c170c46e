"""Peak memory and time of the hostile files and lessons of the reliability issues (each bounded).

    python benchmarks/hostile_files.py [--skip-gui]

Each case is built in a temporary folder and handed to the public loader; the figure is the peak
of Python allocations (tracemalloc) while it is read or refused, and the wall time (of a run without
tracemalloc, which slows millions of small allocations tenfold; not so for the GUI cases). Before the
checks, the same files took 2.7 GB (300,000 units), a MemoryError (a .npy header of 784 x 10^12),
1.2 GB (a 1.2 MB zip bomb), 8 GB (a 4 MB gzip bomb named like MNIST) and a whole read of a 3 GB
sparse file; and (issue 21) a segfault (a record of 90,000 live changes), 11 s and 450 MB (5,000
drawn), an uncaught MemoryError (batches.csv of 12 million rows), 12 s and an abort (a class
folder of 400 links to one 2 MB hand-in), 17 s and 1.6 GB (a 40 KB dotted key in a lesson),
74.5 GiB asked for (a number question about [100000] * 8) and hours of a core (a lesson experiment
of three 2048-unit layers, batches of one, 60,000 images). The GUI cases (a record of 5,000 live
changes drawn, 20 records of 300,000 batches painted and hovered) run offscreen; their peak counts
Python allocations only, not Qt's.
"""

from __future__ import annotations

import io
import json
import os
import struct
import sys
import tempfile
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import numpy as np

from nnlab.core import Dense, Sequential, load_model
from nnlab.data import DatasetError, load_dataset
from nnlab.lessons import LessonError, load_lesson
from nnlab.lessons.handin import Student, write_handin
from nnlab.lessons.progress import Progress
from nnlab.lessons.review import read_class
from nnlab.training.config import RunConfig
from nnlab.training.record_files import load_record, save_record
from nnlab.training.runs import Run


def npy(array, extra=b"") -> bytes:
    """A .npy member holding ``array``, followed by ``extra`` bytes it does not announce."""
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue() + extra


def lying_header(shape) -> bytes:
    """A .npy member whose header announces float32 ``shape`` and has no data at all."""
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": "<f4", "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def model_file(path: Path, config_change=None, members=None) -> Path:
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")])
    model.compile("rmsprop", "sparse_categorical_crossentropy", ["accuracy"])
    config = model.get_config()
    if config_change:
        config_change(config)
    files = {f"w{i}.npy": npy(w) for i, w in enumerate(model.get_weights())}
    files.update(members or {})
    files["config.npy"] = npy(np.array(json.dumps(config)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def measure(title: str, action, repeatable: bool = True) -> None:
    """Time ``action`` and its peak of Python allocations; a repeatable one is timed on a first run
    without tracemalloc (which slows millions of small allocations tenfold), then measured again."""
    seconds = None
    if repeatable:
        start = time.perf_counter()
        outcome = _outcome(action)
        seconds = time.perf_counter() - start
    tracemalloc.start()
    start = time.perf_counter()
    outcome = _outcome(action)
    seconds = time.perf_counter() - start if seconds is None else seconds
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"{title:<52} {peak:7.1f} MiB {seconds:6.2f} s  {outcome}", flush=True)


def _outcome(action) -> str:
    try:
        action()
    except (ValueError, DatasetError, LessonError) as error:
        return f"refused: {str(error).splitlines()[0][-90:]}"
    return "ACCEPTED"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        units = model_file(root / "units.npz", lambda c: c["layers"][0].update(units=300_000))
        liar = model_file(root / "liar.npz", members={"w0.npy": lying_header((784, 10**12))})
        bomb = model_file(root / "bomb.npz", members={"w1.npy": npy(np.zeros(512, np.float32),
                                                                    extra=bytes(1200 << 20))})
        measure(f"model: 300,000 units ({units.stat().st_size:,} B)", lambda: load_model(units))
        measure(f"model: .npy header 784 x 10^12 ({liar.stat().st_size:,} B)", lambda: load_model(liar))
        measure(f"model: zip bomb ({bomb.stat().st_size:,} B)", lambda: load_model(bomb))
        data = root / "data"
        (data / "mnist").mkdir(parents=True)
        header = struct.pack(">BBBBIII", 0, 0, 8, 3, 10_000_000, 28, 28)
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        gz = compressor.compress(header) + b"".join(compressor.compress(bytes(1 << 20)) for _ in range(4000))
        (data / "mnist" / "train-images-idx3-ubyte.gz").write_bytes(gz + compressor.flush())
        measure(f"data: gzip bomb ({len(gz):,} B)", lambda: load_dataset("mnist", data_dir=data, download=False))
        with open(data / "mnist" / "train-images-idx3-ubyte.gz", "wb") as sparse:
            sparse.truncate(3 << 30)
        measure("data: 3 GB sparse file", lambda: load_dataset("mnist", data_dir=data, download=False))
        records(root)
        lessons(root)
        if "--skip-gui" not in sys.argv:
            gui(root)


def record(root: Path, name: str, config=None, **fields) -> Path:
    folder = save_record(Run(name=name, config=config or RunConfig()), root / name)
    if fields:
        data = json.loads((folder / "run.json").read_text())
        data.update(fields)
        (folder / "run.json").write_text(json.dumps(data))
    return folder


def records(root: Path) -> None:
    change = {"step": 1, "x": 0.5, "optimizer": "adam", "hyper": {"learning_rate": 0.001}}
    many = record(root, "changes", changes=[change] * 90_000)
    measure(f"record: 90,000 live changes ({(many / 'run.json').stat().st_size:,} B)", lambda: load_record(many))
    digits = record(root, "digits", seconds=10 ** 400)
    measure("record: a 400-digit seconds", lambda: load_record(digits))
    rows = b"1,1,1,1,1,1\n" * 12_000_000
    short = record(root, "rows-short")
    (short / "batches.csv").write_bytes(b"step,epoch,loss,accuracy,loss_smoothed,accuracy_smoothed\n" + rows)
    measure("record: batches.csv 12M rows, a 5-epoch run", lambda: load_record(short))
    long = record(root, "rows-long", RunConfig(batch_size=1, epochs=500))
    (long / "batches.csv").write_bytes(b"step,epoch,loss,accuracy,loss_smoothed,accuracy_smoothed\n" + rows)
    del rows
    measure("record: batches.csv 12M rows, batch 1 x 500 epochs", lambda: load_record(long))
    lesson = load_lesson(write_text(root / "mini.toml", MINI_LESSON))
    progress = Progress(lesson.id)
    big = "9" * 199
    for _ in range(20):
        progress.answered("n", big, lesson.step("n").check(big))
    real = write_handin(root / "class", Student("Ada", "1"), lesson, progress)
    data = json.loads((real / "handin.json").read_text())
    entry = next(step for step in data["steps"] if step["id"] == "n")  # 20 answers of 200 characters
    data["steps"] = [dict(entry, id=f"n{index}") for index in range(440)]  # just under 2 MB
    (real / "handin.json").write_text(json.dumps(data))
    for index in range(400):
        (root / "class" / f"link-{index:03d}").symlink_to(real, target_is_directory=True)
    for index in range(59):
        copy = root / "class" / f"student-{index:02d}"
        copy.mkdir()
        (copy / "handin.json").write_text(json.dumps(data))
    size = (real / "handin.json").stat().st_size
    measure(f"class: 60 hand-ins of {size:,} B + 400 links", lambda: read_class(root / "class"))


MINI_LESSON = """
title = "Mini"
[[step]]
id = "n"
page = "train"
text = "t"
[step.question]
kind = "number"
prompt = "p"
network = [784, 512]
"""


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def lessons(root: Path) -> None:
    for size in (40_000, 60_000):
        key = write_text(root / f"key{size}.toml", 'title = "T"\nx' + ".a" * (size // 2) + " = 1\n")
        measure(f"lesson: a {size // 1000} KB dotted key", lambda key=key: load_lesson(key))
    key = write_text(root / "dots.toml", 'title = "T"\nx' + ".a" * 60 + " = 1\n")
    measure("lesson: a dotted key of 61 parts", lambda: load_lesson(key))
    huge = write_text(root / "huge.toml", MINI_LESSON.replace("[784, 512]", "[" + ", ".join(["100000"] * 8) + "]"))
    step = load_lesson(huge).step("n")
    measure("lesson: number question about [100000] * 8", lambda: step.check("70000700000"))
    costly = write_text(root / "costly.toml", MINI_LESSON.replace(
        "[step.question]", "experiment = { hidden = [2048, 2048, 2048], batch_size = 1, samples = 60000 }\n"
                           "[step.question]"))
    measure("lesson: experiment 3 x 2048 units, batch 1, 60,000", lambda: load_lesson(costly))


def gui(root: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from nnlab.gui.train.plots import TrainingPlots
    from nnlab.gui.train.run_model import RunListModel
    from nnlab.training.runs import Columns

    app = QApplication.instance() or QApplication([])
    plots, model = TrainingPlots(), RunListModel()
    plots.observe(model)
    plots.resize(1100, 420)
    plots.show()
    run = Run(name="changes", config=RunConfig(epochs=2))
    run.batches.append_rows([[i / 500, 1.0, 0.5, 1.0, 0.5] for i in range(1, 1001)])
    run.changes = [{"step": i, "x": i / 2500, "optimizer": "sgd", "hyper": {"learning_rate": 0.01}}
                   for i in range(5000)]

    def draw_changes():
        model.add(run)
        plots.grab()
    measure("plots: a record of 5,000 live changes drawn", draw_changes, repeatable=False)
    model.remove(model.entries()[0])
    xs = np.arange(1, 300_001) / 60_000
    losses = np.exp(-xs) + 0.05 * np.random.default_rng(0).random(len(xs))
    runs = []
    for index in range(20):
        run = Run(name=f"r{index}", config=RunConfig(batch_size=1, epochs=5))
        run.batches = Columns(capacity=len(xs))
        run.batches.append_rows(np.column_stack([xs, losses, 1 - losses, losses, 1 - losses]))
        runs.append(run)

    def first_paint():
        for run in runs:
            model.add(run)
        for entry in model.entries():
            model.set_shown(entry, True)
        plots.grab()
    measure("plots: 20 records of 300,000 batches, first paint", first_paint, repeatable=False)
    view = plots.loss_plot

    def hover():
        for step in range(10):
            point = view.mapToScene(view.rect().center()) + QPointF(step * 5, 0)
            view.scene().sigMouseMoved.emit(point)
            plots.grab()
    measure("plots: ... 10 mouse moves, each repainted", hover, repeatable=False)
    app.processEvents()


if __name__ == "__main__":
    main()
