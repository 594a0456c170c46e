"""The run list: every training run of the session, ticked to overlay its curves on the plots.

One row per :class:`~nnlab.training.runs.Run`: name, data set, architecture, optimizer with its
hyperparameters, seed, status, test accuracy and time. The details line under the list repeats
the selected run's hyperparameter changes over time; the buttons save a run as a hand-in record
folder or open one again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.dataset_loader import dataset_title
from nnlab.gui.i18n import Retranslatable

OPTIMIZER_TITLES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "Adagrad",
                    "adadelta": "Adadelta", "rmsprop": "RMSprop", "adam": "Adam"}
HYPER_SYMBOLS = {"learning_rate": "lr", "momentum": "μ", "rho": "ρ", "epsilon": "ε", "beta_1": "β₁",
                 "beta_2": "β₂", "initial_accumulator_value": "s₀", "nesterov": "nesterov"}


def optimizer_title(name: str) -> str:
    return OPTIMIZER_TITLES.get(name, name)


def describe_hyper(hyper: dict) -> str:
    """``lr 0.001, ρ 0.9, ε 1e-07``: the hyperparameters as the lecture's formulas name them."""
    parts = []
    for key, value in hyper.items():
        symbol = HYPER_SYMBOLS.get(key, key)
        parts.append(f"{symbol} {'✓' if value else '✗'}" if isinstance(value, bool) else f"{symbol} {value:.3g}")
    return ", ".join(parts)


def status_text(status: str) -> str:
    texts = {"new": QCoreApplication.translate("RunsView", "waiting"),
             "running": QCoreApplication.translate("RunsView", "training…"),
             "completed": QCoreApplication.translate("RunsView", "completed"),
             "stopped": QCoreApplication.translate("RunsView", "stopped"),
             "diverged": QCoreApplication.translate("RunsView", "diverged"),
             "error": QCoreApplication.translate("RunsView", "failed"),
             "opened": QCoreApplication.translate("RunsView", "opened")}
    return texts.get(status, status)


def _left_to_right(text: str) -> str:
    """Keep ``784 → 512 → 10`` in reading order inside right-to-left (Persian) text."""
    return f"\u2066{text}\u2069"


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RunsView(Retranslatable, QWidget):
    """The list of runs. Signals: ``overlay_changed(run, shown)``, ``current_changed(run or None)``,
    ``save_requested(run)``, ``open_requested()``, ``remove_requested(run)``, ``continue_requested(run)``."""

    overlay_changed = Signal(object, bool)
    current_changed = Signal(object)
    save_requested = Signal(object)
    open_requested = Signal()
    remove_requested = Signal(object)
    continue_requested = Signal(object)

    COLUMNS = 8

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._runs: dict[int, object] = {}
        self.tree = QTreeWidget(objectName="runList", rootIsDecorated=False, uniformRowHeights=True,
                                alternatingRowColors=True)
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current)
        self.details = QLabel(objectName="runDetails", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(objectName="saveRunButton", enabled=False)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.current_run()))
        self.open_button = QPushButton(objectName="openRunButton", clicked=self.open_requested)
        self.continue_button = QPushButton(objectName="continueRunButton", enabled=False)
        self.continue_button.clicked.connect(lambda: self.continue_requested.emit(self.current_run()))
        self.remove_button = QPushButton(objectName="removeRunButton", enabled=False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.current_run()))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.open_button, self.continue_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Run"), self.tr("Data"), self.tr("Network"), self.tr("Optimizer"),
                                   self.tr("Seed"), self.tr("Status"), self.tr("Test accuracy"), self.tr("Time")])
        self.tree.setToolTip(self.tr("Every run of this session; tick a run to draw its curves on the plots."))
        self.tree.setAccessibleName(self.tr("Runs"))
        self.save_button.setText(self.tr("Save record…"))
        self.save_button.setToolTip(self.tr("Save the selected run as a folder to hand in: settings, history, "
                                       "CSV metrics, plots and the trained model."))
        self.open_button.setText(self.tr("Open record…"))
        self.open_button.setToolTip(self.tr("Open a run record folder saved earlier, to look at it or continue it."))
        self.continue_button.setText(self.tr("Continue training"))
        self.continue_button.setToolTip(self.tr("Train the selected run's network further, starting from its "
                                           "trained weights."))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the selected run out of the list (saved records stay on disk)."))
        for run_id, item in self._items.items():
            self._fill(item, self._runs[run_id])
        self._show_details(self.current_run())
        describe_for_screen_readers(self)

    # -- rows ------------------------------------------------------------------------------------
    def add_run(self, run, colour: str, shown: bool = True) -> None:
        item = QTreeWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setIcon(0, _swatch(colour))
        self._items[id(run)] = item
        self._runs[id(run)] = run
        self.tree.blockSignals(True)
        item.setCheckState(0, Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._fill(item, run)
        self.tree.setCurrentItem(item)

    def update_run(self, run) -> None:
        item = self._items.get(id(run))
        if item is not None:
            self._fill(item, run)
            if run is self.current_run():
                self._show_details(run)

    def remove_run(self, run) -> None:
        item = self._items.pop(id(run), None)
        self._runs.pop(id(run), None)
        if item is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))

    def set_colour(self, run, colour: str) -> None:
        item = self._items.get(id(run))
        if item is not None:
            item.setIcon(0, _swatch(colour))

    def set_shown(self, run, shown: bool) -> None:
        item = self._items.get(id(run))
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def runs(self) -> list:
        return list(self._runs.values())

    def current_run(self):
        item = self.tree.currentItem()
        for run_id, candidate in self._items.items():
            if candidate is item:
                return self._runs[run_id]
        return None

    def _fill(self, item: QTreeWidgetItem, run) -> None:
        config = run.config
        self.tree.blockSignals(True)
        values = [run.name, dataset_title(config.dataset),
                  _left_to_right(f"{config.architecture()} {config.activation if config.hidden else ''}".strip()),
                  _left_to_right(f"{optimizer_title(config.optimizer)} ({describe_hyper(config.hyper)})"),
                  str(config.seed),
                  status_text(run.status),
                  "" if run.test_accuracy is None else f"{run.test_accuracy:.2%}",
                  self.tr("{0:.1f} s").format(run.seconds) if run.seconds else ""]
        for column, value in enumerate(values):
            item.setText(column, value)
        item.setToolTip(3, item.text(3))
        self.tree.blockSignals(False)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        for run_id, candidate in self._items.items():
            if candidate is item:
                self.overlay_changed.emit(self._runs[run_id], item.checkState(0) == Qt.CheckState.Checked)

    def _on_current(self, *_):
        run = self.current_run()
        for button in (self.save_button, self.remove_button, self.continue_button):
            button.setEnabled(run is not None and run.status != "running")
        self.continue_button.setEnabled(run is not None and run.model is not None and run.status != "running")
        self._show_details(run)
        self.current_changed.emit(run)

    def refresh_buttons(self) -> None:
        self._on_current()

    def _show_details(self, run) -> None:
        if run is None:
            self.details.setText(self.tr("No run selected. Press Start to train one."))
            return
        config = run.config
        text = self.tr("<b>{0}</b>: {1}, batch size {2}, {3} epochs, validation {4:.0%}, "
                       "{5} parameters.").format(run.name, optimizer_title(config.optimizer), config.batch_size,
                                                 config.epochs, config.validation_split,
                                                 f"{config.count_params():,}")
        if run.changes:
            changes = "; ".join(self.tr("epoch {0:.2f}: {1} ({2})").format(
                change["x"], optimizer_title(change["optimizer"]), describe_hyper(change["hyper"]))
                for change in run.changes)
            text += " " + self.tr("Changes during training: {0}.").format(changes)
        if run.status == "diverged":
            text += " <i>{0}</i>".format(self.tr("The loss exploded: the learning rate is probably too large."))
        elif run.status == "error" and run.message:
            text += " <i>{0}</i>".format(run.message)
        self.details.setText(text)
