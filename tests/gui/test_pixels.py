"""One weight colour map for the whole app: positive is vermillion, negative blue, zero white."""

import numpy as np
from PySide6.QtGui import QColor

from nnlab.gui.pixels import (
    NEGATIVE_COLOUR,
    POSITIVE_COLOUR,
    ZERO_COLOUR,
    WeightColourBar,
    weight_colour_map,
    weight_image,
    weight_rgb,
    weight_scale,
)


def rgb(name):
    return list(QColor(name).getRgb()[:3])


def test_weight_colours_mean_the_same_in_numpy_and_in_pyqtgraph():
    weights = np.array([[-2.0, 0.0, 2.0]])
    assert weight_rgb(weights).tolist() == [[rgb(NEGATIVE_COLOUR), rgb(ZERO_COLOUR), rgb(POSITIVE_COLOUR)]]
    lookup = weight_colour_map().map(np.array([0.0, 0.5, 1.0]), mode="byte")[:, :3]
    assert lookup.tolist() == weight_rgb(weights)[0].tolist()


def test_a_shared_scale_saturates_and_hostile_values_do_not_break_it():
    assert weight_rgb(np.array([[5.0]]), scale=1.0).tolist() == [[rgb(POSITIVE_COLOUR)]]
    hostile = np.array([[np.nan, np.inf, -np.inf, 1e308]])
    colours = weight_rgb(hostile)
    assert colours[0, 0].tolist() == rgb(ZERO_COLOUR)
    assert colours[0, 1].tolist() == rgb(POSITIVE_COLOUR) and colours[0, 2].tolist() == rgb(NEGATIVE_COLOUR)
    assert weight_scale(np.zeros((3, 3))) == 1.0 and weight_scale([np.nan]) == 1.0
    assert weight_scale([-3.0, 1.0, np.inf]) == 3.0
    image = weight_image(np.zeros((28, 28)))
    assert (image.width(), image.height()) == (28, 28)


def test_the_colour_bar_names_its_ends(qtbot):
    bar = WeightColourBar(object_name="testBar")
    qtbot.addWidget(bar)
    bar.set_scale(0.25)
    left, middle, right = bar.texts()
    assert "0.25" in left and "holds back" in left and middle == "0" and "excites" in right
    bar.set_scale(float("nan"))
    assert bar.scale == 1.0
    bar.resize(300, 40)
    assert not bar.grab().isNull()
