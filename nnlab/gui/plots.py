"""Drawing helpers shared by the pages (the Concepts demos, the Train page's optimizer view):
styled pyqtgraph plots, shaded fields with contour lines, class regions behind scattered points.
Colours are the colour-blind-safe Okabe-Ito palette."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

# The palette's colours, re-exported: the demos draw with ``plots.BLUE``, ``plots.curve(...)`` side by side.
from nnlab.palette import BLACK as BLACK
from nnlab.palette import BLUE as BLUE
from nnlab.palette import GREEN as GREEN
from nnlab.palette import ORANGE as ORANGE
from nnlab.palette import PURPLE as PURPLE
from nnlab.palette import SKY as SKY
from nnlab.palette import VERMILION as VERMILION
from nnlab.palette import YELLOW as YELLOW

SEVEN = (BLACK, SKY, BLUE, GREEN, PURPLE, ORANGE, VERMILION)  # one per optimizer, in the lecture's order
CLASS_COLORS = (BLUE, ORANGE, GREEN, VERMILION, PURPLE)
SURFACE_MAP = pg.ColorMap([0.0, 0.35, 1.0], ["#fbfdff", "#cfe0ef", "#6f93b8"])
OUTPUT_MAP = pg.ColorMap([0.0, 1.0], ["#ffffff", "#1f78b4"])
INK = pg.ColorMap([0.0, 1.0], ["#ffffff", "#111111"])


def leave_room_for_the_last_x_label(plot: pg.PlotWidget) -> None:
    """Room for the label of a tick at the very end of the x axis: pyqtgraph leaves out a label that
    would stick out of its axis, so a plot lost the "1.0" (or "5") at its end and read as cut off
    (tests/gui/screen_walk.py looks for such labels). The axis may now draw half a label past its
    ends, and the plot keeps a right margin of that much so the label is not cut at its edge."""
    item = plot.getPlotItem()
    axis = item.getAxis("bottom")
    half = math.ceil(QFontMetricsF(axis.style["tickFont"] or axis.font()).horizontalAdvance("0.00") / 2)
    axis.setStyle(hideOverlappingLabels=half)
    left, top, _, bottom = item.layout.getContentsMargins()
    item.layout.setContentsMargins(left, top, half, bottom)


def make_plot(aspect_locked: bool = False, mouse: bool = False) -> pg.PlotWidget:
    """A white plot with dark axes. Mouse panning is off by default: a student's stray drag should
    not lose the picture (``mouse=True`` turns it on)."""
    plot = pg.PlotWidget(background="w")
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    item = plot.getPlotItem()
    item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the plot's own layout: y axis stays on the left
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen("#8a8f94"))
        axis.setTextPen(pg.mkPen("#2b2f33"))
        axis.enableAutoSIPrefix(False)
    item.setMenuEnabled(False)
    item.hideButtons()
    leave_room_for_the_last_x_label(plot)
    plot.setMouseEnabled(mouse, mouse)
    if aspect_locked:
        plot.setAspectLocked(True)
    plot.setMinimumSize(130, 130)  # small enough for three in a row beside the lesson panel at 1280x720
    return plot


def picture_plot() -> pg.PlotWidget:
    """A plot for a picture rather than a graph: square units and no axes."""
    plot = make_plot(aspect_locked=True)
    for side in ("left", "bottom"):
        plot.getPlotItem().hideAxis(side)
    return plot


TITLE_WIDTH = 100  # px: the most width a plot's title asks for; a longer title wraps when it must


def set_texts(plot: pg.PlotWidget, title: str = "", x: str = "", y: str = "") -> None:
    """Title and axis labels; an empty label leaves its axis alone (a hidden axis stays hidden).

    A title wider than its plot wraps onto centred lines: pyqtgraph makes a one-line title's full
    width the plot's minimum, and beside the lesson panel that drew plots wider than their place,
    their right sides cut off (tests/gui/screen_walk.py reports such plots)."""
    item = plot.getPlotItem()
    item.setTitle(title, color="#1a3550", size="11pt")
    if title:
        plot.setAccessibleName(title)
        label = item.titleLabel
        if not label.property("nnlabFitsTitle"):
            label.setProperty("nnlabFitsTitle", True)
            label.geometryChanged.connect(lambda: _fit_title(item))
        _fit_title(item)
    for side, text in (("bottom", x), ("left", y)):
        if text:
            item.setLabel(side, text, color="#2b2f33")


def _fit_title(item: pg.PlotItem) -> None:
    """Wrap the title to the width its plot gives it (one line when it fits), and size its row."""
    if not shiboken6.isValid(item) or not shiboken6.isValid(item.titleLabel) \
            or not shiboken6.isValid(item.titleLabel.item):  # a plot being deleted, piece by piece
        return
    label = item.titleLabel
    text = label.item  # the QGraphicsTextItem pyqtgraph draws the title with
    text.setTextWidth(-1)
    natural = text.boundingRect().width()
    width = label.geometry().width()
    if 0 < width < natural:
        option = text.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.document().setDefaultTextOption(option)
        text.setTextWidth(width)
    label.setMinimumWidth(min(natural, TITLE_WIDTH))  # the title never makes the plot wider than its place
    height = max(30.0, text.boundingRect().height())  # pyqtgraph's title row is 30 px: one line
    if label.maximumHeight() != height:
        label.setMaximumHeight(height)
        item.layout.setRowFixedHeight(0, height)


def pen(color: str, width: float = 2.0, style=Qt.PenStyle.SolidLine) -> pg.QtGui.QPen:
    return pg.mkPen(color, width=width, style=style)


def curve(plot: pg.PlotWidget, color: str, width: float = 2.0, style=Qt.PenStyle.SolidLine, **kwargs):
    return plot.plot([], [], pen=pen(color, width, style), antialias=True, **kwargs)


def dots(plot: pg.PlotWidget, color: str, size: float = 8, symbol: str = "o", edge: str = "#ffffff"):
    return plot.plot([], [], pen=None, symbol=symbol, symbolSize=size, symbolBrush=pg.mkBrush(color),
                     symbolPen=pg.mkPen(edge, width=1), antialias=True)


class FieldView:
    """A scalar field over a rectangle, drawn as a shaded image with contour lines, in a plot.

    Used for loss surfaces (bowl, valley, ...) and for a neuron's output over the plane.
    """

    def __init__(self, plot: pg.PlotWidget, colormap: pg.ColorMap = SURFACE_MAP, contours: int = 12):
        self.plot = plot
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(colormap)
        self.image.setZValue(-20)
        plot.addItem(self.image)
        self.isocurves = []
        for _ in range(contours):
            iso = pg.IsocurveItem(level=0.0, pen=pg.mkPen("#7d8fa3", width=1), axisOrder="col-major")
            iso.setParentItem(self.image)
            iso.setZValue(5)
            self.isocurves.append(iso)

    def show(self, xs, ys, values, log: bool = False, levels=None, range_levels=None) -> None:
        """Draw ``values[ix, iy]`` sampled at ``xs`` x ``ys``; contours at ``levels`` (default: spread
        so each band holds a similar share of the picture)."""
        data = np.log10(values - values.min() + 1.0) if log else np.asarray(values, dtype=float)
        self.image.setImage(data, levels=range_levels or (float(data.min()), float(data.max())))
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        if levels is None:
            levels = np.quantile(data, np.linspace(0.02, 0.9, len(self.isocurves)) ** 1.5)
        for iso, level in zip(self.isocurves, levels):
            iso.setData(data, float(level))
        for iso in self.isocurves[len(levels):]:
            iso.setData(None)


def class_region_image(probabilities: np.ndarray) -> np.ndarray:
    """RGBA image of the predicted class, pale where the classifier is unsure, stronger where sure."""
    k = probabilities.shape[-1]
    winner = probabilities.argmax(axis=-1)
    confidence = (probabilities.max(axis=-1) - 1.0 / k) / (1.0 - 1.0 / k)
    colours = np.array([QColor(CLASS_COLORS[i % len(CLASS_COLORS)]).getRgb()[:3] for i in range(k)], float)
    strength = (0.12 + 0.38 * np.clip(confidence, 0, 1))[..., None]
    rgb = 255 * (1 - strength) + colours[winner] * strength
    alpha = np.full(rgb.shape[:-1] + (1,), 255.0)
    return np.concatenate([rgb, alpha], axis=-1).astype(np.ubyte)


class ClassView:
    """Toy points coloured by class, with the classifier's regions as an image behind them and its
    boundary as a dark line."""

    def __init__(self, plot: pg.PlotWidget, classes: int = 2):
        self.plot = plot
        self.regions = pg.ImageItem(axisOrder="col-major")
        self.regions.setZValue(-20)
        plot.addItem(self.regions)
        self.boundary = pg.IsocurveItem(level=0.5, pen=pg.mkPen("#222222", width=2), axisOrder="col-major")
        self.boundary.setParentItem(self.regions)
        self.points = [dots(plot, CLASS_COLORS[i], size=7, edge="#1b1b1b") for i in range(classes)]
        self._bounds = None

    def set_points(self, points: np.ndarray, labels: np.ndarray) -> None:
        for i, item in enumerate(self.points):
            mine = points[labels == i]
            item.setData(mine[:, 0], mine[:, 1])

    def set_probabilities(self, probabilities: np.ndarray, bounds) -> None:
        self.regions.setImage(class_region_image(probabilities), levels=(0, 255))
        if bounds != self._bounds:
            self._bounds = bounds
            self.plot.setRange(xRange=bounds[:2], yRange=bounds[2:], padding=0.02)
        self.regions.setRect(QRectF(bounds[0], bounds[2], bounds[1] - bounds[0], bounds[3] - bounds[2]))
        # The boundary line is drawn for two classes, where p(class 1) = 0.5.
        self.boundary.setData(probabilities[..., 1] if probabilities.shape[-1] == 2 else None, 0.5)
