"""Demo 14, two and three layers (the slides "Neural networks" 1-3): h = f(W1 x + b1), s = W2 h + b2
and its three-layer sibling, drawn as the slides draw them (units and connections) and as matrices
with their real shapes, with one digit's values flowing through and each layer's parameter count.

The two-layer network is the bundled pretrained one; the three-layer one is trained in a thread
when MNIST is on the computer (quickly, and the view says how well), else shown untrained.

The window stays smooth while the three-layer net trains beside it: everything that costs time per
network (the pictures of 400,000 weights, their colour scales) is made in the worker thread when the
network is loaded or trained (:func:`prepare`); a new digit or the other network only repaints,
and a repaint draws a few dozen shapes with pens made once.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from nnlab.concepts import inside, stacked_layers
from nnlab.digits.preprocess import NothingDrawnError, to_mnist
from nnlab.gui import plain
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.digit_canvas import DrawCanvas
from nnlab.gui.i18n import code, code_html, is_right_to_left
from nnlab.gui.pixels import to_qimage, weight_rgb
from nnlab.gui.workers import Worker

SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
UNITS_DRAWN = 7
CANVAS_SIDE = 104  # the small drawing canvas beside the network's 28x28 input
DRAWING_PAUSE_MS = 40  # while the pen moves, the network reads the drawing at most this often
LABEL_HEIGHT = 16
LINE_SHADES = 17  # the connections' colours: the weight colour map in this many steps
LINE_OPACITY = 110 / 255  # how strongly a connection covers the white paper


@dataclass
class Prepared:
    """A network made ready to draw, in a worker thread (:func:`prepare`): each layer's matrix W and
    bias b as pictures in the weight colours, and the largest |w| of each W, which colours the
    connections. Flipping digits or networks then costs the GUI thread only a repaint."""

    model: object
    matrices: list[QImage]
    biases: list[QImage]
    largest: list[float]


def prepare(model) -> Prepared:
    """Runs in a worker thread (QImage, unlike QPixmap, may be made there)."""
    matrices, biases, largest = [], [], []
    for layer in model.layers:
        weights = np.asarray(layer.W).T  # the slide's orientation: outputs × inputs
        magnitude = np.abs(weights)
        matrices.append(to_qimage(weight_rgb(weights, float(np.quantile(magnitude, 0.99)))))
        biases.append(to_qimage(weight_rgb(np.asarray(layer.b)[:, None])))
        largest.append(float(np.max(magnitude, initial=0.0)))
    return Prepared(model, matrices, biases, largest)


@cache
def line_pens() -> tuple[QPen, ...]:
    """Pens for the connections, from most negative to most positive weight: opaque colours mixed
    with the white paper (a translucent pen costs the painter several times as much per line)."""
    colours = weight_rgb(np.linspace(-1.0, 1.0, LINE_SHADES)[np.newaxis], 1.0)[0].astype(np.float64)
    mixed = np.rint(LINE_OPACITY * colours + (1 - LINE_OPACITY) * 255).astype(int).tolist()
    return tuple(QPen(QColor(*rgb), 1) for rgb in mixed)


def line_shades(weights: np.ndarray, scale: float) -> np.ndarray:
    """Which of :func:`line_pens` draws each weight (``scale`` and beyond: full colour; a weight that is
    not a number, as zero)."""
    scale = scale if np.isfinite(scale) and scale > 0 else 1.0
    position = np.clip(np.nan_to_num(weights, nan=0.0) / scale, -1.0, 1.0) * 0.5 + 0.5
    return np.rint(position * (LINE_SHADES - 1)).astype(int)


def symbols(count: int) -> list[tuple[str, str]]:
    """(input, output) names of each layer as the slides write them: x→h→s or x→h1→h2→s."""
    hidden = ["h"] if count == 2 else [f"h{i}".translate(SUB) for i in range(1, count)]
    names = ["x", *hidden, "s"]
    return list(itertools.pairwise(names))


def formula(count: int) -> str:
    """The slides' formulas for a network of ``count`` layers."""
    parts = []
    for index, (x, y) in enumerate(symbols(count), start=1):
        w, b = f"W{index}".translate(SUB), f"b{index}".translate(SUB)
        parts.append(f"{y} = f({w}{x} + {b})" if index < count else f"{y} = {w}{x} + {b}")
    return ",   ".join(parts)


def value_colours(values: np.ndarray, top: float) -> np.ndarray:
    """(N, 3) bytes: white for 0 up to deep blue for ``top`` (activations, probabilities)."""
    position = np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64)) / (top or 1.0), 0.0, 1.0)
    white, blue = np.array([255.0, 255, 255]), np.array([11.0, 79, 130])
    return (white + position[:, None] * (blue - white)).astype(np.uint8)


def ink_colours(values: np.ndarray) -> np.ndarray:
    """(N, 3) bytes: pixel values 0..1 as white..black, like the digit itself."""
    grey = (255 * (1 - np.clip(np.asarray(values, dtype=np.float64), 0, 1))).astype(np.uint8)
    return np.repeat(grey[:, None], 3, axis=1)


def vector_colours(index: int, values: np.ndarray) -> np.ndarray:
    """The colours of a layer's input (index 0: the pixels) or output vector."""
    return ink_colours(values) if index == 0 else value_colours(values, float(np.max(values, initial=0)))


def draw_sentence(painter: QPainter, rect: QRectF, text: str, alignment) -> None:
    """A sentence in the painted (left-to-right) diagrams, laid out in the language's direction, so
    that "401,920 parameters" reads with its number first in Persian too."""
    option = QTextOption(alignment)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left() else Qt.LayoutDirection.LeftToRight)
    painter.drawText(rect, text, option)


class DiagramBase(QWidget):
    """A painted picture of the stages of one network (formulas read left to right in every language)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.stages: list[stacked_layers.Stage] = []
        self.prepared: Prepared | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_stages(self, stages, prepared: Prepared | None = None) -> None:
        """One digit's ``stages`` through the network that ``prepared`` holds (nothing: a blank picture)."""
        self.stages, self.prepared = stages, prepared
        self.update()

    def painter(self, device=None) -> QPainter:
        painter = QPainter(device if device is not None else self)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        return painter


class UnitsDiagram(DiagramBase):
    """The slides' picture: columns of units joined by connections, a few units per layer drawn
    (the most active ones; how many there are in all is written below), coloured by the digit's values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(150)

    def chosen(self, values: np.ndarray, output: bool) -> np.ndarray:
        if output:
            return np.arange(len(values))
        return np.sort(np.argsort(values)[::-1][:UNITS_DRAWN])

    def paintEvent(self, event):
        if not self.stages or self.prepared is None:
            return
        painter = self.painter()
        vectors = [self.stages[0].input] + [stage.output for stage in self.stages]
        names = ["x"] + [y for _, y in symbols(len(self.stages))][:-1] + ["softmax(s)"]
        columns = len(vectors)
        width, height = self.width(), self.height()
        xs = [40 + k * (width - 80) / (columns - 1) for k in range(columns)]
        top, bottom = 18, height - 22
        positions, chosen = [], []
        for k, values in enumerate(vectors):
            units = self.chosen(values, k == columns - 1)
            step = (bottom - top) / max(len(units), 1)
            positions.append([QPointF(xs[k], top + (i + 0.5) * step) for i in range(len(units))])
            chosen.append(units)
        lines: dict[int, list[QLineF]] = {}  # connections by shade: one call per pen
        for k, stage in enumerate(self.stages):
            shades = line_shades(stage.weights[np.ix_(chosen[k + 1], chosen[k])], self.prepared.largest[k] * 0.5)
            for j, end in enumerate(positions[k + 1]):
                for i, start in enumerate(positions[k]):
                    lines.setdefault(int(shades[j, i]), []).append(QLineF(start, end))
        pens, middle = line_pens(), LINE_SHADES // 2
        for shade, group in sorted(lines.items(), key=lambda item: abs(item[0] - middle)):  # strong ones on top
            painter.setPen(pens[shade])
            painter.drawLines(group)
        outline, ink = QPen(QColor("#33414d"), 1), QColor("#1a3550")
        for k, values in enumerate(vectors):
            colours = vector_colours(k, values[chosen[k]]).tolist()
            radius = min(9.0, (bottom - top) / max(len(chosen[k]), 1) / 2 - 1)
            painter.setPen(outline)
            for point, colour in zip(positions[k], colours):
                painter.setBrush(QColor(*colour))
                painter.drawEllipse(point, radius, radius)
            painter.setPen(ink)
            if k == columns - 1:
                for point, unit in zip(positions[k], chosen[k]):
                    painter.drawText(QRectF(point.x() + radius + 3, point.y() - 8, 20, 16),
                                     Qt.AlignmentFlag.AlignVCenter, str(unit))
            painter.drawText(QRectF(xs[k] - 60, 0, 120, 16), Qt.AlignmentFlag.AlignCenter, names[k])
            rest = (self.tr("{0} units").format(f"{len(values):,}") if k < columns - 1
                    else self.tr("{0} scores").format(len(values)))
            draw_sentence(painter, QRectF(xs[k] - 70, height - 18, 140, 16), rest, Qt.AlignmentFlag.AlignCenter)
        painter.end()


class MatrixDiagram(DiagramBase):
    """Each layer as the slide's matrix product, drawn to scale: W (outputs × inputs) · input + b → f →
    output. Every box has its real shape, so a 784-wide W1 next to a 10-row W2 shows where the
    parameters are.

    Only the vectors that carry the digit change from one digit to the next: the rest (matrices,
    biases, names, counts) is painted once per network, size and language into a pixmap, and a new
    digit repaints that pixmap and its few columns."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(260)
        self._stills: dict = {}  # per network: (what it was painted for, pixmap, the digit's column boxes)

    def scale(self) -> float:
        """Pixels per unit: the whole network, at one scale, fits the widget."""
        rows = sum(stage.weights.shape[1] for stage in self.stages)
        vertical = (self.height() - len(self.stages) * (2 * LABEL_HEIGHT + 8) - 8) / rows
        horizontal = (self.width() - 260) / max(stage.weights.shape[1] for stage in self.stages)
        return max(0.02, min(vertical, horizontal))

    def paintEvent(self, event):
        if not self.stages or self.prepared is None:
            return
        key = (self.size(), self.devicePixelRatioF(), self.tr("{0} parameters"))
        kept = self._stills.get(id(self.prepared))
        if kept is None or kept[0] != key or kept[3] is not self.prepared:
            pixmap = QPixmap(self.size() * self.devicePixelRatioF())
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            still = self.painter(pixmap)
            boxes = self._paint_still(still)
            still.end()
            kept = (key, pixmap, boxes, self.prepared)
            self._stills = {k: v for k, v in self._stills.items() if v[0] == key}  # an old size or language
            self._stills[id(self.prepared)] = kept
        _, pixmap, boxes, _ = kept
        painter = QPainter(self)
        painter.drawPixmap(0, 0, pixmap)
        painter.setPen(QPen(QColor("#33414d"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, (stage, (into, out_of)) in enumerate(zip(self.stages, boxes)):
            for box, values, kind in ((into, stage.input, index), (out_of, stage.output, 1)):
                painter.drawImage(box, to_qimage(vector_colours(kind, values)[:, None, :]))
                painter.drawRect(box)
        painter.end()

    def _paint_still(self, painter) -> list[tuple[QRectF, QRectF]]:
        """Everything but the digit's vectors; returns where each layer's input and output columns go."""
        s = self.scale()
        y = 6.0
        names = symbols(len(self.stages))
        boxes = []
        for index, stage in enumerate(self.stages):
            outputs, inputs = stage.weights.shape
            number = str(index + 1).translate(SUB)
            x = 8.0
            painter.setPen(QColor("#1a3550"))
            label = f"W{number}  {outputs}×{inputs}"
            painter.drawText(QRectF(x, y, 260, LABEL_HEIGHT), Qt.AlignmentFlag.AlignLeft, label)
            label_end = x + painter.fontMetrics().horizontalAdvance(label)
            top = y + LABEL_HEIGHT
            matrix = QRectF(x, top, inputs * s, max(outputs * s, 2.0))
            painter.drawImage(matrix, self.prepared.matrices[index])
            painter.setPen(QPen(QColor("#33414d"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(matrix)
            x = max(matrix.right(), label_end) + 6  # a narrow W: its product starts after its name
            x = self._symbol(painter, x, top, "·")
            into, x = self._column(painter, x, top, inputs, names[index][0])
            x = self._symbol(painter, x, top, "+")
            bias, x = self._column(painter, x, top, outputs, f"b{number}")
            painter.drawImage(bias, self.prepared.biases[index])
            painter.drawRect(bias)
            arrow = "→ f →" if index < len(self.stages) - 1 else "→ softmax →"
            x = self._symbol(painter, x, top, arrow)
            last = names[index][1] if index < len(self.stages) - 1 else "softmax(s)"
            out_of, x = self._column(painter, x, top, outputs, last)
            boxes.append((into, out_of))
            painter.setPen(QColor("#5a6b7a"))
            draw_sentence(painter, QRectF(x + 10, top, self.width() - x - 14, LABEL_HEIGHT),
                          self.tr("{0} parameters").format(f"{stage.parameters:,}"),
                          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            formula_option = QTextOption(Qt.AlignmentFlag.AlignLeft)
            formula_option.setTextDirection(Qt.LayoutDirection.LeftToRight)  # a formula, in every language
            painter.drawText(QRectF(x + 10, top + LABEL_HEIGHT, self.width() - x - 14, LABEL_HEIGHT),
                             f"= {outputs}×{inputs} + {outputs}", formula_option)
            y = top + max(inputs * s, 2 * LABEL_HEIGHT) + LABEL_HEIGHT + 8
        return boxes

    def _symbol(self, painter, x, top, text) -> float:
        width = painter.fontMetrics().horizontalAdvance(text) + 8
        painter.setPen(QColor("#1a3550"))
        painter.drawText(QRectF(x, top, width, 16), Qt.AlignmentFlag.AlignCenter, text)
        return x + width

    def _column(self, painter, x, top, length, name) -> tuple[QRectF, float]:
        """Where a vector of ``length`` cells goes, with its name above and its length below; returns
        its box and where the next part starts."""
        box = QRectF(x, top, 12, max(length * self.scale(), 2.0))
        size = str(length)
        painter.setPen(QColor("#1a3550"))
        width = max(painter.fontMetrics().horizontalAdvance(name), painter.fontMetrics().horizontalAdvance(size)) + 4
        painter.drawText(QRectF(box.center().x() - width / 2, top - LABEL_HEIGHT, width, LABEL_HEIGHT),
                         Qt.AlignmentFlag.AlignCenter, name)
        painter.drawText(QRectF(box.center().x() - width / 2, box.bottom() + 1, width, LABEL_HEIGHT),
                         Qt.AlignmentFlag.AlignCenter, size)
        painter.setPen(QPen(QColor("#33414d"), 1))
        return box, box.right() + max(4.0, width / 2 - 6)


class Readout(QWidget):
    """A few lines of plain text that a new digit changes. A QLabel asks the whole side panel for a new
    layout at every new text (a few milliseconds each digit); this one only repaints, and asks for a
    layout only when a text needs more lines than any before it (it keeps that height: switching
    between two and three layers does not move the panel either)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._tallest: dict[int, int] = {}  # width: the most height a text has needed at it
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        height = self.heightForWidth(self.width())
        self._text = text
        self.setAccessibleName(text)
        if self.heightForWidth(self.width()) != height:
            self.updateGeometry()
        self.update()

    def _flags(self) -> int:
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

    def heightForWidth(self, width: int) -> int:
        needed = self.fontMetrics().boundingRect(0, 0, max(width, 1), 100_000, self._flags(), self._text).height()
        self._tallest[width] = max(self._tallest.get(width, 0), needed if self._text else 0)
        return self._tallest[width]

    def changeEvent(self, event):  # another language or font: heights start afresh
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._tallest.clear()
        super().changeEvent(event)

    def sizeHint(self):
        return QSize(200, self.heightForWidth(200))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.rect(), self._flags(), self._text)
        painter.end()


def load_models():
    """Runs in a thread: the pretrained two-layer network (or None), the three-layer one still random
    (shown until its training ends), both prepared to draw, and MNIST's test digits (or None)."""
    import nnlab
    try:
        two = prepare(nnlab.load_pretrained())
    except (OSError, ValueError, KeyError):
        two = None
    return two, prepare(stacked_layers.three_layer_network()), inside.local_test_digits()


def train_three_layers(session):
    """Runs in a thread: the three-layer network, trained quickly when MNIST is here, prepared to draw;
    with its test accuracy, or None when it stayed untrained."""
    model = stacked_layers.three_layer_network()
    data = session.dataset("mnist") if session is not None else None
    if data is None:
        from nnlab.data import DatasetError, load_dataset
        try:
            data = load_dataset("mnist", download=False)
        except (DatasetError, OSError):
            return prepare(model), None
    accuracy = stacked_layers.quick_train(model, *data)
    return prepare(model), accuracy


class StackedLayersDemo(DemoWidget):
    """Signals: ``shown(stages)`` each time a digit is drawn through a network; ``three_ready()``
    when the three-layer network is trained (or known to stay untrained).

    The input is an MNIST test image (chosen by number or at random) or the student's own drawing on
    the small canvas (``layersCanvas``), prepared as MNIST prepared its digits; the last one touched
    flows through whichever network is shown."""

    shown = Signal(object)
    three_ready = Signal()

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.networks: dict[int, Prepared | None] = {}  # filled in the worker: 2 and 3 layers
        self.loaded = False
        self.three_accuracy: float | None = None
        self.three_done = False
        self.load_job = None
        self.digits = None
        self.stages: list = []
        self.rng = np.random.default_rng(0)
        self.worker = Worker(self, name="nnlab-layers-loader")
        self.worker.finished.connect(self._finished)
        self.formula = plain.label(objectName="layersFormula", alignment=Qt.AlignmentFlag.AlignCenter)
        self.formula.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.formula.setStyleSheet("font-size: 17px; color: #1a3550; padding: 2px;")
        self.units = UnitsDiagram()
        self.units.setObjectName("layersUnits")
        self.matrices = MatrixDiagram()
        self.matrices.setObjectName("layersMatrices")
        self.message = plain.label(objectName="layersMessage", wordWrap=True)
        self.message.setStyleSheet("color: #8a4b00; background: #fff3de; border-radius: 4px; padding: 6px;")
        self.body.addWidget(self.formula)
        self.body.addWidget(self.message)
        self.body.addWidget(self.units, 2)
        self.body.addWidget(self.matrices, 5)

        form = QFormLayout()
        self.depth_combo = QComboBox(objectName="layersDepth")
        self.depth_label = self.add_row(form, self.depth_combo)
        self.index_spin = QSpinBox(objectName="layersDigit", minimum=0, maximum=0)
        self.index_spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.random_button = QPushButton(objectName="layersRandomDigit")
        test_image = QHBoxLayout()
        self.index_spin.setMaximumWidth(62)  # "9999" fits; the row's label keeps its room
        test_image.addWidget(self.index_spin)
        test_image.addWidget(self.random_button, 1)
        self.index_label = plain.label()
        self.index_label.setBuddy(self.index_spin)
        form.addRow(self.index_label, test_image)
        self.controls.addLayout(form)
        self.drawn: np.ndarray | None = None  # the student's drawing as MNIST's 28x28, while it is the input
        self.picture_problem = ""  # why the last file dropped on the canvas could not be read
        self.canvas = DrawCanvas()
        self.canvas.setObjectName("layersCanvas")
        self.canvas.setFixedSize(CANVAS_SIDE, CANVAS_SIDE)
        self.canvas.pen_width = 26  # a small sheet: the same strokes as on the Draw page's big one
        self.digit_view = plain.label(objectName="layersDigitImage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.digit_view.setFixedSize(58, 58)  # a fixed size: a new digit repaints it without a relayout
        self.digit_view.setStyleSheet("border: 1px solid #c9d3dc;")
        self.input_caption = plain.label(alignment=Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(objectName="layersClearDrawing")
        pictures = QGridLayout()  # the sheet (its hint says what it is for), beside it what the network reads
        pictures.setVerticalSpacing(2)
        pictures.addWidget(self.canvas, 0, 0, 3, 1, Qt.AlignmentFlag.AlignCenter)
        pictures.addWidget(self.input_caption, 0, 1, Qt.AlignmentFlag.AlignBottom)
        pictures.addWidget(self.digit_view, 1, 1, Qt.AlignmentFlag.AlignCenter)
        pictures.addWidget(self.clear_button, 2, 1)
        self.controls.addLayout(pictures)
        self.readout = Readout()
        self.readout.setObjectName("layersReadout")
        self.controls.addWidget(self.readout)
        self.play_button.hide()  # nothing animates: the picture follows the chosen digit
        self._reading = QTimer(self, singleShot=True, interval=DRAWING_PAUSE_MS)
        self._reading.timeout.connect(self._read_drawing)
        self.depth_combo.currentIndexChanged.connect(self.redraw)
        self.index_spin.valueChanged.connect(self.use_test_image)
        self.random_button.clicked.connect(self.random_digit)
        self.canvas.changed.connect(self._reading.start)
        self.canvas.image_rejected.connect(self._picture_rejected)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.retranslate_ui()
        if session is not None:
            session.dataset_changed.connect(self._dataset_changed)
            self._dataset_changed("mnist")
        self.message.setText(self.tr("Loading the networks…"))
        self.load_job = self.worker.submit(load_models).id
        self.worker.submit(lambda: train_three_layers(session))

    def _finished(self, job, result) -> None:
        if job == self.load_job:
            self.networks[2], random_three, digits = result
            self.networks.setdefault(3, random_three)  # until the trained one arrives
            self.loaded = True
            if digits is not None and self.digits is None:
                self.set_digits(digits)
        else:
            self.networks[3], self.three_accuracy = result
            self.three_done = True
            self.three_ready.emit()
        self.redraw()

    def _dataset_changed(self, name: str) -> None:
        data = self.session.dataset("mnist") if self.session is not None and name == "mnist" else None
        if data is not None:
            self.set_digits(data[1])

    def set_digits(self, test_set) -> None:
        """MNIST's test images and labels: the digits the student picks from."""
        self.digits = test_set
        self.index_spin.setMaximum(len(test_set[0]) - 1)
        self.redraw()

    def depth(self) -> int:
        return self.depth_combo.currentData() or 2

    def set_depth(self, layers: int) -> None:
        self.depth_combo.setCurrentIndex(self.depth_combo.findData(layers))

    def current_digit(self):
        """(28x28 image, its label or None): the same input whichever network is shown."""
        if self.drawn is not None:
            return self.drawn, None
        if self.digits is None:
            return inside.builtin_digit(), None
        index = self.index_spin.value()
        return self.digits[0][index], int(self.digits[1][index])

    def random_digit(self) -> None:
        if self.digits is not None:
            self.index_spin.setValue(int(self.rng.integers(len(self.digits[0]))))
        self.use_test_image()  # also when the same number came up again

    def use_test_image(self, *_) -> None:
        """The chosen test image becomes the input again (the drawing is wiped, undoably)."""
        self._reading.stop()
        self.drawn, self.picture_problem = None, ""
        self.canvas.blockSignals(True)  # the wiped sheet is not a new drawing to read
        self.canvas.clear()
        self.canvas.blockSignals(False)
        self.redraw()

    def _picture_rejected(self, path: str, reason: str) -> None:
        self.picture_problem = self.tr("Could not read {0} as a picture: {1}.").format(path, reason)
        self.redraw()

    def _read_drawing(self) -> None:
        """The drawing, prepared as MNIST prepared its digits, becomes the input (a blank sheet: the test image)."""
        self.picture_problem = ""
        try:
            self.drawn = None if self.canvas.is_blank() else to_mnist(self.canvas.to_array())
        except NothingDrawnError:  # a dropped picture without ink (a blank page)
            self.drawn = None
            self.picture_problem = self.tr("There is no digit in this picture: the test image stays the input.")
        self.redraw()

    def redraw(self, *_) -> None:
        image, label = self.current_digit()
        ink = image if self.drawn is not None else np.asarray(image, dtype=np.float64) / 255
        self.digit_view.setPixmap(digit_pixmap(np.rint(255 * (1 - np.clip(ink, 0, 1))).astype(np.uint8)))
        prepared = self.networks.get(self.depth())
        self.formula.setText(formula(self.depth()))
        if prepared is None:
            self.message.setText(self.tr("There is no pretrained network in this installation.")
                                 if self.loaded else self.tr("Loading the networks…"))
            self.message.show()
            self.stages = []
            self.units.set_stages([])
            self.matrices.set_stages([])
            self._readout(None, label)
            return
        self.message.setVisible(bool(self.picture_problem))  # a dropped file that was no picture
        self.message.setText(self.picture_problem)
        self.stages = stacked_layers.stages(prepared.model, image)
        self.units.set_stages(self.stages, prepared)
        self.matrices.set_stages(self.stages, prepared)
        self._readout(prepared.model, label)
        self.shown.emit(self.stages)

    def _readout(self, model, label) -> None:
        if model is None:
            self.readout.setText("")
            return
        scores = self.stages[-1].output
        guess = int(np.argmax(scores))
        counts = " + ".join(f"{stage.parameters:,}" for stage in self.stages)
        lines = [self.tr("Parameters: {0}").format(code(f"{counts} = {model.count_params():,}")),
                 self.tr("Prediction: {0} ({1:.0%} sure)").format(guess, float(scores[guess])),
                 self.tr("True label: {0}").format(self.true_label(label))]
        if self.depth() == 2:
            lines.append(self.tr("The bundled pretrained lecture network."))
        elif not self.three_done:
            lines.append(self.tr("Being trained in the background: until then its weights are random."))
        elif self.three_accuracy is not None:
            lines.append(self.tr("Trained here for a moment ({0:,} training images, {1} epochs): {2:.1%} of the "
                                 "test images right.").format(stacked_layers.QUICK_IMAGES,
                                                              stacked_layers.QUICK_EPOCHS, self.three_accuracy))
        else:
            lines.append(self.tr("Untrained (random weights): MNIST's training images are not on this computer, "
                                 "so its prediction is a guess."))
        self.readout.setText("\n".join(lines))

    def true_label(self, label) -> str:
        if label is not None:
            return str(label)
        return self.tr("none (your drawing)") if self.drawn is not None else self.tr("none (a built-in drawing)")

    def shutdown(self) -> None:
        self._reading.stop()
        self.worker.close(1.0)

    def retranslate_ui(self) -> None:
        self.set_explanation(self.tr(
            "The slides write a two-layer network as {0}: a matrix times the input, plus a bias, through a "
            "nonlinearity {1}, then a second matrix; three layers add one more step. Below the units, each layer "
            "is drawn as that product with its real shape. Pick a test digit or draw one, then switch between "
            "two and three layers: the input stays the same. Softmax at the end turns the ten scores {2} into "
            "probabilities.").format(code_html(formula(2)), code_html("f"), code_html("s")))
        self.matrices.setToolTip(self.tr("Each layer's {0} as the slides write it: a row for each output, a column "
                                         "for each input. Keras stores it transposed, a row for each input: the "
                                         "same numbers.").format(code("W")))
        self.controls_box.setTitle(self.tr("Network and digit"))
        self.depth_label.setText(self.tr("Layers:"))
        current = self.depth()
        self.depth_combo.blockSignals(True)
        self.depth_combo.clear()
        self.depth_combo.addItem(self.tr("Two layers"), 2)
        self.depth_combo.addItem(self.tr("Three layers"), 3)
        self.depth_combo.setCurrentIndex(self.depth_combo.findData(current))
        self.depth_combo.blockSignals(False)
        self.index_label.setText(self.tr("Test image:"))
        self.index_spin.setToolTip(self.tr("Which MNIST test image flows through the network"))
        self.random_button.setText(self.tr("Another digit"))
        self.random_button.setToolTip(self.tr("Pick a random test image"))
        self.input_caption.setText(self.tr("Input {0}:").format(code("x (28×28)")))
        self.digit_view.setToolTip(self.tr("The input {0}: the test image, or your drawing cropped, scaled and "
                                           "centred as MNIST prepared its digits").format(code("x")))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Wipe the sheet: the test image is the input again"))
        self.retranslate_play()  # hidden, but every demo's play button speaks
        self.redraw()


def digit_pixmap(pixels: np.ndarray):
    """A 28×28 digit as a 56×56 picture, each pixel a 2×2 square."""
    return QPixmap.fromImage(to_qimage(np.kron(pixels, np.ones((2, 2), dtype=np.uint8))))
