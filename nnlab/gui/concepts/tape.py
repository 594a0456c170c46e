"""Demo 12, the gradient tape: one training step of the book's from-scratch network as the tape
recorded it, the operations with their shapes, and the gradient flowing back from the loss one
operation at a time, each with the chain rule it applies. ``nnlab.show_tape(tape)`` opens the same
view on a tape from a notebook.

The step is the book's own program (``nnlab.concepts.tape_step``), run by the window on a worker;
no code typed by a student is ever executed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnlab.concepts import tape_step
from nnlab.gui import plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.i18n import Retranslatable, code
from nnlab.gui.workers import Worker

HIGHLIGHT = QColor(plots.ORANGE)
GRADIENT = QColor(plots.VERMILION)
INK = QColor("#1d2b36")
MUTED = QColor("#5b6770")


def shape_text(shape) -> str:
    return "()" if shape is None or len(shape) == 0 else "(" + ", ".join(map(str, shape)) + ")"


class TapeView(QWidget):
    """The recorded operations, one row each, top (first recorded) to bottom (the loss).

    Each row: the operation, its inputs with their shapes, its output's shape, and, once the
    backward pass has reached it, the shapes of the gradients it sends to its inputs. ``position``
    0 shows the forward pass; k shows the backward pass through the last k operations (the row
    being worked on glows orange); past the last operation every gradient is known.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tapeView")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # formulas and shapes read left to right
        self.setMinimumSize(620, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.operations, self.position = [], 0

    def set_operations(self, operations) -> None:
        self.operations = list(operations)
        self.setMinimumHeight(max(300, 30 + 30 * len(self.operations)))
        self.position = min(self.position, len(self.operations) + 1)
        self.update()

    def set_position(self, position: int) -> None:
        self.position = max(0, min(position, len(self.operations) + 1))
        self.update()

    def reached(self, index: int) -> bool:
        """Whether the backward pass has worked on operation ``index`` yet."""
        return self.position >= len(self.operations) - index

    def current(self) -> int | None:
        """The operation the backward pass is on, or None (forward pass, or update)."""
        if 1 <= self.position <= len(self.operations):
            return len(self.operations) - self.position
        return None

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.operations:
            return
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 0.95)
        bold = QFont(self.font())
        bold.setBold(True)
        width, rows = self.width(), len(self.operations)
        row_height = min(54.0, (self.height() - 30) / rows)
        columns = (8.0, 0.28 * width, 0.52 * width, 0.68 * width)  # operation, inputs, output, gradients
        painter.setPen(MUTED)
        painter.setFont(self.font())
        for x, text in zip(columns, self.headers()):
            painter.drawText(QRectF(x, 2, 0.3 * width, 20), Qt.AlignmentFlag.AlignLeft, text)
        outputs = tape_step.output_names(self.operations)
        current = self.current()
        for index, operation in enumerate(self.operations):
            top = 24 + index * row_height
            box = QRectF(4, top + 2, width - 8, row_height - 6)
            lit = index == current
            painter.setPen(QPen(HIGHLIGHT if lit else QColor("#d5dde5"), 3 if lit else 1))
            painter.setBrush(QColor("#fff4de") if lit else QColor("#f6f9fc"))
            painter.drawRoundedRect(box, 6, 6)
            formula = tape_step.forward_text(operation, outputs)
            painter.setPen(INK)
            painter.setFont(bold)
            painter.drawText(QRectF(columns[0] + 4, top + 4, columns[1] - 12, row_height / 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{index + 1}. {short_name(operation.name)}")
            painter.setFont(mono)
            painter.setPen(MUTED)
            painter.drawText(QRectF(columns[0] + 4, top + row_height / 2 - 2, columns[1] - 12, row_height / 2 - 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, formula)
            names = tape_step.input_names(operation, outputs)
            inputs = "\n".join(f"{name} {shape_text(shape)}" for name, shape in zip(names, operation.input_shapes))
            painter.setPen(INK)
            painter.drawText(QRectF(columns[1], top + 2, columns[2] - columns[1] - 8, row_height - 6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             inputs)
            painter.drawText(QRectF(columns[2], top + 2, columns[3] - columns[2] - 8, row_height - 6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{outputs[index]} {shape_text(operation.output_shape)}")
            if self.reached(index) and operation.gradient_shapes:
                sent = [f"∂L/∂{name} {shape_text(shape)}" for name, shape in zip(names, operation.gradient_shapes)
                        if shape is not None]
                painter.setPen(GRADIENT)
                painter.drawText(QRectF(columns[3], top + 2, width - columns[3] - 10, row_height - 6),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                                 "\n".join(sent))
            if index > 0:
                self._arrow(painter, columns[0] + 60, top - 3, top + 3, QColor("#9aa5b1"))
        if current is not None and current < rows - 1:  # the gradient's way back, up the right edge
            top = 24 + (current + 0.5) * row_height
            bottom = 24 + (rows - 0.5) * row_height
            painter.setPen(QPen(GRADIENT, 2.5))
            painter.drawLine(int(width - 10), int(bottom), int(width - 10), int(top))
            self._arrow(painter, width - 10, top + 8, top, GRADIENT)

    @staticmethod
    def headers() -> tuple[str, ...]:
        return (QCoreApplication.translate("TapeView", "operation"), QCoreApplication.translate("TapeView", "inputs"),
                QCoreApplication.translate("TapeView", "output"),
                QCoreApplication.translate("TapeView", "gradients sent back"))

    @staticmethod
    def _arrow(painter, x, start, end, color) -> None:
        """A small arrowhead pointing from ``start`` to ``end`` (vertical)."""
        painter.setPen(QPen(color, 2))
        painter.setBrush(color)
        direction = 1 if end > start else -1
        painter.drawPolygon(QPolygonF([_point(x - 5, end - 6 * direction), _point(x + 5, end - 6 * direction),
                                       _point(x, end)]))


def _point(x, y) -> QPointF:
    return QPointF(x, y)


def short_name(name: str) -> str:
    return {"sparse_categorical_crossentropy": "crossentropy"}.get(name, name)


class TapeExplorer(Retranslatable, QWidget):
    """The tape view with the sentence for the current position and Previous/Next buttons."""

    position_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = TapeView()
        self.step = None
        self.rule_label = plain.label(objectName="tapeRule", wordWrap=True)
        self.rule_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rule_label.setStyleSheet("font-size: 14px; color: #1a3550; background: white; border: 1px solid #d5dde5;"
                                      " border-radius: 6px; padding: 8px;")
        self.rule_label.setMinimumHeight(76)
        self.formula_label = plain.label(objectName="tapeFormula", wordWrap=True)  # the column can be narrower
        self.formula_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.formula_label.setStyleSheet("font-size: 15px; color: #b34700; padding: 0 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.view)  # a long tape (from a notebook) scrolls; the book's step fits
        layout.addWidget(scroll, 1)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.formula_label)
        self.retranslate_ui()

    def set_step(self, step) -> None:
        """Show a :class:`~nnlab.concepts.tape_step.RecordedStep` (or any tape's operations) from its forward pass."""
        self.step = step
        self.view.set_operations(step.operations)
        self.set_position(0)

    def positions(self) -> int:
        return len(self.view.operations) + 2

    def set_position(self, position: int) -> None:
        self.view.set_position(position)
        self.retranslate_ui()
        self.position_changed.emit(self.view.position)

    def next(self) -> None:
        self.set_position(self.view.position + 1)

    def previous(self) -> None:
        self.set_position(self.view.position - 1)

    def retranslate_ui(self) -> None:
        operations, position = self.view.operations, self.view.position
        self.view.setAccessibleName(self.tr("The operations the gradient tape recorded"))
        if not operations:
            self.rule_label.setText(self.tr("Recording a training step…") if self.step is None else self.tr(
                "This tape recorded no operation. A tape records what is computed inside its {0} block from "
                "variables or from tensors given to {1}.").format(code("with tf.GradientTape() as tape:"),
                                                                  code("tape.watch")))
            self.formula_label.setText("")
            return
        loss = getattr(self.step, "loss", None)
        current = self.view.current()
        if position == 0:
            text = self.tr("Forward pass, recorded: {0} operations from the images to the loss. The tape kept "
                           "every input and output, for the way back.").format(len(operations))
            if loss is not None:
                text += " " + self.tr("Loss on this batch: {0}.").format(code(f"{loss:.4f}"))
            # two islands, so a narrow column wraps the line after "=" instead of cutting its end off
            self.formula_label.setText(code("gradients =") + " " + code("tape.gradient(average_loss, model.weights)"))
        elif current is not None:
            operation = operations[current]
            outputs = tape_step.output_names(operations)
            text = self.tr("Backward pass, step {0} of {1}: the gradient of the loss reaches operation {2}, {3}. "
                           "The chain rule multiplies it by that operation's own slope and passes it on to "
                           "the operation's inputs.").format(position, len(operations), current + 1,
                                                                code(tape_step.forward_text(operation, outputs)))
            outputs = tape_step.output_names(operations)
            self.formula_label.setText("\n".join(f"{rule}   → {shape_text(shape)}"
                                                  for rule, shape in tape_step.rule_texts(operation, outputs)))
        else:
            text = self.tr("Update: every weight moves against its gradient, {0} with {1}.").format(
                code("w ← w − η·∂L/∂w"), code(f"η = {tape_step.LEARNING_RATE:g}"))
            after = getattr(self.step, "loss_after", None)
            if loss is not None and after is not None:
                text += " " + self.tr("The loss on this batch goes from {0} to {1}.").format(
                    code(f"{loss:.4f}"), code(f"{after:.4f}"))
            self.formula_label.setText(code("w.assign_sub(g * learning_rate)"))
        self.rule_label.setText(text)


class TapeDemo(DemoWidget):
    """Concepts 12: the book's one training step on the tape, stepped through."""

    frame_ms = 1200
    step_recorded = Signal(object)

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.lesson, self.step, self.data_source = None, None, ""
        self.explorer = TapeExplorer()
        self.code_box = QPlainTextEdit(objectName="tapeCode", readOnly=True)
        self.code_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_box.setPlainText(tape_step.BOOK_STEP)
        self.tabs = QTabWidget(objectName="tapeTabs", documentMode=True)
        self.tabs.addTab(self.explorer, "")
        self.tabs.addTab(self.code_box, "")
        self.body.addWidget(self.tabs, 1)
        self.status_label = plain.label(objectName="tapeStatus", wordWrap=True)
        self.status_label.setStyleSheet("color: #5b6770;")
        self.record_button = QPushButton(objectName="tapeRecordButton")
        self.previous_button = QPushButton(objectName="tapePreviousButton")
        self.next_button = QPushButton(objectName="tapeNextButton")
        self.add_button_row(self.previous_button, self.next_button)
        self.controls.addWidget(self.play_button)
        self.controls.addWidget(self.record_button)
        self.controls.addWidget(self.status_label)
        self.worker = Worker(self, name="nnlab-tape-step")
        self.worker.finished.connect(self._recorded)
        self.worker.failed.connect(self._failed)
        self.record_button.clicked.connect(self.record_step)
        self.next_button.clicked.connect(self.explorer.next)
        self.previous_button.clicked.connect(self.explorer.previous)
        self.explorer.position_changed.connect(self._position_changed)
        self.retranslate_ui()
        self.record_step()

    def record_step(self) -> None:
        """Run the book's ``one_training_step`` on the next batch, in the worker."""
        self.record_button.setEnabled(False)
        session = self.session

        def job():
            if self.lesson is None:
                self.lesson, self.data_source = _new_lesson(session)
            return self.lesson.step()

        self.worker.submit(job)

    def _recorded(self, _job_id: int, step) -> None:
        self.step = step
        self.explorer.set_step(step)
        self.record_button.setEnabled(True)
        self._update_status()
        self.step_recorded.emit(step)

    def _failed(self, _job_id: int, error) -> None:
        self.record_button.setEnabled(True)
        self.status_label.setText(self.tr("The training step could not run: {0}").format(error))

    def _position_changed(self, position: int) -> None:
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < self.explorer.positions() - 1)

    def on_start(self) -> None:
        """Playing from the update starts again at the forward pass."""
        if self.explorer.view.position >= self.explorer.positions() - 1:
            self.explorer.set_position(0)

    def tick(self) -> None:
        if self.explorer.view.operations and self.explorer.view.position < self.explorer.positions() - 1:
            self.explorer.next()
        else:
            self.stop()

    def shutdown(self) -> None:
        super().shutdown()
        self.worker.close()

    def _update_status(self) -> None:
        if self.step is None:
            self.status_label.setText("")
            return
        source = (self.tr("MNIST's test images") if self.data_source == "mnist" else
                  self.tr("stand-in images (MNIST is not on this computer yet: load it on the Train page)"))
        self.status_label.setText(self.tr("Training step {0}, batch {1} of {2}, on {3}.").format(
            self.step.number, self.step.batch + 1, self.step.batches, source))

    def retranslate_ui(self) -> None:
        self.set_explanation(self.tr(
            "The book's training step records its forward pass on a {0}; {1} then walks the recorded "
            "operations back from the loss, applying the chain rule one operation at a time. Step through it: "
            "each operation's shapes, and the shapes of the gradients it sends back, down to the gradient of "
            "{2}.").format(code("GradientTape"), code("tape.gradient"), code("W₁")))
        self.controls_box.setTitle(self.tr("One training step"))
        self.tabs.setTabText(0, self.tr("The tape"))
        self.tabs.setTabText(1, self.tr("The book's code"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.previous_button.setToolTip(self.tr("Go back one operation"))
        self.next_button.setToolTip(self.tr("Let the gradient flow back through one more operation"))
        self.record_button.setText(self.tr("Record the next step"))
        self.record_button.setToolTip(self.tr("Update the weights and record {0} on the next batch").format(
            code("one_training_step")))
        self.retranslate_play()
        self.play_button.setToolTip(self.tr("Step through the backward pass by itself"))
        self.code_box.setAccessibleName(self.tr("The book's training step"))
        self._update_status()


def _new_lesson(session):
    """Runs in the worker: the book's network over MNIST's test images if on disk, else stand-ins."""
    from nnlab.concepts.inside import local_test_digits

    data = session.dataset("mnist") if session is not None else None
    digits = data[1] if data is not None else local_test_digits()
    if digits is not None:
        return tape_step.TapeLesson(digits[0].reshape(len(digits[0]), -1) / 255.0, digits[1]), "mnist"
    return tape_step.TapeLesson(*tape_step.stand_in_digits()), "stand-in"


class TapeWindow(Retranslatable, QWidget):
    """``nnlab.show_tape(tape)``: a window with the tape's operations and Previous/Next."""

    def __init__(self, tape, parent=None):
        super().__init__(parent)
        self.setObjectName("tapeWindow")
        self.resize(900, 560)
        self.explorer = TapeExplorer()
        self.explorer.set_step(tape)
        self.previous_button = QPushButton(objectName="tapePreviousButton")
        self.next_button = QPushButton(objectName="tapeNextButton")
        self.previous_button.clicked.connect(self.explorer.previous)
        self.next_button.clicked.connect(self.explorer.next)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explorer, 1)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("nnlab: the gradient tape"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
