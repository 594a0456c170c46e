"""Asking a student's name and number once, for every hand-in after it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from nnlab.gui import plain
from nnlab.gui.i18n import Retranslatable
from nnlab.lessons.handin import MAX_NAME, Student


class StudentDialog(Retranslatable, QDialog):
    """Name and student number; OK only when both are filled in."""

    def __init__(self, parent=None, student: Student | None = None):
        super().__init__(parent)
        self.setObjectName("handinDialog")
        self.intro = plain.label(wordWrap=True)
        self.name_edit = QLineEdit(objectName="handinNameEdit", maxLength=MAX_NAME)
        self.number_edit = QLineEdit(objectName="handinNumberEdit", maxLength=MAX_NAME)
        if student is not None:
            self.name_edit.setText(student.name)
            self.number_edit.setText(student.number)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_label, self.number_label = plain.label(), plain.label()
        self.form = QFormLayout()
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.number_label, self.number_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        for edit in (self.name_edit, self.number_edit):
            edit.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand in the lesson"))
        self.intro.setText(self.tr("Your name and student number go into the hand-in folder and its report. "
                                   "You are asked only once."))
        self.name_label.setText(self.tr("Name:"))
        self.number_label.setText(self.tr("Student number:"))

    def _update_ok(self) -> None:
        ok = bool(self.name_edit.text().strip() and self.number_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def student(self) -> Student:
        return Student(self.name_edit.text().strip(), self.number_edit.text().strip())
