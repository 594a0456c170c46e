"""The side panels of the Tensors page: layer shapes, real-world data tensors, vectorisation timings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnlab.explorer.examples import DATA_TENSORS, layer_flow, layer_shapes
from nnlab.explorer.messages import format_shape
from nnlab.explorer.vectorization import LIMITS, compare
from nnlab.gui import i18n, plain
from nnlab.gui.i18n import Retranslatable, in_reading_direction
from nnlab.gui.rich_text import GREY, code
from nnlab.gui.tensors.widgets import code_font
from nnlab.gui.workers import Worker, current_job
from nnlab.palette import BLUE


class ShapeFlowPanel(Retranslatable, QWidget):
    """``relu(dot(input, W) + b)`` for every layer of the current model, with the shapes for a batch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layers = layer_shapes(None)
        self._is_lecture_network = True
        self.batch_label = plain.label()
        self.batch_spin = QSpinBox(objectName="layerShapesBatchSpin", minimum=1, maximum=60000, value=128)
        self.batch_spin.valueChanged.connect(self.refresh)
        self.model_label = plain.label(objectName="layerShapesModelLabel", wordWrap=True)
        self.view = QTextBrowser(objectName="shapeFlowView")
        top = QHBoxLayout()
        top.addWidget(self.batch_label)
        top.addWidget(self.batch_spin)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.model_label)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def set_model(self, model) -> None:
        self._layers = layer_shapes(model)
        self._is_lecture_network = model is None
        self.refresh()

    def retranslate_ui(self) -> None:
        self.batch_label.setText(self.tr("Batch size:"))
        self.batch_spin.setToolTip(self.tr("How many samples go through the network at once"))
        self.batch_spin.setAccessibleName(self.tr("Batch size"))
        self.refresh()

    def refresh(self) -> None:
        sizes = " → ".join(str(size) for size in [self._layers[0][0][0]] + [kernel[1] for kernel, _, _ in self._layers])
        self.model_label.setText(
            i18n.with_code(self.tr("The lecture's network {0} (no model trained or opened yet)"), sizes)
            if self._is_lecture_network else i18n.with_code(self.tr("The current model: {0}"), sizes))
        parts = [f"<p style='color:{GREY}'>" + self.tr(
            "Every Dense layer computes {0}. The dot product needs the inner sizes to agree; adding the bias "
            "{1} broadcasts it over the batch axis.").format(code("activation(dot(input, W) + b)"), code("b")) + "</p>"]
        for flow in layer_flow(self._layers, self.batch_spin.value()):
            parts.append(self._layer_html(flow))
        self.view.setHtml(in_reading_direction("".join(parts)))

    def _layer_html(self, flow) -> str:
        formula = f"{flow.activation}(dot(input, W{flow.index}) + b{flow.index})"
        lines = [
            "<code>" + i18n.code_line(f"dot: {format_shape(flow.input_shape)} . {format_shape(flow.kernel_shape)} "
                                      f"-> {format_shape(flow.product_shape)}") + "</code>",
            self.tr("{0} (the bias is stretched over the %n samples)", "", flow.input_shape[0]).format(
                code(f"+ b: {format_shape(flow.product_shape)} + {format_shape(flow.bias_shape)} -> "
                     f"{format_shape(flow.output_shape)}")),
            self.tr("{0} works entry by entry: the shape stays {1}").format(
                code(flow.activation), code(format_shape(flow.output_shape))),
        ]
        title = self.tr("Layer {0}").format(flow.index)
        items = "".join(f"<li>{line}</li>" for line in lines)
        return f"<h4 style='color:{BLUE}; margin-bottom:2px'>{title}: {code(formula)}</h4><ul>{items}</ul>"


class DataTensorsPanel(Retranslatable, QWidget):
    """The lecture's table of real-world data tensors, each with a small example to inspect."""

    inspect = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = plain.label(wordWrap=True)
        rows = QWidget(objectName="dataTensorsTable")
        grid = QGridLayout(rows)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        self.kind_labels, self.example_labels, self.buttons = [], [], []
        for row, kind in enumerate(DATA_TENSORS):
            kind_label, example_label = (QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText),
                                         QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText))
            button = QPushButton(kind.name, objectName=f"inspect_{kind.name}")
            button.setFont(code_font())
            button.clicked.connect(lambda _=False, name=kind.name: self.inspect.emit(name))
            grid.addWidget(kind_label, row, 0)
            grid.addWidget(example_label, row, 1)
            grid.addWidget(button, row, 2)
            self.kind_labels.append(kind_label)
            self.example_labels.append(example_label)
            self.buttons.append(button)
        grid.setRowStretch(len(DATA_TENSORS), 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("Real data are tensors whose axes mean something. Inspect a small example, "
                                   "then slice it."))
        for kind, kind_label, example_label, button in zip(DATA_TENSORS, self.kind_labels, self.example_labels,
                                                           self.buttons):
            kind_label.setText(f"<b>{render_plain(kind.title)}</b><br>{code(kind.axes)}")
            example_label.setText(f"{code(format_shape(kind.real_shape))}<br>{render_plain(kind.real_example)}")
            button.setToolTip(i18n.with_code(self.tr("Show the small example {0} with shape {1}"), kind.name,
                                             format_shape(kind.example_shape)))


def render_plain(message) -> str:
    """A core message as plain text (for items that do not show HTML)."""
    return message.render(QCoreApplication.translate, i18n.code)


NAIVE_CODE = {
    "add": ("def naive_add(x, y):\n"
            "    x = x.copy()\n"
            "    for i in range(x.shape[0]):\n"
            "        for j in range(x.shape[1]):\n"
            "            x[i, j] += y[i, j]\n"
            "    return x\n\n"
            "z = x + y          # vectorised"),
    "dot": ("def naive_matrix_dot(x, y):\n"
            "    z = np.zeros((x.shape[0], y.shape[1]))\n"
            "    for i in range(x.shape[0]):\n"
            "        for j in range(y.shape[1]):\n"
            "            z[i, j] = naive_vector_dot(x[i, :], y[:, j])\n"
            "    return z\n\n"
            "z = np.dot(x, y)   # vectorised, BLAS"),
}


def format_seconds(seconds: float) -> str:
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds * 1e9:.3g} ns"


class VectorizationPanel(Retranslatable, QWidget):
    """Time the lecture's naive loops against NumPy for an n the student picks, in a worker thread."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._job = None
        self.worker = Worker(self, "nnlab-timing")
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.op_combo = QComboBox(objectName="vectorOpCombo")
        self.op_combo.addItems(["", ""])
        self.op_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.op_combo.setMinimumContentsLength(14)
        self.op_combo.currentIndexChanged.connect(self._operation_changed)
        self.size_spin = QSpinBox(objectName="vectorSizeSpin")
        self.run_button = QPushButton(objectName="vectorRunButton")
        self.run_button.clicked.connect(self.run)
        self.code_view = QPlainTextEdit(objectName="naiveCodeView", readOnly=True)
        self.code_view.setFont(code_font())
        self.code_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_view.setMaximumHeight(140)
        self.naive_label = plain.label(objectName="naiveTimeLabel")
        self.vector_label = plain.label(objectName="vectorTimeLabel")
        self.speedup_label = QLabel(objectName="speedupLabel", textFormat=Qt.TextFormat.RichText)
        self.speedup_label.setStyleSheet(f"font-weight: 600; color: {BLUE};")
        self.speedup_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speedup_label.setWordWrap(True)
        self.status_label = plain.label(wordWrap=True)
        self.results = QTableWidget(0, 4, objectName="vectorResultsTable")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().setVisible(False)
        self.results.setWordWrap(False)
        self.results.verticalHeader().setDefaultSectionSize(22)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for view in (self.code_view, self.results):  # they scroll: they take the height that is left
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            view.setMinimumHeight(44)
        self._build_layout()
        self._operation_changed(0)
        self.retranslate_ui()

    def _build_layout(self) -> None:
        """Compact enough for the tools pane of a 1280 x 720 window: the code and the table shrink
        (they scroll), everything else keeps its height. The operation and the size are two rows of their
        own, and the size's label may wrap: in one grid, the English "n × n matrices, n =" beside its box
        and the button made the panel wider than the narrowest tools pane (the window at its minimum width,
        or beside the lesson panel), and the pane's scroll bar then clipped the operation's box."""
        self.op_label, self.size_label = plain.label(), plain.label(wordWrap=True)
        operation = QHBoxLayout()
        operation.addWidget(self.op_label)
        operation.addWidget(self.op_combo, 1)
        size = QHBoxLayout()
        size.addWidget(self.size_label, 1)
        size.addWidget(self.size_spin)
        size.addWidget(self.run_button)
        self.naive_caption, self.vector_caption = plain.label(), plain.label()
        times = QGridLayout()
        times.addWidget(self.naive_caption, 0, 0)
        times.addWidget(self.naive_label, 0, 1)
        times.addWidget(self.vector_caption, 1, 0)
        times.addWidget(self.vector_label, 1, 1)
        times.addWidget(self.speedup_label, 0, 2, 2, 1)
        times.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(operation)
        layout.addLayout(size)
        layout.addWidget(self.code_view, 3)
        layout.addLayout(times)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 2)

    def retranslate_ui(self) -> None:
        self.op_label.setText(self.tr("Operation:"))
        self.op_combo.setItemText(0, i18n.with_code(self.tr("{0}, element-wise"), "x + y"))
        self.op_combo.setItemText(1, i18n.with_code(self.tr("{0}, matrix product"), "np.dot(x, y)"))
        self.op_combo.setToolTip(self.tr("Which of the lecture's naive loops to time"))
        # when the label wraps in a narrow pane, "n =" stays together beside its box
        self.size_label.setText(i18n.with_code(self.tr("{0} matrices, {1}"), "n × n", "n ="))
        self.size_spin.setToolTip(i18n.with_code(self.tr("The size of the random {0} matrices {1} and {2}"),
                                                 "n × n", "x", "y"))
        self.run_button.setText(self.tr("Time it"))
        self.run_button.setToolTip(self.tr("Run the naive loop and the vectorised operation and compare the times"))
        self.naive_caption.setText(self.tr("Naive Python loop:"))
        self.vector_caption.setText(self.tr("Vectorised NumPy:"))
        self.results.setHorizontalHeaderLabels([self.tr("Operation"), self.tr("Naive"), self.tr("Vectorised"),
                                                self.tr("Speed-up")])
        if not self.speedup_label.text():
            self.status_label.setText(self.tr("Press “Time it”: both versions run on this computer, in the "
                                              "background."))

    def _operation_changed(self, index: int) -> None:
        kind = self.kind()
        low, high = LIMITS[kind]
        self.size_spin.setRange(low, high)
        self.size_spin.setValue(500 if kind == "add" else 100)
        self.code_view.setPlainText(NAIVE_CODE[kind])

    def kind(self) -> str:
        return "add" if self.op_combo.currentIndex() == 0 else "dot"

    def run(self) -> None:
        if self._job is not None:
            return
        kind, n = self.kind(), self.size_spin.value()
        self._job = self.worker.submit(lambda: compare(kind, n, current_job().check))
        self.run_button.setEnabled(False)
        self.status_label.setText(self.tr("Timing… the naive loop takes a while."))

    def _finished(self, job_id: int, timing) -> None:
        self._job = None
        self.run_button.setEnabled(True)
        self.naive_label.setText(format_seconds(timing.naive_seconds))
        self.vector_label.setText(format_seconds(timing.vectorized_seconds))
        self.speedup_label.setText("<span style='font-size:x-large'>" + self.tr("{0:,.0f} times faster").format(
            timing.speedup) + "</span>")  # a relative size: it grows with View > Zoom
        self.status_label.setText(self.tr("For {0}: the same result, computed by NumPy in one call instead of "
                                          "a Python loop over every entry.").format(i18n.code(f"n = {timing.n}")))
        row = self.results.rowCount()
        self.results.insertRow(row)
        name = "x + y" if timing.kind == "add" else "np.dot"
        for column, text in enumerate([f"{name}, n = {timing.n}", format_seconds(timing.naive_seconds),
                                       format_seconds(timing.vectorized_seconds), f"× {timing.speedup:,.0f}"]):
            self.results.setItem(row, column, QTableWidgetItem(text))

    def _failed(self, job_id: int, error) -> None:
        self._job = None
        self.run_button.setEnabled(True)
        self.status_label.setText(self.tr("The timing failed: {0}").format(error))

    def shutdown(self) -> None:
        self.worker.close(timeout=0.3)
