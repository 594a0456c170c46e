"""Start the desktop application."""

from __future__ import annotations

import sys


def collect_garbage_in_the_gui_thread():
    """Python's cycle collector runs in whichever thread happens to allocate. When it frees a Qt
    object caught in a reference cycle from a worker thread, Qt deletes that object in the wrong
    thread and the process deadlocks or crashes (seen: a training thread's allocation collecting a
    closed page). So automatic collection is switched off and a timer collects in the GUI thread;
    keep the returned object alive as long as the event loop runs."""
    from pyqtgraph.util.garbage_collector import GarbageCollector

    return GarbageCollector(interval=0.5)


def run(language: str | None = None, lesson: str | None = None) -> int:
    """Open the main window (with ``lesson``, a lesson file, when given) and run the event loop."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from nnlab.blas import leave_a_core_free
    from nnlab.gui import i18n
    from nnlab.gui.main_window import MainWindow
    from nnlab.gui.settings import open_settings, read_setting
    from nnlab.resources import resource_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nnlab")
    app.setOrganizationName("nnlab")
    app.setWindowIcon(QIcon(str(resource_path("icons", "nnlab.svg"))))
    i18n.load_fonts()
    i18n.set_language(i18n.pick_language(language, read_setting(open_settings(), "language", str, "")))
    _blas_limit = leave_a_core_free()  # held (unused) while the window is open
    _collector = collect_garbage_in_the_gui_thread()  # held (unused) while the window is open
    window = MainWindow()
    window.show()
    if lesson:
        window.open_lesson(lesson)
    return app.exec()
