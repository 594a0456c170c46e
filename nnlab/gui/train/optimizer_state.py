"""The Train page's "Inside the optimizer" view: one hidden unit's 784 incoming weights, their
gradient, the optimizer's state for them and the step each took, as 28x28 images.

It only draws :class:`nnlab.training.optimizer_state.UnitSnapshot` objects handed to
:meth:`OptimizerStateView.show_snapshot`; the snapshots are taken in the training thread by
``SnapshotFeed`` (a few a second), so the view never touches a model that is training.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.gui import i18n, plain, plots
from nnlab.gui.i18n import Retranslatable
from nnlab.gui.names import optimizer_names
from nnlab.gui.pixels import weight_colour_map, weight_scale
from nnlab.training.config import INPUTS
from nnlab.training.optimizer_state import SnapshotFeed

PANELS = ("weights", "gradient", "step", "step_size", "state1", "state2")
COLUMNS = 2  # beside the lesson panel at 1280x720 three panels a row squeeze each sentence to a word a line
PANEL_HEIGHT = 160  # image, colour bar and title readable; rows scroll on a short screen


class ImagePanel(QWidget):
    """A 28x28 image with a symmetric colour bar (zero is white) and one sentence under it."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent, objectName=f"{name}Panel")
        self.plot = plots.picture_plot()
        self.plot.setObjectName(f"{name}Image")
        self.plot.getPlotItem().invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(values=(-1, 1), colorMap=weight_colour_map(), interactive=False, width=10)
        self.bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.plot.setMinimumSize(120, 110)
        self.sentence = plain.label(objectName=f"{name}Sentence", wordWrap=True,
                                    alignment=Qt.AlignmentFlag.AlignVCenter)
        self.sentence.setStyleSheet("color: #2b2f33;")  # no pixel size: View > Zoom scales it
        # Picture and sentence side by side: the Train page's lower half is wide and short at 1280x720.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.sentence, 1)
        self.setFixedHeight(PANEL_HEIGHT)

    def show_values(self, values: np.ndarray, title: str) -> None:
        """Draw 784 values as 28x28 with colour limits ±max|value| in the app's one weight colour
        map (vermillion positive, blue negative, white zero), the same for every panel."""
        scale = weight_scale(values)
        self.image.setImage(values.reshape(28, 28), levels=(-scale, scale))
        self.bar.setLevels((-scale, scale))
        self.levels = (-scale, scale)
        if title != self.title:  # a new title re-lays the plot out: only when it really changes
            self.title = title
            plots.set_texts(self.plot, title)

    title = ""


class OptimizerStateView(Retranslatable, QWidget):
    """``show_snapshot(snapshot)`` draws a unit (``drawn`` when every panel is on screen);
    ``unitChanged(object)`` says which unit the student wants (an int, or None for the most active
    one) so the feed can follow."""

    unitChanged = Signal(object)
    drawn = Signal()  # every panel of the last snapshot is on screen

    def __init__(self, parent=None):
        super().__init__(parent, objectName="optimizerStateView")
        self.snapshot = None
        self.feed: SnapshotFeed | None = None
        self._queue: list = []
        self._next_panel = QTimer(self, singleShot=True, interval=0, timeout=self._draw_next_panel)
        self.unit_spin = QSpinBox(objectName="optimizerStateUnit", minimum=0, maximum=511, enabled=False)
        self.unit_spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.auto_check = QCheckBox(objectName="optimizerStateAuto", checked=True)
        self.unit_label = plain.label()
        self.unit_label.setBuddy(self.unit_spin)
        self.header = plain.label(objectName="optimizerStateHeader", wordWrap=True)
        self.header.setStyleSheet("font-weight: 600; color: #1a3550;")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.unit_label)
        top.addWidget(self.unit_spin)
        top.addWidget(self.auto_check)
        self.panels = {name: ImagePanel(name) for name in PANELS}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, name in enumerate(PANELS):
            grid.addWidget(self.panels[name], index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(-(-len(PANELS) // COLUMNS), 1)  # spare height below the panels, not inside them
        # A scroll area, so that on a short screen the panels scroll instead of overlapping.
        panels = QWidget()
        panels.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(panels)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.auto_check.toggled.connect(self._unit_choice_changed)
        self.unit_spin.valueChanged.connect(self._unit_choice_changed)
        self.retranslate_ui()

    def chosen_unit(self) -> int | None:
        """The unit the student picked, or None for "the most active one"."""
        return None if self.auto_check.isChecked() else self.unit_spin.value()

    def make_feed(self, send=None, interval: float = 0.25) -> SnapshotFeed:
        """A ``SnapshotFeed`` for the next training run that follows the student's unit choice (the
        view steers the feed it made last).

        Put it in the run's callbacks; ``send`` (settable later, e.g. inside the job) must hand
        each snapshot to the GUI thread without waiting (``Job.report`` or the run's event
        stream), where it goes to :meth:`show_snapshot`.
        """
        self.feed = SnapshotFeed(send, unit=self.chosen_unit(), interval=interval)
        return self.feed

    def _unit_choice_changed(self, *_) -> None:
        self.unit_spin.setEnabled(not self.auto_check.isChecked())
        if self.feed is not None:
            self.feed.unit = self.chosen_unit()  # one attribute write: safe while the feed's run trains
        self.unitChanged.emit(self.chosen_unit())

    def show_snapshot(self, snapshot) -> None:
        """Draw ``snapshot`` (a ``UnitSnapshot``); a network whose inputs are not 28x28 images is
        explained in the header instead."""
        self.snapshot = snapshot
        if snapshot.weights.size != INPUTS:
            for panel in self.panels.values():
                panel.hide()
            self._header()
            return
        self.unit_spin.blockSignals(True)
        self.unit_spin.setMaximum(snapshot.units - 1)
        if self.auto_check.isChecked():
            self.unit_spin.setValue(snapshot.unit)
        self.unit_spin.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        """Queue the panels of the current snapshot; they are drawn one per turn of the event loop.

        Repainting six plots at once takes tens of milliseconds on a busy machine, longer than a
        frame; one at a time, the window never waits more than a few milliseconds for them.
        """
        shot = self.snapshot
        texts = self._texts()
        shown = [("weights", shot.weights), ("gradient", shot.gradient), ("step", shot.step),
                 ("step_size", shot.step_size), *shot.state.items()]
        slots = dict(zip(PANELS, shown))
        self._queue = []
        for panel_name, panel in self.panels.items():
            entry = slots.get(panel_name)
            panel.setVisible(entry is not None)
            if entry is not None:
                key, values = entry
                self._queue.append((panel, key, values, *(texts.get((shot.optimizer, key)) or texts[key])))
        self._header()
        self._next_panel.start()

    def _draw_next_panel(self) -> None:
        if not self._queue:
            return
        panel, key, values, title, sentence = self._queue.pop(0)
        values = np.asarray(values, dtype=float)
        if key == "step_size":  # γ/ε where v = 0 dwarfs the rest: a log scale shows both
            with np.errstate(divide="ignore"):
                values = np.log10(values)
        panel.show_values(values, title)
        panel.sentence.setText(sentence)
        if self._queue:
            self._next_panel.start()
        else:
            self.drawn.emit()

    def _header(self) -> None:
        shot = self.snapshot
        if shot is None:
            self.header.setText(self.tr("Train a network: its optimizer's state appears here while it learns."))
        elif shot.weights.size != INPUTS:
            self.header.setText(i18n.with_code(self.tr("This view needs a network that reads {0} images."), "28×28"))
        else:
            name = optimizer_names().get(shot.optimizer, shot.optimizer)
            self.header.setText(self.tr("{0} after step {1}: hidden unit {2} (learning rate {3})").format(
                name, shot.iterations, shot.unit, i18n.code(f"{shot.learning_rate:g}")))

    def _texts(self) -> dict:
        """(title, one sentence) for every image; keyed by (optimizer, key) where they differ."""
        step_size = i18n.with_code(self.tr("Step size ({0})"), "log₁₀", rich=True)
        return {
            "weights": (self.tr("Weights"), self.tr(
                "The unit's 784 incoming weights, one per pixel: ink on vermillion pixels excites it, "
                "on blue ones holds it back.")),
            "gradient": (self.tr("Gradient"), i18n.with_code(self.tr(
                "{0} on the last batch: the weights move against it. Pixels without ink get none."), "dL/dw")),
            "step": (self.tr("Step"), self.tr(
                "How much each weight moved at the last update (before minus after).")),
            "step_size": (step_size, self.tr(
                "Each weight's own learning rate: largest where digits rarely have ink, which is the idea "
                "of an adaptive optimizer.")),
            ("sgd", "step_size"): (step_size, self.tr(
                "The same learning rate for every weight: plain SGD does not adapt.")),
            ("momentum", "step_size"): (step_size, self.tr(
                "The same learning rate for every weight: momentum changes the direction, not the size.")),
            ("nesterov", "step_size"): (step_size, self.tr(
                "The same learning rate for every weight: momentum changes the direction, not the size.")),
            "velocity": (self.tr("Velocity"), self.tr(
                "A decaying sum of past gradients: the weights keep moving the way they were going.")),
            "sum": (self.tr("Sum of squared gradients"), i18n.with_code(self.tr(
                "Adagrad adds every {0} here; it only grows, so every step only shrinks."), "g²")),
            "square_avg": (i18n.with_code(self.tr("{0}: average of {1}"), "v", "g²", rich=True), i18n.with_code(self.tr(
                "A running average of squared gradients; the step is {0} times the gradient."), "γ / (√v + ε)")),
            ("adadelta", "square_avg"): (i18n.with_code(self.tr("Average of {0}"), "g²", rich=True), self.tr(
                "A running average of squared gradients: the denominator of the step.")),
            "acc_delta": (self.tr("Average of steps²"), self.tr(
                "A running average of squared updates: the numerator, so no learning rate is needed.")),
            "m_hat": (i18n.with_code(self.tr("Corrected {0}: average of {1}"), "m", "g", rich=True), self.tr(
                "Adam's direction: a running average of gradients, bias-corrected as the update uses it.")),
            "v_hat": (i18n.with_code(self.tr("Corrected {0}: average of {1}"), "v", "g²", rich=True), self.tr(
                "A running average of squared gradients, bias-corrected; it sets each weight's step size.")),
        }

    def retranslate_ui(self) -> None:
        self.unit_label.setText(self.tr("Hidden unit:"))
        self.auto_check.setText(self.tr("Most active"))
        self.auto_check.setToolTip(self.tr("Follow the unit whose weights have the largest gradient now"))
        self.unit_spin.setToolTip(self.tr("Which unit of the first hidden layer to look inside"))
        if self.snapshot is not None and self.snapshot.weights.size == INPUTS:
            self._draw()
        else:
            for panel in self.panels.values():
                panel.hide()
            self._header()
