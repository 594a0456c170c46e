"""Demo 9, inside the trained MNIST network: first-layer weights as images, and one digit's
activations flowing through the layers. The network is the session's (trained on the Train page or
opened from a file) or else the bundled pretrained one, loaded in a background thread."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from nnlab.concepts import inside
from nnlab.gui import i18n, plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.pixels import WeightColourBar, weight_colour_map
from nnlab.gui.workers import Worker
from nnlab.mosaic import mosaic

UNITS_SHOWN = 64
TOP_UNITS = 8
HIDDEN_MAP = pg.ColorMap([0.0, 1.0], ["#ffffff", "#0b4f82"])


def load_material():
    """Runs in a thread: the pretrained network (or None) and MNIST's test digits if they are on
    disk (or None). Both are small reads; nothing is downloaded."""
    import nnlab
    try:
        model = nnlab.load_pretrained()
    except (OSError, ValueError, KeyError):
        model = None
    return model, inside.local_test_digits()


def image_plot() -> tuple[pg.PlotWidget, pg.ImageItem]:
    """A plot for pictures: no axes, square pixels, row 0 at the top."""
    plot = plots.picture_plot()
    plot.getPlotItem().invertY(True)
    image = pg.ImageItem(axisOrder="row-major")
    plot.addItem(image)
    return plot, image


class InsideDemo(DemoWidget):
    frame_ms = 1500

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.model, self.digits, self.pretrained = None, None, None
        self.material_asked = False
        self.loader = Worker(self, name="nnlab-inside-loader")
        self.loader.finished.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self.rng = np.random.default_rng(0)
        self.weights_plot, self.weights_image = image_plot()
        self.weights_image.setColorMap(weight_colour_map())
        self.digit_plot, self.digit_image = image_plot()
        self.digit_image.setColorMap(plots.INK)
        self.hidden_plot, self.hidden_image = image_plot()
        self.hidden_image.setColorMap(HIDDEN_MAP)
        self.top_plot, self.top_image = image_plot()
        self.top_image.setColorMap(weight_colour_map())
        self.output_plot = plots.make_plot()
        self.output_plot.setXRange(-0.6, 9.6, padding=0)
        self.output_plot.setYRange(0, 1.05, padding=0)
        self.output_plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7)
        self.output_plot.addItem(self.bars)
        self.message = plain.label(objectName="insideMessage", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #8a4b00; background: #fff3de; border-radius: 4px; padding: 8px;")
        grid = QGridLayout()
        self.colour_bar = WeightColourBar(object_name="insideWeightColourBar")
        weights = QVBoxLayout()
        weights.addWidget(self.weights_plot, 1)
        weights.addWidget(self.colour_bar)
        grid.addLayout(weights, 0, 0, 2, 1)
        grid.addWidget(self.digit_plot, 0, 1)
        grid.addWidget(self.top_plot, 1, 1)
        grid.addWidget(self.hidden_plot, 2, 0)
        grid.addWidget(self.output_plot, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        self.body.addWidget(self.message)
        self.body.addLayout(grid, 1)

        self.index_spin = QSpinBox(objectName="digitSpin", minimum=0, maximum=0)
        self.form = QFormLayout()
        self.index_label = self.add_row(self.form, self.index_spin)
        self.controls.addLayout(self.form)
        self.random_button = QPushButton(objectName="randomDigitButton")
        self.controls.addWidget(self.random_button)
        self.controls.addWidget(self.play_button)
        self.readout = QLabel(objectName="insideReadout", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.controls.addWidget(self.readout)
        self.index_spin.valueChanged.connect(self.show_digit)
        self.random_button.clicked.connect(self.random_digit)
        if session is not None:
            session.model_changed.connect(self._model_changed)
            session.models_changed.connect(self._update_texts)
            session.dataset_changed.connect(self._dataset_changed)
        self.retranslate_ui()
        self._dataset_changed("mnist")
        self.choose_model()

    # -- material --------------------------------------------------------------------------------
    def choose_model(self) -> None:
        """The session's network if it reads images, else the pretrained one. The pretrained network
        and the test digits on disk are loaded once, in a thread, when something is still missing."""
        model = self.session.model if self.session is not None else None
        if inside.is_image_network(model):
            self.set_model(model, pretrained=False)
        elif self.pretrained is not None:
            self.set_model(self.pretrained, pretrained=True)
        if (self.model is None or self.digits is None) and not self.material_asked:
            # Loading is tried once, whatever its outcome: a missing file does not appear by itself.
            self.material_asked = True
            if self.model is None:
                self.message.setText(self.tr("Loading the trained network…"))
                self.message.show()
            self.loader.submit(load_material)

    def _loaded(self, _job_id: int, result) -> None:
        self.pretrained, digits = result
        if self.digits is None and digits is not None:
            self.set_digits(digits)
        if self.model is None and self.pretrained is not None:
            self.set_model(self.pretrained, pretrained=True)
        elif self.model is None:
            self._no_model()

    def _load_failed(self, _job_id: int, _error: Exception) -> None:
        if self.model is None:
            self._no_model()

    def _no_model(self) -> None:
        self.message.setText(self.tr(
            "There is no trained network to look inside yet. Train one on the Train page (or open one with "
            "File > Open model) and come back: this demo will show it at once."))
        self.message.show()

    def _model_changed(self, model) -> None:
        if inside.is_image_network(model):
            self.set_model(model, pretrained=False)

    def _dataset_changed(self, name: str) -> None:
        data = self.session.dataset("mnist") if self.session is not None else None
        if data is not None:
            self.set_digits(data[1])

    def set_digits(self, test_set) -> None:
        self.digits = test_set
        self.index_spin.setMaximum(len(test_set[0]) - 1)
        self.show_digit()

    def set_model(self, model, pretrained: bool) -> None:
        self.model, self.is_pretrained = model, pretrained
        self.message.hide()
        images = inside.first_layer_images(model, np.arange(min(UNITS_SHOWN, model.layers[0].units)))
        scale = float(np.quantile(np.abs(images), 0.995)) or 1.0
        self.weight_scale = scale
        self.colour_bar.set_scale(scale)
        self.weights_image.setImage(mosaic(images, 8), levels=(-scale, scale))
        self.show_digit()

    # -- one digit -------------------------------------------------------------------------------
    def current_digit(self):
        """(28x28 image, true label or None)."""
        if self.digits is None:
            return inside.builtin_digit(), None
        index = self.index_spin.value()
        return self.digits[0][index], int(self.digits[1][index])

    def show_digit(self, *_) -> None:
        image, label = self.current_digit()
        self.digit_image.setImage(np.asarray(image, dtype=float), levels=(0, 255))
        if self.model is None:
            return
        stages = inside.flow(self.model, image)
        output = stages[-1]
        hidden = inside.hidden_picture(stages, columns=min(64, max(s.size for s in stages[1:-1] or [output])))
        self.hidden_image.setImage(hidden, levels=(0, max(float(np.nanmax(hidden)) if np.isfinite(hidden).any()
                                                          else 0.0, 1e-6)))
        self.hidden_sizes = [s.size for s in stages[1:-1]]
        units, values = inside.strongest_units(self.model, image, TOP_UNITS)
        # pictures read left to right in every language (nnlab.gui.i18n): strongest unit top left
        self.top_image.setImage(mosaic(inside.first_layer_images(self.model, units), 4, gap=3),
                                levels=(-self.weight_scale, self.weight_scale))
        guess = int(np.argmax(output))
        brushes = [pg.mkBrush(plots.ORANGE if i == guess else "#9ab6cf") for i in range(len(output))]
        self.bars.setOpts(x=np.arange(len(output)), height=output, brushes=brushes)
        self.guess, self.confidence, self.label, self.top_units = guess, float(output[guess]), label, (units, values)
        self._hidden_title()
        self._update_texts()

    def random_digit(self) -> None:
        if self.digits is not None:
            self.index_spin.setValue(int(self.rng.integers(len(self.digits[0]))))

    def tick(self) -> None:
        self.random_digit()

    def shutdown(self) -> None:
        self.stop()
        self.loader.close(1.0)

    # -- texts -----------------------------------------------------------------------------------
    def _update_texts(self) -> None:
        if self.model is None or not hasattr(self, "guess"):
            self.readout.setText("")
            return
        source = self.tr("the pretrained lecture network") if self.is_pretrained else self._network_name()
        truth = self.tr("not from MNIST (a built-in drawing)") if self.label is None else str(self.label)
        units = self.tr(", ", "list separator").join(i18n.code(f"#{u} ({v:.2f})") for u, v in zip(*self.top_units))
        self.readout.setText(self.tr(
            "Network: {0}<br><b>Prediction: {1}</b> ({2:.0%} sure)<br>True label: {3}<br><br>"
            "Most excited hidden units: {4}").format(i18n.name(html.escape(source)), self.guess, self.confidence,
                                                     truth, units))

    def _network_name(self) -> str:
        """The run's own name ("Run 3: Adam, 97.9%") when the network is one the Train page offers."""
        offers = self.session.offered_models() if self.session is not None else []
        offer = next((offer for offer in offers if offer.model is self.model), None)
        return offer.label() if offer is not None else self.tr("your network (Train page or File ▸ Open model)")

    def _hidden_title(self) -> None:
        sizes = getattr(self, "hidden_sizes", [512])
        title = (self.tr("Hidden layer: {0} activations").format(sizes[0]) if len(sizes) == 1 else
                 self.tr("Hidden layers: {0} activations").format(
                     i18n.code_html(" + ".join(str(size) for size in sizes))))
        plots.set_texts(self.hidden_plot, title)

    def retranslate_ui(self) -> None:
        self.set_explanation(i18n.with_code(self.tr(
            "Each hidden unit computes {0} with its own 784 weights. Drawn as {1} images (vermillion: positive, "
            "blue: negative, as in the colour bar), they show which strokes push the unit up or down. A digit "
            "lights up some units, and the last layer turns their pattern into ten probabilities."),
            "relu(x·w + b)", "28×28"))
        self.controls_box.setTitle(self.tr("Pick a digit"))
        self.index_label.setText(self.tr("Test image #:"))
        self.index_spin.setToolTip(self.tr("Which MNIST test image to send through the network"))
        self.random_button.setText(self.tr("Another digit"))
        self.random_button.setToolTip(self.tr("Pick a random test image"))
        self.retranslate_play()
        self.play_button.setToolTip(self.tr("Show one random digit after another"))
        plots.set_texts(self.weights_plot, self.tr("Weights of hidden units 0–63"))
        plots.set_texts(self.digit_plot, self.tr("Input digit"))
        self._hidden_title()
        plots.set_texts(self.top_plot, self.tr("Its 8 most excited units"))
        plots.set_texts(self.output_plot, self.tr("Output probabilities"), self.tr("digit"), "")
        self._update_texts()
