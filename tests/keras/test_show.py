"""nnlab.show(model): the nnlab window opens on the Draw page with the notebook's model."""

import numpy as np

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
