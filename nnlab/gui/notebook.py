"""nnlab from a notebook: the live plot window of ``keras.callbacks.LivePlot`` and ``nnlab.show``.

In Jupyter, ``%gui qt`` makes the kernel run Qt's event loop between cells, so windows opened
here stay responsive while the notebook is idle. During a cell (``fit``) the loop does not run:
``LivePlot`` calls :meth:`LivePlotWindow.show_curves`, which repaints and lets Qt handle pending
events itself.
"""

from __future__ import annotations

import os
import sys

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.i18n import Retranslatable, keep_plots_left_to_right
from nnlab.palette import BLUE, VERMILION

_open_windows: list[QWidget] = []  # keeps the windows opened from a notebook alive


def application() -> QApplication:
    """The running QApplication, or a new one set up as ``nnlab`` sets up its own."""
    app = QApplication.instance()
    if app is None:
        _require_a_screen()
        from nnlab.gui import i18n
        from nnlab.gui.settings import open_settings, read_setting

        app = QApplication(sys.argv[:1] or ["nnlab"])
        app.setApplicationName("nnlab")
        app.setOrganizationName("nnlab")
        i18n.load_fonts()
        i18n.set_language(i18n.pick_language(None, read_setting(open_settings(), "language", str, "")))
    return app


def _require_a_screen() -> None:
    """On Linux without a display Qt aborts the whole process (a notebook's kernel dies): refuse first."""
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        raise RuntimeError(QCoreApplication.translate(
            "nnlab.show", "There is no screen to open an nnlab window on (neither {0} nor {1} is set), for example "
            "in a notebook running on a server. Run Jupyter on your own computer, or leave out {2} so {3} draws in "
            "the cell's output.").format("DISPLAY", "WAYLAND_DISPLAY", "window=True", "LivePlot"))


def event_loop_running() -> bool:
    """True inside ``app.exec()`` or when IPython runs Qt's loop between cells (``%gui qt``)."""
    if QCoreApplication.instance() is None:
        return False
    if QThread.currentThread().loopLevel() > 0:
        return True
    shell = _ipython_shell()
    return shell is not None and str(getattr(shell, "active_eventloop", None) or "").startswith("qt")


def _ipython_shell():
    ipython = sys.modules.get("IPython")
    return ipython.get_ipython() if ipython is not None else None


class LivePlotWindow(Retranslatable, QWidget):
    """A small window with the loss and the accuracy plots (``livePlotLoss``, ``livePlotAccuracy``)."""

    def __init__(self, parent=None):
        application()
        super().__init__(parent)
        self.setObjectName("livePlotWindow")
        self.resize(820, 340)
        self.plots, self.curves = {}, {}
        layout = QHBoxLayout(self)
        for metric in ("loss", "accuracy"):
            plot = pg.PlotWidget(background="w")
            plot.setObjectName("livePlot" + metric.capitalize())
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)  # 0.4, not "400 (x0.001)"
            plot.addLegend(offset=(-10, 10) if metric == "loss" else (-10, -10))  # clear of the curves
            faint = QColor(BLUE)
            faint.setAlpha(70)
            self.curves[metric] = {
                "batches": plot.plot(pen=pg.mkPen(faint, width=1)),
                "smoothed": plot.plot(pen=pg.mkPen(BLUE, width=2.2)),
                "validation": plot.plot(pen=pg.mkPen(VERMILION, width=1.6, style=Qt.PenStyle.DashLine),
                                        symbol="t", symbolSize=9, symbolBrush=VERMILION)}
            self.plots[metric] = plot
            layout.addWidget(plot)
        self.retranslate_ui()
        keep_plots_left_to_right(self)
        _open_windows.append(self)

    def retranslate_ui(self) -> None:
        # The Train page's plot texts (context "TrainingPlots"): the same words, one translation.
        self.setWindowTitle(self.tr("nnlab: training curves"))
        texts = {
            "loss": (QCoreApplication.translate("TrainingPlots", "loss"),
                     QCoreApplication.translate("TrainingPlots", "Loss plot"),
                     QCoreApplication.translate("TrainingPlots", "How wrong the network is: it should go down as "
                                                                 "the network learns.")),
            "accuracy": (QCoreApplication.translate("TrainingPlots", "accuracy"),
                         QCoreApplication.translate("TrainingPlots", "Accuracy plot"),
                         QCoreApplication.translate("TrainingPlots", "The share of images classified correctly: "
                                                                     "it should go up.")),
        }
        for metric, plot in self.plots.items():
            label, name, tip = texts[metric]
            item = plot.getPlotItem()
            item.setLabel("left", label)
            item.setLabel("bottom", QCoreApplication.translate("TrainingPlots", "epoch"))
            plot.setAccessibleName(name)
            plot.setToolTip(tip)
            item.legend.clear()
            item.legend.addItem(self.curves[metric]["smoothed"],
                                QCoreApplication.translate("TrainingPlots", "mini-batches, smoothed"))
            item.legend.addItem(self.curves[metric]["validation"],
                                QCoreApplication.translate("TrainingPlots", "validation, per epoch"))
        describe_for_screen_readers(self)

    def show_curves(self, panels, epochs: float) -> None:
        """Show ``LivePlot.panels()`` and let Qt repaint now (``fit`` holds the GUI thread)."""
        for metric, series in panels:
            for name, (xs, ys) in series.items():
                self.curves[metric][name].setData(xs, ys)
        self.plots["accuracy"].setVisible(len(panels) > 1)
        for plot in self.plots.values():
            plot.setXRange(0, max(1, epochs), padding=0.02)
        QApplication.processEvents()

    def closeEvent(self, event):
        if self in _open_windows:
            _open_windows.remove(self)
        super().closeEvent(event)


def show_model(model):
    """Open the nnlab window on the Draw page with ``model``; return the window."""
    from nnlab.gui.main_window import MainWindow

    application()
    window = MainWindow()
    window.session.set_model(getattr(model, "engine", model))  # a keras model wraps an engine model
    window.tabs.setCurrentWidget(window.draw_page)
    window.show()
    window.raise_()
    _open_windows.append(window)
    if not event_loop_running():
        print(QCoreApplication.translate(
            "nnlab.show", "The nnlab window is open, but Qt's event loop is not running, so the window "
            "cannot respond. In Jupyter, run {0} in a cell before {1}; in a script, end with {2}.").format(
            "%gui qt", "nnlab.show(model)", "QApplication.instance().exec()"), file=sys.stderr)
    return window


def show_tape(tape):
    """Open a window on the operations ``tape`` (a ``GradientTape``) recorded; return the window."""
    from nnlab.gui.concepts.tape import TapeWindow

    if not hasattr(tape, "operations"):
        raise TypeError(f"show_tape needs a GradientTape (with tf.GradientTape() as tape: ...), got "
                        f"{type(tape).__name__}")
    application()
    window = TapeWindow(tape)
    window.show()
    window.raise_()
    _open_windows.append(window)
    return window
