"""The control panel of the Train page: data set, network, optimizer, batches, lecture experiments.

The panel only collects choices: :meth:`ControlPanel.config` turns them into a
:class:`~nnlab.training.config.RunConfig`. Optimizer and hyperparameter edits are announced with
``optimizer_changed`` so the page can hand them to a running worker (they apply at the next step);
everything else is locked while a run trains.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.core import optimizers
from nnlab.data import datasets
from nnlab.gui import i18n, plain
from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.i18n import Retranslatable
from nnlab.gui.train.run_model import optimizer_title
from nnlab.training.config import ACTIVATIONS, MAX_BATCH, MAX_HIDDEN_LAYERS, RunConfig

DATASETS = tuple(datasets.DATASETS)  # the combo box's order
LR_MIN, LR_MAX = 1e-5, 10.0
SLIDER_STEPS_PER_DECADE = 100
LECTURE = RunConfig()  # 784 → 512 relu → 10, RMSprop 1e-3, batch 128, 5 epochs


class LogSpinBox(QDoubleSpinBox):
    """A spin box for values spanning decades (learning rate, ε): shows 3 significant digits and
    its arrows multiply or divide by 10^¼ instead of adding a fixed step."""

    def __init__(self, minimum: float, maximum: float, parent=None):
        super().__init__(parent)
        self.setDecimals(12)
        self.setRange(minimum, maximum)

    def textFromValue(self, value: float) -> str:
        return f"{value:.3g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text, position):
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            ok = all(ch in "0123456789.,eE-+" for ch in text)
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, position
        state = QValidator.State.Acceptable if self.minimum() <= value <= self.maximum() \
            else QValidator.State.Intermediate
        return state, text, position

    def stepBy(self, steps: int) -> None:
        value = float(f"{self.value() * 10 ** (steps / 4):.3g}")
        self.setValue(min(self.maximum(), max(self.minimum(), value)))


def _group(layout_parent: QVBoxLayout, object_name: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(objectName=object_name)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    layout_parent.addWidget(box)
    return box, form


class ControlPanel(Retranslatable, QWidget):
    """Choices for the next run. Signals: ``optimizer_changed(name, hyper)`` for live edits,
    ``dataset_changed(name)``, ``compare_requested(kind)`` with kind "learning_rate", "batch_size" or "optimizers";
    ``subset_changed()`` when the training subset changes."""

    optimizer_changed = Signal(str, dict)
    dataset_changed = Signal(str)
    config_changed = Signal()
    compare_requested = Signal(str)
    subset_changed = Signal()
    save_defaults_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("trainControls")
        self._train_size = None
        self._held_out = None
        self._hyper_widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(10)
        self._build_experiments(layout)  # first: the one-click lecture set-ups are where to start
        self._build_data(layout)
        self._build_model(layout)
        self._build_optimizer(layout)
        self._build_batches(layout)
        layout.addStretch(1)
        self.set_config(LECTURE)
        self.retranslate_ui()

    # -- building --------------------------------------------------------------------------------
    def _build_data(self, layout):
        self.data_box, form = _group(layout, "dataGroup")
        self.dataset_combo = QComboBox(objectName="datasetCombo")
        self.dataset_combo.addItems(["MNIST", "Fashion-MNIST"])
        self.dataset_combo.currentIndexChanged.connect(self._on_dataset)
        self.validation_spin = QSpinBox(objectName="validationSpin", minimum=0, maximum=50, suffix=" %")
        self.validation_spin.valueChanged.connect(self.config_changed)
        self.subset_spin = QSpinBox(objectName="trainSubsetSpin", minimum=0, maximum=MAX_BATCH, singleStep=1000)
        self.subset_spin.setGroupSeparatorShown(True)
        self.subset_spin.valueChanged.connect(self.subset_changed)
        self.subset_spin.valueChanged.connect(self.config_changed)
        self.dataset_label, self.validation_label, self.subset_label = plain.label(), plain.label(), plain.label()
        form.addRow(self.dataset_label, self.dataset_combo)
        form.addRow(self.validation_label, self.validation_spin)
        form.addRow(self.subset_label, self.subset_spin)

    def _build_model(self, layout):
        self.model_box, form = _group(layout, "modelGroup")
        self.hidden_spin = QSpinBox(objectName="hiddenLayersSpin", minimum=0, maximum=MAX_HIDDEN_LAYERS)
        self.units_spins = [QSpinBox(objectName=f"unitsSpin{i + 1}", minimum=1, maximum=4096, value=512)
                            for i in range(MAX_HIDDEN_LAYERS)]
        units_row = QHBoxLayout()
        units_row.setSpacing(4)
        for spin in self.units_spins:
            units_row.addWidget(spin)
            spin.valueChanged.connect(self._on_model_changed)
        self.hidden_spin.valueChanged.connect(self._on_model_changed)
        self.activation_combo = QComboBox(objectName="activationCombo")
        self.activation_combo.addItems(list(ACTIVATIONS))
        self.activation_combo.currentIndexChanged.connect(self._on_model_changed)
        self.architecture_label = QLabel(objectName="architectureLabel", textFormat=Qt.TextFormat.RichText,
                                         wordWrap=True)
        self.architecture_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.hidden_label, self.units_label, self.activation_label = plain.label(), plain.label(), plain.label()
        form.addRow(self.hidden_label, self.hidden_spin)
        form.addRow(self.units_label, units_row)
        form.addRow(self.activation_label, self.activation_combo)
        form.addRow(self.architecture_label)

    def _build_optimizer(self, layout):
        self.optimizer_box, self.optimizer_form = _group(layout, "optimizerGroup")
        self.optimizer_combo = QComboBox(objectName="optimizerCombo")
        self.optimizer_combo.addItems([optimizer_title(name) for name in optimizers.NAMES])
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer_kind)
        self.lr_slider = QSlider(Qt.Orientation.Horizontal, objectName="learningRateSlider")
        self.lr_slider.setRange(0, round(math.log10(LR_MAX / LR_MIN) * SLIDER_STEPS_PER_DECADE))
        self.lr_slider.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.lr_spin = LogSpinBox(LR_MIN, LR_MAX, self)
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setKeyboardTracking(False)
        self.lr_slider.valueChanged.connect(self._on_lr_slider)
        self.lr_spin.valueChanged.connect(self._on_lr_spin)
        lr_row = QHBoxLayout()
        lr_row.addWidget(self.lr_slider, 1)
        lr_row.addWidget(self.lr_spin)
        self.lr_spin.setMinimumWidth(78)
        self.optimizer_label, self.lr_label = plain.label(), plain.label()
        self.optimizer_form.addRow(self.optimizer_label, self.optimizer_combo)
        self.optimizer_form.addRow(self.lr_label, lr_row)
        self.hyper_form_start = self.optimizer_form.rowCount()

    def _build_batches(self, layout):
        self.batch_box, form = _group(layout, "batchGroup")
        self.batch_spin = QSpinBox(objectName="batchSizeSpin", minimum=1, maximum=MAX_BATCH)
        self.batch_spin.setGroupSeparatorShown(True)
        self.batch_spin.valueChanged.connect(self._on_batch_size)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons = {}
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for mode in ("batch", "mini", "stochastic"):
            button = QPushButton(objectName=f"batchMode_{mode}", checkable=True)
            button.setProperty("segment", mode)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.mode_group.buttonClicked.connect(self._on_batch_mode)
        self.epochs_spin = QSpinBox(objectName="epochsSpin", minimum=1, maximum=500)
        self.seed_spin = QSpinBox(objectName="seedSpin", minimum=0, maximum=2**31 - 1)
        for spin in (self.epochs_spin, self.seed_spin):
            spin.valueChanged.connect(self.config_changed)
        self.batch_label, self.epochs_label, self.seed_label = plain.label(), plain.label(), plain.label()
        form.addRow(modes)
        form.addRow(self.batch_label, self.batch_spin)
        form.addRow(self.epochs_label, self.epochs_spin)
        form.addRow(self.seed_label, self.seed_spin)

    def _build_experiments(self, layout):
        self.experiments_box = QGroupBox(objectName="experimentsGroup")
        column = QVBoxLayout(self.experiments_box)
        column.setSpacing(6)
        self.preset_button = QPushButton(objectName="lecturePresetButton", clicked=self.apply_lecture_preset)
        self.compare_lr_button = QPushButton(objectName="compareLearningRatesButton")
        self.compare_lr_button.clicked.connect(lambda: self.compare_requested.emit("learning_rate"))
        self.compare_batch_button = QPushButton(objectName="compareBatchSizesButton")
        self.compare_batch_button.clicked.connect(lambda: self.compare_requested.emit("batch_size"))
        self.compare_opt_button = QPushButton(objectName="compareOptimizersButton")
        self.compare_opt_button.clicked.connect(lambda: self.compare_requested.emit("optimizers"))
        self.defaults_button = QPushButton(objectName="saveDefaultsButton")
        self.defaults_button.clicked.connect(self.save_defaults_requested)
        for button in (self.preset_button, self.defaults_button, self.compare_lr_button, self.compare_batch_button,
                       self.compare_opt_button):
            column.addWidget(button)
        layout.addWidget(self.experiments_box)

    # -- texts -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.data_box.setTitle(self.tr("Data"))
        self.dataset_label.setText(self.tr("Data set"))
        self.dataset_combo.setItemText(0, self.tr("MNIST digits"))
        self.dataset_combo.setItemText(1, self.tr("Fashion-MNIST clothes"))
        self.dataset_combo.setToolTip(self.tr("The images the network learns from: handwritten digits or pictures "
                                         "of clothes."))
        self.validation_label.setText(self.tr("Validation"))
        self.validation_spin.setToolTip(self.tr("Share of the training images kept aside to check, after each epoch, "
                                           "how well the network does on images it never trained on."))
        self.subset_label.setText(self.tr("Training images"))
        self._show_counts()
        self.subset_spin.setToolTip(self.tr("Train on only the first this many training images (all: the whole "
                                            "training set). A few thousand make stochastic gradient descent "
                                            "finish in seconds; validation and test images stay the same."))
        self.model_box.setTitle(self.tr("Network"))
        self.hidden_label.setText(self.tr("Hidden layers"))
        self.hidden_spin.setToolTip(self.tr("How many Dense layers sit between the input pixels and the 10 outputs; "
                                       "0 gives a linear classifier."))
        self.units_label.setText(self.tr("Units"))
        for index, spin in enumerate(self.units_spins):
            spin.setToolTip(self.tr("Number of units (neurons) in hidden layer {0}.").format(index + 1))
            spin.setAccessibleName(self.tr("Units in hidden layer {0}").format(index + 1))
        self.activation_label.setText(self.tr("Activation"))
        self.activation_combo.setToolTip(self.tr("The non-linear function each hidden unit applies; without one, "
                                            "all layers collapse into a single linear map."))
        self.optimizer_box.setTitle(self.tr("Optimizer"))
        self.optimizer_label.setText(self.tr("Optimizer"))
        self.optimizer_combo.setToolTip(self.tr("The rule that turns gradients into weight updates; you may switch "
                                           "it while training runs."))
        self.lr_label.setText(self.tr("Learning rate"))
        lr_tip = self.tr("How big a step each update takes (from 0.00001 to 10, log scale); changes apply "
                         "at the next step.")
        self.lr_slider.setToolTip(lr_tip)
        self.lr_spin.setToolTip(lr_tip)
        self.lr_slider.setAccessibleName(self.tr("Learning rate slider"))
        self.lr_spin.setAccessibleName(self.tr("Learning rate"))
        self.batch_box.setTitle(self.tr("Batches and epochs"))
        self.mode_buttons["batch"].setText(self.tr("Batch"))
        self.mode_buttons["batch"].setToolTip(self.tr("Batch gradient descent: every step uses the whole "
                                                      "training set."))
        self.mode_buttons["mini"].setText(self.tr("Mini-batch"))
        self.mode_buttons["mini"].setToolTip(self.tr("Mini-batch gradient descent: every step uses a small "
                                                     "random batch (the lecture uses 128)."))
        self.mode_buttons["stochastic"].setText(self.tr("Stochastic"))
        self.mode_buttons["stochastic"].setToolTip(self.tr("Stochastic gradient descent: every step uses one "
                                                           "single image."))
        self.batch_label.setText(self.tr("Batch size"))
        self.batch_spin.setToolTip(self.tr("How many images one update step looks at."))
        self.epochs_label.setText(self.tr("Epochs"))
        self.epochs_spin.setToolTip(self.tr("How many times training goes through all training images."))
        self.seed_label.setText(self.tr("Seed"))
        self.seed_spin.setToolTip(self.tr("Start of the random numbers: the same seed gives the same initial weights "
                                     "and the same batch order."))
        self.experiments_box.setTitle(self.tr("Lecture experiments"))
        self.preset_button.setText(self.tr("Lecture network"))
        self.preset_button.setToolTip(i18n.tooltip(i18n.with_code(self.tr(
            "Set everything as in the lecture: 512 {0} units, RMSprop with "
            "learning rate 0.001, batches of 128, 5 epochs."), "relu")))
        self.defaults_button.setText(self.tr("Save as my defaults"))
        self.defaults_button.setToolTip(i18n.tooltip(self.tr(
            "Start every new session with the settings shown now, instead of "
            "the lecture network.")))
        self.compare_lr_button.setText(self.tr("Compare learning rates"))
        self.compare_lr_button.setToolTip(i18n.tooltip(self.tr(
            "Train three runs of gradient descent (SGD) from the same initial weights with a learning rate too "
            "small (0.001), about right (0.5) and too large (2.0), and overlay them.")))
        self.compare_batch_button.setText(self.tr("Compare batch sizes"))
        self.compare_batch_button.setToolTip(i18n.tooltip(self.tr(
            "Train batch, mini-batch (32) and stochastic (1) gradient descent from the same initial weights on "
            "the same 2,000 training images for 5 epochs: the same samples seen, few exact steps against many "
            "noisy ones.")))
        self.compare_opt_button.setText(self.tr("Compare the seven optimizers"))
        self.compare_opt_button.setToolTip(i18n.tooltip(self.tr(
            "Train the same network from the same initial weights with each "
            "optimizer at its default settings, one after another.")))
        self._update_architecture()
        self._rebuild_hyper_rows()
        self._update_batch_mode()
        describe_for_screen_readers(self)

    def _hyper_text(self, key: str) -> tuple[str, str]:
        texts = {
            "momentum": (i18n.with_code(self.tr("Momentum {0}"), "μ"),
                         self.tr("How much of the previous step's velocity is kept (0 = plain SGD).")),
            "nesterov": (self.tr("Nesterov"), self.tr("Look ahead along the velocity before taking the gradient.")),
            "rho": (i18n.with_code(self.tr("Decay {0}"), "ρ"),
                    self.tr("How quickly the running average of squared gradients forgets old gradients.")),
            "epsilon": (i18n.with_code(self.tr("Epsilon {0}"), "ε"),
                        self.tr("A tiny number added to avoid dividing by zero.")),
            "beta_1": (i18n.code("β₁"), self.tr("Decay of the running average of gradients (the momentum part).")),
            "beta_2": (i18n.code("β₂"), self.tr("Decay of the running average of squared gradients.")),
            "initial_accumulator_value": (self.tr("Initial sum"), self.tr("Starting value of Adagrad's sum of squared "
                                                                 "gradients.")),
        }
        return texts.get(key, (key, key))

    # -- optimizer hyperparameters ---------------------------------------------------------------
    def optimizer_name(self) -> str:
        return optimizers.NAMES[self.optimizer_combo.currentIndex()]

    def _rebuild_hyper_rows(self, values: dict | None = None) -> None:
        """Show only the hyperparameters the chosen optimizer has (besides the learning rate)."""
        if values is None:
            values = self.hyperparameters()
        while self.optimizer_form.rowCount() > self.hyper_form_start:
            self.optimizer_form.removeRow(self.hyper_form_start)
        self._hyper_widgets.clear()
        defaults = optimizers.hyperparameters(self.optimizer_name())
        for key, default in defaults.items():
            if key == "learning_rate":
                continue
            value = values.get(key, default)
            widget = self._hyper_widget(key, value)
            label, tip = self._hyper_text(key)
            widget.setToolTip(tip)
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(tip)
            self._hyper_widgets[key] = widget
            self.optimizer_form.addRow(plain.label(label), widget)

    def _hyper_widget(self, key: str, value) -> QWidget:
        if isinstance(value, bool):
            widget = QCheckBox(objectName=f"hyper_{key}", checked=value)
            widget.toggled.connect(self._emit_optimizer)
            return widget
        low, high = self._hyper_range(key)
        if key == "epsilon":
            widget = LogSpinBox(low, high)
        else:
            # Four decimals and a top one step below 1: with three, Qt rounds 0.9999 up to 1.000, a
            # beta or rho the optimizer refuses (an average that never moves).
            widget = QDoubleSpinBox(decimals=4, singleStep=0.01, minimum=low, maximum=high)
        widget.setObjectName(f"hyper_{key}")
        widget.setKeyboardTracking(False)
        widget.setValue(float(value))
        widget.valueChanged.connect(self._emit_optimizer)
        return widget

    def hyperparameters(self) -> dict:
        """The chosen optimizer's hyperparameters, learning rate included."""
        hyper = {"learning_rate": self.lr_spin.value()}
        for key, widget in self._hyper_widgets.items():
            hyper[key] = widget.isChecked() if isinstance(widget, QCheckBox) else widget.value()
        return hyper

    def _on_optimizer_kind(self) -> None:
        defaults = optimizers.hyperparameters(self.optimizer_name())
        with QSignalBlocker(self.lr_spin), QSignalBlocker(self.lr_slider):
            self.lr_spin.setValue(defaults["learning_rate"])
            self._sync_slider()
        self._rebuild_hyper_rows(defaults)
        self._emit_optimizer()

    def _emit_optimizer(self) -> None:
        self.optimizer_changed.emit(self.optimizer_name(), self.hyperparameters())
        self.config_changed.emit()

    def _on_lr_slider(self, position: int) -> None:
        value = float(f"{LR_MIN * 10 ** (position / SLIDER_STEPS_PER_DECADE):.3g}")
        if not math.isclose(value, self.lr_spin.value(), rel_tol=1e-6):
            self.lr_spin.setValue(value)

    def _on_lr_spin(self, _value: float) -> None:
        with QSignalBlocker(self.lr_slider):
            self._sync_slider()
        self._emit_optimizer()

    def _sync_slider(self) -> None:
        self.lr_slider.setValue(round(math.log10(self.lr_spin.value() / LR_MIN) * SLIDER_STEPS_PER_DECADE))

    # -- model and batches -----------------------------------------------------------------------
    def _on_model_changed(self) -> None:
        self._update_architecture()
        self.config_changed.emit()

    def _update_architecture(self) -> None:
        count = self.hidden_spin.value()
        for index, spin in enumerate(self.units_spins):
            spin.setVisible(index < count)
        self.units_label.setVisible(count > 0)
        self.activation_combo.setEnabled(count > 0 and self.hidden_spin.isEnabled())
        config = self.config()
        sizes = config.layer_sizes()
        shapes = " · ".join(i18n.code_html(f"W{i + 1} ({a}, {b})") for i, (a, b) in enumerate(zip(sizes, sizes[1:])))
        params = f"{config.count_params():,}"
        # The lines of code are paragraphs of their own, left to right at the language's start side: in a
        # right-to-left paragraph the isolated shapes "W1 (784, 512) · W2 (512, 10)" came out last to first.
        start = "right" if i18n.is_right_to_left() else "left"
        code = f"<p dir='ltr' align='{start}' style='margin:0; {{0}}'>{{1}}</p>"
        self.architecture_label.setText(i18n.in_reading_direction(
            "<div style='margin-top:4px'>"
            + code.format("font-size:13pt; font-weight:600", i18n.code_html(config.architecture()))
            + "<p style='margin:0'>{0}</p>".format(self.tr("{0} parameters").format(params))
            + code.format("color:palette(placeholder-text)", shapes) + "</div>"))
        self.architecture_label.setToolTip(self.tr("Layer sizes from the 784 input pixels to the 10 outputs, "
                                                   "and the shape of every weight matrix."))

    def set_train_size(self, samples: int | None, held_out: int | None = None) -> None:
        """How many training images a run trains on (for naming the batch mode) and how many of the
        data set's are kept for validation: the slide's 60,000 are 54,000 + 6,000, said where the
        student sets them (issue 27, item 12)."""
        self._train_size, self._held_out = samples, held_out
        self._update_batch_mode()
        self._show_counts()

    def _show_counts(self) -> None:
        held_out = self._held_out
        self.validation_spin.setSuffix(" %" if held_out is None else self.tr(" % ({0:,} images)").format(held_out))
        all_images = self._train_size if self._train_size is not None and not self.subset_spin.value() else None
        self.subset_spin.setSpecialValueText(self.tr("all") if all_images is None
                                             else self.tr("all {0:,}").format(all_images))

    def _on_batch_size(self) -> None:
        self._update_batch_mode()
        self.config_changed.emit()

    def _on_batch_mode(self, button) -> None:
        mode = button.property("segment")
        value = {"batch": MAX_BATCH, "stochastic": 1}.get(mode, 128)
        self.batch_spin.setValue(value)

    def _update_batch_mode(self) -> None:
        value = self.batch_spin.value()
        full = self._train_size or MAX_BATCH
        mode = "stochastic" if value == 1 else "batch" if value >= full else "mini"
        self.mode_buttons[mode].setChecked(True)
        if mode == "batch":
            self.batch_spin.setSuffix(self.tr(" (all)"))
        else:
            self.batch_spin.setSuffix("")

    def _on_dataset(self) -> None:
        self.dataset_changed.emit(DATASETS[self.dataset_combo.currentIndex()])
        self.config_changed.emit()

    # -- the whole config ------------------------------------------------------------------------
    def config(self) -> RunConfig:
        return RunConfig(dataset=DATASETS[self.dataset_combo.currentIndex()],
                         hidden=tuple(spin.value() for spin in self.units_spins[:self.hidden_spin.value()]),
                         activation=self.activation_combo.currentText(), optimizer=self.optimizer_name(),
                         hyper=self.hyperparameters(), batch_size=self.batch_spin.value(),
                         epochs=self.epochs_spin.value(), seed=self.seed_spin.value(),
                         validation_split=self.validation_spin.value() / 100,
                         train_subset=self.subset_spin.value())

    def set_config(self, config: RunConfig) -> None:
        """Show ``config`` in the controls (a preset, a reopened run, the saved settings)."""
        blockers = [QSignalBlocker(w) for w in (self.dataset_combo, self.hidden_spin, self.activation_combo,
                                                  self.optimizer_combo, self.lr_spin, self.lr_slider,
                                                  self.batch_spin, self.epochs_spin, self.seed_spin,
                                                  self.validation_spin, self.subset_spin, *self.units_spins)]
        self.dataset_combo.setCurrentIndex(DATASETS.index(config.dataset) if config.dataset in DATASETS else 0)
        self.hidden_spin.setValue(min(len(config.hidden), MAX_HIDDEN_LAYERS))
        for spin, units in zip(self.units_spins, config.hidden):
            spin.setValue(units)
        self.activation_combo.setCurrentIndex(ACTIVATIONS.index(config.activation)
                                              if config.activation in ACTIVATIONS else 0)
        name = config.optimizer if config.optimizer in optimizers.NAMES else "rmsprop"
        self.optimizer_combo.setCurrentIndex(optimizers.NAMES.index(name))
        hyper = {**optimizers.hyperparameters(name), **config.hyper}
        self.lr_spin.setValue(float(hyper["learning_rate"]))
        self._sync_slider()
        self.batch_spin.setValue(config.batch_size)
        self.epochs_spin.setValue(config.epochs)
        self.seed_spin.setValue(config.seed)
        self.validation_spin.setValue(round(config.validation_split * 100))
        self.subset_spin.setValue(config.train_subset)
        del blockers
        self._rebuild_hyper_rows(hyper)
        self._update_architecture()
        self._update_batch_mode()
        self.config_changed.emit()
        self.subset_changed.emit()

    def fits(self, config: RunConfig) -> bool:
        """True when every value of ``config`` can be shown by these controls as it is (a saved
        preset from a damaged or hand-edited settings file may hold anything)."""
        hyper = config.hyper if isinstance(config.hyper, dict) else {}
        allowed = optimizers.hyperparameters(config.optimizer) if config.optimizer in optimizers.NAMES else {}

        def number_in(value, low, high):
            return isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high
        hyper_ok = set(hyper) <= set(allowed) and all(
            isinstance(value, bool) if isinstance(allowed[key], bool)
            else number_in(value, *self._hyper_range(key)) for key, value in hyper.items())
        hidden = config.hidden
        return (config.dataset in DATASETS and config.activation in ACTIVATIONS and bool(allowed) and hyper_ok
                and len(hidden) <= MAX_HIDDEN_LAYERS
                and all(number_in(units, 1, self.units_spins[0].maximum()) for units in hidden)
                and number_in(config.batch_size, 1, MAX_BATCH)
                and number_in(config.epochs, 1, self.epochs_spin.maximum())
                and number_in(config.seed, 0, self.seed_spin.maximum())
                and number_in(config.validation_split, 0, self.validation_spin.maximum() / 100)
                and number_in(config.train_subset, 0, self.subset_spin.maximum()))

    @staticmethod
    def _hyper_range(key: str) -> tuple[float, float]:
        """The range the spin box of hyperparameter ``key`` shows (``_hyper_widget`` builds it from here)."""
        return {"learning_rate": (LR_MIN, LR_MAX), "epsilon": (1e-12, 1.0),
                "initial_accumulator_value": (0.0, 10.0)}.get(key, (0.0, 0.9999))

    def apply_lecture_preset(self) -> None:
        """The lecture's network and training, with its 10% validation and all the training images
        (a lesson's experiment may have left 2,000); the data set and seed stay."""
        self.set_config(RunConfig(dataset=DATASETS[self.dataset_combo.currentIndex()], seed=self.seed_spin.value()))

    def set_training(self, training: bool) -> None:
        """Lock what cannot change during a run; the optimizer and its hyperparameters stay live."""
        for widget in (self.data_box, self.model_box, self.batch_box, self.experiments_box):
            widget.setEnabled(not training)
