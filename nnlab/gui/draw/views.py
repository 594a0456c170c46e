"""Small views of the Draw page: pixel images and the probability bar chart.

Colours follow the Okabe-Ito palette, which stays readable with colour-blind eyes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab.gui.i18n import Retranslatable
from nnlab.gui.pixels import to_qimage
from nnlab.palette import BLUE, ORANGE, SKY, VERMILION

FRAME = QColor("#3a4350")
LABEL_BESIDE_ABOVE = 0.8  # bars taller than this carry their percentage beside their top


def grey_image(values: np.ndarray) -> QImage:
    """Values in [0, 1] as black-to-white pixels (MNIST's own look)."""
    return to_qimage(np.clip(values, 0, 1) * 255)


def heat_image(values: np.ndarray) -> QImage:
    """Activations (>= 0) with the viridis colour map: dark purple is silent, yellow is very active."""
    scale = float(values.max()) or 1.0
    colours = pg.colormap.get("viridis").map((values / scale).ravel(), mode="byte")
    return to_qimage(np.asarray(colours)[:, :3].reshape(*values.shape, 3))


class PixelView(QWidget):
    """A small picture drawn with crisp square pixels, in a frame.

    ``field`` (rows, cols) is the frame's size in pixels: a 20x13 digit in a 20x20 field shows
    how much of the box it fills. Optional marks: a dashed ``box`` (top, left, height, width), a
    ``cross`` at a pixel position, and outlined ``cells``.
    """

    def __init__(self, parent=None, smooth: bool = False, **properties):
        super().__init__(parent, **properties)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 60)
        self._smooth = smooth
        self._image: QImage | None = None
        self._field: tuple[int, int] | None = None
        self._box = self._cross = None
        self._cells: list[tuple[int, int]] = []

    def sizeHint(self) -> QSize:
        return QSize(96, 96)

    def set_image(self, image: QImage | None, field=None, box=None, cross=None, cells=()) -> None:
        self._image = image
        self._field = field or (None if image is None else (image.height(), image.width()))
        self._box, self._cross, self._cells = box, cross, list(cells)
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def _pixel_rect(self) -> tuple[QRectF, float]:
        """The field's rectangle in the widget and the size of one pixel."""
        rows, cols = self._field or (1, 1)
        size = min((self.width() - 2) / cols, (self.height() - 2) / rows)
        rect = QRectF(0, 0, cols * size, rows * size)
        rect.moveCenter(QRectF(self.rect()).center())
        return rect, size

    def paintEvent(self, event):
        painter = QPainter(self)
        rect, size = self._pixel_rect()
        if self._image is None:  # nothing to show yet: an empty dashed frame
            painter.setPen(QPen(FRAME, 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            return
        painter.fillRect(rect, QColor("black"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self._smooth)
        rows, cols = self._field
        top = rect.top() + (rows - self._image.height()) / 2 * size
        left = rect.left() + (cols - self._image.width()) / 2 * size
        painter.drawImage(QRectF(left, top, self._image.width() * size, self._image.height() * size),
                          self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_marks(painter, rect, size)
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))

    def _paint_marks(self, painter: QPainter, rect: QRectF, size: float) -> None:
        if self._box is not None:
            top, left, height, width = self._box
            painter.setPen(QPen(QColor(SKY), 1.5, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(rect.left() + left * size, rect.top() + top * size,
                                    width * size, height * size))
        if self._cross is not None:
            row, col = self._cross
            centre = QPointF(rect.left() + col * size, rect.top() + row * size)
            arm = max(4.0, 1.5 * size)
            painter.setPen(QPen(QColor(ORANGE), 2))
            painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0))
            painter.drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm))
        painter.setPen(QPen(QColor(VERMILION), 2))
        for row, col in self._cells:
            painter.drawRect(QRectF(rect.left() + col * size, rect.top() + row * size, size, size))


class ProbabilityChart(Retranslatable, pg.PlotWidget):
    """Ten bars, one per digit: the network's probabilities. The winner is dark blue when the
    network is sure and orange when it is not."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("probabilityPlot")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMinimumHeight(120)
        plot = self.getPlotItem()
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the scene's items ignore the view's direction
        plot.setMouseEnabled(False, False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setXRange(-0.6, 9.6, padding=0)
        plot.setYRange(0, 1.12, padding=0)
        plot.showGrid(y=True, alpha=0.15)
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen("#6b7380"))
            axis.setTextPen(pg.mkPen("#2b3038"))
        plot.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        plot.getAxis("left").setTicks([[(v, f"{v:.0%}") for v in (0, 0.25, 0.5, 0.75, 1.0)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.72,
                                    brushes=[pg.mkBrush(SKY)] * 10, pen=pg.mkPen(None))
        plot.addItem(self.bars)
        self.top_text = pg.TextItem("", color="#2b3038", anchor=(0.5, 1.0))
        plot.addItem(self.top_text)
        self.probabilities = np.zeros(10)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:  # pyqtgraph's default (640x480) would crowd out the rest
        return QSize(420, 170)

    def retranslate_ui(self) -> None:
        self.getPlotItem().setLabel("left", self.tr("probability"))
        self.getPlotItem().setLabel("bottom", self.tr("digit"))
        self.setToolTip(self.tr("How likely the network thinks each digit is; the bars add up to 100%."))
        self.setAccessibleName(self.tr("Probability of each digit"))

    def _place_label(self, digit: int, height: float) -> None:
        """The percentage sits just above its bar, or, for a bar too tall to leave room above it,
        beside the bar's top: the other bars are all short then, so that place is free."""
        if height <= LABEL_BESIDE_ABOVE:
            self.top_text.setAnchor((0.5, 1.0))
            self.top_text.setPos(digit, height + 0.01)
        elif digit < 9:
            self.top_text.setAnchor((0.0, 0.0))
            self.top_text.setPos(digit + 0.38, height)
        else:
            self.top_text.setAnchor((1.0, 0.0))
            self.top_text.setPos(digit - 0.38, height)

    def set_probabilities(self, probabilities, sure: bool = True) -> None:
        """Show ten probabilities (None: all bars empty)."""
        self.probabilities = np.zeros(10) if probabilities is None else np.asarray(probabilities, float)
        brushes = [pg.mkBrush(SKY)] * 10
        if probabilities is None:
            self.top_text.setText("")
        else:
            top = int(np.argmax(self.probabilities))
            brushes[top] = pg.mkBrush(BLUE if sure else ORANGE)
            self.top_text.setText(f"{self.probabilities[top]:.0%}")
            self._place_label(top, self.probabilities[top])
        self.bars.setOpts(height=self.probabilities, brushes=brushes)
