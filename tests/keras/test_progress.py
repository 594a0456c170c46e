"""fit(verbose=1) prints Keras 3's progress: in place where "\\r" works, clean lines elsewhere."""

import io
import re

import numpy as np
import pytest

import nnlab.keras as keras
from nnlab.keras import layers
from nnlab.keras.progress import Progbar, format_duration, format_step_time

ANSI = re.compile(r"\x1b\[[0-9;]*m")
FINISHED = re.compile(r"^(\d+)/\1 ━{20} (\d+s|\d+:\d\d(:\d\d)?) \d+(s|ms|us)/step"
                      r" - accuracy: \d\.\d{4} - loss: \d\.\d{4}$")


def rendered(text: str) -> list[str]:
    """What a terminal or Jupyter shows: each "\\r" returns to the start of the line."""
    return [ANSI.sub("", line.split("\r")[-1]).rstrip() for line in text.split("\n")]


class NotebookStream(io.StringIO):
    """Stands in for ipykernel's OutStream: not a terminal, but its output area applies "\\r"."""

    __module__ = "ipykernel.iostream"


class Terminal(io.StringIO):
    def isatty(self):
        return True


def train(epochs=3, verbose=1, n=600):
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(n, 8)).astype("float32"), rng.integers(0, 2, n)
    keras.utils.set_random_seed(0)
    model = keras.Sequential([layers.Dense(8, activation="relu", input_shape=(8,)),
                              layers.Dense(2, activation="softmax")])
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model.fit(x, y, epochs=epochs, batch_size=2, verbose=verbose)


def test_a_plain_stream_gets_one_clean_line_per_epoch(capsys):
    history = train()
    out = capsys.readouterr().out
    assert "\r" not in out and "\x1b" not in out
    lines = out.splitlines()
    assert lines[0::2] == ["Epoch 1/3", "Epoch 2/3", "Epoch 3/3"]
    assert all(FINISHED.match(line) for line in lines[1::2]), lines
    assert lines[1].startswith("300/300 ") and f"loss: {history.history['loss'][0]:.4f}" in lines[1]


@pytest.mark.parametrize("stream_class", [NotebookStream, Terminal])
def test_a_notebook_or_terminal_sees_the_line_update_in_place(stream_class, monkeypatch):
    stream = stream_class()
    monkeypatch.setattr("sys.stdout", stream)
    monkeypatch.setattr("nnlab.keras.progress.REDRAW_INTERVAL", 0.0)  # redraw at every step
    train(epochs=2)
    text = stream.getvalue()
    assert text.count("\r") > 100 and "\x1b[32m" in text  # redrawn, with Keras' green bar
    shown = [line for line in rendered(text) if line]
    assert shown[0::2] == ["Epoch 1/2", "Epoch 2/2"]
    assert all(FINISHED.match(line) for line in shown[1::2]), shown
    partial = ANSI.sub("", text.split("\r")[5])
    assert re.match(r"^ *\d+/300 ━{20} \d+s \d+(s|ms|us)/step - accuracy: ", partial), partial


def test_verbose_2_prints_one_line_per_epoch_without_bar_and_0_prints_nothing(capsys):
    train(epochs=2, verbose=2)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Epoch 1/2"
    assert re.match(r"^300/300 - \d+s - \d+(s|ms|us)/step - accuracy: \d\.\d{4} - loss: \d\.\d{4}$", lines[1])
    train(epochs=2, verbose=0)
    assert capsys.readouterr().out == ""


def test_a_single_epoch_has_no_epoch_line(capsys):
    train(epochs=1)
    assert capsys.readouterr().out.splitlines()[0].startswith("300/300 ━")


def test_keras_time_formats():
    assert [format_duration(s) for s in (3.2, 65, 3723)] == ["3s", "1:05", "1:02:03"]
    assert [format_step_time(s) for s in (2, 0.006, 0.00085, 0)] == ["2s/step", "6ms/step", "850us/step",
                                                                    "0s/step"]


def test_a_shrinking_line_wipes_the_longer_one_before_it():
    stream = Terminal()
    bar = Progbar(10, stream=stream, interval=0)
    bar.update(1, {"loss": 123456.0})
    bar.update(2, {"loss": 1.0})
    first, second = (ANSI.sub("", part) for part in stream.getvalue().split("\r")[1:])
    assert len(second) >= len(first)
