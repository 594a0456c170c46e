"""The Tensors page: try every tensor example of the lecture and see why a shape comes out as it does.

The workspace holds the data set (``train_images``...), the current model's weights (``W1``, ``b1``...),
the lecture's small examples and whatever the student assigns. Expressions are evaluated by
:func:`nnlab.explorer.evaluator.evaluate` (safe, bounded) in a worker thread; the page shows the result as
numbers, pictures and printed text, and the rules applied in the explanation panel.
"""

from __future__ import annotations

import dataclasses
import html
import re

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import nnlab
from nnlab.explorer.display import format_bytes, prepare_display, summarize
from nnlab.explorer.evaluator import ExplorerError, evaluate
from nnlab.explorer.examples import DATA_TENSORS, data_tensor_example, lecture_examples
from nnlab.explorer.functions import (
    BUILTINS,
    CONSTANTS,
    LINALG,
    METHOD_NAMES,
    NUMPY,
    RANDOM,
)
from nnlab.explorer.layer_names import batch_input, layer_workspace, names_in
from nnlab.explorer.messages import QT_TRANSLATE_NOOP, format_shape, msg
from nnlab.explorer.workspace import Workspace
from nnlab.gui import i18n, plain
from nnlab.gui.dataset_loader import DatasetLoader, dataset_title
from nnlab.gui.i18n import in_reading_direction
from nnlab.gui.page import Page
from nnlab.gui.rich_text import GREY, code, render, sections_html
from nnlab.gui.tensors.examples import BATCH_EXPRESSION, ExamplesButton
from nnlab.gui.tensors.panels import (
    DataTensorsPanel,
    ShapeFlowPanel,
    VectorizationPanel,
)
from nnlab.gui.tensors.widgets import (
    ArrayTableModel,
    ExpressionEdit,
    PictureView,
    code_font,
)
from nnlab.gui.tensors.workspace import WorkspaceTree
from nnlab.gui.workers import Worker, current_job
from nnlab.palette import VERMILION

BATCH_SIZE = 128
DATA_NAMES = ("train_images", "train_labels", "test_images", "test_labels")
MAX_USER_BYTES = 2_000_000_000  # what the student's own tensors may take together


def _bundled_weights_job():
    """Runs in the worker thread: the weights of the bundled trained lecture network (or none)."""
    try:
        return "bundled", nnlab.load_pretrained().get_weights()
    except (OSError, ValueError, KeyError):
        return "bundled", []


def _evaluate_job(text: str, workspace: dict, named: tuple = ()):
    """Runs in the worker thread: evaluate (stopping between operations if cancelled) and prepare
    everything the page will show. ``named``: sections saying what the slide's names hold, first."""
    try:
        result = evaluate(text, workspace, current_job().check)
    except ExplorerError as error:
        return "evaluation", (text, None, error, None)
    if named:
        result = dataclasses.replace(result, explanation=named + result.explanation)
    return "evaluation", (text, result, None, prepare_display(result.value))


class TensorsPage(Page):
    """Workspace | expression, result and picture | explanation and the lecture's tensor tools.

    Signals for tests and instructors' scripts: ``evaluated(expression, outcome)`` once the answer
    to an expression is on screen (``outcome`` is the explorer's ``Result``, or the ``ExplorerError``
    that refused it); ``evaluation_cancelled(expression)`` when the student cancels one.
    """

    evaluated = Signal(str, object)
    evaluation_cancelled = Signal(str)

    def __init__(self, session, parent=None, load_function=None):
        super().__init__(session, parent)
        self.tensors = Workspace()
        self.workspace, self.categories, self.summaries = (self.tensors.arrays, self.tensors.categories,
                                                           self.tensors.summaries)
        self._evaluation = None  # (job, text) of the evaluation whose answer is awaited
        self._summarizing: set = set()  # names whose min/max are being computed
        self._weights_bundled = False  # W1, b1... come from the bundled network, not from the session
        self._shown = None  # (text, result, error, display) on screen, re-rendered on a language switch
        self._cancelled = None  # the expression the student cancelled, until the next one
        self.worker = Worker(self, "nnlab-explorer")
        self.worker.finished.connect(self._job_finished)
        self.worker.failed.connect(self._job_failed)
        self.loader = DatasetLoader(self, load_function)
        self.loader.loaded.connect(lambda name, data: self.session.set_dataset(name, data))
        self.loader.failed.connect(self._dataset_failed)
        self._build()
        for name, array in lecture_examples().items():
            self.tensors.provide(name, array, "lecture")
        for kind in DATA_TENSORS:
            self.tensors.provide(kind.name, data_tensor_example(kind), "real")
        session.dataset_changed.connect(self._dataset_changed)
        session.model_changed.connect(self._model_changed)
        self._dataset_changed(session.dataset_name)
        self._model_changed(session.model)
        self.retranslate_ui()
        self._refresh_workspace()

    # -- building --------------------------------------------------------------------------------------
    def _build(self) -> None:
        results = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        results.addWidget(self._build_results())
        results.addWidget(self._build_tools())
        results.setSizes([370, 390])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_expression_group())
        right_layout.addWidget(results, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="tensorsSplitter", childrenCollapsible=False)
        splitter.addWidget(self._build_workspace_group())
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([500, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

    def _build_workspace_group(self) -> QGroupBox:
        self.workspace_group = QGroupBox(objectName="workspaceGroup")
        self.tree = WorkspaceTree()
        self.tree.name_activated.connect(self._insert_name)
        self.tree.remove_requested.connect(self.remove_tensor)
        self.load_button = QPushButton(objectName="loadDatasetButton")
        self.load_button.clicked.connect(lambda: self.loader.load("mnist"))
        self.restore_button = QPushButton(objectName="restoreTensorsButton")
        self.restore_button.clicked.connect(self.restore_originals)
        self.workspace_hint = plain.label(wordWrap=True)
        self.workspace_hint.setStyleSheet(f"color: {GREY};")
        layout = QVBoxLayout(self.workspace_group)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.load_button)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.workspace_hint)
        return self.workspace_group

    def _build_expression_group(self) -> QGroupBox:
        self.expression_group = QGroupBox(objectName="expressionGroup")
        self.expression_edit = ExpressionEdit()
        self.expression_edit.submitted.connect(self.evaluate_expression)
        self.evaluate_button = QPushButton(objectName="evaluateButton")
        self.evaluate_button.clicked.connect(lambda: self.evaluate_expression(self.expression_edit.text()))
        self.cancel_button = QPushButton(objectName="cancelEvaluationButton", visible=False)
        self.cancel_button.clicked.connect(self.cancel_evaluation)
        self.examples_button = ExamplesButton()
        self.examples_button.chosen.connect(self.try_expression)
        row = QHBoxLayout()
        row.addWidget(self.expression_edit, 1)
        row.addWidget(self.evaluate_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.examples_button)
        self.batch_label = plain.label()
        self.batch_slider = QSlider(Qt.Orientation.Horizontal, objectName="batchSlider", minimum=0, maximum=468)
        self.batch_slider.valueChanged.connect(self._batch_changed)
        self.batch_value = plain.label(objectName="batchValueLabel")
        self.batch_value.setMinimumWidth(150)
        self.batch_button = QPushButton(objectName="batchButton")
        self.batch_button.clicked.connect(lambda: self.try_expression(BATCH_EXPRESSION))
        batch = QHBoxLayout()
        batch.addWidget(self.batch_label)
        batch.addWidget(self.batch_slider, 1)
        batch.addWidget(self.batch_value)
        batch.addWidget(self.batch_button)
        self.shape_label = QLabel(objectName="shapeLabel", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.shape_label.setMinimumHeight(44)
        box = QVBoxLayout(self.expression_group)
        box.addLayout(row)
        box.addLayout(batch)
        box.addWidget(self.shape_label)
        return self.expression_group

    def _build_results(self) -> QTabWidget:
        self.result_tabs = QTabWidget(objectName="resultTabs")
        self.picture = PictureView()
        self.picture.setObjectName("pictureView")
        self.picture_caption = plain.label(alignment=Qt.AlignmentFlag.AlignCenter)
        picture_page = QWidget()
        picture_layout = QVBoxLayout(picture_page)
        picture_layout.addWidget(self.picture, 1)
        picture_layout.addWidget(self.picture_caption)
        self.values_model = ArrayTableModel(self)
        self.values_table = QTableView(objectName="valuesTable")
        self.values_table.setModel(self.values_model)
        self.values_table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.values_table.horizontalHeader().setDefaultSectionSize(58)
        self.values_table.verticalHeader().setDefaultSectionSize(24)
        self.printed = QPlainTextEdit(objectName="printedView", readOnly=True)
        self.printed.setFont(code_font())
        self.printed.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.printed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for widget in (picture_page, self.values_table, self.printed):
            self.result_tabs.addTab(widget, "")
        return self.result_tabs

    def _build_tools(self) -> QSplitter:
        self.explanation_group = QGroupBox(objectName="explanationGroup")
        self.explanation = QTextBrowser(objectName="explanationView", openLinks=False)
        QVBoxLayout(self.explanation_group).addWidget(self.explanation)
        self.tool_tabs = QTabWidget(objectName="toolTabs")
        self.shape_flow = ShapeFlowPanel()
        self.data_tensors = DataTensorsPanel()
        self.data_tensors.inspect.connect(self.try_expression)
        self.vectorization = VectorizationPanel()
        timing = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)  # may shrink in a small window
        timing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the panel fits the width
        timing.setWidget(self.vectorization)
        for widget in (self.shape_flow, self.data_tensors, timing):
            self.tool_tabs.addTab(widget, "")
        tools = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        tools.addWidget(self.explanation_group)
        tools.addWidget(self.tool_tabs)
        tools.setSizes([8_000, 12_000])  # more for the tools (the explanation is short), whatever the window size
        return tools

    # -- texts ------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.workspace_group.setTitle(self.tr("Workspace"))
        self.tree.setHeaderLabels([self.tr("Name"), i18n.code("ndim"), self.tr("Shape"), i18n.code("dtype"),
                                   self.tr("Memory"), self.tr("Min … max")])
        self.tree.category_titles.update({
            "data": self.tr("Data set"), "user": self.tr("Your tensors"),
            "model": self.tr("Model weights (the bundled trained network)") if self._weights_bundled
            else self.tr("Model weights"),
            "lecture": self.tr("Lecture examples"), "real": self.tr("Real-world data tensors")})
        self.tree.setToolTip(self.tr("Every tensor you can use. Double-click a name to put it in the expression; "
                                     "Delete removes one of yours."))
        self.tree.setAccessibleName(self.tr("Workspace tensors"))
        self.load_button.setText(i18n.with_code(self.tr("Load MNIST ({0})"), "train_images, train_labels, …"))
        self.load_button.setToolTip(self.tr("Read the MNIST data set (downloaded once, about 11 MB)"))
        self.workspace_hint.setText(i18n.with_code(self.tr("Give any result a name: {0}"), "y = x * 2"))
        self.expression_group.setTitle(self.tr("Expression"))
        self.expression_edit.setPlaceholderText("train_images[:, 7:-7, 7:-7]")
        self.expression_edit.setToolTip(self.tr("Type a NumPy expression and press Enter. Up/Down bring back "
                                                "earlier ones; names complete as you type."))
        self.expression_edit.setAccessibleName(self.tr("Expression"))
        self.evaluate_button.setText(self.tr("Evaluate"))
        self.evaluate_button.setToolTip(self.tr("Compute the expression (Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop computing this expression"))
        self.batch_label.setText(i18n.with_code(self.tr("Batch {0}:"), "n"))
        self.batch_slider.setToolTip(i18n.with_code(self.tr("{0} in {1}: which batch of 128 images"), "n",
                                                    "train_images[128 * n:128 * (n + 1)]"))
        self.batch_slider.setAccessibleName(i18n.with_code(self.tr("Batch number {0}"), "n"))
        self.batch_button.setText(self.tr("Show batch"))
        self.batch_button.setToolTip(i18n.with_code(self.tr("Evaluate {0}"), BATCH_EXPRESSION))
        self._update_batch_label()
        for index, title in enumerate([self.tr("Picture"), self.tr("Values"), self.tr("Printed")]):
            self.result_tabs.setTabText(index, title)
        self.result_tabs.setTabToolTip(0, self.tr("Image-like tensors as pictures; a batch as a grid"))
        self.result_tabs.setTabToolTip(1, self.tr("The numbers of a 0D, 1D or 2D result"))
        self.result_tabs.setTabToolTip(2, self.tr("The result as NumPy prints it"))
        self.explanation_group.setTitle(self.tr("Why this shape?"))
        self.explanation.setToolTip(self.tr("The rules applied, step by step"))
        for index, title in enumerate([self.tr("Layer shapes"), self.tr("Data tensors"), self.tr("Vectorisation")]):
            self.tool_tabs.setTabText(index, title)
        self.tool_tabs.setTabToolTip(0, self.tr("The shapes a batch takes through the network's layers"))
        self.tool_tabs.setTabToolTip(1, self.tr("The lecture's table of real-world data tensors"))
        self.tool_tabs.setTabToolTip(2, self.tr("Naive Python loops against vectorised NumPy, timed here"))
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self._refresh_workspace()
        self._render_shown()

    # -- evaluating -------------------------------------------------------------------------------------
    def try_expression(self, text: str) -> None:
        """Put ``text`` in the box and evaluate it (examples, the batch button, inspect buttons)."""
        self.expression_edit.setText(text)
        self.evaluate_expression(text)

    def evaluate_expression(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        self.expression_edit.remember(text)
        self._drop_evaluation()
        hint = self._missing_hint(text)
        if hint is not None:
            self._show(text, None, ExplorerError(hint), None)
            return
        slide_names = {name for name in ("input", "W", "b") if self.categories.get(name) == "lecture"}
        workspace, named = layer_workspace(text, dict(self.workspace), slide_names, self._batch_number())
        self._evaluation = (self.worker.submit(lambda: _evaluate_job(text, workspace, named)), text)
        self.cancel_button.show()
        self._render_status()

    def cancel_evaluation(self) -> None:
        """Stop the evaluation in progress (it ends at its next operation) and say so at once."""
        if self._evaluation is None:
            return
        text = self._evaluation[1]
        self._drop_evaluation()
        self._cancelled = text
        self._render_status()
        self.evaluation_cancelled.emit(text)

    def _drop_evaluation(self) -> None:
        """Forget the awaited evaluation (cancelling it): a newer one or a cancel replaces it."""
        if self._evaluation is not None:
            self._evaluation[0].cancel()
            self._evaluation = None
        self._cancelled = None
        self.cancel_button.hide()

    def _render_status(self) -> None:
        """While an answer is awaited (or was cancelled) the result line says so, whatever else redraws."""
        if self._evaluation is not None:
            line = self.tr("Computing {0}…").format(code(self._evaluation[1]))
        elif self._cancelled is not None:
            line = self.tr("Cancelled: {0}").format(code(self._cancelled))
        else:
            return
        self.shape_label.setText(f"<span style='color:{GREY}'>{line}</span>")

    def _missing_hint(self, text: str):
        """A data-set name before the data set is loaded gets a hint instead of "no tensor called"."""
        names = names_in(text) - set(self.workspace)
        if names & {*DATA_NAMES, "input"}:
            return msg(QT_TRANSLATE_NOOP("explorer", "{name} is part of the MNIST data set, which is not loaded yet: "
                                                     "press “Load MNIST” below the workspace."),
                       name=sorted(names & {*DATA_NAMES, "input"})[0])
        return None

    def _awaited(self, job_id: int) -> bool:
        return self._evaluation is not None and self._evaluation[0].id == job_id

    def _job_finished(self, job_id: int, answer) -> None:
        kind, payload = answer
        if kind == "bundled":
            self._show_weights(payload, bundled=True)
        elif kind == "summaries":
            self._summarizing.difference_update(payload)
            self.summaries.update({name: summary for name, (array, summary) in payload.items()
                                   if self.workspace.get(name) is array})
            self._refresh_workspace()
        elif self._awaited(job_id):
            self._drop_evaluation()
            self._show(*payload)

    def _job_failed(self, job_id: int, error) -> None:
        """A bug, not a refusal (those are answers): say so instead of leaving "Computing…" up."""
        if self._awaited(job_id):
            text = self._evaluation[1]
            self._drop_evaluation()
            self._show(text, None, ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "Something went wrong while computing this: {detail}"), detail=repr(error))), None)

    def _show(self, text, result, error, display) -> None:
        if result is not None and result.name is not None:
            error = self._assign(result, display)
        self._shown = (text, result, error, display)
        self.picture.set_pixels(None if error else display.pixels)
        self.values_model.set_array(None if error else display.table)
        self.printed.setPlainText("" if error or result.note else display.printed)
        if error is None:
            self.result_tabs.setCurrentIndex(self._best_tab(display))
        self._render_shown()
        self.evaluated.emit(text, error if error is not None else result)

    def _assign(self, result, display):
        """Store ``name = value``; returns an error when the student's tensors would use too much memory."""
        if self.tensors.user_bytes(without=result.name) + result.value.nbytes > MAX_USER_BYTES:
            return ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "Your tensors would take more than {limit} together; remove some first (select one in "
                            "the workspace and press Delete)."), limit=format_bytes(MAX_USER_BYTES)))
        self.tensors.assign(result.name, result.value, display.summary)
        if result.name == "n" and result.value.ndim == 0 and result.value.dtype.kind in "iu":
            self.batch_slider.blockSignals(True)
            self.batch_slider.setValue(int(result.value))
            self.batch_slider.blockSignals(False)
            self._update_batch_label()
        self._refresh_workspace()
        return None

    @staticmethod
    def _best_tab(display) -> int:
        """Pictures for batches and square-ish matrices (a digit), numbers for other matrices (weights)."""
        shape = display.summary.shape if display.summary else ()
        square = len(shape) == 2 and min(shape) >= 16 and max(shape) <= 1.5 * min(shape)
        if display.pixels is not None and (len(shape) >= 3 or square):
            return 0
        return 1 if display.table is not None else 2

    def _render_shown(self) -> None:
        """Show the result line and the explanation of what is on screen, in the current language."""
        self._render_result()
        self._render_status()

    def _render_result(self) -> None:
        if self._shown is None:
            self.shape_label.setText(f"<span style='color:{GREY}'>" + self.tr(
                "Type an expression above, or pick one from “Lecture examples”.") + "</span>")
            self.explanation.setHtml(in_reading_direction(f"<p style='color:{GREY}'>" + self.tr(
                "Here you will see which rule gives a result its shape: slicing, reshaping, transposing, the dot "
                "product and broadcasting, step by step.") + "</p>"))
            return
        text, result, error, display = self._shown
        heading = self.tr("You typed {0}").format(code(text))
        if error is not None:
            not_possible = self.tr("Not possible:")
            self.shape_label.setText(f"<span style='color:{VERMILION}; font-weight:600'>"
                                     f"{not_possible}</span> {render(error.message)}")
            self.explanation.setHtml(in_reading_direction(sections_html(error.sections, heading, error)))
            self._set_picture_caption(None)
            return
        self.shape_label.setText(self._result_line(result, display))
        if result.explanation:
            self.explanation.setHtml(in_reading_direction(sections_html(result.explanation, heading)))
        else:
            self.explanation.setHtml(in_reading_direction(sections_html((), heading) + "<p>" + self.tr(
                "No shape rule was needed here: the value is shown as it is.") + "</p>"))
        self._set_picture_caption(display)

    def _result_line(self, result, display) -> str:
        summary = display.summary
        if result.note is not None:
            return f"<span style='font-size:large'>{render(result.note)}</span>"
        if summary is None and display.integers == -1:
            line = self.tr("An integer (a Python {1}, not a tensor): {0}").format(code(display.printed[:40]),
                                                                                 code("int"))
        elif summary is None and display.integers is not None:
            line = self.tr("A tuple of %n integers: {0}", "", display.integers).format(code(display.printed[:80]))
        elif summary is None:
            line = self.tr("A Python value: {0}").format(code(display.printed[:80]))
        elif summary.ndim == 0:
            line = self.tr("A scalar (0D tensor): {0}, dtype {1}").format(code(display.printed[:40]),
                                                                        code(summary.dtype))
        else:
            line = self.tr("A {0}D tensor of shape {1}, dtype {2}").format(
                summary.ndim, code(format_shape(summary.shape)), code(summary.dtype))
        if result.name is not None:
            line += " " + self.tr("(stored as {0})").format(code(result.name))
        return f"<span style='font-size:large; font-weight:600'>{line}</span>"  # relative: follows the zoom

    def _set_picture_caption(self, display) -> None:
        if display is None or display.pixels is None:
            self.picture_caption.setText(self.tr("No picture: this result is not image-like.") if display else "")
            return
        count = display.summary.shape[0] if display.summary.ndim in (3, 4) and display.images_shown > 1 else 1
        self.picture_caption.setText(
            self.tr("The first {0} of {1} images, dark ink on white").format(display.images_shown, count)
            if display.images_shown < count else self.tr("%n image(s), dark ink on white", "", count))

    # -- the workspace ----------------------------------------------------------------------------------
    def remove_tensor(self, name: str) -> None:
        """Remove one of the student's tensors; an original it shadowed (``train_images``) comes back."""
        self.tensors.remove(name)
        self._refresh_workspace()

    def restore_originals(self) -> None:
        """Bring back every data-set, model and lecture tensor that one of the student's hides."""
        for name in list(self.tensors.hidden):
            self.tensors.restore(name)
        self._refresh_workspace()

    def _refresh_workspace(self) -> None:
        if not hasattr(self, "tree"):
            return
        self.tree.show_workspace(self.workspace, self.categories, self.summaries, self.tensors.hidden)
        hidden = sorted(self.tensors.hidden)
        self.restore_button.setVisible(bool(hidden))
        self.restore_button.setText(i18n.with_code(self.tr("Restore {0}"), ", ".join(hidden)) if len(hidden) <= 2
                                    else self.tr("Restore the %n original tensor(s)", "", len(hidden)))
        self.restore_button.setToolTip(i18n.with_code(self.tr("Your own tensors of these names hide the originals; "
                                                              "restoring removes yours and brings back {0}"),
                                                      ", ".join(hidden)))
        missing = {name: self.workspace[name] for name in self.workspace
                   if name not in self.summaries and name not in self._summarizing}
        if missing:
            self._summarizing.update(missing)
            self.worker.submit(lambda: ("summaries", {name: (array, summarize(array))
                                                      for name, array in missing.items()}))
        numpy_names = [f"np.{name}" for name in [*NUMPY, *CONSTANTS]] + [f"np.random.{name}" for name in RANDOM]
        numpy_names += [f"np.linalg.{name}" for name in LINALG]
        self.expression_edit.set_names([*self.workspace, *numpy_names, *BUILTINS, "np", "np.random", "np.linalg",
                                        *(f"{name}.{member}" for name in self.workspace
                                          for member in [*METHOD_NAMES, "shape", "ndim", "dtype", "size", "T"])])
        self.load_button.setVisible(self.session.dataset() is None)

    def _insert_name(self, name: str) -> None:
        self.expression_edit.insert(name)
        self.expression_edit.setFocus()

    def _dataset_changed(self, name: str) -> None:
        data = self.session.dataset(name)
        if data is None:
            return
        (x_train, y_train), (x_test, y_test) = data
        for key, array in zip(DATA_NAMES, (x_train, y_train, x_test, y_test)):
            self.tensors.provide(key, array, "data")
        self.tensors.provide("input", batch_input(x_train, self._batch_number()), "lecture")
        self.batch_slider.setMaximum(max(0, -(-len(x_train) // BATCH_SIZE) - 1))
        self._refresh_workspace()

    def _dataset_failed(self, name: str, message: str) -> None:
        self.shape_label.setText(f"<span style='color:{VERMILION}'>" + self.tr(
            "{0} could not be loaded: {1}").format(dataset_title(name), html.escape(message)) + "</span>")

    def _model_changed(self, model) -> None:
        self.shape_flow.set_model(model)
        if model is None:  # until a model is trained or opened, the bundled lecture network lends its weights
            self.worker.submit(_bundled_weights_job)
            return
        try:
            weights = model.get_weights() if getattr(model, "built", True) else []
        except (AttributeError, TypeError, ValueError):
            weights = []
        self._show_weights(weights, bundled=False)

    def _show_weights(self, weights, bundled: bool) -> None:
        if bundled and self.session.model is not None:
            return  # a real model arrived while the bundled one was loading
        self.tensors.withdraw("model")
        for index, array in enumerate(weights):
            self.tensors.provide(f"{'W' if index % 2 == 0 else 'b'}{index // 2 + 1}", array, "model")
        if weights:  # the slide's W: the first layer's weights
            self.tensors.provide("W", weights[0], "lecture")
        elif self.categories.get("W") == "lecture":
            self.tensors.remove("W")
        self._weights_bundled = bundled
        self.retranslate_ui()

    # -- the batch slider -------------------------------------------------------------------------------
    def _batch_changed(self, value: int) -> None:
        if self.categories.get("n") == "user":
            self.tensors.assign("n", np.array(value))
        else:
            self.tensors.provide("n", np.array(value), "lecture")
        data = self.session.dataset()
        if data is not None:
            self.tensors.provide("input", batch_input(data[0][0], self._batch_number()), "lecture")
        self._update_batch_label()
        self._refresh_workspace()
        shown = self._shown[0] if self._shown else ""
        if names_in(shown) & {"n", "input"} and not re.match(r"\s*(n|input)\s*=", shown):
            self.evaluate_expression(shown)

    def _batch_number(self) -> int:
        """The batch ``n`` of the slider (or of the student's own ``n``, when it is a whole number)."""
        value = self.workspace.get("n")
        return int(value) if value is not None and value.ndim == 0 and value.dtype.kind in "iu" else 0

    def _update_batch_label(self) -> None:
        n = self._batch_number()
        self.batch_value.setText(self.tr("{0}: images {1} to {2}").format(
            i18n.code(f"n = {n}"), BATCH_SIZE * n, BATCH_SIZE * (n + 1) - 1))

    def shutdown(self) -> None:
        """Within a second, as Page promises: each worker waits a little for its job, then abandons it
        (an evaluation or a timing stops at its next check anyway)."""
        self.loader.shutdown()
        self.vectorization.shutdown()
        self.worker.close(timeout=0.3)

