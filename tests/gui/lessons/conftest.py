"""The window with its lesson dock, and lesson files written on the fly."""

import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from nnlab.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    if not main.lessons.dock.isVisible():  # closed by default on a small (here: offscreen) screen
        qtbot.mouseClick(main.findChild(QToolButton, "lessonToggleButton"), Qt.MouseButton.LeftButton)
    return main


@pytest.fixture
def lesson_file(tmp_path):
    def write(text: str, name: str = "lesson.toml"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return str(path)
    return write
