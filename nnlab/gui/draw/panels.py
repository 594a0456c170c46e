"""The two "look inside" panels of the Draw page.

``StepsPanel``: what the network sees, i.e. MNIST's preprocessing step by step, so students see
why the position and size of their drawing do not matter. ``InsidePanel``: what happens inside,
i.e. the hidden units' activations and the weights of the units that respond most.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnlab.digits.preprocess import BOX_SIZE, MNIST_SIZE
from nnlab.gui import i18n, plain
from nnlab.gui.draw.views import PixelView, grey_image, heat_image
from nnlab.gui.i18n import Retranslatable
from nnlab.gui.pixels import WeightColourBar, weight_image, weight_scale

TOP_UNITS = 6


def caption_label(object_name: str = "") -> QLabel:
    label = plain.label(objectName=object_name, wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
    label.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
    return label


def unit_grid(count: int) -> tuple[int, int]:
    """(rows, columns) of a wide rectangle holding ``count`` units: 512 -> 16 x 32."""
    cols = math.ceil(math.sqrt(2 * count))
    return math.ceil(count / cols), cols


class StepsPanel(Retranslatable, QWidget):
    """Four pictures side by side: the ink found, the crop, shrunk to 20x20, centred in 28x28."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.ink_view = PixelView(smooth=True, objectName="inkView")
        self.crop_view = PixelView(smooth=True, objectName="cropView")
        self.scaled_view = PixelView(objectName="scaledView")
        self.input_view = PixelView(objectName="inputView")
        self.views = [self.ink_view, self.crop_view, self.scaled_view, self.input_view]
        self.captions = [caption_label() for _ in self.views]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        for index, (view, caption) in enumerate(zip(self.views, self.captions)):
            if index:
                arrow = plain.label("→", alignment=Qt.AlignmentFlag.AlignCenter)
                arrow.setStyleSheet("color: #8793a3; font-size: 20px;")
                grid.addWidget(arrow, 0, 2 * index - 1)
            grid.addWidget(view, 0, 2 * index)
            grid.addWidget(caption, 1, 2 * index)
            grid.setColumnStretch(2 * index, 1)
        grid.setRowStretch(0, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = [self.tr("1. Find the ink (light on dark)"), self.tr("2. Crop to the ink"),
                 i18n.with_code(self.tr("3. Shrink to fit {0}"), "20×20"),
                 i18n.with_code(self.tr("4. Centre the mass in {0}: the input"), "28×28")]
        tips = [self.tr("Your picture as light ink on black, the way MNIST stores digits; the dashed "
                        "box is the ink's bounding box."),
                self.tr("Only the ink's bounding box is kept, so where you drew does not matter."),
                self.tr("The longer side is shrunk to 20 pixels by averaging, so how big you drew "
                        "does not matter either."),
                i18n.with_code(self.tr("The {0} box is moved so that the ink's centre of mass ({1}) is in the middle "
                                       "of {2} pixels: exactly what the network was trained on."), "20×20", "+",
                               "28×28")]
        for view, caption, text, tip in zip(self.views, self.captions, texts, tips):
            caption.setText(text)
            view.setToolTip(tip)
            view.setAccessibleName(text)

    def show_steps(self, steps) -> None:
        """Show a :class:`~nnlab.digits.preprocess.PreprocessSteps` (empty steps: black fields)."""
        if steps.empty:
            for view, field in zip(self.views, [None, None, (BOX_SIZE,) * 2, (MNIST_SIZE,) * 2]):
                view.set_image(None, field=field)
            return
        top, bottom, left, right = steps.box
        self.ink_view.set_image(grey_image(steps.ink), box=(top, left, bottom - top, right - left))
        self.crop_view.set_image(grey_image(steps.crop))
        self.scaled_view.set_image(grey_image(steps.scaled), field=(BOX_SIZE, BOX_SIZE))
        height, width = steps.scaled.shape
        centre = MNIST_SIZE / 2 + 0.5  # the middle of pixel 14, where MNIST puts the centre of mass
        self.input_view.set_image(grey_image(steps.centred), box=(*steps.offset, height, width),
                                  cross=(centre, centre))


class InsidePanel(Retranslatable, QWidget):
    """The hidden layer's activations as a heat map, and the weights of its most active units."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.activation_view = PixelView(objectName="activationView")
        self.activation_view.setMinimumSize(150, 100)
        self.activation_caption = caption_label()
        self.unit_views = [PixelView() for _ in range(TOP_UNITS)]
        self.unit_captions = [caption_label() for _ in range(TOP_UNITS)]
        self.units_caption = caption_label()
        self.units_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QVBoxLayout()
        left.addWidget(self.activation_view, 1)
        left.addWidget(self.activation_caption)
        # Pictures read left to right in every language, like the formulas and plots beside them
        # (nnlab.gui.i18n's policy): strongest unit first, on the left, as the preprocessing steps.
        self.units_box = QWidget(objectName="drawTopUnits")
        units = QGridLayout(self.units_box)
        units.setContentsMargins(0, 0, 0, 0)
        units.setSpacing(4)
        for index, (view, caption) in enumerate(zip(self.unit_views, self.unit_captions)):
            view.setMinimumSize(40, 40)
            units.addWidget(view, 0, index)  # one row: the page is short at 1280x720
            units.addWidget(caption, 1, index)
        self.colour_bar = WeightColourBar(object_name="drawWeightColourBar")
        right = QVBoxLayout()
        right.addWidget(self.units_box, 1)
        right.addWidget(self.colour_bar)
        right.addWidget(self.units_caption)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 5)
        layout.addSpacing(12)
        layout.addLayout(right, 6)
        self._reading = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        units = 0 if self._reading is None or self._reading.hidden is None else len(self._reading.hidden)
        self.activation_caption.setText(
            self.tr("The {0} units of the first layer (bright = active)").format(units) if units
            else self.tr("The units of the first layer light up here"))
        self.activation_view.setToolTip(self.tr("Each square is one unit of the first layer; the brighter, "
                                                "the more it responds to your drawing. Red frames: the "
                                                "most active units, shown on the right."))
        self.units_caption.setText(self.tr("The most active units: the pattern each looks for (its 784 weights)"))
        self._caption_units()

    def _caption_units(self) -> None:
        reading = self._reading
        for index, caption in enumerate(self.unit_captions):
            if reading is None or reading.top_units is None or index >= len(reading.top_units):
                caption.setText("")
                continue
            unit = int(reading.top_units[index])
            caption.setText(self.tr("unit {0}: {1:.2f}").format(unit, float(reading.hidden[unit])))

    def show_reading(self, reading) -> None:
        """Show a :class:`~nnlab.digits.reading.DigitReading` (None or empty: clear the panel)."""
        self._reading = reading if reading is not None and reading.hidden is not None else None
        if self._reading is None:
            self.activation_view.set_image(None, field=(16, 32))
            for view in self.unit_views:
                view.set_image(None, field=(MNIST_SIZE, MNIST_SIZE))
        else:
            self._show_activations(reading)
        self.retranslate_ui()

    def _show_activations(self, reading) -> None:
        rows, cols = unit_grid(len(reading.hidden))
        field = np.zeros(rows * cols, np.float32)
        field[:len(reading.hidden)] = reading.hidden
        top_cells = [divmod(int(unit), cols) for unit in reading.top_units]
        self.activation_view.set_image(heat_image(field.reshape(rows, cols)), cells=top_cells)
        scale = weight_scale(reading.top_weights)  # one scale for all six, so their colours compare
        self.colour_bar.set_scale(scale)
        for index, view in enumerate(self.unit_views):
            if index < len(reading.top_weights):
                view.set_image(weight_image(reading.top_weights[index], scale))
            else:
                view.set_image(None, field=(MNIST_SIZE, MNIST_SIZE))
