"""NumPy pictures as Qt images, and the one colour map for weights, with its colour bar.

Every page that shows pixels converts them here. Weights have one meaning everywhere in the app, so
a picture learnt on one page reads the same on the next: **vermillion = positive** (ink there
excites the unit), **blue = negative** (ink there holds it back), near-white = zero, on a scale
symmetric around zero. The Draw page's unit pictures and Concepts 9's weight images both use
:func:`weight_rgb` / :func:`weight_colour_map` and show a :class:`WeightColourBar`, so the two pages
can never say opposite things again.
Blue and vermillion are the Okabe-Ito pair that colour-blind eyes still tell apart.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QWidget

from nnlab.gui import i18n
from nnlab.gui.i18n import Retranslatable
from nnlab.palette import NEGATIVE, POSITIVE

NEGATIVE_COLOUR, ZERO_COLOUR, POSITIVE_COLOUR = NEGATIVE, "#f7f7f7", POSITIVE
_STOPS = (0.0, 0.5, 1.0)
_COLOURS = (NEGATIVE_COLOUR, ZERO_COLOUR, POSITIVE_COLOUR)


def to_qimage(pixels) -> QImage:
    """A picture of bytes, (H, W) grey or (H, W, 3) RGB, as a QImage owning its own copy.

    Qt reads the array's memory in place, so the image is copied before the array can go away.
    """
    data = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width = data.shape[:2]
    image_format = QImage.Format.Format_RGB888 if data.ndim == 3 else QImage.Format.Format_Grayscale8
    return QImage(data.data, width, height, data.strides[0], image_format).copy()


def weight_colour_map() -> pg.ColorMap:
    """The weight colour map for pyqtgraph images: use it with ``levels=(-scale, scale)``."""
    return pg.ColorMap(list(_STOPS), list(_COLOURS))


def weight_scale(weights) -> float:
    """A symmetric scale for ``weights``: their largest finite magnitude (1.0 when all are 0 or not finite)."""
    finite = np.abs(np.asarray(weights, dtype=np.float64))
    finite = finite[np.isfinite(finite)]
    largest = float(finite.max()) if finite.size else 0.0
    return largest if largest > 0 else 1.0


def weight_rgb(weights, scale: float | None = None) -> np.ndarray:
    """(H, W, 3) bytes of ``weights`` in the weight colours; ``scale`` (default: the largest
    magnitude) maps to full colour. Values beyond it saturate; NaN shows as zero."""
    values = np.nan_to_num(np.asarray(weights, dtype=np.float64), nan=0.0)
    scale = weight_scale(values) if scale is None or not scale > 0 else float(scale)
    position = np.clip(values / scale, -1.0, 1.0) * 0.5 + 0.5
    colours = weight_colour_map().map(position.ravel(), mode="byte")
    return np.asarray(colours)[:, :3].reshape(*values.shape, 3)


def weight_image(weights, scale: float | None = None) -> QImage:
    """``weights`` (a 2-D array) as a QImage in the weight colours."""
    return to_qimage(weight_rgb(weights, scale))


class WeightColourBar(Retranslatable, QWidget):
    """A horizontal colour bar for weights: the gradient, its ends' values and what they mean.

    Always left to right (negative on the left), like a number line, in Persian too.
    """

    def __init__(self, parent=None, object_name: str = ""):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMinimumHeight(30)
        self.scale = 1.0
        self.retranslate_ui()

    def sizeHint(self) -> QSize:
        return QSize(260, 32)

    def set_scale(self, scale: float) -> None:
        """The magnitude that the ends of the bar stand for."""
        self.scale = float(scale) if np.isfinite(scale) and scale > 0 else 1.0
        self.retranslate_ui()

    def ends(self) -> tuple[tuple[str, str], tuple[str, str]]:
        """((number, word), (number, word)) for the left and the right end of the bar.

        Number and word are drawn apart, the number at the bar's edge: a signed number inside a Persian
        phrase, or alone in a right-to-left application, is reordered by the bidi algorithm ("−1"
        showed as "1−")."""
        # An isolate keeps the sign before the digits in a right-to-left application (a left-to-right
        # mark before the sign did not: the bar read "0.34−  ... 0.34+" in Persian).
        return ((i18n.code(f"−{self.scale:.2g}"), self.tr("holds back")),
                (i18n.code(f"+{self.scale:.2g}"), self.tr("excites")))

    def texts(self) -> tuple[str, str, str]:
        """(left, middle, right) labels under the bar, as one reads them."""
        (low, back), (high, excites) = self.ends()
        return f"{low} {back}", "0", f"{excites} {high}"

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr("Weight colours, the same on every page: vermillion = positive (ink there "
                                "excites the unit), blue = negative (ink there holds it back), white = zero."))
        self.setAccessibleName(self.tr("Weight colour bar from {0} (blue) to {1} (vermillion)")
                               .format(i18n.code(f"−{self.scale:.2g}"), i18n.code(f"+{self.scale:.2g}")))
        self.update()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # negative on the left, in any language
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        bar = QRectF(4, 2, self.width() - 8, max(8.0, self.height() - metrics.height() - 6))
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for stop, colour in zip(_STOPS, _COLOURS):
            gradient.setColorAt(stop, QColor(colour))
        painter.fillRect(bar, gradient)
        painter.setPen(QPen(QColor("#6b7380"), 1))
        painter.drawRect(bar)
        painter.setPen(self.palette().windowText().color())
        text_box = QRectF(bar.left(), bar.bottom() + 2, bar.width(), metrics.height() + 2)
        (low, back), (high, excites) = self.ends()
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute
        gap = metrics.horizontalAdvance("  ")
        painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | top, low)
        painter.drawText(text_box.adjusted(metrics.horizontalAdvance(low) + gap, 0, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | top, back)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignHCenter | top, "0")
        painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | top, high)
        painter.drawText(text_box.adjusted(0, 0, -(metrics.horizontalAdvance(high) + gap), 0),
                         Qt.AlignmentFlag.AlignRight | top, excites)
