"""The Qt window: the shared shell (main window, workers, settings, plots, names) and one package per page.

Deliberately empty: importing one piece (``nnlab.gui.workers`` in a notebook, ``LivePlot``) must not
load every page and pyqtgraph with it. Import what you need, e.g. ``nnlab.gui.main_window.MainWindow``.
"""
