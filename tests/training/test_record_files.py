"""Run records as hand-in folders: a round trip keeps everything, a folder that is not a record is never
replaced, and a record from outside is read without trusting it."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnlab.core import Dense, Sequential
from nnlab.training.config import RunConfig
from nnlab.training.record_files import load_record, save_record, write_metrics_csv
from nnlab.training.runs import Columns, Run


def _run_with_history():
    run = Run(name="Run 1", config=RunConfig(hidden=(8,), epochs=2), status="diverged",
              message="the loss exploded")
    run.batches.append_rows([[0.5, 2.0, 0.2, 2.0, 0.2], [1.0, math.nan, math.nan, math.nan, math.nan]])
    run.epochs.append({"epoch": 1, "loss": 1.5, "accuracy": 0.4, "val_loss": 1.6, "val_accuracy": 0.35})
    run.changes.append({"x": 0.5, "optimizer": "adam", "hyper": {"learning_rate": 0.1}})
    run.test_accuracy = 0.42
    return run


def test_record_round_trip_with_model(tmp_path):
    run = _run_with_history()
    model = Sequential([Dense(8, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=1)
    model.compile("adam", "sparse_categorical_crossentropy", ["accuracy"])
    folder = save_record(run, tmp_path / "record", model=model,
                         extra_writers={"note.txt": lambda path: open(path, "w").write("hi")})
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["batches.csv", "epochs.csv", "model.npz", "note.txt", "run.json"]
    json.loads((folder / "run.json").read_text())  # strict JSON: the NaN loss became null
    assert "NaN" not in (folder / "run.json").read_text()
    again = load_record(folder)
    assert again.name == "Run 1" and again.status == "diverged" and again.config == run.config
    assert again.changes == run.changes and again.epochs[0]["val_accuracy"] == 0.35
    assert len(again.batches) == 2 and math.isnan(again.batches.column("loss")[1])
    for saved, original in zip(again.model.get_weights(), model.get_weights()):
        np.testing.assert_array_equal(saved, original)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left behind


def test_saving_again_replaces_the_record(tmp_path):
    run = _run_with_history()
    save_record(run, tmp_path / "r")
    run.name = "renamed"
    save_record(run, tmp_path / "r")
    assert load_record(tmp_path / "r").name == "renamed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


def test_a_failing_writer_leaves_no_half_record(tmp_path):
    def broken(path):
        raise OSError("disk full")
    with pytest.raises(OSError):
        save_record(_run_with_history(), tmp_path / "r", extra_writers={"x.png": broken})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", [None, "not json", '{"name": 3}', "[]"])
def test_loading_something_else_says_so(tmp_path, content):
    if content is not None:
        (tmp_path / "run.json").write_text(content)
    with pytest.raises(ValueError, match="run"):
        load_record(tmp_path)


def test_metrics_csv_has_batches_and_epochs_of_every_run(tmp_path):
    first, second = _run_with_history(), _run_with_history()
    second.name = "Run 2"
    write_metrics_csv([first, second], tmp_path / "m.csv")
    lines = (tmp_path / "m.csv").read_text().splitlines()
    assert lines[0].startswith("run,kind,epoch,loss")
    assert sum(line.startswith("Run 2,batch") for line in lines) == 2
    assert sum(line.startswith("Run 1,epoch,1,1.5") for line in lines) == 1


def test_a_record_of_sgd_with_its_nesterov_switch_reads_back(tmp_path):
    """SGD's nesterov is a switch, not a number: a record of a Train-page SGD run must open again."""
    config = RunConfig(optimizer="sgd", hyper={"learning_rate": 0.1, "momentum": 0.0, "nesterov": False})
    run = Run(config=config, name="Run 1")
    loaded = load_record(save_record(run, tmp_path / "sgd-run"))
    assert loaded.config.hyper["nesterov"] is False


# -- record folders are never someone else's ----------------------------------------------------

def test_saving_into_a_folder_that_is_not_a_record_touches_nothing(tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "thesis.tex").write_text("three years of work")
    for target in (victim, f"{victim}/.", tmp_path / "victim" / ".." / "victim", tmp_path):
        with pytest.raises(FileExistsError, match="not an nnlab run record"):
            save_record(_run_with_history(), target)
    assert (victim / "thesis.tex").read_text() == "three years of work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["victim"]


def test_a_record_with_a_foreign_file_beside_it_is_not_replaced(tmp_path):
    save_record(_run_with_history(), tmp_path / "r")
    (tmp_path / "r" / "notes").mkdir()
    with pytest.raises(FileExistsError):
        save_record(_run_with_history(), tmp_path / "r")
    assert (tmp_path / "r" / "notes").is_dir()


def test_a_file_or_link_in_the_way_is_not_replaced(tmp_path):
    (tmp_path / "file").write_text("mine")
    (tmp_path / "link").symlink_to(tmp_path / "file")
    for name in ("file", "link"):
        with pytest.raises(FileExistsError):
            save_record(_run_with_history(), tmp_path / name)
    assert (tmp_path / "file").read_text() == "mine"


def test_an_empty_folder_becomes_a_record(tmp_path):
    (tmp_path / "new").mkdir()
    save_record(_run_with_history(), tmp_path / "new")
    assert load_record(tmp_path / "new").name == "Run 1"


def test_records_honour_the_umask(tmp_path):
    previous = os.umask(0o077)
    try:
        folder = save_record(_run_with_history(), tmp_path / "private")
    finally:
        os.umask(previous)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "run.json").stat().st_mode & 0o777 == 0o600
    previous = os.umask(0o022)
    try:
        folder = save_record(_run_with_history(), tmp_path / "shared")
    finally:
        os.umask(previous)
    assert folder.stat().st_mode & 0o777 == 0o755 and (folder / "run.json").stat().st_mode & 0o777 == 0o644


def test_parts_left_by_a_killed_save_are_cleaned_by_the_next(tmp_path):
    dead = _dead_pid()
    stale_folder = tmp_path / f".r.{dead}.00ff00ff.part"
    stale_folder.mkdir()
    (stale_folder / "run.json").write_text("{}")
    stale_file = tmp_path / "r" / f".run.json.{dead}.0a0b0c0d.part"
    foreign = tmp_path / f".r.{os.getppid()}.12345678.part"  # a live process's: left alone
    foreign.write_text("busy")
    save_record(_run_with_history(), tmp_path / "r")
    stale_file.write_text("half")
    save_record(_run_with_history(), tmp_path / "r")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([foreign.name, "r"])
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == ["batches.csv", "epochs.csv", "run.json"]


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# -- records from outside ------------------------------------------------------------------------

def _record_with(tmp_path, **changes) -> Path:
    folder = save_record(_run_with_history(), tmp_path / "record")
    data = json.loads((folder / "run.json").read_text())
    for key, value in changes.items():
        if key.startswith("config."):
            data["config"][key.removeprefix("config.")] = value
        else:
            data[key] = value
    (folder / "run.json").write_text(json.dumps(data))
    return folder


@pytest.mark.parametrize("key, value", [
    ("config.hidden", [3_000_000]), ("config.seed", 2**70), ("config.batch_size", -5), ("config.epochs", 10**9),
    ("config.validation_split", 5), ("config.optimizer", [1, 2]), ("config", [1]), ("epochs", {"a": 1}),
    ("epochs", [1, 2]), ("changes", "x"), ("name", ["x"]), ("seconds", "long"), ("status", "exploded"),
    ("evaluation", 3), ("epochs", [{"epoch": 1, "loss": "low"}]), ("changes", [{"x": "1", "optimizer": "sgd"}]),
    ("changes", [{"x": 1, "optimizer": "sgd", "hyper": {"learning_rate": [1]}}]),
    ("evaluation", {"confusion": [[1, 2]], "per_class": []}), ("evaluation", {"confusion": "x"}),
    ("evaluation", {"confusion": [[-1] * 10] * 10}),
])
def test_a_malformed_record_is_a_value_error_naming_the_field(tmp_path, key, value):
    folder = _record_with(tmp_path, **{key: value})
    with pytest.raises(ValueError, match=key.split(".")[-1]):
        load_record(folder)


@pytest.mark.parametrize("key, value, problem", [("seconds", math.nan, "NaN is not a number"),
                                                ("test_loss", -math.inf, "-Infinity is not a number"),
                                                ("name", "x" * 20_000, "20,000 characters")])
def test_a_record_with_what_nnlab_never_writes_is_refused(tmp_path, key, value, problem):
    with pytest.raises(ValueError, match=problem):
        load_record(_record_with(tmp_path, **{key: value}))


def test_a_record_with_an_evaluation_reads_back(tmp_path):
    evaluation = {"accuracy": 0.5, "loss": 1.2, "confusion": [[3] * 10] * 10, "per_class": [None] + [0.5] * 9}
    assert load_record(_record_with(tmp_path, evaluation=evaluation)).evaluation == evaluation


def test_a_record_saved_while_running_reads_as_stopped(tmp_path):
    assert load_record(_record_with(tmp_path, status="running")).status == "stopped"


def test_a_model_that_does_not_match_the_config_is_refused(tmp_path):
    model = Sequential([Dense(9, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")])
    folder = save_record(_run_with_history(), tmp_path / "r", model=model)
    with pytest.raises(ValueError, match="describes"):
        load_record(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_run_json_must_be_an_ordinary_file_of_sane_size(tmp_path):
    for name, make in (("fifo", lambda p: os.mkfifo(p)), ("zero", lambda p: p.symlink_to("/dev/zero"))):
        (tmp_path / name).mkdir()
        make(tmp_path / name / "run.json")
        with pytest.raises(ValueError, match="not a regular file"):
            load_record(tmp_path / name)
    (tmp_path / "huge").mkdir()
    with open(tmp_path / "huge" / "run.json", "wb") as sparse:
        sparse.truncate(3 << 30)  # 3 GB that take no disk space
    with pytest.raises(ValueError, match="more than a run record can have"):
        load_record(tmp_path / "huge")


def test_a_deeply_nested_run_json_is_a_value_error(tmp_path):
    (tmp_path / "run.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ValueError, match="cannot be read"):
        load_record(tmp_path)


# -- costs a record can make unbounded, and work a record must never lose --------------------------

@pytest.mark.parametrize("key, value, problem", [
    ("seconds", 10 ** 400, '"seconds" is 1000'), ("test_loss", -(10 ** 309), '"test_loss"'),
    ("epochs", [{"epoch": 1, "loss": 10 ** 400}], r'"epochs\[0\].loss"'),
    ("changes", [{"x": 10 ** 400, "optimizer": "sgd", "hyper": {}}], r'"changes\[0\].x"'),
    ("config.hyper", {"learning_rate": 10 ** 400, "rho": 0.9, "epsilon": 1e-7}, "learning_rate"),
], ids=["seconds", "test_loss", "epoch loss", "change x", "learning rate"])
def test_numbers_must_be_finite_and_fit_a_float(tmp_path, key, value, problem):
    """A 400-digit "seconds" was read and then raised OverflowError on every repaint of the runs table."""
    with pytest.raises(ValueError, match=problem):
        load_record(_record_with(tmp_path, **{key: value}))


def test_a_record_listing_90000_live_changes_is_refused_cheaply(tmp_path, peak_mb):
    change = {"step": 1, "x": 0.5, "optimizer": "adam", "hyper": {"learning_rate": 0.1}}
    folder = _record_with(tmp_path, changes=[change] * 90_000)
    assert (folder / "run.json").stat().st_size < 8 << 20  # inside the size limit: the count refuses it
    errors = []
    assert peak_mb(lambda: errors.append(pytest.raises(ValueError, load_record, folder))) < 80
    assert "90,000 live changes; a run has at most 500 and 10,000" in str(errors[0].value)


def test_a_run_keeps_its_changes_bounded_and_the_last_one_true():
    run = _run_with_history()
    run.changes.clear()
    for step in range(10_005):
        run.add_change({"step": step, "x": step / 100, "optimizer": "sgd", "hyper": {"learning_rate": step}})
    assert len(run.changes) == 10_000 and run.changes[-1]["step"] == 10_004


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov"])
def test_a_live_change_to_a_switching_optimizer_reads_back(tmp_path, optimizer):
    from nnlab.core import optimizers
    run = _run_with_history()
    run.changes.append({"step": 3, "x": 0.7, "optimizer": optimizer, "hyper": optimizers.hyperparameters(optimizer)})
    assert load_record(save_record(run, tmp_path / "r")).changes[-1]["hyper"]["nesterov"] is (optimizer == "nesterov")


def test_a_batches_table_longer_than_its_run_is_refused_before_parsing(tmp_path, peak_mb):
    folder = save_record(_run_with_history(), tmp_path / "r")  # 2 epochs of batch 128: at most 938 batches
    row = "1,0.001,2.3,0.1,2.3,0.1\n"
    (folder / "batches.csv").write_text("step,epoch,loss,accuracy,loss_smoothed,accuracy_smoothed\n" + row * 200_000)
    errors = []
    assert peak_mb(lambda: errors.append(pytest.raises(ValueError, load_record, folder))) < 20
    assert "batches.csv is damaged: it has 200,000 rows, but its run can have had at most" in str(errors[0].value)


def test_a_long_batches_table_is_read_every_kth_row(tmp_path, monkeypatch):
    import nnlab.training.record_files as record_files
    monkeypatch.setattr(record_files, "MAX_BATCH_ROWS", 100)
    run = _run_with_history()
    run.batches = Columns()
    run.config.batch_size = 32  # 3,750 batches at most
    run.batches.append_rows([[i / 1000, 1.0, 0.5, 1.0, 0.5] for i in range(1, 1001)])
    loaded = load_record(save_record(run, tmp_path / "r"))
    assert len(loaded.batches) == 100 and loaded.batches.column("x")[1] == pytest.approx(0.011)
    monkeypatch.setattr(record_files, "_CHUNK", 37)  # lines cut at every place by the chunks
    assert load_record(tmp_path / "r").batches.rows() == loaded.batches.rows()
    monkeypatch.setattr(record_files, "MAX_BATCH_ROWS", 10_000)
    assert load_record(tmp_path / "r").batches.rows() == run.batches.rows()


KILLED_RECORD_SAVE = """
import os, signal, sys
import nnlab.atomic as atomic
from nnlab.training.config import RunConfig
from nnlab.training.record_files import save_record
from nnlab.training.runs import Columns, Run
atomic._exchange = lambda *paths: False  # the two-rename way
real_replace = os.replace
def replace(source, target):
    if os.path.basename(target) == "r":  # the old record is aside, the new one not yet in
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(source, target)
save_record(Run(name="old", config=RunConfig()), sys.argv[1])
os.replace = replace
save_record(Run(name="new", config=RunConfig()), sys.argv[1])
"""


def test_a_record_save_killed_between_its_renames_still_opens(tmp_path):
    """The old and the new record sat in hidden .part folders, and the next save deleted both."""
    process = subprocess.run([sys.executable, "-c", KILLED_RECORD_SAVE, str(tmp_path / "r")], check=False)
    assert process.returncode == -9 and not (tmp_path / "r").exists()
    assert load_record(tmp_path / "r").name == "old"  # put back on load
    save_record(Run(name="newer", config=RunConfig()), tmp_path / "r")
    assert load_record(tmp_path / "r").name == "newer" and [p.name for p in tmp_path.iterdir()] == ["r"]
