"""The ``nnlab`` command line: real runs on the real MNIST files, and friendly errors."""

import subprocess
import sys

import pytest

import nnlab
from nnlab.cli import main


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
