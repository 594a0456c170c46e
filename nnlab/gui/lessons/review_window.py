"""The class review: students x steps, the steps most got wrong first, runs overlaid on the Train page.

A cell's tooltip (a student's answers) is written only when it is asked for: built for every cell
at once, a class of 60 took 400 MB.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
)

from nnlab.gui import i18n, plain
from nnlab.gui.i18n import Retranslatable

RIGHT, WRONG, DAMAGED = QColor("#d9f2ea"), QColor("#f9e0d6"), QColor("#eeeeee")


class ReviewWindow(Retranslatable, QDialog):
    """A table of one class's hand-ins. ``overlay_requested(list of run folders)`` asks the window to
    show the selected students' runs on the Train page."""

    overlay_requested = Signal(list)

    def __init__(self, review, folder: str, step_titles: dict, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonReview")
        self.review, self.folder, self.step_titles = review, folder, step_titles
        self.summary = plain.label(objectName="lessonReviewSummary", wordWrap=True)
        self.table = QTableWidget(objectName="lessonReviewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.viewport().installEventFilter(self)
        self.overlay_button = QPushButton(objectName="lessonOverlayButton", clicked=self._overlay)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.overlay_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Class review"))
        self.overlay_button.setText(self.tr("Show the selected students' runs on the Train page"))
        students = [h for h in self.review.students if not h.damaged]
        damaged = len(self.review.students) - len(students)
        self.summary.setText(self.tr("{0}: {1} hand-ins, {2} damaged. Steps most got wrong come first: under each "
                                     "step, {3} says how many students answered it wrong at least once. Each "
                                     "cell shows the student's last verdict, right (✔) or wrong (✘), and the "
                                     "number of attempts.").format(
            i18n.name(self.folder), len(students), damaged,
            "✘ " + self.tr("{0} of {1}", "n of m students").format(i18n.code("n"), i18n.code("m"))))
        self._fill()

    def _fill(self) -> None:
        review = self.review
        self.table.clear()
        self.table.setRowCount(len(review.students))
        self.table.setColumnCount(len(review.steps))
        answered = len([h for h in review.students if not h.damaged])
        for column, step_id in enumerate(review.steps):
            wrong = review.wrong(step_id)
            header = QTableWidgetItem(self.tr("{0}\n✘ {1} of {2}").format(
                self.step_titles.get(step_id, step_id), wrong, answered))
            header.setToolTip(self.tr("{0} of {1} students answered wrong at least once (wrong in the end, or "
                                      "right only after another try).").format(wrong, answered))
            self.table.setHorizontalHeaderItem(column, header)
        self.table.setVerticalHeaderLabels([f"{h.name} ({h.number})" if h.number else h.name
                                            for h in review.students])
        for row, handin in enumerate(review.students):
            if handin.damaged:
                item = QTableWidgetItem(self.tr("damaged: {0}").format(handin.damaged))
                item.setBackground(QBrush(DAMAGED))
                self.table.setItem(row, 0, item)
                if self.table.columnCount() > 1:
                    self.table.setSpan(row, 0, 1, self.table.columnCount())
                continue
            for column, step_id in enumerate(review.steps):
                record = review.cell(handin, step_id)
                if record is None or not record.attempts:
                    text, colour = "–", None
                else:
                    text = f"{'✔' if record.correct else '✘'} {record.attempts}"
                    colour = RIGHT if record.correct else WRONG
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_button()

    def cell_tooltip(self, row: int, column: int) -> str:
        """What the cell's tooltip says (built now, not kept): the answers, or why a hand-in is damaged."""
        if not 0 <= row < len(self.review.students):
            return ""
        handin = self.review.students[row]
        if handin.damaged:
            return handin.damaged
        if not 0 <= column < len(self.review.steps):
            return ""
        record = self.review.cell(handin, self.review.steps[column])
        if record is None or not record.attempts:
            return ""
        return self.tr("answers: {0}").format(" | ".join(record.answers))

    def eventFilter(self, watched, event):
        if watched is self.table.viewport() and event.type() == QEvent.Type.ToolTip:
            index = self.table.indexAt(event.pos())
            text = self.cell_tooltip(index.row(), index.column()) if index.isValid() else ""
            if text:  # shown as plain text: the answers are the students'
                QToolTip.showText(event.globalPos(), plain.tooltip(text), self.table.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def selected_runs(self) -> list:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [folder for row in rows for folder in self.review.students[row].runs.values()]

    def _update_button(self) -> None:
        self.overlay_button.setEnabled(bool(self.selected_runs()))

    def _overlay(self) -> None:
        runs = self.selected_runs()
        if runs:
            self.overlay_requested.emit(runs)
