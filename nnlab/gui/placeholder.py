"""A friendly "coming soon" page, shown until a page of the window is built."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from nnlab.gui.page import Page


class PlaceholderPage(Page):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        QVBoxLayout(self).addWidget(self._label)
        self.retranslate_ui()

    def retranslate_ui(self):
        self._label.setText(self.tr("This page is being built. Come back after the next update!"))
