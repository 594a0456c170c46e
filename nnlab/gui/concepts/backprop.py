"""Demo 8, backpropagation step by step: every number of one training step of a 2-2-1 network,
revealed one line at a time on a diagram, and checked against the core's ``loss_and_grads``."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnlab.concepts import backprop_steps
from nnlab.gui import i18n, plain, plots
from nnlab.gui.concepts.base import DemoWidget, number_box

NODES = {"x1": (0.08, 0.25), "x2": (0.08, 0.75), "h1": (0.40, 0.25), "h2": (0.40, 0.75), "out": (0.70, 0.5)}
# Where along its edge each weight's label sits (0 = at the input end) and on which side (-1 above).
LABEL_AT = {"w11": (0.5, -1), "w12": (0.2, 1), "w21": (0.2, -1), "w22": (0.5, 1), "v1": (0.5, -1), "v2": (0.5, 1)}
EDGES = {"w11": ("x1", "h1"), "w12": ("x1", "h2"), "w21": ("x2", "h1"), "w22": ("x2", "h2"),
         "v1": ("h1", "out"), "v2": ("h2", "out")}
SYMBOLS = {"w11": "w₁₁", "w12": "w₁₂", "w21": "w₂₁", "w22": "w₂₂", "v1": "v₁", "v2": "v₂",
           "b1": "b₁", "b2": "b₂", "c": "c", "x1": "x₁", "x2": "x₂", "h1": "h₁", "h2": "h₂", "out": "ŷ"}
UPDATE = "w ← w − η·∂L/∂w"  # the update rule, as code in every sentence that names it
HIGHLIGHT = QColor(plots.ORANGE)
GRADIENT = QColor(plots.VERMILION)


class NetworkDiagram(QWidget):
    """The 2-2-1 network drawn with its weights, the values computed so far and the gradients found
    so far; the parts the current line of the calculation talks about glow orange."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMinimumHeight(250)
        self.weights, self.known, self.highlight = {}, {}, set()

    def set_state(self, weights: dict, known: dict, highlight) -> None:
        self.weights, self.known, self.highlight = weights, known, set(highlight)
        self.update()

    def _point(self, key: str) -> QPointF:
        fx, fy = NODES[key]
        return QPointF(fx * self.width(), 20 + fy * (self.height() - 40))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # formulas read left to right in every language
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        painter.setFont(font)
        for key, (a, b) in EDGES.items():
            self._edge(painter, key, self._point(a), self._point(b))
        for key in NODES:
            self._node(painter, key)
        self._loss(painter)

    def _edge(self, painter, key, a, b) -> None:
        lit = key in self.highlight
        painter.setPen(QPen(HIGHLIGHT if lit else QColor("#9aa5b1"), 4 if lit else 2))
        painter.drawLine(a, b)
        t, side = LABEL_AT[key]
        at = a + (b - a) * t
        shift = 14 * side
        self._label(painter, QPointF(at.x(), at.y() + shift), self._weight_text(key), QColor("#1d2b36"), lit)
        grad = self.known.get(f"∂L/∂{SYMBOLS[key]}")
        if grad is not None:
            self._label(painter, QPointF(at.x(), at.y() + shift + (16 if shift > 0 else -16)),
                        f"∂L/∂{SYMBOLS[key]} = {grad:.4f}", GRADIENT, False)

    def _node(self, painter, key) -> None:
        centre, radius = self._point(key), 30
        lit = key in self.highlight
        painter.setPen(QPen(HIGHLIGHT if lit else QColor("#40566b"), 4 if lit else 2))
        painter.setBrush(QColor("#fff4de") if lit else QColor("#eef5fb"))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#1d2b36"))
        symbol = SYMBOLS[key]
        value = self.weights.get(key) if key.startswith("x") else self.known.get(symbol)
        text = symbol if value is None else f"{symbol}\n{value:.4f}"
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, text)
        bias = {"h1": "b1", "h2": "b2", "out": "c"}.get(key)
        if bias:
            lit_bias = bias in self.highlight
            self._label(painter, QPointF(centre.x(), centre.y() + radius + 14), self._weight_text(bias),
                        QColor("#1d2b36"), lit_bias)
            grad = self.known.get(f"∂L/∂{SYMBOLS[bias]}")
            if grad is not None:
                self._label(painter, QPointF(centre.x(), centre.y() + radius + 30),
                            f"∂L/∂{SYMBOLS[bias]} = {grad:.4f}", GRADIENT, False)

    def _loss(self, painter) -> None:
        out = self._point("out")
        box = QRectF(out.x() + 70, out.y() - 30, 120, 60)
        lit = "loss" in self.highlight
        painter.setPen(QPen(HIGHLIGHT if lit else QColor("#9aa5b1"), 4 if lit else 2))
        painter.drawLine(QPointF(out.x() + 30, out.y()), QPointF(box.left(), out.y()))
        painter.setBrush(QColor("#fff4de") if lit else QColor("#f6f6f6"))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(QColor("#1d2b36"))
        value = self.known.get("L")
        target = self.weights.get("y", 0.0)
        text = f"L = (ŷ − y)²\ny = {target:.2f}" + ("" if value is None else f"\nL = {value:.4f}")
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _weight_text(self, key: str) -> str:
        """``w₁₁ = 0.150``, and ``→ 0.1493`` once its update has been shown."""
        symbol = SYMBOLS[key]
        new = self.known.get(symbol)
        return f"{symbol} = {self.weights.get(key, 0):.3f}" + ("" if new is None else f" → {new:.4f}")

    @staticmethod
    def _label(painter, centre: QPointF, text: str, color: QColor, lit: bool) -> None:
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 10
        rect = QRectF(centre.x() - width / 2, centre.y() - 9, width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#fff4de") if lit else QColor(255, 255, 255, 220))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class BackpropDemo(DemoWidget):
    frame_ms = 900

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.weights = backprop_steps.example_weights()
        self.seed, self.position, self.round = 0, 0, 1
        self.diagram = NetworkDiagram()
        self.phase_label = plain.label(objectName="phaseLabel", wordWrap=True)
        self.phase_label.setStyleSheet("font-size: 13px; font-weight: 600; color: #5b6770;")
        self.step_label = plain.label(objectName="currentStep", wordWrap=True)
        self.step_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.step_label.setStyleSheet("font-size: 19px; color: #1a3550; background: white; border: 1px solid #d5dde5;"
                                      " border-radius: 6px; padding: 10px;")
        self.step_list = QListWidget(objectName="stepList")
        self.step_list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.step_list.setStyleSheet("font-size: 13px;")
        self.nudge_cost = QLabel(objectName="nudgeCost", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.nudge_table = QTableWidget(len(backprop_steps.PARAMETERS), 5, objectName="nudgeTable")
        self.nudge_table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.nudge_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nudge_table.verticalHeader().setVisible(False)
        self.nudge_table.verticalHeader().setDefaultSectionSize(22)
        self.nudge_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        nudging = QWidget()
        column = QVBoxLayout(nudging)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.nudge_cost)
        column.addWidget(self.nudge_table, 1)
        self.method_tabs = QTabWidget(objectName="backpropMethodTabs", documentMode=True)
        self.method_tabs.addTab(self.step_list, "")
        self.method_tabs.addTab(nudging, "")
        self.body.addWidget(self.diagram, 5)
        self.body.addWidget(self.phase_label)
        self.body.addWidget(self.step_label)
        self.body.addWidget(self.method_tabs, 4)

        self.x1_spin = number_box(0.05, -2, 2, "x1Spin", step=0.05)
        self.x2_spin = number_box(0.10, -2, 2, "x2Spin", step=0.05)
        self.y_spin = number_box(0.01, 0, 1, "targetSpin", step=0.05)
        self.rate_spin = number_box(0.5, 0.01, 5, "backpropLearningRateSpin", step=0.05)
        self.form = QFormLayout()
        self.labels = [self.add_row(self.form, w) for w in (self.x1_spin, self.x2_spin, self.y_spin, self.rate_spin)]
        self.controls.addLayout(self.form)
        self.previous_button = QPushButton(objectName="previousButton")
        self.next_button = QPushButton(objectName="nextButton")
        self.add_button_row(self.previous_button, self.next_button)
        self.controls.addWidget(self.play_button)
        self.update_button = QPushButton(objectName="applyUpdateButton")
        self.random_button = QPushButton(objectName="randomWeightsButton")
        self.controls.addWidget(self.update_button)
        self.controls.addWidget(self.random_button)
        self.check_label = plain.label(objectName="coreCheck", wordWrap=True)
        self.check_label.setStyleSheet("color: #1e5e3a; background: #e6f4ec; border-radius: 4px; padding: 6px;")
        self.controls.addWidget(self.check_label)

        self.next_button.clicked.connect(self.next_step)
        self.previous_button.clicked.connect(self.previous_step)
        self.update_button.clicked.connect(self.apply_update)
        self.random_button.clicked.connect(self.random_weights)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        for box in (self.x1_spin, self.x2_spin, self.y_spin, self.rate_spin):
            box.valueChanged.connect(self.recompute)
        self.retranslate_ui()
        self.recompute()

    # -- the calculation -------------------------------------------------------------------------
    def example(self):
        return (self.x1_spin.value(), self.x2_spin.value()), self.y_spin.value()

    def recompute(self, *_) -> None:
        """Trace one training step from the current weights; check it against the core and against
        finite differences; start showing it from the first line."""
        x, y = self.example()
        self.trace = backprop_steps.trace(self.weights, x, y, self.rate_spin.value())
        core_loss, core_grads = backprop_steps.core_check(self.weights, x, y)
        self.nudges = backprop_steps.nudges(self.weights, x, y)
        numeric = backprop_steps.finite_difference_grads(self.weights, x, y)
        self.core_gap = max(float(np.abs(a - b).max()) for a, b in zip(self.trace.grads, core_grads))
        self.numeric_gap = max(float(np.abs(a - b).max()) for a, b in zip(self.trace.grads, numeric))
        self.core_loss = core_loss
        self.position = 0
        self.step_list.blockSignals(True)
        self.step_list.clear()
        self.step_list.addItems([s.text() for s in self.trace.steps()])
        self.step_list.blockSignals(False)
        self._fill_nudge_table()
        self.show_position()

    def _fill_nudge_table(self) -> None:
        """Each weight nudged by ±h beside backprop's gradient for it: the two columns agree."""
        for row, (nudge, (_, array, position)) in enumerate(zip(self.nudges, backprop_steps.PARAMETERS)):
            backprop = float(self.trace.grads[array][position])
            cells = (nudge.name, f"{nudge.up:.10f}", f"{nudge.down:.10f}", f"{nudge.slope:+.6f}", f"{backprop:+.6f}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.nudge_table.setItem(row, column, item)

    def show_position(self) -> None:
        steps = self.trace.steps()
        for row in range(self.step_list.count()):
            self.step_list.item(row).setHidden(row > self.position)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(self.position)
        self.step_list.blockSignals(False)
        step = steps[self.position]
        self.step_label.setText(f"{step.symbol} {step.assign} {step.formula}\n      = {step.numbers}\n"
                                f"      = {step.value:.6f}")
        known = {s.symbol: s.value for s in steps[:self.position + 1]}
        self.diagram.set_state(self._weight_dict(), known, step.keys)
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(steps) - 1)
        self._update_texts()

    def _weight_dict(self) -> dict:
        values = {key: float(self.weights[array][index]) for (_, array, index), key in
                  zip(backprop_steps.PARAMETERS, ("w11", "w12", "w21", "w22", "b1", "b2", "v1", "v2", "c"))}
        (x1, x2), y = self.example()
        return {**values, "x1": x1, "x2": x2, "y": y}

    def next_step(self) -> None:
        if self.position < len(self.trace.steps()) - 1:
            self.position += 1
            self.show_position()

    def previous_step(self) -> None:
        if self.position > 0:
            self.position -= 1
            self.show_position()

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.trace.steps()):
            self.position = row
            self.show_position()

    def apply_update(self) -> None:
        """Take the new weights w − η·∂L/∂w and trace the next training step from them."""
        self.weights = self.trace.new_weights
        self.round += 1
        self.recompute()

    def random_weights(self) -> None:
        self.seed += 1
        self.weights = backprop_steps.random_weights(self.seed)
        self.round = 1
        self.recompute()

    def on_start(self) -> None:
        """Playing from the last line starts the calculation over from the first."""
        if self.position == len(self.trace.steps()) - 1:
            self.position = 0
            self.show_position()

    def tick(self) -> None:
        if self.position < len(self.trace.steps()) - 1:
            self.next_step()
        else:
            self.stop()

    # -- texts -----------------------------------------------------------------------------------
    def _update_texts(self) -> None:
        forward, backward = len(self.trace.forward), len(self.trace.backward)
        phase = (self.tr("Forward pass: compute the prediction and the loss") if self.position < forward else
                 self.tr("Backward pass: the chain rule, from the loss back to every weight")
                 if self.position < forward + backward else i18n.with_code(self.tr("Update: {0}"), UPDATE))
        self.phase_label.setText(self.tr("Training step {0} · line {1} of {2} · {3}").format(
            self.round, self.position + 1, len(self.trace.steps()), phase))
        self.check_label.setText(i18n.with_code(self.tr(
            "Checked: the core's {0} gives {1} and the same nine gradients (largest difference {2}); nudging "
            "each weight by {3} agrees too ({4})."), "loss_and_grads", f"L = {self.core_loss:.6f}",
            f"{self.core_gap:.1e}", "±10⁻⁶", f"{self.numeric_gap:.1e}"))

    def _cost_text(self) -> str:
        tiny, lecture = backprop_steps.nudging_costs(self.weights)
        return self.tr(
            "<b>Perturb one weight and see</b>: raise one weight by {6}, lower it by {7}, and compare the "
            "losses. It needs no calculus, but costs <b>two forward passes per weight</b>: {0} for this "
            "{1} network ({2} weights), <b>{3}</b> for the lecture's {4} network ({5} weights). "
            "Backpropagation gets every gradient from <b>one forward and one backward pass</b>.").format(
            f"{tiny.forward_passes:,}", i18n.code_html(tiny.architecture), f"{tiny.parameters:,}",
            f"{lecture.forward_passes:,}", i18n.code_html(lecture.architecture), f"{lecture.parameters:,}",
            i18n.code_html("h = 10⁻⁶"), i18n.code_html("h"))

    def retranslate_ui(self) -> None:
        self.nudge_cost.setText(self._cost_text())
        self.method_tabs.setTabText(0, self.tr("Backpropagation, line by line"))
        self.method_tabs.setTabText(1, self.tr("Perturb one weight and see"))
        self.nudge_table.setHorizontalHeaderLabels([
            self.tr("weight"), i18n.code("L(w + h)"), i18n.code("L(w − h)"), i18n.code("(L₊ − L₋) / 2h"),
            i18n.with_code(self.tr("backprop {0}"), "∂L/∂w")])
        self.set_explanation(i18n.with_code(self.tr(
            "Backpropagation is the chain rule applied from the loss backwards: each weight's gradient is a "
            "product of the local slopes on the path from the loss to that weight. Step through one training "
            "step of a tiny network, with real numbers, down to the update {0}."), UPDATE))
        self.controls_box.setTitle(self.tr("One example"))
        for label, text in zip(self.labels, ("x₁:", "x₂:", i18n.with_code(self.tr("Target {0}:"), "y"),
                                                        i18n.with_code(self.tr("Learning rate {0}:"), "η"))):
            label.setText(text)
        self.x1_spin.setToolTip(self.tr("The first input"))
        self.x2_spin.setToolTip(self.tr("The second input"))
        self.y_spin.setToolTip(self.tr("The answer the network should give"))
        self.rate_spin.setToolTip(self.tr("The step size of the update"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.previous_button.setToolTip(self.tr("Show the previous line of the calculation"))
        self.next_button.setToolTip(self.tr("Show the next line of the calculation"))
        self.update_button.setText(self.tr("Apply the update, next step"))
        self.update_button.setToolTip(self.tr("Use the updated weights and compute the next training step"))
        self.random_button.setText(self.tr("Random weights"))
        self.random_button.setToolTip(self.tr("Start from other weights"))
        self.retranslate_play()
        self.play_button.setToolTip(self.tr("Reveal the lines one after the other"))
        self.diagram.setAccessibleName(i18n.with_code(self.tr("Diagram of the {0} network"), "2-2-1"))
        if hasattr(self, "trace"):
            self._update_texts()
