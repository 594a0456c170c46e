"""Concepts 14, two and three layers, driven by objectName and signals: the pretrained two-layer network
and the three-layer one drawn with their real shapes, the same digit (chosen or drawn) through both,
parameter counts."""

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QSpinBox, QWidget

from nnlab.digits.preprocess import to_mnist
from nnlab.gui.concepts.stacked_layers import StackedLayersDemo, line_pens, line_shades
from nnlab.gui.session import Session
from nnlab.training.metrics import to_inputs
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
    readout = child(view, QWidget, "layersReadout").text()
    assert "401,920" in readout and "5,130" in readout and "407,050" in readout
    with qtbot.waitSignal(view.shown, timeout=5_000) as blocker:
        combo.setCurrentIndex(combo.findData(3))
    three = blocker.args[0]
    assert [stage.weights.shape for stage in three] == [(256, 784), (128, 256), (10, 128)]
    assert (three[0].input == two[0].input).all()  # the same digit went in
    assert digit.value() == (5 if digit.maximum() > 0 else 0)
    assert "h₂ = f(W₂h₁ + b₂)" in child(view, QLabel, "layersFormula").text()
    readout = child(view, QWidget, "layersReadout").text()
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


def draw_seven(qtbot, canvas):
    """A "7" drawn with the mouse on the small canvas: a bar, then a slanted stroke down."""
    side = canvas.width()
    points = [(0.25, 0.25), (0.5, 0.25), (0.75, 0.25), (0.65, 0.45), (0.55, 0.65), (0.45, 0.85)]
    pixels = [QPoint(round(x * side), round(y * side)) for x, y in points]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=pixels[0])
    for pixel in pixels[1:]:
        qtbot.mouseMove(canvas, pixel)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=pixels[-1])


def test_a_drawn_digit_flows_through_both_networks(view, qtbot):
    canvas = child(view, QWidget, "layersCanvas")
    combo = child(view, QComboBox, "layersDepth")
    with qtbot.waitSignal(view.shown, timeout=5_000) as blocker:
        draw_seven(qtbot, canvas)
    drawn = to_inputs(to_mnist(canvas.to_array())[np.newaxis])[0]  # MNIST's recipe, as the Draw page reads it
    two = blocker.args[0]
    np.testing.assert_array_equal(two[0].input, drawn)
    assert "your drawing" in child(view, QWidget, "layersReadout").text()
    with qtbot.waitSignal(view.shown, timeout=5_000) as blocker:
        combo.setCurrentIndex(combo.findData(3))
    three = blocker.args[0]
    np.testing.assert_array_equal(three[0].input, drawn)  # switching networks keeps the drawing
    assert [stage.weights.shape for stage in three] == [(256, 784), (128, 256), (10, 128)]
    probabilities = three[-1].output
    assert probabilities.shape == (10,) and abs(float(probabilities.sum()) - 1) < 1e-5


def test_a_test_image_or_clearing_replaces_the_drawing(view, qtbot):
    canvas = child(view, QWidget, "layersCanvas")
    digit = child(view, QSpinBox, "layersDigit")
    with qtbot.waitSignal(view.shown, timeout=5_000):
        draw_seven(qtbot, canvas)
    drawn = view.stages[0].input.copy()
    with qtbot.waitSignal(view.shown, timeout=5_000) as blocker:
        child(view, QPushButton, "layersClearDrawing").click()
    assert canvas.is_blank()
    image, label = view.current_digit()
    np.testing.assert_array_equal(blocker.args[0][0].input, to_inputs(np.asarray(image)[np.newaxis])[0])
    assert not (blocker.args[0][0].input == drawn).all()
    if digit.maximum() > 0:  # MNIST here: choosing a test image by number also wipes a drawing
        with qtbot.waitSignal(view.shown, timeout=5_000):
            draw_seven(qtbot, canvas)
        with qtbot.waitSignal(view.shown, timeout=5_000) as blocker:
            digit.setValue(3)
        assert canvas.is_blank() and label is not None
        np.testing.assert_array_equal(blocker.args[0][0].input,
                                      to_inputs(np.asarray(view.current_digit()[0])[np.newaxis])[0])
        assert "True label: " + str(view.current_digit()[1]) in child(view, QWidget, "layersReadout").text()


def test_a_dropped_file_that_is_no_picture_is_explained_and_changes_nothing(view, qtbot, tmp_path):
    canvas = child(view, QWidget, "layersCanvas")
    before = view.stages[0].input.copy()
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"this is not a picture")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, QDragEnterEvent(QPoint(20, 20), *args))
    QApplication.sendEvent(canvas, QDropEvent(QPointF(20, 20), *args))
    message = child(view, QLabel, "layersMessage")
    assert message.isVisible() and "notes.png" in message.text()
    assert canvas.is_blank()
    np.testing.assert_array_equal(view.stages[0].input, before)
    with qtbot.waitSignal(view.shown, timeout=5_000):
        draw_seven(qtbot, canvas)  # the view goes on working, and the message goes
    assert not message.isVisible()


def test_a_dropped_picture_without_ink_leaves_the_test_image(view, qtbot, tmp_path):
    canvas = child(view, QWidget, "layersCanvas")
    before = view.stages[0].input.copy()
    blank = QImage(60, 60, QImage.Format.Format_Grayscale8)
    blank.fill(QColor("white"))
    path = tmp_path / "blank.png"
    assert blank.save(str(path))
    with qtbot.waitSignal(view.shown, timeout=5_000) as blocker:
        assert canvas.load_file(str(path))
    np.testing.assert_array_equal(blocker.args[0][0].input, before)
    message = child(view, QLabel, "layersMessage")
    assert message.isVisible() and "no digit" in message.text()


def test_connections_of_weights_that_are_not_numbers_still_get_a_pen():
    weights = np.array([[np.nan, np.inf, -np.inf, 0.0, 5.0, -5.0]])
    for scale in (1.0, 0.0, float("nan"), float("inf")):
        shades = line_shades(weights, scale)
        assert ((0 <= shades) & (shades < len(line_pens()))).all()
    assert list(line_shades(weights, 1.0)[0]) == [8, 16, 0, 8, 16, 0]  # zero in the middle, the ends saturate
