"""The workspace list of the Tensors page: every named tensor with ndim, shape, dtype, memory, min/max."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
)

from nnlab.explorer.display import format_bytes, format_number
from nnlab.explorer.messages import format_shape
from nnlab.gui import i18n
from nnlab.gui.rich_text import GREY
from nnlab.gui.tensors.widgets import code_font

HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 1  # marks the row of an original hidden by the student's tensor
CATEGORIES = ("data", "model", "user", "lecture", "real")


def code_cells(texts: list[str], prose: tuple[int, ...] = (1,)) -> list[str]:
    """A row's cells: names, shapes, dtypes and numbers isolated left to right ("(60000, 28, 28)" stays
    so in Persian); the ``prose`` columns ("3D", "hidden by yours") marked with the reader's direction,
    which a cell takes from its first letter ("3 بعدی" would otherwise put its 3 on the left)."""
    return [i18n.sentence(text) if column in prose else i18n.code(text) for column, text in enumerate(texts)]


class WorkspaceTree(QTreeWidget):
    """Tensors grouped by where they come from. Double-click (or Enter) puts a name in the expression;
    Delete removes a tensor the student made. An original hidden by the student's tensor of the same
    name stays listed in its group, greyed. Min/max arrive later, computed off the GUI thread."""

    name_activated = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("workspaceTree")
        self.setColumnCount(6)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a little room on each side: Qt measures an isolated code cell a few pixels narrower than it draws it
        self.setStyleSheet("QTreeView::item { padding: 0px 4px; }")
        header = self.header()
        header.setStretchLastSection(True)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._activated)
        self.category_titles = {category: category for category in CATEGORIES}

    def show_workspace(self, workspace: dict, categories: dict, summaries: dict, hidden: dict) -> None:
        """Rebuild the list (a few dozen rows) keeping the open/closed state of each group;
        ``hidden`` maps names to the (array, category) of originals the student's tensors shadow."""
        expanded = {self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): self.topLevelItem(i).isExpanded()
                    for i in range(self.topLevelItemCount())}
        self.clear()
        for category in CATEGORIES:
            names = [name for name, kind in categories.items() if kind == category]
            shadowed = [name for name, (_, kind) in hidden.items() if kind == category]
            if not names and not shadowed:
                continue
            group = QTreeWidgetItem(self, [self.category_titles[category]])
            group.setData(0, Qt.ItemDataRole.UserRole, category)
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for name in names:
                self._add_row(group, name, workspace[name], summaries.get(name))
            for name in shadowed:
                self._add_hidden_row(group, name, hidden[name][0])
            group.setExpanded(expanded.get(category, True))

    def _dimensions(self, array) -> str:
        """"3D": how many axes, in the reader's language."""
        return self.tr("{0}D").format(array.ndim)

    def _add_row(self, group, name, array, summary) -> None:
        low_high = "…" if summary is None else (
            "–" if summary.minimum is None
            else f"{format_number(summary.minimum, 3)} … {format_number(summary.maximum, 3)}")
        texts = [name, self._dimensions(array), format_shape(array.shape), str(array.dtype),
                 format_bytes(array.nbytes), low_high]
        item = QTreeWidgetItem(group, code_cells(texts))
        item.setData(0, Qt.ItemDataRole.UserRole, name)
        for column in (0, 2, 3):
            item.setFont(column, code_font())
        separator = self.tr(", ", "list separator")
        facts = (format_shape(array.shape), str(array.dtype), format_bytes(array.nbytes), low_high)
        tip = "{0}: {1}{2}{3}".format(i18n.code(name), self._dimensions(array), separator,
                                      separator.join(i18n.code(text) for text in facts))
        for column in range(self.columnCount()):
            item.setToolTip(column, tip)

    def _add_hidden_row(self, group, name, array) -> None:
        texts = [name, self._dimensions(array), format_shape(array.shape), str(array.dtype),
                 format_bytes(array.nbytes), self.tr("hidden by yours")]
        item = QTreeWidgetItem(group, code_cells(texts, prose=(1, 5)))
        item.setData(0, Qt.ItemDataRole.UserRole, name)
        item.setData(0, HIDDEN_ROLE, True)
        font = code_font()
        font.setItalic(True)
        tip = self.tr("Your own {0} hides this one; “Restore” brings it back.").format(i18n.code(name))
        for column in range(self.columnCount()):
            item.setFont(column, font)
            item.setForeground(column, QBrush(QColor(GREY)))
            item.setToolTip(column, tip)

    def names_in(self, category: str, hidden: bool = False) -> list:
        """The names listed in ``category``'s group: the usable ones, or (``hidden``) the greyed originals."""
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group.data(0, Qt.ItemDataRole.UserRole) == category:
                rows = [group.child(j) for j in range(group.childCount())]
                return [row.data(0, Qt.ItemDataRole.UserRole) for row in rows
                        if bool(row.data(0, HIDDEN_ROLE)) == hidden]
        return []

    def _activated(self, item, _column) -> None:
        if item.parent() is not None:
            self.name_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event):
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Delete and item is not None and item.parent() is not None:
            if item.parent().data(0, Qt.ItemDataRole.UserRole) == "user":
                self.remove_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
                return
        super().keyPressEvent(event)
