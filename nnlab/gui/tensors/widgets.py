"""Widgets of the Tensors page: the expression box, the values table and the picture view."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QSizePolicy

from nnlab.explorer.display import format_number
from nnlab.gui.pixels import to_qimage

_NAME_BEFORE_CURSOR = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*$")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def code_font() -> QFont:
    """The monospace family and nothing else: the size comes from the application font, so code
    grows with View > Zoom like every other text."""
    font = QFont()
    font.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    return font


class ExpressionEdit(QLineEdit):
    """A one-line code box: Enter submits, Up/Down walk through earlier expressions, names complete.

    Enter always evaluates, also while the completion list is open: a name picked in the list with
    the arrow keys is put in first; Tab takes the picked name without evaluating.
    Code is always laid out left to right, also when the window is in Persian.
    """

    submitted = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("expressionEdit")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setFont(code_font())
        self.setClearButtonEnabled(True)
        self.history: list[str] = []
        self._position = 0
        self._draft = ""
        self._names = QStringListModel(self)
        self.name_completer = QCompleter(self._names, self)
        self.name_completer.setWidget(self)
        self.name_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.name_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_completer.activated[str].connect(self._insert_completion)
        self.name_completer.popup().installEventFilter(self)  # after the completer's own filter: runs first
        self.textEdited.connect(self._update_completion)
        self.returnPressed.connect(self._submit)

    def set_names(self, names) -> None:
        """The names to complete: workspace tensors, ``np.zeros``, ``np.random.rand``... (unchanged names
        leave the list alone, so a highlighted completion survives the workspace being redrawn)."""
        names = sorted(set(names))
        if names != self._names.stringList():
            self._names.setStringList(names)

    def remember(self, text: str) -> None:
        if text and (not self.history or self.history[-1] != text):
            self.history.append(text)
        self._position = len(self.history)

    def recall(self, step: int) -> None:
        """Show the previous (step -1) or next (+1) expression; past the newest, what was being typed."""
        if not self.history:
            return
        if self._position == len(self.history):
            self._draft = self.text()
        self._position = max(0, min(len(self.history), self._position + step))
        self.setText(self.history[self._position] if self._position < len(self.history) else self._draft)

    def eventFilter(self, watched, event):
        """Enter in the open completion list: take the highlighted name, if any, and evaluate."""
        popup = self.name_completer.popup()
        if watched is popup and event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            chosen = popup.currentIndex()
            if chosen.isValid() and popup.selectionModel().isSelected(chosen):
                self._insert_completion(chosen.data())
            popup.hide()
            self._submit()
            return True
        return super().eventFilter(watched, event)

    def event(self, event):
        """Tab with the completion list open takes the picked name (the completer does it when the
        box leaves the key alone) instead of moving the focus to the next button."""
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and self.name_completer.popup().isVisible()):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event):
        popup = self.name_completer.popup()
        if event.key() in _ENTER:
            popup.hide()
        elif popup.isVisible() and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        if event.key() == Qt.Key.Key_Up:
            self.recall(-1)
        elif event.key() == Qt.Key.Key_Down:
            self.recall(+1)
        else:
            super().keyPressEvent(event)

    def _token(self) -> str:
        match = _NAME_BEFORE_CURSOR.search(self.text()[:self.cursorPosition()])
        return match.group(0) if match else ""

    def _update_completion(self, _text: str) -> None:
        token = self._token()
        self.name_completer.setCompletionPrefix(token)
        count = self.name_completer.completionCount()
        if not token or count == 0 or (count == 1 and self.name_completer.currentCompletion() == token):
            self.name_completer.popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(240, self.name_completer.popup().sizeHintForColumn(0) + 24))
        self.name_completer.complete(rect)

    def _insert_completion(self, completion: str) -> None:
        token, position, text = self._token(), self.cursorPosition(), self.text()
        start = position - len(token)
        self.setText(text[:start] + completion + text[position:])
        self.setCursorPosition(start + len(completion))

    def _submit(self) -> None:
        self.submitted.emit(self.text().strip())


class ArrayTableModel(QAbstractTableModel):
    """The entries of a 0-2D array: a number is one cell, a vector one row, a matrix rows and columns."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._array = np.zeros((0, 0))

    def set_array(self, array) -> None:
        self.beginResetModel()
        array = np.zeros((0, 0)) if array is None else np.asarray(array)
        self._array = array.reshape(1, -1) if array.ndim < 2 else array
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._array.shape[0]

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._array.shape[1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(self._array[index.row(), index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return str(section) if role == Qt.ItemDataRole.DisplayRole else None


class PictureView(QLabel):
    """A uint8 picture (gray or RGB), scaled up in whole steps so pixels stay crisp."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._pixmap = QPixmap()

    def set_pixels(self, pixels) -> None:
        if pixels is None:
            self._pixmap = QPixmap()
            self.clear()
            return
        self._pixmap = QPixmap.fromImage(to_qimage(pixels))
        self._rescale()

    def has_picture(self) -> bool:
        return not self._pixmap.isNull()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            return
        room_w, room_h = max(1, self.width() - 8), max(1, self.height() - 8)
        factor = min(room_w / self._pixmap.width(), room_h / self._pixmap.height())
        factor = int(factor) if factor >= 2 else factor  # whole steps keep every pixel the same size
        size = self._pixmap.size() * factor
        mode = Qt.TransformationMode.FastTransformation if factor >= 2 else Qt.TransformationMode.SmoothTransformation
        self.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode))
