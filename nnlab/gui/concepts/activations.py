"""Demo 4, activation functions: sigmoid, tanh and ReLU with their slopes, and one neuron
``a = f(w·x + b)`` whose weights and bias the student moves (or lets the animation move)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel

from nnlab.concepts import neurons
from nnlab.gui import i18n, names, plain, plots
from nnlab.gui.concepts.base import DemoWidget, ValueSlider

Z = np.linspace(-5, 5, 401)
BOUNDS = (-3.0, 3.0, -3.0, 3.0)


class ActivationsDemo(DemoWidget):
    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.phase = 0.0
        grid = QGridLayout()
        self.function_plots = []
        for column, name in enumerate(neurons.CHOICES):
            plot = plots.make_plot()
            values, slopes = neurons.curve(name, Z)
            plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen("#c8ccd0")))
            plots.curve(plot, plots.ORANGE, 2, Qt.PenStyle.DashLine).setData(Z, slopes)
            plots.curve(plot, plots.BLUE, 3).setData(Z, values)
            plot.setYRange(-1.2, 1.6 if name != "relu" else 5, padding=0.02)
            self.function_plots.append(plot)
            grid.addWidget(plot, 0, column)
        self.legend = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, textFormat=Qt.TextFormat.RichText)
        grid.addWidget(self.legend, 1, 0, 1, 3)
        self.neuron_plot = plots.make_plot()
        self.neuron_plot.setXRange(-5, 5, padding=0)
        self.neuron_curve = plots.curve(self.neuron_plot, plots.BLUE, 3)
        self.switch_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(plots.VERMILION, width=1.5,
                                                                  style=Qt.PenStyle.DashLine))
        self.neuron_plot.addItem(self.switch_line)
        self.plane_plot = plots.make_plot()
        self.field = plots.FieldView(self.plane_plot, plots.OUTPUT_MAP, contours=0)
        self.edge = plots.curve(self.plane_plot, plots.VERMILION, 2.5, Qt.PenStyle.DashLine)
        self.arrow = plots.curve(self.plane_plot, plots.ORANGE, 3)
        self.arrow_head = pg.ArrowItem(headLen=14, tipAngle=35, brush=pg.mkBrush(plots.ORANGE), pen=None)
        self.plane_plot.addItem(self.arrow_head)
        self.plane_plot.setRange(xRange=BOUNDS[:2], yRange=BOUNDS[2:], padding=0)
        self.plane_plot.getPlotItem().vb.disableAutoRange()
        self.neuron_plot.getPlotItem().vb.disableAutoRange()
        bottom = QHBoxLayout()
        bottom.addWidget(self.neuron_plot, 1)
        bottom.addWidget(self.plane_plot, 1)
        self.body.addLayout(grid, 2)
        self.body.addLayout(bottom, 3)

        self.function_combo = QComboBox(objectName="activationsFunctionCombo")
        self.w1_slider = ValueSlider(-5, 5, 0.1, 1.5, 1, "w1Slider")
        self.w2_slider = ValueSlider(-5, 5, 0.1, 0.8, 1, "w2Slider")
        self.b_slider = ValueSlider(-5, 5, 0.1, 0.5, 1, "biasSlider")
        self.form = QFormLayout()
        self.labels = [self.add_row(self.form, w) for w in (self.function_combo, self.w1_slider, self.w2_slider,
                                                            self.b_slider)]
        self.controls.addLayout(self.form)
        self.controls.addWidget(self.play_button)
        self.readout = plain.label(objectName="neuronReadout", wordWrap=True)
        self.controls.addWidget(self.readout)
        self.retranslate_ui()
        self.function_combo.currentIndexChanged.connect(self.redraw)
        for slider in (self.w1_slider, self.w2_slider, self.b_slider):
            slider.valueChanged.connect(self.redraw)
        self.redraw()

    def redraw(self, *_) -> None:
        name = self.function_combo.currentData()
        w1, w2, b = self.w1_slider.value(), self.w2_slider.value(), self.b_slider.value()
        self.neuron_curve.setData(Z, neurons.neuron_1d(name, w1, b, Z))
        self.neuron_plot.setYRange(-1.1 if name == "tanh" else -0.1, 1.1 if name != "relu" else 5, padding=0.02)
        switch = neurons.threshold(w1, b)
        self.switch_line.setVisible(switch is not None and abs(switch) < 5)
        if switch is not None:
            self.switch_line.setValue(switch)
        values = neurons.neuron_2d(name, (w1, w2), b, BOUNDS, 120)
        xs = np.linspace(BOUNDS[0], BOUNDS[1], 120)
        self.field.show(xs, xs, values, range_levels=(-1.0 if name == "tanh" else 0.0, 1.0 if name != "relu" else 5.0))
        self._draw_edge(w1, w2, b)
        self.readout.setText(i18n.with_code(self.tr(
            "The neuron switches where {0}. The dashed line is that edge, the arrow is {1}: the output grows in "
            "the arrow's direction."), "w₁x₁ + w₂x₂ + b = 0", f"w = ({w1:.1f}, {w2:.1f})"))

    def _draw_edge(self, w1: float, w2: float, b: float) -> None:
        """The line w·x + b = 0 and the weight vector w drawn from the point of it nearest the origin."""
        norm = math.hypot(w1, w2)
        if norm < 1e-9:
            self.edge.setData([], [])
            self.arrow.setData([], [])
            self.arrow_head.setVisible(False)
            return
        ux, uy = w1 / norm, w2 / norm
        foot = (-b / norm * ux, -b / norm * uy)
        t = np.array([-10.0, 10.0])
        self.edge.setData(foot[0] - uy * t, foot[1] + ux * t)
        self.arrow.setData([foot[0], foot[0] + ux], [foot[1], foot[1] + uy])
        self.arrow_head.setVisible(True)
        self.arrow_head.setPos(foot[0] + ux, foot[1] + uy)
        self.arrow_head.setStyle(angle=180 - math.degrees(math.atan2(uy, ux)))

    def tick(self) -> None:
        """The animation turns w around the circle and lets b breathe, so the edge sweeps the plane."""
        self.phase += 0.04
        size = math.hypot(self.w1_slider.value(), self.w2_slider.value()) or 1.5
        for slider, value in ((self.w1_slider, size * math.cos(self.phase)),
                              (self.w2_slider, size * math.sin(self.phase)),
                              (self.b_slider, 1.5 * math.sin(self.phase * 0.7))):
            slider.set_value_quietly(value)
        self.redraw()

    def retranslate_ui(self) -> None:
        self.set_explanation(i18n.with_code(self.tr(
            "An activation function bends a neuron's output: sigmoid squashes to {0}, tanh to {1}, "
            "ReLU keeps positives and zeroes negatives. Their slopes (dashed) are what backpropagation "
            "multiplies by: sigmoid's is at most 0.25 and fades away from zero. The weights {2} turn and "
            "steepen a neuron's edge, the bias {3} slides it."), "(0, 1)", "(−1, 1)", "w", "b"))
        self.controls_box.setTitle(i18n.with_code(self.tr("One neuron {0}"), "a = f(w·x + b)"))
        names.fill_combo(self.function_combo, {k: names.activation_names()[k] for k in neurons.CHOICES})
        for label, text in zip(self.labels, (i18n.with_code(self.tr("Activation {0}:"), "f"), "w₁:", "w₂:", "b:")):
            label.setText(text)
        self.function_combo.setToolTip(self.tr("The activation function of the neuron"))
        self.w1_slider.setToolTip(self.tr("The weight of the first input"))
        self.w2_slider.setToolTip(self.tr("The weight of the second input"))
        self.b_slider.setToolTip(self.tr("The bias: shifts where the neuron switches on"))
        self.retranslate_play()
        self.play_button.setToolTip(self.tr("Turn the weights around and move the bias automatically"))
        for plot, title in zip(self.function_plots, (self.tr("sigmoid"), self.tr("tanh"), self.tr("ReLU"))):
            plots.set_texts(plot, title, "z", "")
        self.legend.setText(self.tr("<span style='color:{0}'>━ {2}</span>&nbsp;&nbsp;&nbsp;"
                                    "<span style='color:{1}'>┅ slope {3}</span>").format(
            plots.BLUE, plots.ORANGE, i18n.code_html("f(z)"), i18n.code_html("f′(z)")))
        plots.set_texts(self.neuron_plot, i18n.with_code(self.tr("One input: {0}"), "a = f(w₁x + b)", rich=True),
                        "x", "a")
        plots.set_texts(self.plane_plot, i18n.with_code(self.tr("Two inputs: {0}"), "a = f(w·x + b)",
                                                        rich=True), "x₁", "x₂")
        if hasattr(self, "neuron_curve"):
            self.redraw()
