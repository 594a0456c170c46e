"""Text from outside is only ever text: the one place that decides how Qt shows it.

Qt guesses. A QLabel or QMessageBox left on ``AutoText``, and every tooltip, renders a string that
merely *looks like* HTML (``Qt::mightBeRichText``) as rich text, and rich text loads the pictures its
``<img>`` tags name. A file, folder or student name such as ``<img src="/dev/zero">`` (or with
``&#47;`` for each slash) then makes the window read /dev/zero until it aborts, or wait forever on
a FIFO. So nothing is left to the guess:

* every label is made by :func:`label` (plain text) or is explicitly rich text whose every outside
  piece went through ``html.escape``;
* every message box is made by :func:`message_box` / :func:`ask` (plain text; Qt's static
  ``QMessageBox.warning`` & co. guess);
* every tooltip, status text or item tooltip that can hold outside text goes through
  :func:`tooltip`: Qt always guesses for tooltips, so what it would take for rich text is escaped.

Table cells, buttons, window titles and the status bar draw their text plainly already.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

PLAIN = Qt.TextFormat.PlainText
Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def label(text: str = "", **options) -> QLabel:
    """A QLabel that shows ``text`` (and whatever it is given later) character for character."""
    return QLabel(text, textFormat=PLAIN, **options)


class SteadyLabel(QLabel):
    """A plain, word-wrapped label for a text that changes many times a second (a training run's progress).

    A QLabel asks its layout for a new layout at every new text, and up the chain the whole pane is laid
    out and repainted again: a third of the window's work while the lecture network trains (``gui_stall.py``:
    the GUI thread busy 33 % of the time, 23-24 % with this label), and on a busy machine a window that waits
    longer for a core. This label sits alone in :attr:`holder` (the layout gets the holder), which gives it
    its size by hand: a new text only repaints it, and the holder asks for a layout only when the text
    needs another height."""

    def __init__(self, text: str = "", **options):
        super().__init__(text, textFormat=PLAIN, wordWrap=True, **options)
        self.holder = _Holder(self)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.holder.fit()


class _Holder(QWidget):
    """The label's parent, without a layout: the label's requests for one stop here (Qt posts them to a
    parent that has no layout, which ignores them). It answers its own layout with the label's sizes."""

    def __init__(self, label: QLabel):
        super().__init__()
        self._label = label
        label.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._height = self.heightForWidth(self.width())

    def heightForWidth(self, width: int) -> int:
        return self._label.heightForWidth(max(width, 1))

    def sizeHint(self) -> QSize:
        return self._label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._label.minimumSizeHint()

    def fit(self) -> None:
        """After a new text: a layout only when the text needs another height at this width."""
        height = self.heightForWidth(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def resizeEvent(self, event) -> None:
        self._label.setGeometry(self.rect())
        self._height = self.heightForWidth(self.width())
        super().resizeEvent(event)


def tooltip(text: str) -> str:
    """``text`` made safe for a tooltip: unchanged when Qt reads it as plain text, otherwise escaped
    into rich text that shows the same characters (line breaks kept) and loads nothing."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def box(parent, title: str, text: str, icon: Icon = Icon.Warning, buttons: Button = Button.Ok,
        object_name: str = "messageBox") -> QMessageBox:
    """A message box (not shown yet) whose text, and informative text, are shown literally."""
    message = QMessageBox(parent)
    message.setObjectName(object_name)
    message.setTextFormat(PLAIN)  # before any text; it covers the informative text too
    message.setIcon(icon)
    message.setWindowTitle(title)
    message.setText(text)
    message.setStandardButtons(buttons)
    return message


def message_box(parent, title: str, text: str, icon: Icon = Icon.Warning, object_name: str = "messageBox",
                buttons: Button = Button.Ok) -> QMessageBox:
    """A message box showing ``text`` literally, opened without blocking: the window keeps working
    (and a test finds the box by ``object_name``). It deletes itself when closed."""
    message = box(parent, title, text, icon, buttons, object_name)
    message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    message.open()
    return message


def ask(parent, title: str, text: str, buttons: Button, default: Button, object_name: str = "questionBox") -> Button:
    """A question that needs its answer before going on (modal), its text shown literally."""
    question = box(parent, title, text, Icon.Question, buttons, object_name)
    question.setDefaultButton(default)
    return Button(question.exec())
