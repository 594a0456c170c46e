"""The slides' own lines that are not NumPy expressions get answers that teach, not misleading errors."""

import numpy as np
import pytest

from nnlab.explorer.evaluator import ExplorerError, evaluate


def note(text):
    result = evaluate(text, {"x": np.zeros(3)})
    assert result.value is None and result.note is not None
    return str(result.note), "\n".join(section.render() for section in result.explanation)


def test_the_dense_line_shows_its_weight_shapes_as_the_layer_shapes_tab_does():
    line, explanation = note("layers.Dense(512, activation='relu', input_shape=(784,))")
    assert "W of shape (784, 512)" in line and "b of shape (512,)" in line
    assert "(128, 784) . (784, 512) -> (128, 512)" in explanation and "401,920 numbers" in explanation
    line, _ = note("model_layer = keras.layers.Dense(10, activation='softmax')")
    assert "10 units" in line and "(10,)" in line
    with pytest.raises(ExplorerError, match="number of units first"):
        evaluate("layers.Dense('many')", {})


def test_imports_of_numpy_and_keras_are_acknowledged_and_others_refused():
    assert "np is already there" in note("import numpy as np")[0]
    assert "Keras is not part of the explorer" in note("from tensorflow.keras import layers")[0]
    for text in ["import os", "from os import system", "import numpy, os"]:
        with pytest.raises(ExplorerError, match="Importing is not possible"):
            evaluate(text, {})


@pytest.mark.parametrize("text", ["def naive_relu(x):", "for i in range(x.shape[0]):", "while True: pass",
                                  "  for i in x: pass"])
def test_blocks_of_code_point_to_the_vectorisation_tab(text):
    with pytest.raises(ExplorerError, match="Vectorisation tab"):
        evaluate(text, {"x": np.zeros(3)})
    assert evaluate("format_ = 2", {}).value == 2 and evaluate("iffy = 3", {}).value == 3


@pytest.mark.parametrize("text, example", [("np.ones(3, 4)", "np.ones((3, 4))"),
                                           ("np.zeros(28, 28)", "np.zeros((28, 28))"), ("np.full(2, 3, 1)", None)])
def test_a_shape_given_as_two_numbers_gets_a_hint_at_the_tuple(text, example):
    with pytest.raises(ExplorerError) as refusal:
        evaluate(text, {})
    if example:
        assert example in str(refusal.value) and "one tuple" in str(refusal.value)
