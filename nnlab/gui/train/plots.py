"""The live loss and accuracy plots of the Train page (pyqtgraph).

Each shown run gets one colour and four curves per plot: every mini-batch (thin, faint), the
smoothed mini-batch curve (thick), the training value per epoch (dots) and the validation value
per epoch (dashed, triangles). The x axis counts epochs, so runs with different batch sizes line up
(the same x is the same number of samples seen); while a long first epoch runs alone, it counts samples.
Changes of the learning rate or optimizer during a run become labelled vertical lines, all of a
run's drawn by one item (:class:`ChangeMarkers`).

The plots observe the page's :class:`~nnlab.gui.train.run_model.RunListModel`: a ticked run is
drawn, an unticked or removed one disappears, and a run whose record grew (about 25 times a second
while it trains) is redrawn, touching only the curves that changed. Long curves are
clipped to the view and peak-downsampled by pyqtgraph, so a stochastic run with 100,000s of
points redraws as fast as a short one.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nnlab.atomic import atomic_write
from nnlab.gui import i18n, plots
from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.i18n import Retranslatable
from nnlab.gui.train.run_model import (
    Appearance,
    RunEntry,
    RunListModel,
    optimizer_title,
)
from nnlab.palette import VERMILION

DIVERGED_COLOUR = VERMILION
MARKER_HEIGHTS = (0.88, 0.74, 0.60, 0.46, 0.32)  # label positions of successive change markers


def epoch_positions(run) -> np.ndarray:
    """Where each epoch point belongs: its true x (a stopped epoch is partial), else its number."""
    numbers, xs = run.epoch_column("epoch"), run.epoch_column("x")
    return np.where(np.isfinite(xs), xs, numbers)


class EpochAxis(pg.AxisItem):
    """The x axis: epochs, or (while a long first epoch runs) the samples seen so far.

    A stochastic run on the whole training set spends minutes in its first epoch; on an axis of
    epochs its curve is a sliver at x = 0. The data stay in epochs; only the tick labels change.
    """

    samples_per_epoch: int | None = None

    def tickSpacing(self, minVal, maxVal, size):
        """Round numbers of samples (2,000, not 2,700 = 0.05 epochs) while counting samples."""
        n = self.samples_per_epoch
        if not n:
            return super().tickSpacing(minVal, maxVal, size)
        return [(spacing / n, offset / n) for spacing, offset in super().tickSpacing(minVal * n, maxVal * n, size)]

    def tickStrings(self, values, scale, spacing):
        if not self.samples_per_epoch:
            return super().tickStrings(values, scale, spacing)
        return [f"{round(value * self.samples_per_epoch):,}" for value in values]


class ChangeMarkers(pg.GraphicsObject):
    """Every live change of one run in one plot, as one item: a dashed vertical line at each change
    (at most one per pixel column) and, while few are in view, their labels at staggered heights.

    One ``InfiniteLine`` with a ``TextItem`` per change cost 11 s and 450 MB for 5,000 changes of a
    record and crashed pyqtgraph at 90,000; this item paints only what is in view, in device pixels.
    """

    MAX_LABELS = 12

    def __init__(self, colour: str, fill, describe, offset: int = 0):
        super().__init__()
        self.pen = pg.mkPen(colour, width=1.3, style=Qt.PenStyle.DashDotLine)
        self.pen.setCosmetic(True)
        self.colour, self.fill, self.describe, self.offset = QColor(colour), fill, describe, offset
        self.changes: list = []
        self.xs = np.empty(0)

    def set_changes(self, changes: list) -> None:
        """Draw ``changes`` (the run's list of ``{"x", "optimizer", "hyper", ...}``)."""
        self.prepareGeometryChange()
        self.changes = [change for change in changes if isinstance(change, dict)
                        and isinstance(change.get("x"), (int, float)) and np.isfinite(change["x"])]
        self.xs = np.array([float(change["x"]) for change in self.changes])
        self.update()

    def positions(self) -> list:
        return self.xs.tolist()

    def label_heights(self) -> list:
        """The height of each change's label, as a fraction of the plot (successive ones differ)."""
        return [MARKER_HEIGHTS[(self.offset + index) % len(MARKER_HEIGHTS)] for index in range(len(self.xs))]

    def visible_labels(self) -> list:
        """The labels drawn now: those of the changes in view, when there are at most MAX_LABELS."""
        visible = self._visible()
        return [] if len(visible) > self.MAX_LABELS else [self.describe(self.changes[i]) for i in visible]

    def _visible(self) -> np.ndarray:
        view = self.viewRect()
        if view is None or not len(self.xs):
            return np.empty(0, int)
        return np.flatnonzero((self.xs >= view.left()) & (self.xs <= view.right()))

    def viewRangeChanged(self):
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self):
        view = self.viewRect()
        return QRectF() if view is None or not len(self.xs) else QRectF(view)

    def paint(self, painter, *args):
        view, visible = self.viewRect(), self._visible()
        if view is None or not len(visible):
            return
        transform = painter.transform()
        ends = transform.map(view.topLeft()).y(), transform.map(view.bottomLeft()).y()
        top, bottom = min(ends), max(ends)  # in device pixels, y grows downwards
        columns = np.unique(np.round(transform.m11() * self.xs[visible] + transform.dx()))
        painter.save()
        painter.resetTransform()
        pen = self.pen
        if len(columns) * 4 > abs(transform.m11() * view.width()):  # denser than every 4 pixels: a faint band
            pen = pg.mkPen(QColor(self.colour.red(), self.colour.green(), self.colour.blue(), 40), width=1)
            pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLines([QLineF(x, top, x, bottom) for x in columns])
        if len(visible) <= self.MAX_LABELS:
            metrics = QFontMetricsF(painter.font())
            painter.setPen(self.colour)
            for index in visible:
                text = self.describe(self.changes[index])
                x = transform.m11() * self.xs[index] + transform.dx()
                height = MARKER_HEIGHTS[(self.offset + index) % len(MARKER_HEIGHTS)]
                y = bottom + (top - bottom) * height
                box = metrics.boundingRect(text).adjusted(-3, -1, 3, 1)
                box.moveTo(QPointF(x + 2, y - box.height() / 2))
                painter.fillRect(box, self.fill)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class _RunCurves:
    """The curves of one run in one plot."""

    def __init__(self, plot: pg.PlotItem, appearance: Appearance, metric: str, markers: ChangeMarkers):
        colour = appearance.colour
        faint = QColor(colour)
        faint.setAlpha(70)
        self.metric = metric
        self.sizes: tuple | None = None  # (batches, epochs, changes, status) drawn so far
        self.raw = plot.plot(pen=pg.mkPen(faint, width=1))
        smooth_pen = pg.mkPen(colour, width=2.2)
        if appearance.dash:
            smooth_pen.setDashPattern(list(appearance.dash))
        self.smooth = plot.plot(pen=smooth_pen)
        self.train = plot.plot(pen=pg.mkPen(colour, width=1.2, style=Qt.PenStyle.DotLine), symbol="o",
                               symbolSize=7, symbolBrush=colour, symbolPen=pg.mkPen("w", width=0.8))
        self.val = plot.plot(pen=pg.mkPen(colour, width=1.6, style=Qt.PenStyle.DashLine), symbol="t",
                             symbolSize=9, symbolBrush=colour, symbolPen=pg.mkPen("w", width=0.8))
        # Where a diverged run exploded: its curve ends at the last healthy batch, marked with a cross.
        self.explosion = plot.plot(pen=None, symbol="x", symbolSize=15, symbolBrush=DIVERGED_COLOUR,
                                   symbolPen=pg.mkPen(DIVERGED_COLOUR, width=2.5))
        self.items = [self.raw, self.smooth, self.train, self.val, self.explosion]
        # The plot's "peak" downsampling keeps every spike of the faint raw curve; on the thick smoothed
        # curve it only zigzags, and stroking those zigzags was most of a repaint of 20 long runs.
        self.smooth.setDownsampling(auto=True, method="subsample")
        for item in (self.train, self.val):  # a few symbols, costly to repaint in Python every frame
            item.scatter.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.markers = markers
        plot.addItem(markers, ignoreBounds=True)

    def mark_explosion(self, run) -> None:
        """A cross at the end of a diverged run's smoothed curve; nothing for any other run."""
        xs = run.batches.column("x")
        if run.status == "diverged" and len(xs):
            self.explosion.setData([xs[-1]], [run.batches.column(self.metric + "_smooth")[-1]])
        else:
            self.explosion.setData([], [])

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
            numbers = epoch_positions(run)
            self.train.setData(numbers, run.epoch_column(self.metric))
            validation = run.epoch_column("val_" + self.metric)
            if len(validation) and not all(value != value for value in validation):
                self.val.setData(numbers, validation)
            else:
                self.val.setData([], [])

    def remove(self, plot: pg.PlotItem) -> None:
        for item in [*self.items, self.markers]:
            plot.removeItem(item)


class TrainingPlots(Retranslatable, QWidget):
    """``lossPlot`` and ``accuracyPlot`` side by side, with a hover read-out below them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._curves: dict[RunEntry, dict] = {}  # shown entry -> {"appearance", "curves": {metric: _RunCurves}}
        self._first_epoch: tuple[int, float] | None = None  # (samples an epoch, epochs done) while followed
        self.loss_plot = self._make_plot("lossPlot")
        self.accuracy_plot = self._make_plot("accuracyPlot")
        self.accuracy_plot.getPlotItem().setYRange(0, 1.0, padding=0.02)
        self.accuracy_plot.getPlotItem().enableAutoRange(axis="y", enable=False)
        self.accuracy_plot.setXLink(self.loss_plot)
        self.plots = {"loss": self.loss_plot, "accuracy": self.accuracy_plot}
        self._update_x_range()  # before any run too: a range ending on a tick loses that tick's label
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
        self.readout = QLabel(objectName="plotReadout", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.readout.setMinimumHeight(22)

        # The key (line styles and run names) sits under the plots, never on the data.
        self.key = QLabel(objectName="plotKey", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.plot_area = QWidget(objectName="trainPlotArea")  # what Export plot saves: no hints, no options
        area = QVBoxLayout(self.plot_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.loss_plot, 1)
        row.addWidget(self.accuracy_plot, 1)
        area.addLayout(row, 1)
        area.addWidget(self.key)
        options = QHBoxLayout()
        options.addWidget(self.readout, 1)
        options.addWidget(self.raw_check)
        options.addWidget(self.log_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.plot_area, 1)
        layout.addLayout(options)
        self.empty_text = pg.TextItem(anchor=(0.5, 0.5), color="#888888")
        self.loss_plot.addItem(self.empty_text, ignoreBounds=True)
        self.empty_text.setPos(0.5, 0.5)
        self.apply_palette()
        self.retranslate_ui()
        self._update_empty_state()

    @staticmethod
    def _cache_static_items(widget: pg.PlotWidget) -> None:
        """Paint the axes (with their grid) into cached pixmaps, redrawn only when they
        change: repainting them on every frame was a third of the GUI thread's time in training."""
        item = widget.getPlotItem()
        cached = [item.getAxis(side) for side in ("left", "bottom", "top", "right")]
        for graphics_item in cached:
            if graphics_item is not None:
                graphics_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _update_x_range(self) -> None:
        """Show the whole planned run: x from 0 to the most epochs of any shown run.

        A fixed x range is also what keeps the plots stable: with x auto-ranging, clipping the
        curves to the view changes their bounds, which changes the range, which changes the
        clipping... and the two x-linked plots repainted each other forever.
        """
        if self._first_epoch is not None:
            span = max(self._first_epoch[1] * 1.25, 1e-6)  # the samples seen so far, with room to grow
        else:
            span = max((run.config.epochs for run in self.shown_runs()), default=1)
        self.loss_plot.setXRange(-0.03 * span, 1.04 * span, padding=0)

    def follow_first_epoch(self, samples_per_epoch: int | None, x: float = 0.0) -> None:
        """While a long first epoch runs (``x`` epochs done so far), zoom the x axis to the data and
        count samples seen on it; ``None`` goes back to the whole run in epochs."""
        following = self._first_epoch is not None
        self._first_epoch = (samples_per_epoch, x) if samples_per_epoch else None
        for widget in self.plots.values():
            widget.getPlotItem().getAxis("bottom").samples_per_epoch = samples_per_epoch or None
        if following != bool(samples_per_epoch):
            self._label_x_axis()
        self._update_x_range()

    def x_axis_label(self) -> str:
        """The x axis's title as shown ("epoch", or "samples seen" during a long first epoch)."""
        return self.loss_plot.getPlotItem().getAxis("bottom").labelText

    def _label_x_axis(self) -> None:
        text = self.tr("samples seen (first epoch)") if self._first_epoch else self.tr("epoch")
        for widget in self.plots.values():
            widget.setLabel("bottom", text)

    def _update_empty_state(self) -> None:
        """Show a hint while no run is drawn and name the shown runs in the key; a read-out of
        runs that changed is stale, so it goes back to the hint too."""
        self.readout.setText(self._hint())
        self.empty_text.setVisible(not self._curves)
        self._rebuild_key()

    def _make_plot(self, name: str) -> pg.PlotWidget:
        widget = pg.PlotWidget(axisItems={"bottom": EpochAxis("bottom")})
        widget.setObjectName(name)  # the keyword argument would name its PlotItem, not the widget
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
        widget.setMinimumSize(220, 200)
        plots.leave_room_for_the_last_x_label(widget)
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

    def retranslate_ui(self) -> None:
        self.loss_plot.setTitle(self.tr("Loss (cross-entropy)"), size="11pt")
        self.accuracy_plot.setTitle(self.tr("Accuracy"), size="11pt")
        for widget, metric in ((self.loss_plot, self.tr("loss")), (self.accuracy_plot, self.tr("accuracy"))):
            widget.setLabel("left", metric)
        self._label_x_axis()
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
        self.readout.setText(self._hint())  # values come back with the next mouse move, in the new language

    def _hint(self) -> str:
        return "<span style='color:palette(placeholder-text)'>{0}</span>".format(
            self.tr("Move the mouse over a plot to read the values of every shown run."))

    def _rebuild_key(self) -> None:
        """The key under the plots: what each line style means (in grey), then every shown run in
        its colour, with a dashed sample for the runs drawn dashed. Run names come from outside
        (record folders): they are escaped. Each entry is kept on one line: a wrapped key split
        "SGD lr | 2 (too large)" over two."""
        grey = "#777777"
        whole = lambda text: html.escape(text).replace(" ", "&nbsp;").replace("-", "-\u2060")  # noqa: E731
        parts = [f"<span style='color:{grey}'>{sample}</span>&nbsp;{whole(label)}" for sample, label in self._styles()]
        for entry in self._curves:
            sample = "╍╍" if entry.appearance.dash else "━━"
            parts.append(f"<span style='color:{entry.appearance.colour}'>{sample}</span>&nbsp;"
                         f"{i18n.name(whole(entry.run.name))}")
        self.key.setText(" &nbsp;&nbsp; ".join(parts))

    def _styles(self) -> list[tuple[str, str]]:
        return [("━━", self.tr("mini-batches, smoothed")), ("┈●┈", self.tr("training, per epoch")),
                ("╌▲╌", self.tr("validation, per epoch"))]

    def key_labels(self) -> list[str]:
        """The key's entries as plain text, in order (style key first, then the shown runs)."""
        return [label for _sample, label in self._styles()] + [entry.run.name for entry in self._curves]

    # -- runs ------------------------------------------------------------------------------------
    def observe(self, model: RunListModel) -> None:
        """Draw what ``model`` says is shown, and follow it from now on."""
        model.shown_changed.connect(lambda entry: self.show_entry(entry) if entry.shown else self.hide_entry(entry))
        model.entry_grew.connect(self.update_entry)
        model.entry_changed.connect(self.update_entry)
        model.entry_removed.connect(self.hide_entry)
        for entry in model.shown_entries():
            self.show_entry(entry)

    def show_entry(self, entry: RunEntry) -> None:
        """Draw ``entry``'s run (its history and everything that arrives later) in its appearance."""
        if entry in self._curves:
            if self._curves[entry]["appearance"] == entry.appearance:
                return
            self.hide_entry(entry)
        offset = len(self._curves)  # another run's labels start at another height
        curves = {metric: _RunCurves(self.plots[metric].getPlotItem(), entry.appearance, metric,
                                     ChangeMarkers(entry.appearance.colour, self._label_fill, self.describe_change,
                                                   offset))
                  for metric in self.plots}
        self._curves[entry] = {"appearance": entry.appearance, "curves": curves}
        self.update_entry(entry)
        self._update_empty_state()
        if len(self._curves) > 1:  # samples seen in one run's first epoch is no axis for two runs
            self.follow_first_epoch(None)
        self._update_x_range()

    def hide_entry(self, entry: RunEntry) -> None:
        drawn = self._curves.pop(entry, None)
        if drawn:
            for metric, curves in drawn["curves"].items():
                curves.remove(self.plots[metric].getPlotItem())
        self._update_empty_state()
        if not self._curves:
            self.follow_first_epoch(None)
        self._update_x_range()

    def shown_entries(self) -> list[RunEntry]:
        return list(self._curves)

    def shown_runs(self) -> list:
        return [entry.run for entry in self._curves]

    def curves(self, entry: RunEntry, metric: str) -> _RunCurves | None:
        """The curves of ``entry`` in the ``metric`` plot ("loss" or "accuracy"), None when hidden."""
        drawn = self._curves.get(entry)
        return drawn["curves"][metric] if drawn else None

    def update_entry(self, entry: RunEntry) -> None:
        """Redraw ``entry``'s curves if its run has new points or changes since the last call."""
        drawn = self._curves.get(entry)
        if drawn is None:
            return
        run = entry.run
        for curves in drawn["curves"].values():
            sizes = (len(run.batches), len(run.epochs), len(run.changes), run.status)
            before = curves.sizes or (-1, -1, 0, None)
            if sizes == before:
                continue
            curves.sizes = sizes
            curves.update(run, self.raw_check.isChecked(), batches=sizes[0] != before[0],
                          epochs=sizes[1] != before[1])
            if sizes[3] != before[3]:
                curves.mark_explosion(run)
            if sizes[2] != before[2]:
                curves.markers.set_changes(run.changes)

    def _redraw_all(self) -> None:
        for entry, drawn in self._curves.items():
            for curves in drawn["curves"].values():
                old = curves.sizes
                curves.sizes = (-1, -1, old[2] if old else 0, old[3] if old else None)
            self.update_entry(entry)

    def describe_change(self, change: dict) -> str:
        """``lr 0.003`` or, when the optimizer changed too, ``Adam, lr 0.001``."""
        previous = change.get("previous_optimizer")
        hyper = change.get("hyper") if isinstance(change.get("hyper"), dict) else {}
        lr = hyper.get("learning_rate", float("nan"))
        lr = lr if isinstance(lr, (int, float)) else float("nan")
        if previous is not None and previous != change.get("optimizer"):
            return self.tr("{0}, lr {1}").format(optimizer_title(str(change.get("optimizer"))), i18n.code(f"{lr:.3g}"))
        return self.tr("lr {0}").format(i18n.code(f"{lr:.3g}"))

    def clear(self) -> None:
        for entry in list(self._curves):
            self.hide_entry(entry)

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
        parts = [self.tr("sample {0:,}").format(round(x * self._first_epoch[0])) if self._first_epoch
                 else self.tr("epoch {0:.2f}").format(x)]
        for entry in self._curves:
            run, colour = entry.run, entry.appearance.colour
            loss = run.batches.nearest("loss_smooth", x)
            accuracy = run.batches.nearest("accuracy_smooth", x)
            if loss is None:
                continue
            parts.append("<span style='color:{0}'>■</span> {1}: {2}".format(
                colour, html.escape(run.name), self.tr("loss {0:.4f}, accuracy {1:.1%}").format(loss, accuracy or 0.0)))
        return " &nbsp; ".join(parts)

    def leaveEvent(self, event):
        for line in self._crosshairs.values():
            line.setVisible(False)
        super().leaveEvent(event)

    def export_png(self, path: str) -> bool:
        """The two plots as a PNG: without the read-out, the check boxes or the empty-plot hint."""
        hint_visible = self.empty_text.isVisible()
        self.empty_text.setVisible(False)
        try:
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if not self.plot_area.grab().save(buffer, "PNG"):
                return False
        finally:
            self.empty_text.setVisible(hint_visible)
        atomic_write(path, bytes(data))  # never half a picture, never onto a device or a pipe
        return True
