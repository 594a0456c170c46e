"""Screen-reader support shared by the widgets of the Train page."""

from PySide6.QtWidgets import QWidget


def describe_for_screen_readers(root: QWidget) -> None:
    """Give every control under ``root`` its tooltip as accessible description, so a screen reader
    says the same sentence a mouse user sees."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.toolTip():
            widget.setAccessibleDescription(widget.toolTip())
