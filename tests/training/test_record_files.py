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
from nnlab.training.runs import Run


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
