"""Demo 1, regression: fit points by the closed-form formula and by gradient descent, side by side."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox

from nnlab.concepts import regression
from nnlab.gui import plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.i18n import code_html, with_code

CURVE_X = np.linspace(-1.1, 1.1, 300)
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


LETTERS = "abcd"  # the slide's letters, highest power first: y = ax + b, y = ax² + bx + c, ...


def _power(power: int) -> str:
    return "" if power == 0 else "x" if power == 1 else "x" + "".join(SUPERSCRIPTS[int(d)] for d in str(power))


def _number(value: float) -> str:
    return f"{'−' if value < 0 else ''}{abs(value):.2f}"


def polynomial_text(coefficients) -> str:
    """The fitted curve as the slide writes it, highest power first, with its letters when there are
    at most four: ``y = ax² + bx + c: a = −0.60, b = 0.79, c = 0.41``; else ``y = −0.60x⁴ + …``.
    ``coefficients`` come lowest power first (as the design matrix orders them)."""
    degree = len(coefficients) - 1
    values = list(coefficients)[::-1]
    if degree < len(LETTERS):
        letters = " + ".join(f"{LETTERS[i]}{_power(degree - i)}" for i in range(degree + 1))
        named = ", ".join(f"{LETTERS[i]} = {_number(value)}" for i, value in enumerate(values))
        return f"y = {letters}: {named}"
    terms = [(("−" if value < 0 else "+"), f"{abs(value):.2f}{_power(degree - i)}") for i, value in enumerate(values)]
    text = ("−" if terms[0][0] == "−" else "") + terms[0][1]
    return "y = " + text + "".join(f" {sign} {term}" for sign, term in terms[1:])


class RegressionDemo(DemoWidget):
    frame_ms = 30

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.seed = 0
        self.plot = plots.make_plot()
        self.plot.setXRange(-1.1, 1.1, padding=0)
        self.loss_plot = plots.make_plot()
        self.loss_plot.setLogMode(True, False)  # log steps: the early, fast descent gets room
        self.loss_plot.setMaximumHeight(210)
        self.descent_curve = plots.curve(self.plot, plots.BLUE, 3)
        self.exact_curve = plots.curve(self.plot, plots.ORANGE, 2.5, Qt.PenStyle.DashLine)
        self.points_item = plots.dots(self.plot, "#222222", size=10)
        self.loss_curve = plots.curve(self.loss_plot, plots.BLUE, 2)
        self.exact_loss = plots.curve(self.loss_plot, plots.ORANGE, 1.5, Qt.PenStyle.DashLine)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.body.addWidget(self.plot, 3)
        self.body.addWidget(self.loss_plot, 1)

        self.count_spin = QSpinBox(objectName="pointsSpin", minimum=2, maximum=30, value=8)
        self.degree_spin = QSpinBox(objectName="regressionDegreeSpin", minimum=0, maximum=15, value=1)
        self.new_button = QPushButton(objectName="newPointsButton")
        self.reset_button = QPushButton(objectName="regressionResetButton")
        self.form = QFormLayout()
        self.count_label = self.add_row(self.form, self.count_spin)
        self.degree_label = self.add_row(self.form, self.degree_spin)
        self.controls.addLayout(self.form)
        self.controls.addWidget(self.new_button)
        self.controls.addWidget(self.play_button)
        self.controls.addWidget(self.reset_button)
        self.info = QLabel(objectName="regressionInfo", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.warning = plain.label(objectName="regressionWarning", wordWrap=True)
        self.warning.setStyleSheet("color: #8a4b00; background: #fff3de; border-radius: 4px; padding: 6px;")
        self.controls.addWidget(self.info)
        self.controls.addWidget(self.warning)

        self.count_spin.valueChanged.connect(self.new_points)
        self.degree_spin.valueChanged.connect(self.refit)
        self.new_button.clicked.connect(self._new_seed)
        self.reset_button.clicked.connect(self.refit)
        self.x, self.y = regression.make_points(self.count_spin.value(), seed=self.seed)
        self.refit()  # ends with retranslate_ui()

    # -- data and fits ---------------------------------------------------------------------------
    def _new_seed(self) -> None:
        self.seed += 1
        self.new_points()

    def new_points(self) -> None:
        self.x, self.y = regression.make_points(self.count_spin.value(), seed=self.seed)
        self.refit()

    def _clicked(self, event) -> None:
        """A click on the plot adds a point there: the fits follow at once."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        if -1.0 <= point.x() <= 1.0:
            self.x, self.y = np.append(self.x, point.x()), np.append(self.y, point.y())
            self.refit()

    def refit(self) -> None:
        """New closed-form answer, and gradient descent starts again from all-zero coefficients."""
        degree = self.degree_spin.value()
        self.exact = regression.fit_closed_form(self.x, self.y, degree)
        self.exact_j = regression.sum_squared_errors(self.exact, self.x, self.y)
        self.descent = regression.GradientDescentFit(self.x, self.y, degree)
        self.j_history = [self.descent.loss()]
        self.steps_history = [0]
        self.points_item.setData(self.x, self.y)
        self.exact_curve.setData(CURVE_X, regression.evaluate(self.exact, CURVE_X))
        low, high = self.y.min(), self.y.max()
        self.plot.setYRange(low - 0.6, high + 0.6, padding=0)
        self.draw_descent()
        self.retranslate_ui()

    def tick(self) -> None:
        """Steps speed up as descent goes on: the first steps are worth watching one by one."""
        count = min(200, 1 + self.descent.steps // 8)
        self.j_history.append(self.descent.step(count))
        self.steps_history.append(self.descent.steps)
        self.draw_descent()
        self._update_info()

    def draw_descent(self) -> None:
        self.descent_curve.setData(CURVE_X, regression.evaluate(self.descent.coefficients, CURVE_X))
        steps = np.maximum(np.array(self.steps_history), 1)
        self.loss_curve.setData(steps, self.j_history)
        self.exact_loss.setData([1, max(steps[-1], 10)], [self.exact_j] * 2)

    # -- texts -----------------------------------------------------------------------------------
    def _update_info(self) -> None:
        self.info.setText(self.tr(
            "<b>Formula</b> (orange, dashed):<br>{0}<br>{1}<br><br>"
            "<b>Gradient descent</b> (blue), step {2}:<br>{3}<br>{4}<br>"
            "learning rate {5}").format(
            code_html(polynomial_text(self.exact)), code_html(f"J = Σ eᵢ² = {self.exact_j:.4g}"),
            self.descent.steps, code_html(polynomial_text(self.descent.coefficients)),
            code_html(f"J = Σ eᵢ² = {self.j_history[-1]:.4g}"), code_html(f"{self.descent.learning_rate:.3g}")))

    def retranslate_ui(self) -> None:
        self.set_explanation(with_code(self.tr(
            "Regression finds the line <i>{0}</i>, or the curve <i>{1}</i>, whose least-squares cost "
            "<i>{2}</i> is smallest: {3} is the error at point {4}, its {5} minus the curve's. A formula gives the "
            "answer in one go; gradient descent walks downhill on <i>{6}</i> and arrives at the same curve. Click "
            "the plot to add points; give the curve as many coefficients as there are points and it passes "
            "through all of them."), "y = ax + b", "y = axⁿ + bxⁿ⁻¹ + …", "J = Σ eᵢ²", "eᵢ", "i", "y", "J",
            rich=True))
        self.controls_box.setTitle(self.tr("Fit"))
        self.count_label.setText(self.tr("Points:"))
        self.degree_label.setText(with_code(self.tr("Degree {0}:"), "n"))
        self.count_spin.setToolTip(self.tr("How many noisy points to fit"))
        self.degree_spin.setToolTip(with_code(self.tr("The highest power of {0} in the curve: 1 is a straight line"),
                                              "x"))
        self.new_button.setText(self.tr("New points"))
        self.new_button.setToolTip(self.tr("Draw a fresh set of noisy points"))
        self.reset_button.setText(self.tr("Restart descent"))
        self.reset_button.setToolTip(self.tr("Start gradient descent again from all coefficients zero"))
        self.retranslate_play()
        plots.set_texts(self.plot, self.tr("Points and fitted curves"), "x", "y")
        plots.set_texts(self.loss_plot, with_code(self.tr("Least-squares cost {0}"), "J = Σ eᵢ²"), self.tr("step"), "J")
        n_points, n_coefficients = len(self.x), self.degree_spin.value() + 1
        self.warning.setVisible(n_coefficients >= n_points)
        self.warning.setText(self.tr(
            "{0} coefficients for {1} points: the curve can pass through every point ({2}), and when "
            "there are more coefficients than points in infinitely many ways. It fits the noise, not the "
            "trend: this is overfitting.").format(n_coefficients, n_points, code_html("J = 0")))
        self._update_info()
