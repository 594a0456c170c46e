"""Zoom for the classroom: View > Zoom in / out / reset, and the presentation mode (F11).

9 pt text at 1920x1080 cannot be read from the back of a room. Zoom scales the application font
(every widget's text follows it) and, in every plot, the tick and label fonts and the line widths.
The factor is remembered between sessions; the presentation mode is full screen at a large zoom
and gives the previous zoom back when it ends.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from nnlab.gui import i18n

STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
PRESENTATION = 1.5
SMALLEST, LARGEST = STEPS[0], STEPS[-1]


def next_step(factor: float, direction: int) -> float:
    """The zoom one step larger (``direction`` 1) or smaller (-1) than ``factor``."""
    if direction > 0:
        return next((step for step in STEPS if step > factor + 1e-9), LARGEST)
    return next((step for step in reversed(STEPS) if step < factor - 1e-9), SMALLEST)


def apply(root, factor: float) -> None:
    """Scale the application font and every plot under ``root`` to ``factor``."""
    i18n.set_font_scale(factor)
    scale_plots(root, factor)


def scale_plots(root, factor: float) -> None:
    """Tick and label fonts and line widths of every plot under ``root``, relative to how they were built.

    Call it again after new curves appear (a new run): each curve's original width is remembered
    on the curve, so scaling twice never compounds.
    """
    font = QFont(QApplication.font())
    for view in root.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                item.setStyle(tickFont=font)
                item.label.setFont(font)
            elif isinstance(item, pg.PlotDataItem) or (isinstance(item, pg.PlotCurveItem)
                                                        and not isinstance(item.parentItem(), pg.PlotDataItem)):
                _scale_pen(item, factor)


def _scale_pen(curve, factor: float) -> None:
    pen = curve.opts.get("pen")
    if pen is None or not hasattr(pen, "widthF"):
        return
    base = getattr(curve, "_nnlab_base_width", None)
    if base is None:
        base = curve._nnlab_base_width = pen.widthF() or 1.0
    if abs(pen.widthF() - base * factor) > 1e-6:
        scaled = pg.mkPen(pen)
        scaled.setWidthF(base * factor)
        curve.setPen(scaled)
