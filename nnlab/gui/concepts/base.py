"""What every demo of the Concepts page shares: a title, an explanation beside the pictures, a
control panel, and an animation that starts and stops on request.

A demo puts its pictures in ``self.body`` and its controls in ``self.controls``; the explanation
sits above the controls so the student reads why before touching anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from nnlab.gui import plain
from nnlab.gui.i18n import Retranslatable

PANEL_WIDTH = 280  # the side column; with the demo list and the lesson panel the demo fits 1280x720


class DemoWidget(Retranslatable, QWidget):
    """Base of the nine demos. Subclasses fill ``body`` and ``controls`` and implement ``tick()``
    (one animation frame, called by a timer) and ``retranslate_ui()`` (calling ``set_explanation``)."""

    frame_ms = 40

    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.title_label = plain.label()
        self.title_label.setStyleSheet("font-size: 17px; font-weight: 600; color: #1a3550;")
        self.explanation_label = QLabel(wordWrap=True,
                                        textFormat=Qt.TextFormat.RichText)
        self.explanation_label.setStyleSheet(
            "QLabel { background: #eef5fb; border: 1px solid #c9dced; border-radius: 6px;"
            " padding: 10px; color: #1d2b36; font-size: 13px; }")
        self.explanation_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.controls_box = QGroupBox()
        self.controls_box.setProperty("role", "demoControls")
        self.controls_box.setStyleSheet(
            "QGroupBox[role=demoControls] { font-weight: 600; border: 1px solid #d5dde5; border-radius: 6px;"
            " margin-top: 12px; padding: 12px 6px 6px 6px; }"
            "QGroupBox[role=demoControls]::title { subcontrol-origin: margin; subcontrol-position: top center;"
            " padding: 0 4px; }")
        self.controls = QVBoxLayout(self.controls_box)
        self.controls.setSpacing(6)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self._timer = QTimer(self, interval=self.frame_ms)
        self._timer.timeout.connect(self.tick)
        self.play_button = QPushButton(checkable=True)
        self.play_button.toggled.connect(self._play_toggled)
        self._layout_frame()

    def _layout_frame(self) -> None:
        panel = QWidget()
        # one width whether the scroll bar shows or not: a width that changed with it changed the height
        # of the wrapped texts, which showed and hid the scroll bar again, for ever
        panel.setFixedWidth(PANEL_WIDTH)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 4, 0)
        side.addWidget(self.explanation_label)
        side.addWidget(self.controls_box)
        side.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setFixedWidth(PANEL_WIDTH + 18)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = QHBoxLayout()
        row.addLayout(self.body, 1)
        row.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(self.title_label)
        outer.addLayout(row, 1)

    @staticmethod
    def add_row(form, widget) -> QLabel:
        """Add ``widget`` to a form with an (initially empty) label; returns the label to retranslate."""
        label = plain.label()
        label.setBuddy(widget)
        form.addRow(label, widget)
        return label

    def add_button_row(self, *buttons) -> None:
        """Put ``buttons`` side by side in the control panel."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        self.controls.addLayout(row)

    def set_name(self, name: str) -> None:
        """Name the demo and the parts every demo has ("descentDemo": "descentPlayButton", ...), so that
        every objectName stays unique in the window when several demos are built."""
        self.setObjectName(name)
        prefix = name.removesuffix("Demo")
        for widget, part in ((self.title_label, "Title"), (self.explanation_label, "Explanation"),
                             (self.controls_box, "Controls"), (self.play_button, "PlayButton")):
            widget.setObjectName(prefix + part)

    # -- texts -----------------------------------------------------------------------------------
    def set_title(self, text: str) -> None:
        self.title_label.setText(text)

    def set_explanation(self, text: str) -> None:
        self.explanation_label.setText(text)

    def retranslate_play(self) -> None:
        """Start/Stop text of the play button, following its state."""
        self.play_button.setText(self.tr("Stop") if self.play_button.isChecked() else self.tr("Start"))
        self.play_button.setToolTip(self.tr("Start or stop the animation"))

    # -- animation -------------------------------------------------------------------------------
    def _play_toggled(self, on: bool) -> None:
        if on:
            self.on_start()
            self._timer.start()
        else:
            self._timer.stop()
            self.on_stop()
        self.retranslate_play()

    def start(self) -> None:
        self.play_button.setChecked(True)

    def stop(self) -> None:
        self.play_button.setChecked(False)

    def is_running(self) -> bool:
        return self.play_button.isChecked()

    def on_start(self) -> None:
        """Hook: the animation is about to run (start a worker here if the demo has one)."""

    def on_stop(self) -> None:
        """Hook: the animation stopped (stop the worker here)."""

    def tick(self) -> None:
        """One frame of the animation."""

    def shutdown(self) -> None:
        """The window closes: stop everything (within a second)."""
        self.stop()


def number_box(value: float, minimum: float, maximum: float, name: str = "", step: float = 0.1,
               decimals: int = 2) -> QDoubleSpinBox:
    """A spin box for one entry of a vector or matrix; numbers read left to right in every language."""
    box = QDoubleSpinBox(objectName=name, minimum=minimum, maximum=maximum, singleStep=step, decimals=decimals,
                         value=value)
    box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return box


class ValueSlider(QWidget):
    """A horizontal slider over real values with the current value shown beside it.

    ``valueChanged(float)`` fires as the student drags; ``value()``/``setValue()`` speak floats.
    """

    def __init__(self, minimum: float, maximum: float, step: float, value: float, decimals: int = 2,
                 object_name: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._step, self._decimals = step, decimals
        self.slider = QSlider(Qt.Orientation.Horizontal, minimum=round(minimum / step),
                              maximum=round(maximum / step))
        self.label = plain.label(alignment=Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(44)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        self.slider.valueChanged.connect(self._moved)
        self.valueChanged = self.slider.valueChanged  # emits the int position; use value() for the float
        self.setValue(value)
        self._moved()

    def value(self) -> float:
        return self.slider.value() * self._step

    def setValue(self, value: float) -> None:
        self.slider.setValue(round(value / self._step))

    def set_value_quietly(self, value: float) -> None:
        """Move the slider without emitting valueChanged (an animation moving several at once)."""
        self.slider.blockSignals(True)
        self.setValue(value)
        self.slider.blockSignals(False)
        self._moved()

    def _moved(self, *_):
        self.label.setText(f"{self.value():.{self._decimals}f}")

    def setToolTip(self, text: str) -> None:
        self.slider.setToolTip(text)
        super().setToolTip(text)

    def setAccessibleName(self, text: str) -> None:
        self.slider.setAccessibleName(text)
