"""The Qt window: the shared shell (main window, workers, settings, plots, names) and one package per page.

Importing the package loads nothing: one piece (``nnlab.gui.workers`` in a notebook, ``LivePlot``) must not
load every page and pyqtgraph with it. ``from nnlab.gui import MainWindow`` still works (the measuring tools
in ``../shared/tools`` and older scripts use it): the window is imported on first use of that name only.
"""


def __getattr__(name: str):
    if name == "MainWindow":
        from nnlab.gui.main_window import MainWindow
        return MainWindow
    raise AttributeError(f"module 'nnlab.gui' has no attribute {name!r}")
