"""Demo 15, uncrumpling the paper ball (the slide "Geometric interpretation of deep learning"): two
classes no line separates, a small network trained live, and what each of its layers does to the
plane, animated from one layer to the next until a line separates the classes."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from nnlab.concepts import uncrumpling
from nnlab.gui import plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.concepts.loop import DemoLoop
from nnlab.gui.i18n import code, code_html, keep_plots_left_to_right
from nnlab.gui.names import dataset_names, fill_combo

DATASETS = ("spirals", "moons", "circles", "xor")
FRAMES_PER_LAYER = 40          # 40 frames of 40 ms: 1.6 s from one plane to the next ...
HOLD_FRAMES = 12               # ... and a short stop on each plane
THUMBNAIL_SECONDS = 0.5        # the small planes are redrawn at most this often while training
STUCK_STEPS = 8000             # the default network separates the spirals within about 3,500 steps
GRID_PEN = pg.mkPen("#b8c4cf", width=1)
LINE_PEN = pg.mkPen(plots.GREEN, width=3, style=Qt.PenStyle.DashLine)


def fit_view(points: np.ndarray) -> tuple[np.ndarray, float]:
    """Centre and scale that put ``points`` inside [-1, 1]^2: each plane is drawn at its own scale,
    since a layer may stretch the plane a hundredfold."""
    finite = points[np.isfinite(points).all(axis=1)]
    if not len(finite):
        return np.zeros(2), 1.0
    centre = (finite.max(axis=0) + finite.min(axis=0)) / 2
    half = float(np.max(np.abs(finite - centre)))
    return centre, half if half > 1e-12 and np.isfinite(half) else 1.0


class PlaneView:
    """One plane: the grid, the two classes' points and (on the last plane) the separating line."""

    def __init__(self, plot: pg.PlotWidget, size: float = 7):
        self.plot = plot
        self.grid = plot.plot(pen=GRID_PEN, connect="finite")
        self.points = [pg.ScatterPlotItem(size=size, pen=pg.mkPen("w", width=0.5), brush=pg.mkBrush(colour))
                       for colour in (plots.BLUE, plots.ORANGE)]
        for item in self.points:
            plot.addItem(item)
        self.line = plot.plot(pen=LINE_PEN)
        plot.getPlotItem().getViewBox().disableAutoRange()

    def show(self, points, labels, grid, line=None) -> None:
        for label, item in enumerate(self.points):
            chosen = points[labels == label]
            item.setData(chosen[:, 0], chosen[:, 1])
        self.grid.setData(grid[:, 0], grid[:, 1], connect="finite")
        if line is None:
            self.line.setData([], [])
        else:
            self.line.setData(line[:, 0], line[:, 1])
        self.plot.setRange(xRange=(-1.1, 1.1), yRange=(-1.1, 1.1), padding=0)  # every plane is scaled to fit


class UncrumplingDemo(DemoWidget):
    """Signals: ``pictured(Picture)`` after each picture drawn while training; ``separated(seconds)``
    when a line in the last plane first separates the classes."""

    pictured = Signal(object)
    separated = Signal(float)

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.model: uncrumpling.Uncrumpler | None = None
        self.picture: uncrumpling.Picture | None = None
        self.runner: DemoLoop | None = None
        self.seed = 0
        self.frame = 0
        self.trained_seconds = 0.0
        self.started_at: float | None = None
        self.separated_after: float | None = None
        self.thumbnails_at = 0.0
        self.big_title = ""
        self.big_plot = plots.make_plot(aspect_locked=True)
        self.big_plot.setObjectName("uncrumplingPlane")
        for side in ("left", "bottom"):
            self.big_plot.getPlotItem().hideAxis(side)
        self.big = PlaneView(self.big_plot)
        # the layers' pictures run from the input on the left to the last layer on the right in every
        # language, like the network's arrows (the rtl policy in nnlab.gui.i18n); their titles are
        # pyqtgraph texts that keep their own (Persian: right-to-left) direction
        self.layers_row = QWidget(objectName="uncrumplingLayers")
        self.layers_row.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.strip = QHBoxLayout(self.layers_row)
        self.strip.setContentsMargins(0, 0, 0, 0)
        self.strip.setSpacing(4)
        self.thumbnails: list[tuple[pg.PlotWidget, PlaneView]] = []
        self.body.addWidget(self.big_plot, 1)
        self.body.addWidget(self.layers_row)

        form = QFormLayout()
        self.dataset_combo = QComboBox(objectName="uncrumplingData")
        self.depth_spin = QSpinBox(objectName="uncrumplingDepth", minimum=uncrumpling.DEPTHS[0],
                                   maximum=uncrumpling.DEPTHS[1], value=uncrumpling.DEFAULTS["depth"])
        self.width_spin = QSpinBox(objectName="uncrumplingWidth", minimum=uncrumpling.WIDTHS[0],
                                   maximum=uncrumpling.WIDTHS[1], value=uncrumpling.DEFAULTS["width"])
        self.points_spin = QSpinBox(objectName="uncrumplingPoints", minimum=uncrumpling.POINTS[0],
                                    maximum=uncrumpling.POINTS[1], singleStep=50,
                                    value=uncrumpling.DEFAULTS["points"])
        for box in (self.depth_spin, self.width_spin, self.points_spin):
            box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            box.setKeyboardTracking(False)
        self.dataset_label = self.add_row(form, self.dataset_combo)
        self.depth_label = self.add_row(form, self.depth_spin)
        self.width_label = self.add_row(form, self.width_spin)
        self.points_label = self.add_row(form, self.points_spin)
        self.controls.addLayout(form)
        self.retrain_button = QPushButton(objectName="uncrumplingRetrain")
        self.add_button_row(self.play_button, self.retrain_button)
        self.refusal = plain.label(objectName="uncrumplingRefusal", wordWrap=True)
        self.refusal.setStyleSheet("color: #9b2c00;")
        self.refusal.hide()
        self.controls.addWidget(self.refusal)
        self.status = plain.label(objectName="uncrumplingStatus", wordWrap=True)
        self.controls.addWidget(self.status)
        self.retranslate_ui()
        self.dataset_combo.currentIndexChanged.connect(self.rebuild)
        for box in (self.depth_spin, self.width_spin, self.points_spin):
            box.valueChanged.connect(self.rebuild)
        self.retrain_button.clicked.connect(self.retrain)
        self.rebuild()

    # -- the network -----------------------------------------------------------------------------
    def settings(self) -> tuple[str, int, int, int]:
        return (self.dataset_combo.currentData() or "spirals", self.depth_spin.value(), self.width_spin.value(),
                self.points_spin.value())

    def rebuild(self, *_) -> None:
        """A fresh network for the current settings, or a plain refusal when they would not train live."""
        was_running = self.is_running()
        self._stop_training()
        dataset, depth, width, points = self.settings()
        if uncrumpling.too_slow(depth, width, points):
            self.refusal.setText(self.tr(
                "Refused: depth {0} × width {1} × {2} points needs about {3:.0f} million multiplications per "
                "training step; at most {4:.0f} million keep the animation live. Lower one of them.").format(
                    depth, width, points, uncrumpling.multiplications(depth, width, points) / 1e6,
                    uncrumpling.MULTIPLICATIONS_LIMIT / 1e6))
            self.refusal.show()
            self.stop()
            self.play_button.setEnabled(False)
            self.retrain_button.setEnabled(False)
            return
        self.refusal.hide()
        self.play_button.setEnabled(True)
        self.retrain_button.setEnabled(True)
        self.model = uncrumpling.Uncrumpler(dataset, depth, width, points, seed=self.seed)
        self.trained_seconds, self.separated_after, self.frame = 0.0, None, 0
        self._make_thumbnails(depth + 1)
        self._explain()
        self._show_picture(self.model.picture(), thumbnails=True)
        if was_running:
            self._start_training()

    def retrain(self) -> None:
        """New random weights for the same settings, and train again."""
        self.seed += 1
        self.rebuild()
        self.start()

    def _start_training(self) -> None:
        if self.runner is not None or self.model is None or self.separated_after is not None:
            return
        model = self.model
        self.runner = DemoLoop(lambda: model.train(), self)
        self.runner.produced.connect(self._trained)
        self.runner.failed.connect(self._failed)
        self.started_at = time.perf_counter()
        self.runner.start()

    def _stop_training(self) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
            self.runner = None
            if self.started_at is not None:
                self.trained_seconds += time.perf_counter() - self.started_at
                self.started_at = None

    def _trained(self, picture) -> None:
        self._show_picture(picture, thumbnails=time.perf_counter() - self.thumbnails_at > THUMBNAIL_SECONDS)
        if picture.accuracy == 1.0 and self.separated_after is None:
            self._stop_training()
            self.separated_after = self.trained_seconds
            self._show_picture(picture, thumbnails=True)
            self.separated.emit(self.separated_after)
        self.pictured.emit(picture)

    def _failed(self, message: str) -> None:
        self._stop_training()
        self.status.setText(self.tr("Training failed: {0}").format(message))

    # -- animation -------------------------------------------------------------------------------
    def on_start(self) -> None:
        self._start_training()

    def on_stop(self) -> None:
        self._stop_training()

    def tick(self) -> None:
        self.frame += 1
        self._draw_big()

    def _phase(self) -> tuple[int, float]:
        """(plane, fraction of the way to the next plane) for the current frame; loops over the layers."""
        layers = len(self.picture.points) - 1
        period = FRAMES_PER_LAYER + HOLD_FRAMES
        position = self.frame % (period * layers + 2 * HOLD_FRAMES)
        plane, within = divmod(position, period)
        if plane >= layers:
            return layers, 0.0
        return plane, max(0.0, (within - HOLD_FRAMES) / FRAMES_PER_LAYER)

    def _normalised(self, index: int):
        points = self.picture.points[index]
        centre, half = fit_view(points)
        return (points - centre) / half, (self.picture.grid[index] - centre) / half, centre, half

    def _draw_big(self) -> None:
        if self.picture is None:
            return
        plane, fraction = self._phase()
        points, grid, centre, half = self._normalised(plane)
        last = len(self.picture.points) - 1
        if fraction > 0 and plane < last:
            points2, grid2, _, _ = self._normalised(plane + 1)
            points, grid = uncrumpling.between(points, points2, fraction), uncrumpling.between(grid, grid2, fraction)
        line = None
        if plane == last and fraction == 0:
            line = self._line(centre, half)
        self.big.show(points, self.model.y, grid, line)
        if fraction == 0:
            title = (self.tr("The input: the crumpled paper") if plane == 0 else
                     self.tr("After layer {0} of {1}").format(plane, last))
            if plane == last:
                title += self.tr(": the last plane, where a line decides")
        else:
            title = self.tr("From layer {0} to layer {1}").format(plane, plane + 1)
        if title != self.big_title:  # a title is rich text to lay out: only when it changes
            self.big_title = title
            plots.set_texts(self.big_plot, title)

    def _line(self, centre, half):
        w, c = self.picture.line
        # w · (half p' + centre) + c = 0  ->  (half w) · p' + (w · centre + c) = 0
        return uncrumpling.line_segment(half * np.asarray(w), float(np.dot(w, centre) + c), 1.1)

    def _make_thumbnails(self, count: int) -> None:
        while self.strip.count():
            item = self.strip.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
                item.widget().deleteLater()
        self.thumbnails.clear()
        self.strip.addStretch(1)
        for index in range(count):
            plot = plots.picture_plot()
            plot.setObjectName(f"uncrumplingLayer{index}")  # 0: the input
            plot.setMinimumSize(40, 40)
            plot.setMaximumWidth(110)  # narrower than tall: the locked aspect then shows the whole square
            plot.setFixedHeight(140)
            self.thumbnails.append((plot, PlaneView(plot, size=3)))
            self.strip.addWidget(plot)
        self.strip.addStretch(1)
        self._thumbnail_titles()
        keep_plots_left_to_right(self)

    def _thumbnail_titles(self) -> None:
        for index, (plot, _) in enumerate(self.thumbnails):
            plots.set_texts(plot, self.tr("input") if index == 0 else self.tr("layer {0}").format(index))
            plot.getPlotItem().titleLabel.setText(plot.getPlotItem().titleLabel.text, size="9pt")

    def _show_picture(self, picture, thumbnails: bool) -> None:
        self.picture = picture
        if thumbnails:
            self.thumbnails_at = time.perf_counter()
            for index, (_, view) in enumerate(self.thumbnails):
                points, grid, centre, half = self._normalised(index)
                line = self._line(centre, half) if index == len(self.thumbnails) - 1 else None
                view.show(points, self.model.y, grid, line)
        if not self.is_running():  # while it runs, the next frame (within 40 ms) draws the new picture
            self._draw_big()
        self._update_status()

    def _update_status(self) -> None:
        picture = self.picture
        if picture is None:
            return
        text = self.tr("Training steps: {0}. Loss: {1}. Points on their class's side of the line: {2:.0%}.").format(
            picture.steps, code(f"{picture.loss:.3f}"), picture.accuracy)
        if self.separated_after is not None:
            text += " " + self.tr("Separated by a line after {0:.1f} s of training.").format(self.separated_after)
        elif picture.steps >= STUCK_STEPS:
            text += " " + self.tr("No line yet: this start may be stuck in a fold. Retrain tries new random "
                                  "weights.")
        elif picture.steps == 0:
            text += " " + self.tr("Press Start: the network learns to uncrumple the paper.")
        self.status.setText(text)

    def shutdown(self) -> None:
        self.stop()
        self._stop_training()

    # -- texts -----------------------------------------------------------------------------------
    def _explain(self) -> None:
        self.set_explanation(self.tr(
            "“A neural network is a very complex geometric transformation in a high-dimensional space, "
            "implemented as a long series of simple steps.” Two sheets of paper, blue and orange, crumpled "
            "together: no line separates them. Each layer here is one simple step: {0} {1} units bend and "
            "fold the plane, then a {2} matrix lays it flat again. Watch the grid and the points go from "
            "one layer to the next; training makes the last plane so flat that a line separates the classes. "
            "Each plane is drawn scaled to fit.").format(self.width_spin.value(), code_html("tanh"),
                                                          code_html(f"2 × {self.width_spin.value()}")))

    def retranslate_ui(self) -> None:
        self._explain()
        self.controls_box.setTitle(self.tr("The network"))
        fill_combo(self.dataset_combo, {key: dataset_names()[key] for key in DATASETS})
        self.dataset_combo.setItemText(self.dataset_combo.findData("moons"), self.tr("Moons (two crumpled sheets)"))
        self.dataset_label.setText(self.tr("Data:"))
        self.depth_label.setText(self.tr("Depth:"))
        self.depth_spin.setToolTip(self.tr("How many layers: simple steps from plane to plane"))
        self.width_label.setText(self.tr("Width:"))
        self.width_spin.setToolTip(self.tr("How many {0} units bend the plane in each step").format(code("tanh")))
        self.points_label.setText(self.tr("Points:"))
        self.retrain_button.setText(self.tr("Retrain"))
        self.retrain_button.setToolTip(self.tr("New random weights, then train again"))
        self.retranslate_play()
        self.play_button.setToolTip(self.tr("Train the network live and animate its layers"))
        self._thumbnail_titles()
        keep_plots_left_to_right(self)
        self._draw_big()
        self._update_status()
