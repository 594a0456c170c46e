"""Demo 2, decision boundaries: a linear model, one with extra features, and a network, trained live
on 2-D toy data by the core engine in a background thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
)

from nnlab.concepts import decision
from nnlab.data.toy import DEFAULT_NOISE
from nnlab.gui import i18n, names, plain, plots
from nnlab.gui.concepts.toy_training import STEPS_PER_FRAME, ToyDemo, ToyTraining


class DecisionDemo(ToyDemo):
    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.training = ToyTraining(self, self.show_result)
        self.plot = plots.make_plot(aspect_locked=True)
        self.view = plots.ClassView(self.plot)
        self.loss_plot = plots.make_plot()
        self.loss_plot.setMaximumHeight(190)
        self.loss_curve = plots.curve(self.loss_plot, plots.VERMILION, 2)
        self.body.addWidget(self.plot, 3)
        self.body.addWidget(self.loss_plot, 1)

        self.data_combo = QComboBox(objectName="decisionDatasetCombo")
        self.noise_spin = QDoubleSpinBox(objectName="decisionNoiseSpin", minimum=0.0, maximum=0.5, singleStep=0.05,
                                         value=0.1, decimals=2)
        self.model_combo = QComboBox(objectName="decisionModelCombo")
        self.degree_spin = QSpinBox(objectName="decisionDegreeSpin", minimum=2, maximum=6, value=3)
        self.layers_spin = QSpinBox(objectName="decisionLayersSpin", minimum=1, maximum=3, value=2)
        self.units_spin = QSpinBox(objectName="decisionUnitsSpin", minimum=2, maximum=64, value=12)
        self.activation_combo = QComboBox(objectName="decisionActivationCombo")
        self.optimizer_combo = QComboBox(objectName="decisionOptimizerCombo")
        self.rate_spin = QDoubleSpinBox(objectName="decisionLearningRateSpin", minimum=0.0001, maximum=2.0, decimals=4,
                                        singleStep=0.005, value=0.01)
        self.form = QFormLayout()
        self.labels = [self.add_row(self.form, w) for w in (
            self.data_combo, self.noise_spin, self.model_combo, self.degree_spin, self.layers_spin,
            self.units_spin, self.activation_combo, self.optimizer_combo, self.rate_spin)]
        self.controls.addLayout(self.form)
        self.reset_button = QPushButton(objectName="decisionResetButton")
        self.add_button_row(self.play_button, self.reset_button)
        self.status = plain.label(objectName="decisionStatus", wordWrap=True)
        self.controls.addWidget(self.status)
        self.message_label = self.status

        self.retranslate_ui()
        self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData("adam"))
        self.data_combo.setCurrentIndex(self.data_combo.findData("xor"))
        self.noise_spin.setValue(DEFAULT_NOISE["xor"])
        self.model_combo.setCurrentIndex(self.model_combo.findData("network"))
        self.data_combo.currentIndexChanged.connect(self._data_changed)
        for widget in (self.model_combo, self.activation_combo, self.optimizer_combo):
            widget.currentIndexChanged.connect(self.rebuild)
        for widget in (self.noise_spin, self.degree_spin, self.layers_spin, self.units_spin):
            widget.valueChanged.connect(self.rebuild)
        self.rate_spin.valueChanged.connect(self._rate_changed)
        self.reset_button.clicked.connect(self.rebuild)
        self.rebuild()

    # -- model -----------------------------------------------------------------------------------
    def make_classifiers(self, points, labels) -> list:
        kind = self.model_combo.currentData()
        hidden = [self.units_spin.value()] * self.layers_spin.value()
        return [decision.ToyClassifier(points, labels, kind=kind, degree=self.degree_spin.value(), hidden=hidden,
                                       activation=self.activation_combo.currentData(),
                                       optimizer=self.optimizer_combo.currentData(),
                                       learning_rate=self.rate_spin.value())]

    def rebuild(self) -> None:
        """New data or a new model: start from fresh weights (training resumes if it was running)."""
        running = self.training.running
        self.training.stop()
        loaded = self.load_points(self.noise_spin.value())
        if loaded is None:
            return
        points, labels = loaded
        self.training.bounds = decision.data_bounds(points)
        self.training.classifiers = self.make_classifiers(points, labels)
        self.losses = []
        self.view.set_points(points, labels)
        self.loss_curve.setData([], [])
        self.show_grids(self.training.grids())
        self._update_enabled()
        self.status.setText(self.tr("Press Start to train."))
        if running:
            self.training.start()

    def _data_changed(self) -> None:
        """Each data set comes with the noise that keeps its shape visible; the student can change it."""
        self.noise_spin.blockSignals(True)
        self.noise_spin.setValue(DEFAULT_NOISE[self.data_combo.currentData()])
        self.noise_spin.blockSignals(False)
        self.rebuild()

    def show_grids(self, grids) -> None:
        self.view.set_probabilities(grids[0], self.training.bounds)

    def _rate_changed(self, value: float) -> None:
        """The learning rate applies at the next step, as in real training: no restart needed."""
        for classifier in self.training.classifiers:
            classifier.model.optimizer.learning_rate = value

    def _update_enabled(self) -> None:
        kind = self.model_combo.currentData()
        self.degree_spin.setEnabled(kind == "features")
        for widget in (self.layers_spin, self.units_spin, self.activation_combo):
            widget.setEnabled(kind == "network")

    # -- animation -------------------------------------------------------------------------------
    def show_result(self, logs, grids) -> None:
        self.losses.append(logs[0]["loss"])
        steps = [STEPS_PER_FRAME * (i + 1) for i in range(len(self.losses))]
        self.loss_curve.setData(steps, self.losses)
        self.show_grids(grids)
        self.status.setText(self.tr("Step {0}: loss {1:.4f}, accuracy {2:.0%}").format(
            self.training.classifiers[0].steps, logs[0]["loss"], logs[0]["accuracy"]))

    # -- texts -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.set_explanation(i18n.with_code(self.tr(
            "A linear classifier splits the plane with a straight line, so it fails on XOR, circles, moons "
            "and spirals. Extra features such as {0}, {1} and {2} let a linear model draw curves; a network with "
            "hidden layers learns its own features. The colours show the class each point of the plane gets."),
            "x²", "xy", "y²"))
        self.controls_box.setTitle(self.tr("Classifier"))
        names.fill_combo(self.data_combo, names.dataset_names())
        names.fill_combo(self.model_combo, {"linear": self.tr("Linear"),
                                            "features": self.tr("Linear + extra features"),
                                            "network": self.tr("Neural network")})
        names.fill_combo(self.activation_combo, {k: v for k, v in names.activation_names().items() if k != "linear"})
        names.fill_combo(self.optimizer_combo, names.optimizer_names())
        texts = [self.tr("Data:"), self.tr("Noise:"), self.tr("Model:"), self.tr("Feature degree:"),
                 self.tr("Hidden layers:"), self.tr("Units per layer:"), self.tr("Activation:"),
                 self.tr("Optimizer:"), self.tr("Learning rate:")]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.data_combo.setToolTip(self.tr("Which 2-D data set to classify"))
        self.noise_spin.setToolTip(self.tr("How much the points are scattered"))
        self.model_combo.setToolTip(self.tr("The kind of classifier to train"))
        self.degree_spin.setToolTip(i18n.with_code(self.tr("Extra features up to this power: {0}"),
                                                   "x², xy, y², x³, …"))
        self.layers_spin.setToolTip(self.tr("How many hidden Dense layers the network has"))
        self.units_spin.setToolTip(self.tr("How many units each hidden layer has"))
        self.activation_combo.setToolTip(self.tr("The activation function of the hidden layers"))
        self.optimizer_combo.setToolTip(self.tr("The optimizer that updates the weights"))
        self.rate_spin.setToolTip(self.tr("The step size; it can be changed while training runs"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Start again with fresh random weights"))
        self.retranslate_play()
        plots.set_texts(self.plot, self.tr("Decision regions"), "x", "y")
        plots.set_texts(self.loss_plot, self.tr("Loss while training"), self.tr("step"), self.tr("loss"))
