"""The Draw page: draw a digit and watch the network read it, live.

The canvas is turned into a grey array here (Qt's job); the MNIST preprocessing and the network
run in a :class:`~nnlab.gui.draw.worker.DigitReader` thread, at most every 30 ms while drawing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
)

from nnlab.gui import plain
from nnlab.gui.digit_canvas import DEFAULT_PEN_WIDTH, DrawCanvas
from nnlab.gui.draw.model_chooser import ModelChooser
from nnlab.gui.draw.panels import InsidePanel, StepsPanel, caption_label
from nnlab.gui.draw.views import ProbabilityChart
from nnlab.gui.draw.worker import DigitReader
from nnlab.gui.page import Page
from nnlab.palette import BLUE, ORANGE

UPDATE_INTERVAL_MS = 30
PEN_WIDTHS = (6, 40)


class DrawPage(Page):
    """Draw (or drop) a digit; see the probabilities, the preprocessing and the hidden units."""

    def __init__(self, session, parent=None, bundled_model=None):
        super().__init__(session, parent)
        self.reading = None
        self._seconds = 0.0
        self._build_canvas_group()
        self.chooser = ModelChooser(session, bundled=bundled_model)
        self.model_group = QGroupBox(objectName="drawModelGroup")
        QVBoxLayout(self.model_group).addWidget(self.chooser)
        self._build_answer_group()
        self.steps_panel = StepsPanel()
        self.steps_group = self._group("stepsGroup", self.steps_panel)
        self.inside_panel = InsidePanel()
        self.inside_group = self._group("insideGroup", self.inside_panel)

        left = QVBoxLayout()
        left.addWidget(self.canvas_group, 1)
        left.addWidget(self.model_group)
        right = QVBoxLayout()
        right.addWidget(self.answer_group, 11)
        right.addWidget(self.steps_group, 7)
        right.addWidget(self.inside_group, 10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(left, 6)
        layout.addLayout(right, 7)

        self.reader = DigitReader(self)
        self.reader.finished.connect(self._show_reading)
        self.reader.failed.connect(self._show_failure)
        self._throttle = QTimer(self, singleShot=True, interval=UPDATE_INTERVAL_MS)
        self._throttle.timeout.connect(self.request_reading)
        self.canvas.changed.connect(self._canvas_changed)
        self.canvas.image_rejected.connect(self._image_rejected)
        self.chooser.model_chosen.connect(lambda _model: self.request_reading())
        self._add_shortcuts()
        self.retranslate_ui()
        self.request_reading()

    # -- building --------------------------------------------------------------------------------
    @staticmethod
    def _group(name: str, widget) -> QGroupBox:
        group = QGroupBox(objectName=name)
        QVBoxLayout(group).addWidget(widget)
        return group

    def _build_canvas_group(self) -> None:
        self.canvas = DrawCanvas()
        self.pen_label = plain.label()
        self.pen_slider = QSlider(Qt.Orientation.Horizontal, objectName="penWidthSlider")
        self.pen_slider.setRange(*PEN_WIDTHS)
        self.pen_slider.setValue(DEFAULT_PEN_WIDTH)
        self.pen_slider.valueChanged.connect(lambda value: setattr(self.canvas, "pen_width", value))
        self.undo_button = QPushButton(objectName="undoButton", enabled=False)
        self.clear_button = QPushButton(objectName="clearButton")
        self.open_button = QPushButton(objectName="openImageButton")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.open_button.clicked.connect(self.open_image)
        tools = QHBoxLayout()
        tools.addWidget(self.pen_label)
        tools.addWidget(self.pen_slider, 1)
        tools.addSpacing(8)
        for button in (self.undo_button, self.clear_button, self.open_button):
            tools.addWidget(button)
        self.canvas_message = plain.label(objectName="canvasMessage", wordWrap=True)
        self.canvas_message.setStyleSheet(f"color: {ORANGE};")
        self.canvas_message.hide()
        self.canvas_group = QGroupBox(objectName="canvasGroup")
        column = QVBoxLayout(self.canvas_group)
        column.addWidget(self.canvas, 1)
        column.addLayout(tools)
        column.addWidget(self.canvas_message)

    def _build_answer_group(self) -> None:
        self.prediction_label = QLabel(objectName="predictionLabel", alignment=Qt.AlignmentFlag.AlignCenter,
                                       textFormat=Qt.TextFormat.RichText)
        self.prediction_label.setFixedWidth(220)
        self.prediction_label.setWordWrap(True)
        self.prediction_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.probability_plot = ProbabilityChart()
        self.latency_label = caption_label("latencyLabel")
        self.not_digit_note = QLabel(objectName="notDigitNote", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.not_digit_note.setStyleSheet(
            f"QLabel {{ background: #fff3de; border: 1px solid {ORANGE}; border-radius: 4px; padding: 4px 6px; }}")
        # Word-wrapped labels do not tell nested layouts their height: reserve three lines.
        self.not_digit_note.setMinimumHeight(3 * self.not_digit_note.fontMetrics().lineSpacing() + 12)
        self.not_digit_note.hide()
        chart = QVBoxLayout()
        chart.addWidget(self.probability_plot, 1)
        chart.addWidget(self.latency_label)
        self.answer_group = QGroupBox(objectName="answerGroup")
        row = QHBoxLayout()
        row.addWidget(self.prediction_label)
        row.addLayout(chart, 1)
        column = QVBoxLayout(self.answer_group)
        column.addLayout(row, 1)
        column.addWidget(self.not_digit_note)

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Undo, self, self.canvas.undo, context=context)
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
            QShortcut(QKeySequence(key), self, self.canvas.clear, context=context)

    def retranslate_ui(self) -> None:
        self.canvas_group.setTitle(self.tr("Your drawing"))
        self.model_group.setTitle(self.tr("Which network reads it"))
        self.answer_group.setTitle(self.tr("The network's answer"))
        self.steps_group.setTitle(self.tr("What the network sees: your drawing, prepared the way MNIST was"))
        self.inside_group.setTitle(self.tr("What the network sees inside"))
        self.pen_label.setText(self.tr("Pen"))
        self.pen_slider.setToolTip(self.tr("How thick the pen draws. MNIST digits have strokes about "
                                           "a tenth of the digit's height."))
        self.pen_slider.setAccessibleName(self.tr("Pen width"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last stroke (Ctrl+Z)."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Start again with an empty sheet (Esc or Delete)."))
        self.open_button.setText(self.tr("Open picture…"))
        self.open_button.setToolTip(self.tr("Read a digit from a PNG or JPG file; you can also drop "
                                            "a picture on the sheet."))
        self.prediction_label.setToolTip(self.tr("The digit the network finds most likely, and how sure it is."))
        self._show_answer()

    # -- reading the drawing ---------------------------------------------------------------------
    @property
    def model(self):
        return self.chooser.model

    def is_reading(self) -> bool:
        """True while a reading of the sheet is due or under way (tests and scripts wait for False)."""
        return self._throttle.isActive() or self.reader.is_busy()

    def _canvas_changed(self) -> None:
        self.canvas_message.hide()
        self.undo_button.setEnabled(self.canvas.can_undo())
        if not self._throttle.isActive():
            self._throttle.start()

    def request_reading(self) -> None:
        """Send the current sheet to the worker (the array conversion is Qt's, so it stays here)."""
        self.reader.request(self.canvas.to_array(), self.model)

    def _show_reading(self, reading, seconds: float) -> None:
        self.reading, self._seconds = reading, seconds
        self.probability_plot.set_probabilities(reading.probabilities, reading.sure)
        self.steps_panel.show_steps(reading.steps)
        self.inside_panel.show_reading(reading)
        self._show_answer()

    def _show_failure(self, message: str) -> None:
        self.reading = None
        self.probability_plot.set_probabilities(None)
        self.not_digit_note.hide()
        self.prediction_label.setText(self._answer_html("!", ORANGE, self.tr("The network failed")))
        self._fit_prediction()
        self.latency_label.setText(message)

    def _fit_prediction(self) -> None:
        """The big digit and its line never cut: the label is as tall as its text at its fixed width."""
        self.prediction_label.setMinimumHeight(self.prediction_label.heightForWidth(self.prediction_label.width()))

    def _answer_html(self, big: str, colour: str, line: str, size: int = 84) -> str:
        return (f'<div style="font-size:{size}px; font-weight:700; color:{colour};">{big}</div>'
                f'<div style="font-size:19px;">{line}</div>')

    def _show_answer(self) -> None:
        """The big digit and the sentence under it; also the accessible description."""
        reading = self.reading
        if reading is None or reading.empty:
            big, colour, line = "✎", "#8793a3", self.tr("Nothing drawn yet")
        elif reading.probabilities is None:
            big, colour, line = "?", "#8793a3", self.tr("No network chosen")
        elif not reading.looks_like_a_digit:
            big, colour = str(reading.digit), "#8793a3"
            line = self.tr("Is this a digit?")
        elif reading.sure:
            big, colour = str(reading.digit), BLUE
            line = self.tr("{0:.0%} sure").format(reading.confidence)
        else:
            big, colour = str(reading.digit), ORANGE
            line = self.tr("Not sure: {0:.0%}, or a {1}?").format(reading.confidence, reading.runner_up)
        doubtful = reading is not None and not reading.empty and not reading.looks_like_a_digit
        self.prediction_label.setText(self._answer_html(big, colour, line, 64 if doubtful else 84))
        self._fit_prediction()
        self.prediction_label.setAccessibleName(self.tr("Answer: {0}. {1}").format(big, line))
        self._explain_not_a_digit(reading)
        self.latency_label.setText(
            self.tr("Preprocessing and prediction took {0:.1f} ms").format(1000 * self._seconds)
            if reading is not None and not reading.empty else "")

    def _explain_not_a_digit(self, reading) -> None:
        """When the ink is unlike every training digit, say why, and what the percentage means."""
        doubtful = reading is not None and reading.probabilities is not None and not reading.looks_like_a_digit
        self.latency_label.setVisible(not doubtful)  # the note needs the room more than the timing
        if not doubtful:
            self.not_digit_note.hide()
            return
        why = {"faint": self.tr("There is less ink than in any training digit (try a thicker pen)."),
               "blot": self.tr("It has far more ink than any training digit (a blot or a dot)."),
               "wide": self.tr("It is wider than any training digit: draw one digit at a time."),
               "crossings": self.tr("Its strokes go back and forth more often than in any digit."),
               "far": self.tr("Its shape is far from every digit the network was trained on."),
               "letter": self.tr("It looks more like a letter or a symbol than like any digit.")}
        reasons = " ".join(why[reason] for reason in reading.likeness.reasons)
        self.not_digit_note.setText(self.tr(
            "<b>This does not look like a digit.</b> {0} The network knows only 0 to 9, and softmax always "
            "shares out 100% among them: its {1:.0%} for {2} does not mean that this is a {2}.")
            .format(reasons, reading.confidence, reading.digit))
        self.not_digit_note.show()

    # -- pictures --------------------------------------------------------------------------------
    def open_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a picture of a digit"), "",
                                              self.tr("Pictures ({0})").format("*.png *.jpg *.jpeg *.bmp *.gif *.webp"))
        if path:
            self.canvas.load_file(path)

    def _image_rejected(self, path: str, reason: str) -> None:
        self.canvas_message.setText(self.tr("Could not read {0} as a picture: {1}.").format(path, reason))
        self.canvas_message.show()

    def shutdown(self) -> None:
        self._throttle.stop()
        self.reader.shutdown()
