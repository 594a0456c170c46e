"""The Concepts page: interactive demos, one per idea of the chapter (and two that go beyond it).

A list on the side picks the demo; each is built the first time it is shown (so the window opens
fast) and its animation stops when the student moves on (so nothing runs unseen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from nnlab.gui import i18n
from nnlab.gui.concepts.activations import ActivationsDemo
from nnlab.gui.concepts.backprop import BackpropDemo
from nnlab.gui.concepts.batching import BatchingDemo
from nnlab.gui.concepts.collapse import CollapseDemo
from nnlab.gui.concepts.decision import DecisionDemo
from nnlab.gui.concepts.descent import DescentDemo
from nnlab.gui.concepts.geometry import GeometryDemo
from nnlab.gui.concepts.inside import InsideDemo
from nnlab.gui.concepts.landscape import LandscapeDemo
from nnlab.gui.concepts.numerics import NumericsDemo
from nnlab.gui.concepts.regression import RegressionDemo
from nnlab.gui.concepts.stacked_layers import StackedLayersDemo
from nnlab.gui.concepts.tape import TapeDemo
from nnlab.gui.concepts.training_loop import TrainingLoopDemo
from nnlab.gui.concepts.uncrumpling import UncrumplingDemo
from nnlab.gui.page import Page
from nnlab.palette import BLUE

DEMOS = (("regressionDemo", RegressionDemo), ("decisionDemo", DecisionDemo), ("collapseDemo", CollapseDemo),
         ("activationsDemo", ActivationsDemo), ("geometryDemo", GeometryDemo), ("descentDemo", DescentDemo),
         ("batchingDemo", BatchingDemo), ("backpropDemo", BackpropDemo), ("insideDemo", InsideDemo),
         ("landscapeDemo", LandscapeDemo), ("numericsDemo", NumericsDemo), ("tapeDemo", TapeDemo),
         ("trainingLoopView", TrainingLoopDemo), ("layersView", StackedLayersDemo),
         ("uncrumplingView", UncrumplingDemo))


class ConceptsPage(Page):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.demo_list = QListWidget(objectName="conceptsList")
        self.demo_list.setFixedWidth(215)
        self.demo_list.setWordWrap(True)
        self.demo_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demo_list.setStyleSheet(
            "QListWidget { border: none; background: #f4f7fa; font-size: 13px; padding: 6px; }"
            "QListWidget::item { padding: 9px 8px; border-radius: 5px; }"
            f"QListWidget::item:selected {{ background: {BLUE}; color: white; }}")
        self.stack = QStackedWidget(objectName="conceptsStack")
        self.demos: list = [None] * len(DEMOS)
        for _ in DEMOS:
            self.demo_list.addItem(QListWidgetItem())
            self.stack.addWidget(QWidget())  # a stand-in until the demo is first shown
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_list)
        layout.addWidget(self.stack, 1)
        self.demo_list.currentRowChanged.connect(self.show_demo)
        self.retranslate_ui()
        self.demo_list.setCurrentRow(0)

    def titles(self) -> list[str]:
        return [self.tr("1. Regression"), self.tr("2. Decision boundaries"), self.tr("3. Why nonlinear activations"),
                self.tr("4. Activation functions"), self.tr("5. A layer as geometry"),
                self.tr("6. Gradient descent"), self.tr("7. Batch, stochastic, mini-batch"),
                self.tr("8. Backpropagation step by step"), self.tr("9. Inside the MNIST network"),
                self.tr("10. The real loss landscape"), self.tr("11. Numbers in a computer"),
                self.tr("12. The gradient tape"), self.tr("13. The training loop, line by line"),
                self.tr("14. Two and three layers"), self.tr("15. Uncrumpling the paper ball")]

    def demo(self, index: int):
        """The demo at ``index``, built on first use."""
        if self.demos[index] is None:
            name, cls = DEMOS[index]
            demo = cls(self.session)
            demo.set_name(name)
            demo.set_title(self.titles()[index])
            old = self.stack.widget(index)
            self.stack.insertWidget(index, demo)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.demos[index] = demo
        return self.demos[index]

    def show_demo(self, index: int) -> None:
        if index < 0:
            return
        for other in self.demos:
            if other is not None:
                other.stop()
        self.stack.setCurrentWidget(self.demo(index))

    def current_demo(self):
        return self.demos[self.demo_list.currentRow()]

    def retranslate_ui(self) -> None:
        tips = [self.tr("Fit a line or a polynomial to points, by formula and by gradient descent"),
                self.tr("Train classifiers on 2-D data and watch their decision regions"),
                self.tr("See that layers without activations collapse into one matrix"),
                self.tr("Sigmoid, tanh and ReLU, their slopes, and what one neuron computes"),
                self.tr("Watch a matrix, a shift and a ReLU transform the plane"),
                self.tr("Roll downhill on loss surfaces; compare learning rates and optimizers"),
                self.tr("Train one problem with all, one, or a few examples per step"),
                self.tr("Every number of one training step of a tiny network"),
                self.tr("What the trained network's units look for, and a digit flowing through"),
                self.tr("The MNIST network's loss around trained weights, with the optimizers' paths"),
                i18n.with_code(self.tr("Overflow, log of zero, {0}, unscaled pixels, vanishing gradients, denormals"),
                               "float16"),
                self.tr("The book's training step from scratch: what the tape records, and the gradient flowing back"),
                i18n.with_code(self.tr("The slide's {0} loop run on MNIST, one line at a time"), "while True"),
                i18n.with_code(self.tr("{0}: the matrices with their real shapes"), "h = f(W₁x + b₁), s = W₂h + b₂"),
                self.tr("Each layer bends the plane a little until a line separates the classes")]
        for index, (title, tip) in enumerate(zip(self.titles(), tips)):
            item = self.demo_list.item(index)
            item.setText(title)
            item.setToolTip(tip)
            if self.demos[index] is not None:
                self.demos[index].set_title(title)
        self.demo_list.setAccessibleName(self.tr("Concept demos"))

    def shutdown(self) -> None:
        for demo in self.demos:
            if demo is not None:
                demo.shutdown()
