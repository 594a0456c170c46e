"""Demo 3, why nonlinear activations: the same 3-layer network without and with ReLU.

Without activations the three layers multiply out to one matrix (shown, with the proof that the
outputs agree) and the boundary stays a straight line; with ReLU it bends around the data.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
)

from nnlab.concepts import decision
from nnlab.gui import i18n, names, plain, plots
from nnlab.gui.concepts.toy_training import ToyDemo, ToyTraining


def matrix_html(matrix: np.ndarray) -> str:
    """A small matrix as an HTML table of numbers (left to right whatever the UI direction)."""
    rows = "".join("<tr>" + "".join(f"<td align='right'>&nbsp;{v:+.3f}&nbsp;</td>" for v in row) + "</tr>"
                   for row in np.atleast_2d(matrix))
    return f"<table dir='ltr' style='border-left: 2px solid #555; border-right: 2px solid #555;'>{rows}</table>"


class CollapseDemo(ToyDemo):
    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.training = ToyTraining(self, self.show_result, extra=self._collapse)
        self.logs, self.collapsed = [None, None], None
        grid = QGridLayout()
        self.plots, self.views, self.captions = [], [], []
        for column in range(2):
            plot = plots.make_plot(aspect_locked=True)
            self.plots.append(plot)
            self.views.append(plots.ClassView(plot))
            caption = plain.label(alignment=Qt.AlignmentFlag.AlignCenter)
            self.captions.append(caption)
            grid.addWidget(plot, 0, column)
            grid.addWidget(caption, 1, column)
        self.body.addLayout(grid, 3)
        self.matrix_label = QLabel(objectName="collapsedMatrix", textFormat=Qt.TextFormat.RichText, wordWrap=True,
                                   alignment=Qt.AlignmentFlag.AlignTop)
        self.matrix_label.setStyleSheet("background: white; border: 1px solid #d5dde5; border-radius: 6px;"
                                        " padding: 8px; font-size: 13px;")
        self.body.addWidget(self.matrix_label, 1)
        self.message_label = self.matrix_label

        self.data_combo = QComboBox(objectName="collapseDatasetCombo")
        self.units_spin = QSpinBox(objectName="collapseUnitsSpin", minimum=2, maximum=16, value=6)
        self.form = QFormLayout()
        self.data_label = self.add_row(self.form, self.data_combo)
        self.units_label = self.add_row(self.form, self.units_spin)
        self.controls.addLayout(self.form)
        self.reset_button = QPushButton(objectName="collapseResetButton")
        self.add_button_row(self.play_button, self.reset_button)
        self.retranslate_ui()
        self.data_combo.setCurrentIndex(self.data_combo.findData("circles"))
        self.data_combo.currentIndexChanged.connect(self.rebuild)
        self.units_spin.valueChanged.connect(self.rebuild)
        self.reset_button.clicked.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        running = self.training.running
        self.training.stop()
        loaded = self.load_points(None)
        if loaded is None:
            return
        self.points, labels = loaded
        hidden = [self.units_spin.value()] * 2
        self.training.bounds = decision.data_bounds(self.points)
        self.training.classifiers = [
            decision.ToyClassifier(self.points, labels, hidden=hidden, activation=activation,
                                   optimizer="adam", learning_rate=0.02, seed=1)
            for activation in ("linear", "relu")]
        for view in self.views:
            view.set_points(self.points, labels)
        self.logs = [None, None]
        self.show_result(None, self.training.grids(), self._collapse())
        if running:
            self.training.start()

    def _collapse(self):
        """(W, b, largest output difference) of the linear network: computed beside its training."""
        model = self.training.classifiers[0].model
        matrix, bias = decision.collapse_linear(model)
        gap = np.abs(decision.collapsed_outputs(model, self.points) - model.predict(self.points)).max()
        return matrix, bias, float(gap)

    def show_result(self, logs, grids, collapsed) -> None:
        for view, probs in zip(self.views, grids):
            view.set_probabilities(probs, self.training.bounds)
        if logs is not None:
            self.logs = logs
        self.collapsed = collapsed
        self._update_texts()

    def _update_texts(self) -> None:
        for caption, log in zip(self.captions, self.logs):
            caption.setText(self.tr("Press Start to train.") if log is None else
                            self.tr("loss {0:.3f}, accuracy {1:.0%}").format(log["loss"], log["accuracy"]))
        if self.collapsed is None:
            return
        matrix, bias, gap = self.collapsed
        units = self.units_spin.value()
        shapes = f"2×{units} · {units}×{units} · {units}×2"
        intro = self.tr(
            "<b>The three linear layers are one layer.</b> {0} (in the core's row layout {1}, shapes {2}) "
            "multiplies out to a single {3} matrix {4}, and the biases to one {5}:").format(
            i18n.code("W₃·W₂·W₁"), i18n.code("x·W₁·W₂·W₃"), i18n.code(shapes), i18n.code("2×2"), i18n.code("W"),
            i18n.code("b"))
        table = (f"<table dir='ltr'><tr><td valign='middle'>W =&nbsp;</td><td>{matrix_html(matrix)}</td>"
                 f"<td valign='middle'>&nbsp;&nbsp;&nbsp;b =&nbsp;</td><td>{matrix_html(bias[None, :])}</td>"
                 "</tr></table>")
        outcome = self.tr(
            "{0} gives the same outputs as the three layers: the largest difference over all points is {1}. "
            "One matrix can only draw a straight boundary.").format(
            i18n.code("softmax(x·W + b)"), i18n.code(f"{gap:.1e}"))
        self.matrix_label.setText(intro + table + outcome)

    def retranslate_ui(self) -> None:
        self.set_explanation(i18n.with_code(self.tr(
            "Stacking layers without activations does not help: {0} is just {1}, one matrix, so the deep "
            "network is a linear classifier in disguise. Put a ReLU between the layers and the network can fold "
            "the plane and bend its boundary around the data."), "W₃(W₂(W₁x))", "(W₃W₂W₁)x"))
        self.controls_box.setTitle(i18n.with_code(self.tr("Two networks, {0}"), "2 → n → n → 2"))
        names.fill_combo(self.data_combo, names.dataset_names())
        self.data_label.setText(self.tr("Data:"))
        self.units_label.setText(i18n.with_code(self.tr("Units {0}:"), "n"))
        self.data_combo.setToolTip(self.tr("Which 2-D data set to classify"))
        self.units_spin.setToolTip(self.tr("How many units each of the two hidden layers has"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Start again with fresh random weights"))
        self.retranslate_play()
        plots.set_texts(self.plots[0], self.tr("Without activations"), "x", "y")
        plots.set_texts(self.plots[1], self.tr("With ReLU"), "x", "y")
        self._update_texts()
