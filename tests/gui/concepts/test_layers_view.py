"""Concepts 14, two and three layers, driven by objectName and signals: the pretrained two-layer network
and the three-layer one drawn with their real shapes, the same digit through both, parameter counts."""

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QWidget

from nnlab.gui.concepts.stacked_layers import StackedLayersDemo
from nnlab.gui.session import Session
from tests.concepts.test_training_loop import small_mnist


@pytest.fixture
def view(qtbot):
    images, labels = small_mnist(1300)
    session = Session()
    session.set_dataset("mnist", ((images[:1000], labels[:1000]), (images[1000:], labels[1000:])))
    view = StackedLayersDemo(session)
    view.setObjectName("layersView")
    qtbot.addWidget(view)
    view.resize(1030, 640)
    view.show()
    with qtbot.waitSignal(view.three_ready, timeout=60_000):
        pass
    yield view
    view.shutdown()


def child(view, cls, name):
    widget = view.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_two_layers_then_three_with_the_same_input(view, qtbot):
    digit = child(view, QSpinBox, "layersDigit")
    combo = child(view, QComboBox, "layersDepth")
    if digit.maximum() > 0:
        with qtbot.waitSignal(view.shown, timeout=5_000):
            digit.setValue(5)
    assert combo.currentData() == 2
    two = view.stages
    assert [stage.weights.shape for stage in two] == [(512, 784), (10, 512)]
    assert child(view, QLabel, "layersFormula").text() == "h = f(W₁x + b₁),   s = W₂h + b₂"
    readout = child(view, QLabel, "layersReadout").text()
    assert "401,920" in readout and "5,130" in readout and "407,050" in readout
    with qtbot.waitSignal(view.shown, timeout=5_000) as blocker:
        combo.setCurrentIndex(combo.findData(3))
    three = blocker.args[0]
    assert [stage.weights.shape for stage in three] == [(256, 784), (128, 256), (10, 128)]
    assert (three[0].input == two[0].input).all()  # the same digit went in
    assert digit.value() == (5 if digit.maximum() > 0 else 0)
    assert "h₂ = f(W₂h₁ + b₂)" in child(view, QLabel, "layersFormula").text()
    readout = child(view, QLabel, "layersReadout").text()
    assert "235,146" in readout and "test images right" in readout
    for name in ("layersUnits", "layersMatrices"):
        assert child(view, QWidget, name).isVisible()


def test_another_digit_changes_the_input(view, qtbot):
    before = view.stages[0].input.copy()
    button = child(view, QPushButton, "layersRandomDigit")
    for _ in range(5):
        button.click()
        if (view.stages[0].input != before).any():
            break
    assert (view.stages[0].input != before).any()
