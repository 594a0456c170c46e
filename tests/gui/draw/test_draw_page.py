"""The Draw page: strokes become live predictions; clear, undo, dropped pictures, choosing networks."""

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from nnlab.core import Dense, Sequential
from nnlab.digits.preprocess import to_mnist
from nnlab.gui.draw import model_chooser as draw_model_chooser
from nnlab.gui.draw.model_chooser import BUNDLED, FILE, TRAINED
from nnlab.gui.draw.page import DrawPage
from nnlab.gui.pixels import NEGATIVE_COLOUR, POSITIVE_COLOUR, WeightColourBar
from nnlab.gui.session import Session


def digit_model(seed=0, hidden=32):
    return Sequential([Dense(hidden, activation="relu", input_shape=(784,)),
                       Dense(10, activation="softmax")], seed=seed)


@pytest.fixture
def make_page(qtbot):
    pages = []

    def make(bundled=None, session=None):
        page = DrawPage(session or Session(), bundled_model=bundled or digit_model())
        qtbot.addWidget(page)
        page.resize(1280, 780)
        page.show()
        qtbot.waitExposed(page)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.shutdown()


@pytest.fixture
def page(make_page):
    return make_page()


def canvas_point(page, x, y):
    """Widget position of the paper point (x, y) (paper: 280 x 280)."""
    rect = page.canvas.paper_rect()
    scale = rect.width() / 280
    return QPoint(round(rect.left() + x * scale), round(rect.top() + y * scale))


def draw(qtbot, page, points, release=True):
    canvas = page.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=canvas_point(page, *points[0]))
    for point in points[1:]:
        qtbot.mouseMove(canvas, canvas_point(page, *point))
    if release:
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=canvas_point(page, *points[-1]))


def vertical_stroke(x=140, top=40, bottom=240, steps=12):
    return [(x, top + (bottom - top) * i / steps) for i in range(steps + 1)]


def wait_for_reading(qtbot, page, empty=False):
    qtbot.waitUntil(lambda: page.reading is not None and page.reading.empty == empty
                    and not page.is_reading(), timeout=5000)
    return page.reading


def test_an_empty_sheet_shows_nothing_drawn(page, qtbot):
    wait_for_reading(qtbot, page, empty=True)
    label = page.findChild(QLabel, "predictionLabel")
    assert "Nothing drawn yet" in label.text()
    np.testing.assert_array_equal(page.findChild(object, "probabilityPlot").probabilities, np.zeros(10))


def test_drawing_a_stroke_gives_a_prediction(page, qtbot):
    draw(qtbot, page, vertical_stroke())
    reading = wait_for_reading(qtbot, page)
    assert len(page.canvas.strokes) == 1
    assert reading.probabilities.shape == (10,)
    assert reading.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    expected = page.model.predict(to_mnist(page.canvas.to_array()).reshape(1, 784))[0]
    np.testing.assert_allclose(reading.probabilities, expected, rtol=1e-5)
    assert f">{reading.digit}<" in page.findChild(QLabel, "predictionLabel").text()
    np.testing.assert_allclose(page.probability_plot.probabilities, reading.probabilities)
    assert page.steps_panel.input_view.image() is not None
    assert "ms" in page.findChild(QLabel, "latencyLabel").text()
    # a 200-unit line drawn with a 20-unit round pen: 220 x 20 units of ink on the 280-unit paper
    top, bottom, left, right = reading.steps.box
    assert 218 <= bottom - top <= 222 and 18 <= right - left <= 22


def test_unit_weights_use_the_app_wide_weight_colours_and_bar(page, qtbot):
    draw(qtbot, page, vertical_stroke())
    weights = wait_for_reading(qtbot, page).top_weights
    bar = page.findChild(WeightColourBar, "drawWeightColourBar")
    assert bar.isVisible() and bar.scale == pytest.approx(float(np.abs(weights).max()))
    unit, row, col = np.unravel_index(np.argmax(np.abs(weights)), weights.shape)
    pixel = QColor(page.inside_panel.unit_views[unit].image().pixel(col, row)).name()
    assert pixel == (POSITIVE_COLOUR if weights[unit, row, col] > 0 else NEGATIVE_COLOUR).lower()


def test_a_zigzag_is_not_called_a_digit_and_softmax_is_explained(page, qtbot):
    note = page.findChild(QLabel, "notDigitNote")
    draw(qtbot, page, [(20 + 40 * i, 60 if i % 2 else 220) for i in range(7)])
    reading = wait_for_reading(qtbot, page)
    assert not reading.looks_like_a_digit and not reading.sure
    assert note.isVisible() and "does not look like a digit" in note.text() and "softmax" in note.text()
    assert f"{reading.confidence:.0%}" in note.text()
    assert "Is this a digit?" in page.findChild(QLabel, "predictionLabel").text()
    page.findChild(QPushButton, "clearButton").click()
    draw(qtbot, page, vertical_stroke())
    qtbot.waitUntil(lambda: page.reading is not None and page.reading.looks_like_a_digit
                    and not page.is_reading(), timeout=5000)
    assert not note.isVisible()


@pytest.mark.parametrize("top, digit", [(1.0, 3), (1.0, 9), (0.85, 0), (0.5, 3), (0.12, 3)])
def test_the_percentage_label_stays_inside_the_chart(page, qtbot, top, digit):
    chart = page.findChild(object, "probabilityPlot")
    probabilities = np.full(10, (1 - top) / 9)
    probabilities[digit] = top
    chart.set_probabilities(probabilities)
    qtbot.wait(0)
    label = chart.top_text.sceneBoundingRect()
    view = chart.getPlotItem().getViewBox().sceneBoundingRect()
    assert label.height() > 0 and view.contains(label)
    assert chart.top_text.toPlainText() == f"{top:.0%}"


def test_the_most_active_units_read_left_to_right_in_persian_like_the_preprocessing_steps(page, qtbot):
    app = QApplication.instance()
    views = page.inside_panel.unit_views
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.wait(50)
        assert views[0].mapToGlobal(views[0].rect().topLeft()).x() < views[1].mapToGlobal(views[1].rect().topLeft()).x()
        bar = page.findChild(WeightColourBar, "drawWeightColourBar")
        assert bar.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_prediction_updates_while_the_pen_is_still_down(page, qtbot):
    draw(qtbot, page, vertical_stroke(), release=False)
    wait_for_reading(qtbot, page)
    assert page.canvas.strokes == [] and not page.canvas.is_blank()  # the stroke is still being drawn


def test_updates_are_throttled_while_drawing(page, qtbot, monkeypatch):
    wait_for_reading(qtbot, page, empty=True)
    sent = []
    monkeypatch.setattr(page.reader, "request", lambda image, model: sent.append(image))
    draw(qtbot, page, vertical_stroke(steps=40))  # 41 changes, faster than one update interval
    qtbot.wait(100)
    assert 1 <= len(sent) <= 3
    np.testing.assert_array_equal(sent[-1], page.canvas.to_array())  # the last update saw the whole stroke


def test_a_trained_network_reads_a_drawn_one(make_page, qtbot, mnist_dir):
    from nnlab.data.idx import read_idx
    # a small network trained in a second on 2000 digits (the test set's files are the quickest to read)
    images = read_idx(mnist_dir / "t10k-images-idx3-ubyte.gz")[:2000].reshape(-1, 784) / 255.0
    labels = read_idx(mnist_dir / "t10k-labels-idx1-ubyte.gz")[:2000]
    model = digit_model()
    model.compile("adam", "sparse_categorical_crossentropy", ["accuracy"])
    model.fit(images.astype(np.float32), labels, epochs=3, batch_size=100)
    page = make_page(bundled=model)
    draw(qtbot, page, vertical_stroke())
    assert wait_for_reading(qtbot, page).digit == 1


def test_clear_and_undo(page, qtbot):
    draw(qtbot, page, vertical_stroke(x=100))
    draw(qtbot, page, [(60, 60), (200, 60)])
    assert len(page.canvas.strokes) == 2
    undo = page.findChild(QPushButton, "undoButton")
    assert undo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert len(page.canvas.strokes) == 1
    qtbot.mouseClick(page.findChild(QPushButton, "clearButton"), Qt.MouseButton.LeftButton)
    assert page.canvas.is_blank()
    wait_for_reading(qtbot, page, empty=True)
    assert "Nothing drawn yet" in page.prediction_label.text()
    qtbot.keyClick(page.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the clearing
    assert len(page.canvas.strokes) == 1
    wait_for_reading(qtbot, page)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Escape)
    assert page.canvas.is_blank()
    draw(qtbot, page, vertical_stroke())
    qtbot.keyClick(page.canvas, Qt.Key.Key_Delete)
    assert page.canvas.is_blank()


def test_the_pen_width_slider_sets_the_stroke_width(page, qtbot):
    page.findChild(object, "penWidthSlider").setValue(33)
    draw(qtbot, page, vertical_stroke())
    assert set(page.canvas.strokes[0].widths) == {33}


def test_a_pen_presses_wider_lines(page, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPointingDevice, QTabletEvent

    def tablet(kind, x, y, pressure):
        position = QPointF(canvas_point(page, x, y))
        event = QTabletEvent(kind, QPointingDevice.primaryPointingDevice(), position,
                             QPointF(page.canvas.mapToGlobal(position)), pressure, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.LeftButton)
        QApplication.sendEvent(page.canvas, event)

    tablet(QEvent.Type.TabletPress, 100, 50, 0.1)
    tablet(QEvent.Type.TabletMove, 100, 120, 0.5)
    tablet(QEvent.Type.TabletMove, 100, 200, 1.0)
    tablet(QEvent.Type.TabletRelease, 100, 200, 1.0)
    widths = page.canvas.strokes[0].widths
    assert widths[0] < widths[1] < widths[2]
    wait_for_reading(qtbot, page)


# -- pictures ------------------------------------------------------------------------------------
def dark_digit_on_paper(path=None, alpha=False):
    """A '1' in dark ink on light paper (or on a transparent background)."""
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("#e8e4da"))
    painter = QPainter(image)
    painter.fillRect(150, 30, 16, 140, QColor("#202020"))
    painter.end()
    if path is not None:
        assert image.save(str(path))
    return image


def drop(widget, mime):
    """Drag ``mime`` onto ``widget`` and let go; returns (drag accepted, drop accepted)."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(widget, enter)
    event = QDropEvent(QPointF(50, 50), *args)
    QApplication.sendEvent(widget, event)
    return enter.isAccepted(), event.isAccepted()


def test_dropping_a_picture_file_reads_it(page, qtbot, tmp_path):
    path = tmp_path / "one.png"
    dark_digit_on_paper(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drop(page.canvas, mime) == (True, True)
    assert page.canvas.picture is not None
    reading = wait_for_reading(qtbot, page)
    assert reading.steps.inverted  # dark ink on paper was detected and inverted
    assert reading.steps.box == (30, 170, 150, 166)
    assert reading.probabilities is not None
    draw(qtbot, page, vertical_stroke())  # drawing starts a fresh sheet...
    assert page.canvas.picture is None
    page.canvas.undo()  # ...and undo brings the picture back
    assert page.canvas.picture is not None


def test_dropping_image_data_and_transparent_pictures(page, qtbot):
    mime = QMimeData()
    mime.setImageData(dark_digit_on_paper(alpha=True))
    assert drop(page.canvas, mime) == (True, True)
    reading = wait_for_reading(qtbot, page)
    assert not reading.steps.inverted  # read by its alpha channel: opaque ink on nothing
    assert reading.steps.box == (30, 170, 150, 166)


def test_other_files_are_not_taken(page, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert drop(page.canvas, mime)[0] is False
    assert page.canvas.is_blank()


def test_a_broken_picture_file_is_explained(page, qtbot, tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(b"this is not a picture")
    assert not page.canvas.load_file(str(path))
    message = page.findChild(QLabel, "canvasMessage")
    assert message.isVisible() and "broken.png" in message.text()
    draw(qtbot, page, vertical_stroke())
    assert not message.isVisible()


# -- choosing the network ------------------------------------------------------------------------
def test_a_newly_trained_model_takes_over(page, qtbot):
    assert page.chooser.current_key() == BUNDLED
    draw(qtbot, page, vertical_stroke())
    wait_for_reading(qtbot, page)
    trained = digit_model(seed=7)
    page.session.set_model(trained)
    assert page.chooser.current_key() == TRAINED and page.model is trained
    qtbot.waitUntil(lambda: page.reading is not None and not page.is_reading() and np.allclose(
        page.reading.probabilities, trained.predict(to_mnist(page.canvas.to_array()).reshape(1, 784))[0],
        rtol=1e-5), timeout=3000)


def test_runs_are_offered_by_name_and_a_diverged_one_never_silently(page, qtbot):
    chooser = page.findChild(object, "modelChooser")
    session = page.session
    diverged, completed = digit_model(seed=4), digit_model(seed=5)
    session.offer_model("run:4", "Run 4: SGD", diverged, "diverged", 0.098)
    assert page.chooser.current_key() == BUNDLED and page.model is not diverged  # offered, not taken
    labels = [chooser.itemText(i) for i in range(chooser.count())]
    assert any("Run 4: SGD" in label and "diverged" in label for label in labels)
    session.offer_model("run:3", "Run 3: Adam", completed, "completed", 0.979)
    session.set_model(completed)  # what the Train page does for a completed run
    assert page.chooser.current_key() == BUNDLED  # listed, not taken: the student chooses
    chooser.setCurrentIndex(chooser.findData(page.chooser.offered_keys()[1]))
    assert chooser.currentText() == "Run 3: Adam, 97.9%" and page.model is completed
    message = page.findChild(QLabel, "modelMessage")
    chooser.setCurrentIndex(chooser.findData(page.chooser.offered_keys()[0]))
    assert page.model is diverged and message.isVisible() and "did not finish" in message.text()
    session.withdraw_model("run:4")  # the chosen run was removed from the Train page
    assert page.chooser.current_key() == BUNDLED and page.model is not diverged
    assert not message.isVisible()


def test_a_finished_run_never_replaces_the_students_choice(page, qtbot):
    """Issue 27, item 2: a comparison's last run finishing must not swap the network the student
    chose; it is listed, and a note says where to find it."""
    chooser = page.findChild(object, "modelChooser")
    session = page.session
    first, comparison = digit_model(seed=1), digit_model(seed=2)
    session.offer_model("run:1", "Run 1: RMSprop", first, "completed", 0.98)
    session.set_model(first)
    chooser.setCurrentIndex(chooser.findData("offer:run:1"))  # the student picks Run 1
    draw(qtbot, page, vertical_stroke())
    wait_for_reading(qtbot, page)
    session.offer_model("run:2", "Run 2: SGD", comparison, "completed", 0.67)
    session.set_model(comparison)  # what the Train page does when the comparison's run completes
    assert chooser.currentText() == "Run 1: RMSprop, 98.0%" and page.model is first
    message = page.findChild(QLabel, "modelMessage")
    assert message.isVisible() and "Run 2: SGD" in message.text()
    assert any("Run 2: SGD" in chooser.itemText(i) for i in range(chooser.count()))
    chooser.setCurrentIndex(chooser.findData("offer:run:2"))  # now the student changes it
    assert page.model is comparison and not message.isVisible()


def test_a_model_that_does_not_read_digits_is_refused(page):
    page.session.set_model(Sequential([Dense(4, activation="relu", input_shape=(2,)),
                                       Dense(1, activation="sigmoid")]))
    assert page.chooser.current_key() == BUNDLED
    message = page.findChild(QLabel, "modelMessage")
    assert message.isVisible() and "2 inputs" in message.text()


def test_loading_a_model_file(page, qtbot, tmp_path):
    saved = digit_model(seed=3)
    saved.save(tmp_path / "mine.npz")
    assert page.chooser.load_file(str(tmp_path / "mine.npz"))
    assert page.chooser.current_key() == FILE
    assert "mine.npz" in page.findChild(object, "modelChooser").currentText()
    np.testing.assert_array_equal(page.model.layers[0].W, saved.layers[0].W)
    (tmp_path / "bad.npz").write_bytes(b"not a model")
    assert not page.chooser.load_file(str(tmp_path / "bad.npz"))
    message = page.findChild(QLabel, "modelMessage")
    assert message.isVisible() and "bad.npz" in message.text()
    assert page.chooser.current_key() == FILE  # the good model stays


def test_without_any_network_the_page_still_shows_the_preprocessing(qtbot, monkeypatch):
    monkeypatch.setattr(draw_model_chooser, "load_bundled", lambda: None)
    page = DrawPage(Session())
    qtbot.addWidget(page)
    chooser = page.findChild(object, "modelChooser")
    assert not chooser.model().item(chooser.findData(BUNDLED)).isEnabled()
    page.canvas.load_image(dark_digit_on_paper())
    reading = wait_for_reading(qtbot, page)
    assert reading.probabilities is None and reading.steps.centred.any()
    assert "No network chosen" in page.prediction_label.text()
    page.shutdown()


def test_a_fifo_named_digit_png_is_refused_at_once_opened_or_dropped(page, qtbot, tmp_path):
    import os
    fifo = tmp_path / "digit.png"
    os.mkfifo(fifo)  # no writer: a reader that opens it waits forever
    message = page.findChild(QLabel, "canvasMessage")
    assert not page.canvas.load_file(str(fifo))
    assert message.isVisible() and str(fifo) in message.text() and "not an ordinary file" in message.text()
    assert "choose a PNG or JPG file" in message.text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fifo))])
    assert drop(page.canvas, mime) == (True, True)
    assert page.canvas.is_blank() and message.isVisible()
    draw(qtbot, page, vertical_stroke())  # the page goes on working
    assert not page.canvas.is_blank() and not message.isVisible()


def test_a_huge_picture_file_is_refused_before_it_is_read(page, tmp_path, monkeypatch):
    from nnlab.gui import picture_files as images
    monkeypatch.setattr(images, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + bytes(5000))
    assert not page.canvas.load_file(str(big))
    text = page.findChild(QLabel, "canvasMessage").text()
    assert "big.png" in text and "5,004 bytes" in text and "save a smaller copy" in text
