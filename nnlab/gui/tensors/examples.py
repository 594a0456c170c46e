"""The "Lecture examples" button of the Tensors page: every tensor expression of the lecture, one click away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton

from nnlab.gui import i18n
from nnlab.gui.i18n import Retranslatable

BATCH_EXPRESSION = "train_images[128 * n:128 * (n + 1)]"
EXAMPLES = (
    "train_images.ndim", "train_images.shape", "train_images.dtype", "train_images[4]", "train_labels[4]",
    "train_images[10:100]", "train_images[10:100, :, :]", "train_images[:, 14:, 14:]",
    "train_images[:, 7:-7, 7:-7]", BATCH_EXPRESSION, "scalar.ndim", "vector.ndim", "matrix.ndim", "tensor3.ndim",
    "x.reshape((6, 1))", "x.reshape((2, 3))", "np.transpose(np.zeros((300, 20))).shape", "a * b", "np.dot(a, b)",
    "X + y", "np.maximum(X, 0.)", "np.ones((128, 512)) + b1", "relu(dot(input, W) + b)",
    "np.dot(np.ones((128, 784)), np.ones((512, 10)))",
)


class ExamplesButton(Retranslatable, QToolButton):
    """A menu of the lecture's expressions, each with what it shows; ``chosen(expression)`` on a click."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("examplesButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.actions_by_expression = {}
        for expression in EXAMPLES:
            action = QAction(self.menu())
            action.triggered.connect(lambda _=False, text=expression: self.chosen.emit(text))
            self.menu().addAction(action)
            self.actions_by_expression[expression] = action
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Lecture examples"))
        self.setToolTip(self.tr("Every tensor example of the lecture, ready to try"))
        descriptions = [
            self.tr("number of axes"), self.tr("the shape"), self.tr("the data type"), self.tr("one digit"),
            self.tr("its label"), self.tr("90 digits"), self.tr("the same, all axes written out"),
            self.tr("bottom-right corners"), self.tr("centres, 7 pixels cut on every side"),
            i18n.with_code(self.tr("batch {0} of 128"), "n"), self.tr("a scalar"), self.tr("a vector"),
            self.tr("a matrix"),
            self.tr("a 3D tensor"), self.tr("reshape to a column"), i18n.with_code(self.tr("reshape to {0}"), "2 × 3"),
            self.tr("transpose"), self.tr("element-wise product"), self.tr("dot product"), self.tr("broadcasting"),
            i18n.with_code(self.tr("{0}, element-wise"), "relu"), self.tr("a layer's bias, broadcast"),
            self.tr("the slide's layer: a batch of images through the first layer"),
            self.tr("a shape error, explained")]
        for (expression, action), description in zip(self.actions_by_expression.items(), descriptions):
            # \u2066…\u2069 keeps the code left to right in a Persian menu; && shows a literal &
            action.setText(f"{i18n.code(expression.replace('&', '&&'))}   —   {description}")
