"""read_digit: preprocessing, prediction and the look inside the first layer, in one call."""

import numpy as np
import pytest

from nnlab.core import Dense, Sequential
from nnlab.digits.preprocess import to_mnist
from nnlab.digits.reading import SURE_THRESHOLD, read_digit, reads_digits


def digit_model(hidden=32):
    return Sequential([Dense(hidden, activation="relu", input_shape=(784,)),
                       Dense(10, activation="softmax")], seed=0)


def vertical_bar():
    canvas = np.zeros((280, 280), np.uint8)
    canvas[40:240, 130:150] = 255
    return canvas


def test_reading_gives_probabilities_and_the_strongest_units():
    model = digit_model()
    reading = read_digit(vertical_bar(), model, top_units=5)
    expected = model.predict(to_mnist(vertical_bar()).reshape(1, 784))[0]
    np.testing.assert_allclose(reading.probabilities, expected, rtol=1e-5)
    assert reading.digit == int(np.argmax(expected))
    assert reading.runner_up == int(np.argsort(expected)[-2])
    assert reading.confidence == pytest.approx(expected.max())
    assert reading.sure == (expected.max() >= SURE_THRESHOLD)
    hidden = model.layer_outputs(to_mnist(vertical_bar()).reshape(1, 784))[0][0]
    np.testing.assert_allclose(reading.hidden, hidden, rtol=1e-5)
    assert list(reading.top_units) == list(np.argsort(hidden)[::-1][:5])
    assert np.all(np.diff(reading.hidden[reading.top_units]) <= 0)  # strongest first
    unit = reading.top_units[0]
    np.testing.assert_array_equal(reading.top_weights[0], model.layers[0].W[:, unit].reshape(28, 28))


def test_an_empty_sheet_is_not_read():
    reading = read_digit(np.zeros((280, 280)), digit_model())
    assert reading.empty and reading.probabilities is None and reading.digit is None
    assert reading.runner_up is None
    assert reading.confidence == 0.0 and not reading.sure


def test_without_a_model_only_the_preprocessing_is_shown():
    reading = read_digit(vertical_bar(), None)
    assert not reading.empty and reading.probabilities is None
    assert reading.steps.centred.shape == (28, 28)


def test_a_network_without_hidden_layer_has_no_inside_view():
    model = Sequential([Dense(10, activation="softmax", input_shape=(784,))], seed=0)
    reading = read_digit(vertical_bar(), model)
    assert reading.probabilities.shape == (10,) and reading.hidden is None


@pytest.mark.parametrize("model, expected", [
    (None, False),
    (digit_model(), True),
    (Sequential([Dense(8, activation="relu", input_shape=(2,)), Dense(10, activation="softmax")]), False),
    (Sequential([Dense(8, activation="relu", input_shape=(784,)), Dense(3, activation="softmax")]), False),
    (Sequential([Dense(8, activation="relu"), Dense(10, activation="softmax")]), False),  # not built
])
def test_only_networks_from_784_pixels_to_10_digits_read_digits(model, expected):
    assert reads_digits(model) is expected
    if not expected and model is not None:
        assert read_digit(vertical_bar(), model).probabilities is None
