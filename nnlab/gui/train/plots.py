"""The live loss and accuracy plots of the Train page (pyqtgraph).

Each shown run gets one colour and four curves per plot: every mini-batch (thin, faint), the
smoothed mini-batch curve (thick), the training value per epoch (dots) and the validation value
per epoch (dashed, triangles). The x axis counts epochs, so runs with different batch sizes line up.
Changes of the learning rate or optimizer during a run become labelled vertical lines.

The plots never pull data on their own: the page drains the worker about 25 times a second and
calls :meth:`TrainingPlots.update_run`, which only touches curves whose run grew. Long curves are
clipped to the view and peak-downsampled by pyqtgraph, so a stochastic run with 100,000s of
points redraws as fast as a short one.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.i18n import Retranslatable
from nnlab.gui.train.runs import optimizer_title

# Okabe & Ito's colour-blind-safe palette, ordered so the first colours differ most.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999", "#F0E442"]


def run_colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


class _RunCurves:
    """The curves of one run in one plot."""

    def __init__(self, plot: pg.PlotItem, colour: str, name: str, metric: str):
        faint = QColor(colour)
        faint.setAlpha(70)
        self.metric = metric
        self.raw = plot.plot(pen=pg.mkPen(faint, width=1))
        self.smooth = plot.plot(pen=pg.mkPen(colour, width=2.2), name=name)
        self.train = plot.plot(pen=pg.mkPen(colour, width=1.2, style=Qt.PenStyle.DotLine), symbol="o",
                               symbolSize=7, symbolBrush=colour, symbolPen=pg.mkPen("w", width=0.8))
        self.val = plot.plot(pen=pg.mkPen(colour, width=1.6, style=Qt.PenStyle.DashLine), symbol="t",
                             symbolSize=9, symbolBrush=colour, symbolPen=pg.mkPen("w", width=0.8))
        self.items = [self.raw, self.smooth, self.train, self.val]
        for item in (self.train, self.val):  # a few symbols, costly to repaint in Python every frame
            item.scatter.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.markers: list[pg.InfiniteLine] = []

    def update(self, run, show_raw: bool, batches: bool = True, epochs: bool = True) -> None:
        """Hand the run's data to the curves; ``batches`` / ``epochs`` say what changed."""
        if batches:
            xs = run.batches.column("x")
            if show_raw:
                self.raw.setData(xs, run.batches.column(self.metric))
            else:
                self.raw.setData([], [])
            self.smooth.setData(xs, run.batches.column(self.metric + "_smooth"))
        if epochs:
            numbers = run.epoch_column("epoch")
            self.train.setData(numbers, run.epoch_column(self.metric))
            validation = run.epoch_column("val_" + self.metric)
            if len(validation) and not all(value != value for value in validation):
                self.val.setData(numbers, validation)
            else:
                self.val.setData([], [])

    def remove(self, plot: pg.PlotItem) -> None:
        for item in self.items + self.markers:
            plot.removeItem(item)


class TrainingPlots(Retranslatable, QWidget):
    """``lossPlot`` and ``accuracyPlot`` side by side, with a hover read-out below them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._runs: dict[int, tuple] = {}  # id(run) -> (run, colour, {metric: _RunCurves}, sizes)
        self.loss_plot = self._make_plot("lossPlot")
        self.accuracy_plot = self._make_plot("accuracyPlot")
        self.accuracy_plot.getPlotItem().setYRange(0, 1.0, padding=0.02)
        self.accuracy_plot.getPlotItem().enableAutoRange(axis="y", enable=False)
        self.accuracy_plot.setXLink(self.loss_plot)
        self.plots = {"loss": self.loss_plot, "accuracy": self.accuracy_plot}
        self.legends = {"loss": self.loss_plot.getPlotItem().addLegend(offset=(-10, 10)),
                        "accuracy": self.accuracy_plot.getPlotItem().addLegend(offset=(-10, -10))}
        for widget in self.plots.values():
            self._cache_static_items(widget)
        self._crosshairs = {}
        for metric, widget in self.plots.items():
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1,
                                                                          style=Qt.PenStyle.DotLine))
            line.setVisible(False)
            widget.addItem(line, ignoreBounds=True)
            self._crosshairs[metric] = line
            widget.scene().sigMouseMoved.connect(lambda pos, w=widget: self._on_mouse(w, pos))

        self.raw_check = QCheckBox(objectName="showBatchesCheck", checked=True)
        self.raw_check.toggled.connect(self._redraw_all)
        self.log_check = QCheckBox(objectName="logLossCheck")
        self.log_check.toggled.connect(lambda on: self.loss_plot.setLogMode(y=on))
        self.readout = QLabel(objectName="plotReadout", textFormat=Qt.TextFormat.RichText)
        self.readout.setMinimumHeight(22)

        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.loss_plot, 1)
        row.addWidget(self.accuracy_plot, 1)
        options = QHBoxLayout()
        options.addWidget(self.readout, 1)
        options.addWidget(self.raw_check)
        options.addWidget(self.log_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row, 1)
        layout.addLayout(options)
        self.empty_text = pg.TextItem(anchor=(0.5, 0.5), color="#888888")
        self.loss_plot.addItem(self.empty_text, ignoreBounds=True)
        self.empty_text.setPos(0.5, 0.5)
        self.apply_palette()
        self.retranslate_ui()
        self._update_empty_state()

    @staticmethod
    def _cache_static_items(widget: pg.PlotWidget) -> None:
        """Paint legends and axes (with their grid) into cached pixmaps, redrawn only when they
        change: repainting them on every frame was a third of the GUI thread's time in training."""
        item = widget.getPlotItem()
        cached = [item.legend, *(item.getAxis(side) for side in ("left", "bottom", "top", "right"))]
        for graphics_item in cached:
            if graphics_item is not None:
                graphics_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _update_x_range(self) -> None:
        """Show the whole planned run: x from 0 to the most epochs of any shown run.

        A fixed x range is also what keeps the plots stable: with x auto-ranging, clipping the
        curves to the view changes their bounds, which changes the range, which changes the
        clipping... and the two x-linked plots repainted each other forever.
        """
        span = max((run.config.epochs for run in self.shown_runs()), default=1)
        self.loss_plot.setXRange(-0.03 * span, 1.04 * span, padding=0)

    def _update_empty_state(self) -> None:
        """Hide the run legend of the accuracy plot and show a hint while no run is drawn; a
        read-out of runs that changed is stale, so it goes back to the hint too. The accuracy
        legend (run names only) gets two columns for many runs, to cover less of the curves."""
        self.readout.setText(self._hint())
        accuracy_legend = self.legends["accuracy"]
        accuracy_legend.setColumnCount(2 if len(accuracy_legend.items) > 4 else 1)
        empty = not self._runs
        self.empty_text.setVisible(empty)
        self.legends["accuracy"].setVisible(not empty)

    def _make_plot(self, name: str) -> pg.PlotWidget:
        widget = pg.PlotWidget(objectName=name)
        item = widget.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.18)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.enableAutoRange(axis="x", enable=False)
        item.setMenuEnabled(False)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.enableAutoSIPrefix(False)  # "epoch (x0.001)" confuses more than it helps
            # Major grid lines only: the dense minor grid cost 7 of the 9 ms each repaint took.
            axis.setStyle(maxTickLevel=0)
        item.getViewBox().setMouseEnabled(x=True, y=False)
        widget.setMinimumSize(260, 200)
        return widget

    def apply_palette(self) -> None:
        """Follow the system theme: the window's base colour as background, its text for axes."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        for widget in self.plots.values():
            widget.setBackground(background)
            for side in ("left", "bottom"):
                axis = widget.getPlotItem().getAxis(side)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
            widget.getPlotItem().titleLabel.setAttr("color", text.name())
        self._label_fill = pg.mkBrush(QColor(background.red(), background.green(), background.blue(), 210))
        for legend in self.legends.values():
            legend.setBrush(pg.mkBrush(QColor(background.red(), background.green(), background.blue(), 220)))
            legend.setPen(pg.mkPen(QColor(text.red(), text.green(), text.blue(), 60)))
            legend.setLabelTextColor(text)

    def retranslate_ui(self) -> None:
        self.loss_plot.setTitle(self.tr("Loss (cross-entropy)"), size="11pt")
        self.accuracy_plot.setTitle(self.tr("Accuracy"), size="11pt")
        for widget, metric in ((self.loss_plot, self.tr("loss")), (self.accuracy_plot, self.tr("accuracy"))):
            widget.setLabel("bottom", self.tr("epoch"))
            widget.setLabel("left", metric)
        self.loss_plot.setToolTip(self.tr("How wrong the network is: it should go down as the network learns."))
        self.accuracy_plot.setToolTip(self.tr("The share of images classified correctly: it should go up."))
        self.loss_plot.setAccessibleName(self.tr("Loss plot"))
        self.accuracy_plot.setAccessibleName(self.tr("Accuracy plot"))
        self.raw_check.setText(self.tr("Every mini-batch"))
        self.raw_check.setToolTip(self.tr("Also draw the noisy value of every single mini-batch behind the "
                                          "smoothed curve."))
        self.log_check.setText(self.tr("Log scale"))
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic scale, useful when it explodes or "
                                          "gets tiny."))
        self.readout.setToolTip(self.tr("Move the mouse over a plot to read the values at that epoch."))
        self.empty_text.setText(self.tr("Press Start to watch the network learn"))
        describe_for_screen_readers(self)
        self._rebuild_key()
        if not self.readout.text():
            self.readout.setText(self._hint())

    def _hint(self) -> str:
        return "<span style='color:palette(placeholder-text)'>{0}</span>".format(
            self.tr("Move the mouse over a plot to read the values of every shown run."))

    def _rebuild_key(self) -> None:
        """Legend entries that explain the line styles (grey, independent of the runs)."""
        grey = "#777777"
        styles = {
            "smooth": (dict(pen=pg.mkPen(grey, width=2.2)), self.tr("mini-batches, smoothed")),
            "train": (dict(pen=pg.mkPen(grey, width=1.2, style=Qt.PenStyle.DotLine), symbol="o", symbolSize=7,
                           symbolBrush=grey), self.tr("training, per epoch")),
            "val": (dict(pen=pg.mkPen(grey, width=1.6, style=Qt.PenStyle.DashLine), symbol="t", symbolSize=9,
                         symbolBrush=grey), self.tr("validation, per epoch")),
        }
        legend = self.legends["loss"]  # one key is enough; the accuracy legend names the runs only
        legend.clear()
        for options, label in styles.values():
            legend.addItem(pg.PlotDataItem(**options), label)
        for run, _colour, curves, _sizes in self._runs.values():  # the runs stay below the key
            legend.addItem(curves["loss"].smooth, run.name)

    # -- runs ------------------------------------------------------------------------------------
    def show_run(self, run, colour: str) -> None:
        """Draw ``run`` (its existing history and everything that arrives later) in ``colour``."""
        if id(run) in self._runs:
            return
        curves = {metric: _RunCurves(self.plots[metric].getPlotItem(), colour, run.name, metric)
                  for metric in self.plots}
        self._runs[id(run)] = [run, colour, curves, None]
        for change in run.changes:
            self.add_marker(run, change)
        self.update_run(run)
        self._update_empty_state()
        self._update_x_range()

    def hide_run(self, run) -> None:
        entry = self._runs.pop(id(run), None)
        if entry:
            for metric, curves in entry[2].items():
                curves.remove(self.plots[metric].getPlotItem())
        self._update_empty_state()
        self._update_x_range()

    def shown_runs(self) -> list:
        return [entry[0] for entry in self._runs.values()]

    def update_run(self, run) -> None:
        """Redraw ``run``'s curves if it has new points since the last call."""
        entry = self._runs.get(id(run))
        if entry is None:
            return
        sizes = (len(run.batches), len(run.epochs))
        before = entry[3] or (-1, -1)
        if sizes == before:
            return
        entry[3] = sizes
        for curves in entry[2].values():
            curves.update(run, self.raw_check.isChecked(), batches=sizes[0] != before[0],
                          epochs=sizes[1] != before[1])

    def _redraw_all(self) -> None:
        for entry in self._runs.values():
            entry[3] = None
            self.update_run(entry[0])

    def add_marker(self, run, change: dict) -> None:
        """A labelled vertical line where ``change`` (a live optimizer change) happened."""
        entry = self._runs.get(id(run))
        if entry is None:
            return
        text = self.describe_change(change)
        for metric, curves in entry[2].items():
            line = pg.InfiniteLine(pos=change["x"], angle=90, movable=False,
                                   pen=pg.mkPen(entry[1], width=1.3, style=Qt.PenStyle.DashDotLine),
                                   label=text, labelOpts={"position": 0.55,
                                                          "color": entry[1], "fill": self._label_fill,
                                                          "anchors": [(0, 0.5), (0, 0.5)]})
            self.plots[metric].addItem(line, ignoreBounds=True)
            curves.markers.append(line)

    def describe_change(self, change: dict) -> str:
        """``lr 0.003`` or, when the optimizer changed too, ``Adam, lr 0.001``."""
        run_optimizers = change.get("previous_optimizer")
        lr = change["hyper"].get("learning_rate", float("nan"))
        if run_optimizers is not None and run_optimizers != change["optimizer"]:
            return self.tr("{0}, lr {1:.3g}").format(optimizer_title(change["optimizer"]), lr)
        return self.tr("lr {0:.3g}").format(lr)

    def clear(self) -> None:
        for entry in list(self._runs.values()):
            self.hide_run(entry[0])

    # -- hover read-out --------------------------------------------------------------------------
    def _on_mouse(self, widget: pg.PlotWidget, position) -> None:
        view = widget.getPlotItem().getViewBox()
        if not widget.sceneBoundingRect().contains(position) or not view.sceneBoundingRect().contains(position):
            return
        x = view.mapSceneToView(position).x()
        for line in self._crosshairs.values():
            line.setPos(x)
            line.setVisible(True)
        self.readout.setText(self.readout_text(x))

    def readout_text(self, x: float) -> str:
        """The values of every shown run at epoch ``x`` (smoothed mini-batch curves)."""
        parts = [self.tr("epoch {0:.2f}").format(x)]
        for run, colour, _curves, _sizes in self._runs.values():
            loss = run.batches.nearest("loss_smooth", x)
            accuracy = run.batches.nearest("accuracy_smooth", x)
            if loss is None:
                continue
            parts.append("<span style='color:{0}'>■</span> {1}: {2}".format(
                colour, run.name, self.tr("loss {0:.4f}, accuracy {1:.1%}").format(loss, accuracy or 0.0)))
        return " &nbsp; ".join(parts)

    def leaveEvent(self, event):  # noqa: N802
        for line in self._crosshairs.values():
            line.setVisible(False)
        super().leaveEvent(event)

    def export_png(self, path: str) -> bool:
        return self.grab().save(path, "PNG")
