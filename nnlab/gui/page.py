"""The base of every page in the main window."""

from PySide6.QtWidgets import QWidget

from nnlab.gui.i18n import Retranslatable


class Page(Retranslatable, QWidget):
    """A page of the window: it gets the shared :class:`~nnlab.gui.session.Session`.

    Subclasses build their widgets in ``__init__``, set their texts in ``retranslate_ui()``, and
    stop any background work in ``shutdown()`` (called when the window closes).
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session

    def shutdown(self) -> None:
        """Stop background threads; the window is closing. Must return within a second."""
