"""nnlab.show(model): the nnlab window opens on the Draw page with the notebook's model."""

import os
import subprocess
import sys

import numpy as np
import pytest

import nnlab
import nnlab.keras as keras
from nnlab.keras import layers


def test_show_opens_the_draw_page_with_the_model_and_explains_the_event_loop(qtbot, capsys):
    model = keras.Sequential([layers.Dense(16, activation="relu", input_shape=(784,)),
                              layers.Dense(10, activation="softmax")])
    window = nnlab.show(model)
    qtbot.addWidget(window)
    assert window.isVisible() and window.tabs.currentWidget() is window.draw_page
    assert window.session.model is model.engine
    assert window.session.model.predict(np.zeros((1, 784))).shape == (1, 10)
    assert "%gui qt" in capsys.readouterr().err  # no event loop runs here: the hint says what to do


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the DISPLAY check is Linux's")
def test_without_a_screen_show_explains_instead_of_letting_qt_abort_the_kernel(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = ("import nnlab, nnlab.keras as keras\n"
            "model = keras.Sequential([keras.layers.Dense(10, input_shape=(784,))])\n"
            "try:\n    nnlab.show(model)\nexcept RuntimeError as error:\n    print(error)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=600,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "There is no screen to open an nnlab window on" in result.stdout
