"""Demo 5, a layer as geometry: a shape pushed through ``relu(W x + b)`` one part at a time."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from nnlab.concepts import geometry
from nnlab.gui import i18n, names, plain, plots
from nnlab.gui.concepts.base import DemoWidget, ValueSlider, number_box

VIEW = 3.0
QUADRANT_COLORS = (plots.BLUE, plots.ORANGE, plots.GREEN, plots.PURPLE)


class GeometryDemo(DemoWidget):
    frame_ms = 30

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.plot = plots.make_plot(aspect_locked=True)
        self.plot.setRange(xRange=(-VIEW, VIEW), yRange=(-VIEW, VIEW), padding=0)
        self.plot.getPlotItem().vb.disableAutoRange()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        for angle in (0, 90):
            self.plot.addItem(pg.InfiniteLine(0, angle=angle, pen=pg.mkPen("#9aa3ab", width=1)))
        self.ghost = plots.curve(self.plot, "#c3c9cf", 1)
        self.ghost_dots = self.plot.plot([], [], pen=None, symbol="o", symbolSize=5,
                                         symbolBrush=pg.mkBrush("#d5dade"), symbolPen=None)
        self.lines = [plots.curve(self.plot, color, 2) for color in (plots.BLUE, plots.ORANGE)]
        self.cloud = pg.ScatterPlotItem(size=8, pen=pg.mkPen("#ffffff", width=0.5))
        self.plot.addItem(self.cloud)
        self.basis = [plots.curve(self.plot, color, 4) for color in (plots.VERMILION, plots.GREEN)]
        self.stage_label = plain.label(alignment=Qt.AlignmentFlag.AlignCenter, objectName="stageLabel")
        self.stage_label.setStyleSheet("font-size: 15px; font-weight: 600; color: #1a3550;")
        self.stage_slider = ValueSlider(0, 3, 0.01, 3, 2, "stageSlider")
        self.body.addWidget(self.stage_label)
        self.body.addWidget(self.plot, 1)
        self.body.addWidget(self.stage_slider)

        self.shape_combo = QComboBox(objectName="shapeCombo")
        self.angle_slider = ValueSlider(-180, 180, 1, 30, 0, "angleSlider")
        self.matrix_spins = [number_box(v, -3, 3, f"matrix{i}") for i, v in enumerate((0.87, -0.5, 0.5, 0.87))]
        self.bias_spins = [number_box(v, -3, 3, f"bias{i}") for i, v in enumerate((0.5, -0.3))]
        self.relu_check = QCheckBox(objectName="reluCheck", checked=True)
        self.identity_button = QPushButton(objectName="identityButton")
        self.form = QFormLayout()
        self.shape_label = self.add_row(self.form, self.shape_combo)
        self.angle_label = self.add_row(self.form, self.angle_slider)
        # A matrix and a vector keep their mathematical order in right-to-left languages too.
        matrix_box, bias_box = QWidget(), QWidget()
        for box in (matrix_box, bias_box):
            box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        matrix = QGridLayout(matrix_box)
        bias = QHBoxLayout(bias_box)
        for layout in (matrix, bias):
            layout.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.matrix_spins):
            matrix.addWidget(box, i // 2, i % 2)
        for box in self.bias_spins:
            bias.addWidget(box)
        self.matrix_label = plain.label()
        self.form.addRow(self.matrix_label, matrix_box)
        self.bias_label = plain.label()
        self.form.addRow(self.bias_label, bias_box)
        self.controls.addLayout(self.form)
        self.controls.addWidget(self.relu_check)
        self.controls.addWidget(self.identity_button)
        self.controls.addWidget(self.play_button)
        self.readout = plain.label(objectName="geometryReadout", wordWrap=True)
        self.controls.addWidget(self.readout)

        self.retranslate_ui()
        self.shape_combo.currentIndexChanged.connect(self.recompute)
        self.angle_slider.valueChanged.connect(self._rotate)
        for box in self.matrix_spins + self.bias_spins:
            box.valueChanged.connect(self.recompute)
        self.relu_check.toggled.connect(self.recompute)
        self.stage_slider.valueChanged.connect(self.redraw)
        self.identity_button.clicked.connect(self._identity)
        self.recompute()

    # -- the transformation ----------------------------------------------------------------------
    def matrix(self) -> np.ndarray:
        return np.array([box.value() for box in self.matrix_spins]).reshape(2, 2)

    def _set_matrix(self, matrix) -> None:
        for box, value in zip(self.matrix_spins, np.ravel(matrix)):
            box.blockSignals(True)
            box.setValue(float(value))
            box.blockSignals(False)
        self.recompute()

    def _rotate(self, *_) -> None:
        self._set_matrix(geometry.rotation_matrix(self.angle_slider.value()))

    def _identity(self) -> None:
        self.angle_slider.setValue(0)
        self._set_matrix(np.eye(2))

    def _shape(self):
        """(points, is_grid) of the chosen shape; a grid comes as polylines with NaN breaks."""
        kind = self.shape_combo.currentData()
        if kind == "grid":
            return geometry.with_breaks(geometry.grid_lines(half=1.5, count=7)), True
        if kind == "digit":
            return geometry.digit_points(self._mnist_digit()) * 1.6, False
        return geometry.point_cloud(), False

    def _mnist_digit(self):
        """The first test image of MNIST when the Train page has loaded it, else the built-in "2"."""
        data = self.session.dataset("mnist") if self.session is not None else None
        return None if data is None else data[1][0][0]

    def recompute(self, *_) -> None:
        points, self.is_grid = self._shape()
        self.dot_size = 6 if len(points) > 120 and self.shape_combo.currentData() == "digit" else 8
        bias = [box.value() for box in self.bias_spins]
        self.stages = geometry.layer_stages(points, self.matrix(), bias, relu=self.relu_check.isChecked())
        self.basis_stages = geometry.layer_stages(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]),
                                                  self.matrix(), bias, relu=False)
        quadrant = (points[:, 0] < 0).astype(int) + 2 * (points[:, 1] < 0).astype(int)
        self.brushes = [pg.mkBrush(QUADRANT_COLORS[q]) for q in quadrant]
        self.redraw()

    def redraw(self, *_) -> None:
        t = self.stage_slider.value()
        now = geometry.between_stages(self.stages, t)
        start = self.stages["input"]
        if self.is_grid:
            half = (len(now) + 1) // 2  # the first half of the polylines is horizontal, the rest vertical
            self.ghost.setData(start[:, 0], start[:, 1], connect="finite")
            self.lines[0].setData(now[:half, 0], now[:half, 1], connect="finite")
            self.lines[1].setData(now[half:, 0], now[half:, 1], connect="finite")
            self.cloud.clear()
            self.ghost_dots.setData([], [])
        else:
            self.ghost.setData([], [])
            for line in self.lines:
                line.setData([], [])
            self.ghost_dots.setData(start[:, 0], start[:, 1])
            self.cloud.setData(now[:, 0], now[:, 1], brush=self.brushes, size=self.dot_size)
        basis = geometry.between_stages(self.basis_stages, min(t, 2.0))
        for line, tip in zip(self.basis, basis[1:]):
            line.setData([basis[0, 0], tip[0]], [basis[0, 1], tip[1]])
        self._update_texts()

    def tick(self) -> None:
        """Play the layer from the input to the end, pause a moment, and play it again."""
        t = self.stage_slider.value() + 0.02
        self.stage_slider.setValue(0.0 if t > 3.4 else t)

    def on_start(self) -> None:
        if self.stage_slider.value() >= 2.99:
            self.stage_slider.setValue(0.0)

    # -- texts -----------------------------------------------------------------------------------
    def _update_texts(self) -> None:
        t = self.stage_slider.value()
        stage = min(int(t + 0.5), 3)
        if not self.relu_check.isChecked():
            stage = min(stage, 2)
        stages = [(self.tr("{0}: the input"), "x"), (self.tr("{0}: turned and stretched by the matrix"), "W x"),
                  (self.tr("{0}: shifted by the bias"), "W x + b"),
                  (self.tr("{0}: folded onto the positive quarter"), "relu(W x + b)")]
        self.stage_label.setText(i18n.with_code(*stages[stage]))
        determinant = geometry.determinant(self.matrix())
        self.readout.setText(self.tr(
            "{0}: the matrix multiplies areas by {1}{2}. The thick red and green lines are the columns of {3}, "
            "where the unit vectors {4} and {5} land.").format(
            i18n.code(f"det W = {determinant:.2f}"), i18n.code(f"{abs(determinant):.2f}"),
            self.tr(" and mirrors the plane") if determinant < 0 else "", i18n.code("W"), i18n.code("(1, 0)"),
            i18n.code("(0, 1)")))

    def retranslate_ui(self) -> None:
        self.set_explanation(i18n.with_code(self.tr(
            "A Dense layer computes {0}, and each part has a picture: the matrix {1} rotates, "
            "stretches or shears the plane, the bias {2} slides it, and ReLU folds everything negative onto "
            "the axes. Move the slider under the plot to walk through the three steps, or press Start."),
            "relu(W x + b)", "W", "b"))
        self.controls_box.setTitle(i18n.with_code(self.tr("The layer {0}"), "relu(W x + b)"))
        names.fill_combo(self.shape_combo, {"grid": self.tr("Grid"), "cloud": self.tr("Point cloud"),
                                            "digit": self.tr("A digit")})
        self.shape_label.setText(self.tr("Shape:"))
        self.angle_label.setText(i18n.with_code(self.tr("Rotation {0}:"), "θ"))
        self.matrix_label.setText(i18n.with_code(self.tr("Matrix {0}:"), "W"))
        self.bias_label.setText(i18n.with_code(self.tr("Bias {0}:"), "b"))
        self.relu_check.setText(self.tr("Apply ReLU"))
        self.identity_button.setText(self.tr("Identity matrix"))
        self.shape_combo.setToolTip(self.tr("What to transform; points are coloured by their starting quarter"))
        self.angle_slider.setToolTip(i18n.with_code(self.tr("Sets {0} to the rotation {1}"), "W",
                                                    "[[cos θ, −sin θ], [sin θ, cos θ]]"))
        for box in self.matrix_spins:
            box.setToolTip(i18n.with_code(self.tr("An entry of the matrix {0}; edit it to shear or stretch"), "W"))
        for box in self.bias_spins:
            box.setToolTip(i18n.with_code(self.tr("An entry of the bias {0}: the shift after the matrix"), "b"))
        self.relu_check.setToolTip(self.tr("Fold negative coordinates to zero after the shift"))
        self.identity_button.setToolTip(i18n.with_code(self.tr("Set {0} back to the matrix that changes nothing"), "W"))
        self.stage_slider.setToolTip(i18n.with_code(self.tr("0: input, 1: after {0}, 2: after {1}, 3: after ReLU"),
                                                    "W", "+ b"))
        self.retranslate_play()
        if hasattr(self, "stages"):
            self._update_texts()
