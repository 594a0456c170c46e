"""The run list: every training run of the session, ticked to overlay its curves on the plots.

A table view (``runsView``) on the page's :class:`~nnlab.gui.train.run_model.RunListModel`: name,
data set, architecture, optimizer(s) with hyperparameters, seed, status, test accuracy and time.
The details line under the table repeats the selected run's hyperparameter changes over time; the
buttons save a run as a hand-in record folder, open one, continue one or remove one.

Run names and messages come from outside (a record folder anyone can write): the details line is
rich text, so every such string is escaped there.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nnlab.gui import i18n
from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.i18n import Retranslatable
from nnlab.gui.train.run_model import (
    Column,
    RunEntry,
    RunListModel,
    describe_hyper,
    optimizer_path,
    optimizer_title,
)


class RunsView(Retranslatable, QWidget):
    """The table of runs and its buttons. Signals: ``current_changed(entry or None)``,
    ``save_requested(entry)``, ``open_requested()``, ``remove_requested(entry)``,
    ``continue_requested(entry)``."""

    current_changed = Signal(object)
    save_requested = Signal(object)
    open_requested = Signal()
    remove_requested = Signal(object)
    continue_requested = Signal(object)

    def __init__(self, model: RunListModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.training: RunEntry | None = None  # the run training now: not saved or removed yet
        self.busy = False  # something trains or loads: no run can be continued now
        self.table = QTableView(objectName="runsView", alternatingRowColors=True, showGrid=False)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # every column as wide as its text (a cut "M…" or "784 → …" hides what the run was); the last one
        # takes the spare width, and a narrow window scrolls rather than cuts
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        model.rowsInserted.connect(self._select_new_row)
        model.rowsRemoved.connect(lambda *_: self._on_current())
        model.entry_changed.connect(self._on_entry_changed)
        self.details = QLabel(objectName="runDetails", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(objectName="saveRunButton", enabled=False)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.current_entry()))
        self.open_button = QPushButton(objectName="openRunButton", clicked=self.open_requested)
        self.continue_button = QPushButton(objectName="continueRunButton", enabled=False)
        self.continue_button.clicked.connect(lambda: self.continue_requested.emit(self.current_entry()))
        self.remove_button = QPushButton(objectName="removeRunButton", enabled=False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.current_entry()))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.open_button, self.continue_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.retranslate()
        self.table.setToolTip(self.tr("Every run of this session; tick a run to draw its curves on the plots."))
        self.table.setAccessibleName(self.tr("Runs"))
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
        self._show_details(self.current_entry())
        describe_for_screen_readers(self)

    def runs(self) -> list:
        """The runs in the list, in order (their records)."""
        return [entry.run for entry in self.model.entries()]

    # -- selection -------------------------------------------------------------------------------
    def current_entry(self) -> RunEntry | None:
        index = self.table.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def select(self, entry: RunEntry) -> None:
        row = self.model.row_of(entry)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, Column.RUN))

    def toggle_current(self) -> bool:
        """Space on the table: tick or untick the selected run; False when none is selected."""
        entry = self.current_entry()
        if entry is None:
            return False
        self.model.set_shown(entry, not entry.shown)
        return True

    def set_busy(self, busy: bool, training: RunEntry | None = None) -> None:
        self.busy, self.training = busy, training
        self._update_buttons()

    def _select_new_row(self, _parent, _first, last) -> None:
        self.table.setCurrentIndex(self.model.index(last, Column.RUN))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """ResizeToContents alone missed a new row's texts: a run that started training had its columns
        cut ("M…", "784 → …") until it finished. Measured once the row is laid out (queued); the last
        column then takes the spare width again."""
        def fit():
            header = self.table.horizontalHeader()
            header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)
        QTimer.singleShot(0, self, fit)  # with self as context: dropped if the view is gone first

    def _on_entry_changed(self, entry: RunEntry) -> None:
        self._fit_columns()
        if entry is self.current_entry():
            self._show_details(entry)
            self._update_buttons()

    def _on_current(self, *_):
        entry = self.current_entry()
        self._update_buttons()
        self._show_details(entry)
        self.current_changed.emit(entry)

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        running = entry is not None and entry is self.training
        usable = entry is not None and not running
        self.save_button.setEnabled(usable)
        self.remove_button.setEnabled(usable)
        self.continue_button.setEnabled(usable and entry.run.model is not None and not self.busy)

    def _show_details(self, entry: RunEntry | None) -> None:
        if entry is None:
            self.details.setText(self.tr("No run selected. Press Start to train one."))
            return
        run, config = entry.run, entry.run.config
        text = self.tr("<b>{0}</b>: {1}, batch size {2}, {3} epochs, validation {4:.0%}, "
                       "{5} parameters.").format(i18n.name(html.escape(run.name)), html.escape(optimizer_path(run)),
                                                 config.batch_size, config.epochs, config.validation_split,
                                                 f"{config.count_params():,}")
        if config.train_subset:
            text += " " + self.tr("Trained on the first {0:,} training images only.").format(config.train_subset)
        changes = [change for change in run.changes if isinstance(change, dict)]
        if changes:
            describe = lambda change: self.tr("epoch {0:.2f}: {1}").format(  # noqa: E731
                float(change.get("x", 0.0)), i18n.code_html(f"{optimizer_title(str(change.get('optimizer', '')))} "
                                                            f"({describe_hyper(change.get('hyper') or {})})"))
            shown = changes if len(changes) <= 12 else [*changes[:6], None, *changes[-6:]]  # thousands: the ends
            listed = "; ".join("…" if change is None else describe(change) for change in shown)
            text += " " + self.tr("Changes during training: {0}.").format(listed)
        if run.status == "diverged":
            text += " <i>{0}</i>".format(self.tr("The loss exploded: the learning rate is probably too large."))
        elif run.status == "error" and run.message:
            text += " <i>{0}</i>".format(html.escape(str(run.message)))
        self.details.setText(text)

