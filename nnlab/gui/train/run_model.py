"""The runs of the session as one Qt table model: the single place a run's GUI state lives.

One :class:`RunEntry` per run holds what the page shows about it: the record (:class:`Run`), how it
is drawn (:class:`Appearance`), whether it is shown on the plots, and its test evaluation. The run
table (``runsView``) and the plots both observe :class:`RunListModel`; nobody keeps a second copy
keyed by ``id(run)``.

Why an appearance is a colour *and* a dash pattern: the colour-blind-safe palette has eight colours,
and any number of runs may be shown at once. The first eight shown runs get solid lines in eight
colours; later ones reuse the colours with dashed or dotted smoothed curves, so no two shown runs
look alike until 32 are shown (then patterns repeat, which is still drawn correctly).

Ticking a row is plain model data (``Qt.CheckStateRole`` in column 0): no item signals call back
into the view, so there is no recursion however many runs are ticked (a few dozen runs in one class
session are normal).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from nnlab.gui import i18n, plain
from nnlab.gui.dataset_loader import dataset_title
from nnlab.palette import BLUE, GREEN, GREY, ORANGE, PURPLE, SKY, VERMILION, YELLOW
from nnlab.training.metrics import Evaluation
from nnlab.training.runs import Run

# Okabe & Ito's colour-blind-safe palette, ordered so the first colours differ most.
PALETTE = [BLUE, VERMILION, GREEN, PURPLE, ORANGE, SKY, GREY, YELLOW]
# Dash patterns of the smoothed curve (in pen widths): solid first, then ones unlike the key's styles.
DASHES: list[tuple[int, ...]] = [(), (5, 2), (1, 1.5), (6, 2, 1, 2)]

OPTIMIZER_TITLES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "Adagrad",
                    "adadelta": "Adadelta", "rmsprop": "RMSprop", "adam": "Adam"}
HYPER_SYMBOLS = {"learning_rate": "lr", "momentum": "μ", "rho": "ρ", "epsilon": "ε", "beta_1": "β₁",
                 "beta_2": "β₂", "initial_accumulator_value": "s₀", "nesterov": "nesterov"}


def optimizer_title(name: str) -> str:
    return OPTIMIZER_TITLES.get(name, str(name))


def describe_hyper(hyper: dict) -> str:
    """``lr 0.001, ρ 0.9, ε 1e-07``: the hyperparameters as the lecture's formulas name them."""
    parts = []
    for key, value in hyper.items():
        symbol = HYPER_SYMBOLS.get(key, key)
        if isinstance(value, bool):
            parts.append(f"{symbol} {'✓' if value else '✗'}")
        elif isinstance(value, (int, float)):
            parts.append(f"{symbol} {value:.3g}")
        else:
            parts.append(f"{symbol} {value}")
    return ", ".join(parts)


def optimizer_path(run: Run) -> str:
    """``RMSprop → SGD → Adam``: the optimizers a run used, in order (live changes included)."""
    names = [run.config.optimizer]
    for change in run.changes:
        name = change.get("optimizer") if isinstance(change, dict) else None
        if name and name != names[-1]:
            names.append(name)
    titles = [optimizer_title(name) for name in names]
    if len(titles) > 6:  # a record may switch thousands of times: a table cell shows the ends
        titles = [*titles[:3], "…", *titles[-2:]]
    return " → ".join(titles)


def current_hyper(run: Run) -> dict:
    """The hyperparameters in use at the end of the run (the last live change wins)."""
    for change in reversed(run.changes):
        if isinstance(change, dict) and isinstance(change.get("hyper"), dict):
            return change["hyper"]
    return run.config.hyper


def status_text(status: str) -> str:
    texts = {"new": QCoreApplication.translate("RunsView", "waiting"),
             "running": QCoreApplication.translate("RunsView", "training…"),
             "completed": QCoreApplication.translate("RunsView", "completed"),
             "stopped": QCoreApplication.translate("RunsView", "stopped"),
             "diverged": QCoreApplication.translate("RunsView", "diverged"),
             "error": QCoreApplication.translate("RunsView", "failed"),
             "opened": QCoreApplication.translate("RunsView", "opened")}
    return texts.get(status, str(status))


def check_record(run: Run) -> None:
    """Raise ValueError unless every part of ``run`` the page shows has the shape it needs (a record
    folder comes from outside: a malformed one must be refused whole, never half-shown)."""
    def is_number(value):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    problems = []
    if not isinstance(run.name, str) or not isinstance(run.status, str) or not isinstance(run.message, str):
        problems.append("name, status and message must be text")
    if not isinstance(run.changes, list) or not all(
            isinstance(change, dict) and is_number(change.get("x")) and isinstance(change.get("hyper", {}), dict)
            and isinstance(change.get("optimizer", ""), str) for change in run.changes):
        problems.append("changes must be a list of {x, optimizer, hyper}")
    if not isinstance(run.epochs, list) or not all(
            isinstance(epoch, dict) and all(isinstance(key, str) and (value is None or is_number(value))
                                            for key, value in epoch.items()) for epoch in run.epochs):
        problems.append("epochs must be a list of numbers by name")
    if not (run.test_accuracy is None or is_number(run.test_accuracy)) or not is_number(run.seconds):
        problems.append("test accuracy and seconds must be numbers")
    if problems:
        raise ValueError("this run record is damaged: " + "; ".join(problems))


@dataclass(frozen=True)
class Appearance:
    """How a run is drawn: its colour and the dash pattern of its smoothed curve."""

    colour: str
    dash: tuple = ()

    def icon(self) -> QIcon:
        """A swatch: the colour, with the run's dash pattern drawn across it."""
        pixmap = QPixmap(22, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        pen = QPen(QColor(self.colour), 3)
        if self.dash:
            pen.setDashPattern(list(self.dash))
        painter.setPen(pen)
        painter.drawLine(1, 7, 21, 7)
        painter.end()
        return QIcon(pixmap)


APPEARANCES = [Appearance(colour, dash) for dash in DASHES for colour in PALETTE]


@dataclass(eq=False)
class RunEntry:
    """One row: a run and what the page shows about it (compared by identity, usable as a key)."""

    run: Run
    appearance: Appearance
    shown: bool = True
    evaluation: Evaluation | None = None
    number: int = 0
    divergence: tuple[str, dict] | None = None  # (cause, values) when the run diverged


class Column(IntEnum):
    RUN, DATA, NETWORK, OPTIMIZER, SEED, STATUS, ACCURACY, TIME = range(8)


class RunListModel(QAbstractTableModel):
    """Every run of the session. Signals (besides Qt's): ``shown_changed(entry)`` when a run is
    ticked or unticked (or its appearance changes), ``entry_grew(entry)`` when a training run's record
    got new points (up to 25 times a second: only the plots listen), ``entry_changed(entry)`` when
    what its row shows changed, ``entry_removed(entry)``."""

    shown_changed = Signal(object)
    entry_grew = Signal(object)
    entry_changed = Signal(object)
    entry_removed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[RunEntry] = []
        self._numbers = 0

    # -- reading ---------------------------------------------------------------------------------
    def entries(self) -> list[RunEntry]:
        return list(self._entries)

    def shown_entries(self) -> list[RunEntry]:
        return [entry for entry in self._entries if entry.shown]

    def entry_at(self, row: int) -> RunEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry: RunEntry) -> int:
        return next((row for row, candidate in enumerate(self._entries) if candidate is entry), -1)

    # -- changing --------------------------------------------------------------------------------
    def add(self, run: Run, shown: bool = True, evaluation: Evaluation | None = None) -> RunEntry:
        """Append ``run``; when shown it gets an appearance no other shown run has."""
        self._numbers += 1
        entry = RunEntry(run, self._free_appearance(None) if shown else APPEARANCES[0], shown, evaluation,
                         self._numbers)
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()
        if shown:
            self.shown_changed.emit(entry)
        return entry

    def remove(self, entry: RunEntry) -> None:
        row = self.row_of(entry)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        self.endRemoveRows()
        entry.shown = False
        self.entry_removed.emit(entry)

    def set_shown(self, entry: RunEntry, shown: bool) -> None:
        """Overlay (or hide) ``entry``'s curves; a shown run never shares its look with another."""
        if entry.shown == shown or self.row_of(entry) < 0:
            return
        if shown:
            entry.appearance = self._free_appearance(entry)
        entry.shown = shown
        self._changed(entry)
        self.shown_changed.emit(entry)

    def hide_all(self) -> None:
        for entry in self.shown_entries():
            self.set_shown(entry, False)

    def set_evaluation(self, entry: RunEntry, evaluation: Evaluation | None) -> None:
        entry.evaluation = evaluation
        if evaluation is not None:
            entry.run.test_accuracy, entry.run.test_loss = evaluation.accuracy, evaluation.loss
            entry.run.evaluation = evaluation.to_dict()
        self.update(entry)

    def grew(self, entry: RunEntry) -> None:
        """``entry``'s run got new points: the plots redraw, the table (costly to lay out) does not."""
        self.entry_grew.emit(entry)

    def update(self, entry: RunEntry) -> None:
        """``entry``'s run changed (status, name, new changes, time): refresh its row."""
        if self.row_of(entry) >= 0:
            self._changed(entry)
            self.entry_changed.emit(entry)

    def _changed(self, entry: RunEntry) -> None:
        row = self.row_of(entry)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _free_appearance(self, entry: RunEntry | None) -> Appearance:
        used = {other.appearance for other in self._entries if other.shown and other is not entry}
        if entry is not None and entry.appearance not in used:
            return entry.appearance
        colours = {appearance.colour for appearance in used}
        # a colour no shown run has first: a colour repeats (with another dash) only past eight shown runs
        free = sorted((appearance for appearance in APPEARANCES if appearance not in used),
                      key=lambda appearance: appearance.colour in colours)
        if free:
            return free[0]
        return APPEARANCES[len(used) % len(APPEARANCES)]

    # -- Qt's model interface ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {Column.RUN: self.tr("Run"), Column.DATA: self.tr("Data"), Column.NETWORK: self.tr("Network"),
                  Column.OPTIMIZER: self.tr("Optimizer"), Column.SEED: self.tr("Seed"),
                  Column.STATUS: self.tr("Status"), Column.ACCURACY: self.tr("Test accuracy"),
                  Column.TIME: self.tr("Time")}
        return titles.get(section)

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.RUN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        column = index.column()
        if column == Column.RUN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.shown else Qt.CheckState.Unchecked
        if column == Column.RUN and role == Qt.ItemDataRole.DecorationRole:
            return entry.appearance.icon()
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.OPTIMIZER:
            run = entry.run
            return plain.tooltip(i18n.code(f"{optimizer_path(run)} ({describe_hyper(current_hyper(run))})"))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # a run's name may be a record folder's: shown literally
            return plain.tooltip(self._text(entry, column))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry_at(index.row())
        if entry is None or index.column() != Column.RUN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.set_shown(entry, checked)
        return True

    def retranslate(self) -> None:
        """Texts are made when asked for: tell the views to ask again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(Column) - 1))

    def _text(self, entry: RunEntry, column: int) -> str:
        run, config = entry.run, entry.run.config
        if column == Column.RUN:
            return run.name
        if column == Column.DATA:
            return dataset_title(config.dataset)
        if column == Column.NETWORK:
            return i18n.code(f"{config.architecture()} {config.activation if config.hidden else ''}".strip())
        if column == Column.OPTIMIZER:
            # the learning rate only: every column fits a 1280x720 screen; the tooltip has all the hyperparameters
            hyper = current_hyper(run)
            short = {key: hyper[key] for key in ("learning_rate",) if key in hyper}
            return i18n.code(f"{optimizer_path(run)} ({describe_hyper(short)})" if short else optimizer_path(run))
        if column == Column.SEED:
            return str(config.seed)
        if column == Column.STATUS:
            return status_text(run.status)
        if column == Column.ACCURACY:
            accuracy = run.test_accuracy
            return "" if not isinstance(accuracy, (int, float)) else f"{accuracy:.2%}"
        if column == Column.TIME:
            seconds = run.seconds
            # a cell takes its direction from its first letter: the mark keeps "1.5 ثانیه" right to left
            if isinstance(seconds, (int, float)) and seconds:
                return i18n.sentence(self.tr("{0:.1f} s").format(seconds))
            return ""
        return ""
