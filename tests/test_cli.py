"""The ``nnlab`` command line: real runs on the real MNIST files, and friendly errors."""

import json
import signal
import subprocess
import sys

import numpy as np
import pytest

import nnlab
from nnlab.cli import build_parser, main
from nnlab.core import Dense, Sequential, load_model
from nnlab.core.callbacks import EpochPrinter


def run(*args):
    return subprocess.run([sys.executable, "-m", "nnlab", *args], capture_output=True, text=True, timeout=300)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"nnlab {nnlab.__version__}"


@pytest.mark.parametrize("args", [["train", "--epochs", "0"], ["train", "--optimizer", "adamw"],
                                  ["train", "--lr", "-1"], ["frobnicate"], ["train", "--batch-size", "x"]])
def test_bad_arguments_print_usage_and_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert "usage: nnlab" in capsys.readouterr().err


def test_train_prints_one_line_per_epoch_and_saves(mnist_dir, tmp_path):
    model_path = tmp_path / "small.npz"
    result = run("train", "--data-dir", str(mnist_dir), "--epochs", "2", "--hidden", "16",
                 "--optimizer", "adam", "--seed", "1", "--save", str(model_path), "--no-download")
    assert result.returncode == 0, result.stderr
    epochs = [line for line in result.stdout.splitlines() if line.startswith("Epoch ")]
    assert [line.split(" - ")[0] for line in epochs] == ["Epoch 1/2", "Epoch 2/2"]
    assert all("val_accuracy" in line and line.endswith(" s") for line in epochs)
    accuracy = float(result.stdout.split("test accuracy ")[1].split()[0])
    assert accuracy > 0.9
    evaluated = run("evaluate", str(model_path), "--data-dir", str(mnist_dir), "--no-download")
    assert f"test accuracy {accuracy:.4f}" in evaluated.stdout


def test_the_bundled_model_reaches_98_percent(mnist_dir):
    from nnlab.resources import resource_path

    result = run("evaluate", str(resource_path("models", "lecture_network.npz")), "--data-dir", str(mnist_dir))
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.split("test accuracy ")[1]) >= 0.98


@pytest.mark.usefixtures("without_mnist")
def test_missing_data_is_a_friendly_error_not_a_traceback(tmp_path, capsys):
    status = main(["train", "--data-dir", str(tmp_path), "--no-download", "--epochs", "1"])
    err = capsys.readouterr().err
    assert status == 1
    assert "train-images-idx3-ubyte.gz" in err and str(tmp_path) in err
    assert "Traceback" not in err


def test_a_corrupt_model_file_is_a_friendly_error(tmp_path, capsys):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"garbage")
    assert main(["evaluate", str(bad), "--no-download", "--data-dir", str(tmp_path)]) == 1
    assert "is not an nnlab model file" in capsys.readouterr().err


# -- the same checks as the Train page, naming the option --------------------------------------

@pytest.mark.parametrize("args, option", [
    (["--validation-split", "1.0"], "--validation-split"), (["--validation-split", "1.5"], "--validation-split"),
    (["--validation-split", "-0.5"], "--validation-split"), (["--validation-split", "nan"], "--validation-split"),
    (["--seed", "-1"], "--seed"), (["--seed", str(2**70)], "--seed"), (["--batch-size", "-5"], "--batch-size"),
    (["--epochs", str(10**9)], "--epochs"), (["--hidden", "3000000"], "--hidden"), (["--epochs", "0"], "--epochs"),
])
def test_out_of_range_options_are_refused_naming_them(args, option, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["train", "--no-download", *args])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "usage: nnlab" in err and f"error: {option}:" in err


def tiny_data(monkeypatch, train=64, test=32):
    """``nnlab train`` / ``evaluate`` on a few random images instead of MNIST."""
    rng = np.random.default_rng(0)
    data = ((rng.random((train, 784), dtype=np.float32), rng.integers(0, 10, train)),
            (rng.random((test, 784), dtype=np.float32), rng.integers(0, 10, test)))
    monkeypatch.setattr("nnlab.cli._load", lambda args: data)


@pytest.mark.parametrize("target", ["", "folder", "missing-parent-is-a-file/model.npz"])
def test_the_save_target_is_checked_before_training(tmp_path, monkeypatch, capsys, target):
    (tmp_path / "folder").mkdir()
    (tmp_path / "missing-parent-is-a-file").write_text("a file, not a folder")
    trained = []
    monkeypatch.setattr("nnlab.cli._load", lambda args: trained.append(1))
    path = str(tmp_path / target) if target else ""
    assert main(["train", "--save", path, "--epochs", "1"]) == 1
    assert "--save" in capsys.readouterr().err
    assert not trained
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "missing-parent-is-a-file"]


def test_ctrl_c_during_training_saves_the_weights_reached_so_far(tmp_path, monkeypatch, capsys):
    tiny_data(monkeypatch)
    original = EpochPrinter.on_epoch_end

    def interrupt_after_the_first_epoch(self, epoch, logs):
        original(self, epoch, logs)
        if epoch == 0:
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(EpochPrinter, "on_epoch_end", interrupt_after_the_first_epoch)
    path = tmp_path / "partial.npz"
    status = main(["train", "--epochs", "50", "--batch-size", "8", "--hidden", "8", "--seed", "3",
                   "--save", str(path)])
    out, err = capsys.readouterr()
    assert status == 130 and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert "Epoch 1/50" in out and "Epoch 3/50" not in out and "Interrupted" in err
    assert f"Saved the weights reached so far to {path}" in out
    assert load_model(path).layers[0].units == 8


def test_a_model_saved_without_metrics_or_loss_can_be_evaluated(tmp_path, monkeypatch, capsys):
    tiny_data(monkeypatch)
    model = Sequential([Dense(8, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")])
    model.save(tmp_path / "plain.npz")
    assert main(["evaluate", str(tmp_path / "plain.npz")]) == 0
    assert "test accuracy" in capsys.readouterr().out


def test_nan_weights_are_refused_not_evaluated(tmp_path, monkeypatch, capsys):
    tiny_data(monkeypatch)
    model = Sequential([Dense(8, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")])
    model.build()
    weights = model.get_weights()
    weights[2][0, 0] = np.nan  # as a file from elsewhere may hold (nnlab itself refuses to save it)
    np.savez_compressed(tmp_path / "nan.npz", config=np.array(json.dumps(model.get_config())),
                        **{f"w{i}": w for i, w in enumerate(weights)})
    assert main(["evaluate", str(tmp_path / "nan.npz")]) == 1
    assert "NaN or infinite" in capsys.readouterr().err


def test_a_model_that_does_not_read_digits_is_a_friendly_error(tmp_path, monkeypatch, capsys):
    tiny_data(monkeypatch)
    model = Sequential([Dense(3, activation="softmax", input_shape=(2,))])
    model.build()
    model.save(tmp_path / "toy.npz")
    assert main(["evaluate", str(tmp_path / "toy.npz")]) == 1
    assert "does not read 28x28 images" in capsys.readouterr().err


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam"])
def test_a_model_trained_with_any_optimizer_evaluates_again(optimizer, mnist_dir, tmp_path, capsys):
    """``train --save`` then ``evaluate``: a model trained with SGD, momentum or Nesterov once could not be opened
    ("nesterov is false, not a finite number"). One step of the whole training set keeps it quick."""
    model_path = tmp_path / f"{optimizer}.npz"
    common = ["--data-dir", str(mnist_dir), "--no-download"]
    assert main(["train", *common, "--optimizer", optimizer, "--epochs", "1", "--batch-size", "60000",
                 "--hidden", "4", "--seed", "1", "--save", str(model_path)]) == 0
    trained = capsys.readouterr().out.split("test accuracy ")[1].split()[0]
    assert main(["evaluate", str(model_path), *common]) == 0
    captured = capsys.readouterr()
    assert f"test accuracy {trained}" in captured.out and captured.err == ""
    assert load_model(model_path).optimizer.name == optimizer


@pytest.mark.parametrize("rate", ["1e-320", "1e-40"])
def test_a_denormal_learning_rate_is_refused_before_anything_loads(rate, capsys, monkeypatch):
    monkeypatch.setattr("nnlab.cli._load", lambda args: pytest.fail("loaded data for a refused rate"))
    with pytest.raises(SystemExit) as stopped:
        main(["train", "--lr", rate, "--epochs", "1"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert f"argument --lr: learning_rate {float(rate)!r} is a denormal number" in err and "use at least" in err


def test_a_bogus_data_dir_is_named_and_stops(tmp_path, capsys, monkeypatch):
    import os
    monkeypatch.setattr("nnlab.cli._load", lambda args: pytest.fail("looked for the data somewhere else"))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    cases = {str(fifo): f"{fifo} is not a folder but a file, a pipe or a device",
             "/dev/null": "/dev/null is not a folder but a file, a pipe or a device",
             "": "the data folder is an empty name",
             "  ": "the data folder is an empty name",
             str(tmp_path / "typo"): f"there is no folder {tmp_path / 'typo'}"}
    for folder, expected in cases.items():
        for command in (["train", "--epochs", "1"], ["evaluate", "model.npz"]):
            with pytest.raises(SystemExit) as stopped:
                main([*command, "--data-dir", folder])
            err = capsys.readouterr().err
            assert stopped.value.code == 2 and "argument --data-dir" in err and expected in err, (folder, err)


def test_train_validates_on_held_out_training_images_never_on_the_test_set(monkeypatch, capsys):
    """The chapter's method: the test set is looked at once, at the end. Here the test labels are
    deliberately wrong, so validating on them would show a near-zero val_accuracy; images held out
    of the (learnable) training set show the same high accuracy as the training images."""
    rng = np.random.default_rng(0)

    def images(labels):  # noise, and a bright band whose place tells the digit: a rule easily learnt
        x = rng.random((len(labels), 784), dtype=np.float32) * 0.5
        for i, label in enumerate(labels):
            x[i, label * 78:(label + 1) * 78] += 0.5
        return x

    y = rng.integers(0, 10, 1000)
    x = images(y)
    x_test = images(rng.integers(0, 10, 200))
    y_test = (np.argmax(x_test.reshape(200, -1)[:, :780].reshape(200, 10, 78).sum(2), axis=1) + 1) % 10
    monkeypatch.setattr("nnlab.cli._load", lambda args: ((x, y), (x_test, y_test)))
    assert main(["train", "--epochs", "3", "--hidden", "16", "--seed", "0"]) == 0
    out = capsys.readouterr().out
    last_epoch = [line for line in out.splitlines() if line.startswith("Epoch 3/3")][0]
    assert float(last_epoch.split("val_accuracy ")[1].split()[0]) > 0.5
    assert float(out.split("test accuracy ")[1].split()[0]) < 0.2
    assert "900 training images" in out and "100 held out" in out and "--validation-split 0.1" in out


def test_the_default_split_is_the_windows_and_is_announced_in_thousands(monkeypatch, capsys):
    from nnlab.training.runs import RunConfig

    args = build_parser().parse_args(["train"])
    assert args.validation_split == RunConfig().validation_split
    tiny_data(monkeypatch, train=60000 // 50, test=10)
    main(["train", "--epochs", "1", "--hidden", "4", "--seed", "0", "--validation-split", "0.05"])
    out = capsys.readouterr().out
    assert "1,140 training images" in out and "60 held out" in out


def test_no_validation_split_means_no_validation_not_the_test_set(monkeypatch, capsys):
    tiny_data(monkeypatch)
    assert main(["train", "--epochs", "1", "--hidden", "4", "--seed", "0", "--validation-split", "0"]) == 0
    out = capsys.readouterr().out
    epoch = [line for line in out.splitlines() if line.startswith("Epoch 1/1")][0]
    assert "val_" not in epoch and "no validation" in out
