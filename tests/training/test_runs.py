"""Run records: configs, growing history columns, and hand-in folders that survive a round trip."""

import json
import math

import numpy as np
import pytest

from nnlab.core import Dense, Sequential
from nnlab.training.runs import (
    Columns,
    Run,
    RunConfig,
    load_record,
    save_record,
    split_dataset,
    write_metrics_csv,
)


def test_lecture_config_counts_parameters_like_keras():
    config = RunConfig()
    assert config.layer_sizes() == [784, 512, 10]
    assert config.count_params() == 407_050
    assert config.architecture() == "784 → 512 → 10"
    assert RunConfig(hidden=()).count_params() == 785 * 10
    assert RunConfig(hidden=(64, 32)).count_params() == 785 * 64 + 65 * 32 + 33 * 10


def test_config_round_trips_through_a_dict():
    config = RunConfig(dataset="fashion_mnist", hidden=(32, 16), activation="tanh", optimizer="adam",
                       hyper={"learning_rate": 0.01, "beta_1": 0.8}, batch_size=7, epochs=3, seed=9,
                       validation_split=0.2)
    assert RunConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config


def test_columns_grow_and_find_the_nearest_point():
    columns = Columns(capacity=2)
    columns.append_rows([[0.1 * i, 2.0 - 0.1 * i, 0.5, 1.0, 0.4] for i in range(1, 11)])
    assert len(columns) == 10
    np.testing.assert_allclose(columns.column("x"), 0.1 * np.arange(1, 11))
    assert columns.nearest("loss", 0.52) == pytest.approx(1.5)
    assert columns.nearest("loss", 100) == pytest.approx(1.0)
    assert columns.nearest("loss", -5) == pytest.approx(1.9)
    with pytest.raises(ValueError):
        columns.column("x")[0] = 3  # views handed to plots are read-only


def test_split_keeps_the_last_share_for_validation():
    x = np.arange(100 * 4, dtype=np.uint8).reshape(100, 2, 2)
    y = np.arange(100)
    parts = split_dataset(((x, y), (x[:5], y[:5])), 0.1)
    assert len(parts["train"][0]) == 90 and list(parts["validation"][1]) == list(range(90, 100))
    assert len(split_dataset(((x, y), (x, y)), 0.0)["validation"][0]) == 0


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
