"""The canvas a student draws a digit on: mouse, touch pad or pen, and dropped pictures.

Shared by the pages that read a drawn digit (the Draw page, and Concepts 14 that sends it through two
and three layers), so it lives in the shell.

Strokes are kept as points in "paper" coordinates (a 280x280 square, ten times MNIST's size), so
the drawing survives resizing and renders identically on screen and for the network: white ink
on black, exactly what an MNIST digit looks like.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab.gui.i18n import Retranslatable
from nnlab.gui.picture_files import IMAGE_SUFFIXES, PictureError, qimage_to_grey, read_image
from nnlab.palette import SKY

PAPER = 280
DEFAULT_PEN_WIDTH = 20
PAPER_COLOUR = QColor("#14171c")
INK_COLOUR = QColor("#ffffff")
HISTORY_LIMIT = 100


@dataclass(frozen=True)
class Stroke:
    """One pen-down-to-pen-up line: points (x, y) on the paper and the pen width at each point."""

    points: tuple[tuple[float, float], ...]
    widths: tuple[float, ...]


def paint_stroke(painter: QPainter, stroke: Stroke, colour: QColor) -> None:
    """Draw a stroke as smooth quadratic curves through the midpoints, with round caps and joins.

    A stroke of one width (a mouse) is a single path; with pen pressure every piece gets its own
    width, and the round caps hide the seams.
    """
    points = [QPointF(x, y) for x, y in stroke.points]
    pen = QPen(colour, stroke.widths[0], Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    if len(points) == 1:
        painter.setPen(pen)
        painter.drawPoint(points[0])
        return
    mids = [(a + b) / 2 for a, b in zip(points, points[1:])]
    # piece k runs from midpoint k to midpoint k+1, bending towards point k+1
    pieces = list(zip([points[0], *mids[1:]], points[1:-1] + [None], [*mids[1:], points[-1]]))
    if len(set(stroke.widths)) == 1:
        path = QPainterPath(points[0])
        for _, control, end in pieces:
            _add_piece(path, control, end)
        painter.strokePath(path, pen)
        return
    for (start, control, end), width in zip(pieces, stroke.widths[1:]):
        path = QPainterPath(start)
        _add_piece(path, control, end)
        pen.setWidthF(width)
        painter.strokePath(path, pen)


def _add_piece(path: QPainterPath, control: QPointF | None, end: QPointF) -> None:
    if control is None:
        path.lineTo(end)
    else:
        path.quadTo(control, end)


class DrawCanvas(Retranslatable, QWidget):
    """A square black sheet to draw a digit on, or to drop a picture on.

    Holds either strokes or one picture (drawing on a picture starts a fresh sheet). Every change
    can be undone. Signals: ``changed()`` after every change, ``image_rejected(path, reason)`` when a dropped
    file is not a readable picture.
    """

    changed = Signal()
    image_rejected = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawCanvas")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pen_width = DEFAULT_PEN_WIDTH
        self._strokes: list[Stroke] = []
        self._picture: QImage | None = None
        self._current: list[tuple[float, float, float]] | None = None
        self._history: list[tuple[QImage | None, list[Stroke]]] = []
        self._hint = ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._hint = self.tr("Draw a digit here\nor drop a picture of one")
        self.setToolTip(self.tr("Draw one digit with the mouse or a pen; the network reads it as you draw."))
        self.setAccessibleName(self.tr("Drawing canvas"))
        self.update()

    # -- state -----------------------------------------------------------------------------------
    @property
    def strokes(self) -> list[Stroke]:
        return list(self._strokes)

    @property
    def picture(self) -> QImage | None:
        return self._picture

    def is_blank(self) -> bool:
        return not self._strokes and self._picture is None and self._current is None

    def can_undo(self) -> bool:
        return bool(self._history)

    def _remember(self) -> None:
        self._history.append((self._picture, list(self._strokes)))
        del self._history[:-HISTORY_LIMIT]

    def clear(self) -> None:
        """Empty the sheet (undoable)."""
        if self.is_blank():
            return
        self._remember()
        self._strokes, self._picture, self._current = [], None, None
        self._changed()

    def undo(self) -> None:
        """Take back the last stroke, clearing or picture."""
        if not self._history:
            return
        self._picture, self._strokes = self._history.pop()
        self._current = None
        self._changed()

    def load_image(self, image: QImage) -> bool:
        """Show ``image`` instead of the drawing (undoable); False when the image is empty/null."""
        if image is None or image.isNull():
            return False
        self._remember()
        self._picture, self._strokes, self._current = image, [], None
        self._changed()
        return True

    def load_file(self, path: str) -> bool:
        """Load the picture in ``path``; emits ``image_rejected(path, reason)`` and returns False when it
        cannot be read."""
        try:
            image = read_image(path)
        except PictureError as error:
            self.image_rejected.emit(path, str(error))
            return False
        return self.load_image(image)

    def _changed(self) -> None:
        self.update()
        self.changed.emit()

    # -- what the network gets -------------------------------------------------------------------
    def to_array(self) -> np.ndarray:
        """The sheet as a grey uint8 array: the loaded picture, or the strokes rendered on 280x280."""
        if self._picture is not None:
            return qimage_to_grey(self._picture)
        image = QImage(PAPER, PAPER, QImage.Format.Format_Grayscale8)
        image.fill(QColor("black"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_strokes(painter, QColor("white"))
        painter.end()
        return qimage_to_grey(image)

    def _all_strokes(self) -> list[Stroke]:
        if not self._current:
            return self._strokes
        return [*self._strokes, Stroke(tuple((x, y) for x, y, _ in self._current),
                                       tuple(w for _, _, w in self._current))]

    def _paint_strokes(self, painter: QPainter, colour: QColor) -> None:
        for stroke in self._all_strokes():
            paint_stroke(painter, stroke, colour)

    # -- painting --------------------------------------------------------------------------------
    def paper_rect(self) -> QRectF:
        """Where the square sheet sits in the widget (centred, as large as fits)."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_paper(self, position: QPointF) -> tuple[float, float]:
        rect = self.paper_rect()
        scale = PAPER / rect.width()
        return (position.x() - rect.left()) * scale, (position.y() - rect.top()) * scale

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.paper_rect()
        painter.setPen(QPen(QColor("#3a4350"), 1))
        painter.setBrush(PAPER_COLOUR)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        if self._picture is not None:
            picture = self._picture.size().scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, picture.width(), picture.height())
            target.moveCenter(rect.center())
            painter.drawImage(target, self._picture)
        elif self.is_blank():
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * (1.4 if rect.width() >= 240 else 0.8))  # a small canvas too
            painter.setFont(font)
            painter.setPen(QColor("#8793a3"))
            painter.drawText(rect.adjusted(6, 6, -6, -6), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._hint)
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / PAPER, rect.width() / PAPER)
        painter.setClipRect(QRectF(0, 0, PAPER, PAPER))
        self._paint_strokes(painter, INK_COLOUR)
        painter.restore()
        if self.hasFocus():
            painter.setPen(QPen(QColor(SKY), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8)

    # -- mouse, pen and keys ---------------------------------------------------------------------
    def _begin(self, position: QPointF, pressure: float) -> None:
        self._remember()
        if self._picture is not None:
            self._picture, self._strokes = None, []
        self._current = []
        self._extend(position, pressure)

    def _extend(self, position: QPointF, pressure: float) -> None:
        x, y = self.to_paper(position)
        point = (x, y, self.pen_width * pressure)
        if self._current and self._current[-1][:2] == point[:2]:
            return
        self._current.append(point)
        self._changed()

    def _end(self) -> None:
        if self._current:
            self._strokes = self._all_strokes()
        self._current = None
        self._changed()

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 1.0)

    def mouseMoveEvent(self, event):
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._end()

    def tabletEvent(self, event):
        """A pen: the harder the press, the wider the line (0.4x to 1.6x the chosen width)."""
        factor = 0.4 + 1.2 * event.pressure()
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), factor)
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), factor)
        elif kind == QEvent.Type.TabletRelease and self._current is not None:
            self._end()
        event.accept()  # no duplicate mouse events for the same pen movement

    # -- drag and drop ---------------------------------------------------------------------------
    @staticmethod
    def _dropped_files(mime) -> list[str]:
        return [url.toLocalFile() for url in mime.urls()
                if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES]

    def dragEnterEvent(self, event):
        mime = event.mimeData()
        if mime.hasImage() or self._dropped_files(mime):
            event.acceptProposedAction()

    def dragMoveEvent(self, event):
        event.acceptProposedAction()

    def dropEvent(self, event):
        mime = event.mimeData()
        files = self._dropped_files(mime)
        if files:
            self.load_file(files[0])
        elif mime.hasImage():
            data = mime.imageData()  # a QImage, or a QPixmap from some applications
            self.load_image(data.toImage() if isinstance(data, QPixmap) else QImage(data))
        else:
            return
        event.acceptProposedAction()
