"""The Train page's files: a run saved as a hand-in record folder, a record opened again, the plots
and their metrics exported.

Kept apart from the page so that the page stays layout and wiring; everything here goes through
the Qt-free :mod:`nnlab.training.record_files`, which never replaces a folder that is not a record
and reads a record without trusting it. A file that cannot be written or read is reported in a
message box and changes nothing. The messages are part of the Train page's text, so they keep its
translation context ("TrainPage").

A record is read in a worker (:mod:`nnlab.gui.workers`), never in the GUI thread: a record of
hundreds of thousands of batches (or a hostile one that only looks like it) takes seconds to
check, and the window keeps answering meanwhile; ``record_opened`` brings the new row.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from nnlab.atomic import check_target
from nnlab.gui import i18n, plain
from nnlab.gui.train.plots import TrainingPlots
from nnlab.gui.train.run_model import APPEARANCES, RunEntry, RunListModel, check_record
from nnlab.gui.train.runs import RunsView
from nnlab.gui.workers import Worker
from nnlab.training.metrics import Evaluation
from nnlab.training.record_files import load_record, save_record, write_metrics_csv


class RunFiles(QObject):
    """Save, open and export for the Train page. ``parent`` owns the dialogs, ``runs`` receives
    opened records (selected in ``runs_view``), ``plots`` is what is exported and ``report(text)``
    says on the page what was written where.

    Signals: ``record_opened(entry)`` once an opened record is in the list, ``open_failed(message)``
    when it could not be read (the message box says why)."""

    record_opened = Signal(object)
    open_failed = Signal(str)

    def __init__(self, parent: QWidget, runs: RunListModel, runs_view: RunsView, plots: TrainingPlots,
                 report: Callable[[str], None]):
        super().__init__(parent)
        self.reader = Worker(self, "nnlab-records")
        self.reader.finished.connect(self._opened)
        self.reader.failed.connect(lambda _job, error: self._failed(error))
        self.parent = parent
        self.runs = runs
        self.runs_view = runs_view
        self.plots = plots
        self.report = report

    def save_run_dialog(self, entry: RunEntry | None) -> None:
        if entry is None:
            return
        folder, _ = QFileDialog.getSaveFileName(
            self.parent, QCoreApplication.translate("TrainPage", "Save run record"),
            str(Path.home() / safe_name(entry.run.name)),
            QCoreApplication.translate("TrainPage", "Run record folder ({0})").format("*"))  # a pattern Qt reads
        if folder:
            self.save_run(entry, folder)

    def save_run(self, entry: RunEntry, folder) -> Path | None:
        """Write ``entry``'s run as a record folder with its plots as PNG images."""
        run = entry.run
        plots = TrainingPlots()
        plots.resize(1100, 420)
        plots.show_entry(RunEntry(run, APPEARANCES[0]))
        writers = {"loss.png": lambda path: plots.loss_plot.grab().save(path, "PNG"),
                   "accuracy.png": lambda path: plots.accuracy_plot.grab().save(path, "PNG")}
        try:
            path = save_record(run, folder, model=run.model, extra_writers=writers)
        except (OSError, ValueError) as error:
            plain.message_box(self.parent, QCoreApplication.translate("TrainPage", "Could not save the record"),
                              str(error), object_name="saveRecordErrorBox")
            return None
        finally:
            plots.deleteLater()
        self.report(QCoreApplication.translate("TrainPage", "Saved {0} to {1}").format(i18n.name(run.name),
                                                                                      i18n.name(path)))
        return path

    def open_run_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent, QCoreApplication.translate("TrainPage", "Open run record"), str(Path.home()))
        if folder:
            self.open_run(folder)

    def open_run(self, folder) -> None:
        """Read the record in ``folder`` in the background, then add it to the list and select it
        (``record_opened``); a record that cannot be read adds nothing (``open_failed``)."""
        self.reader.submit(lambda: _read(folder))

    def _opened(self, _job_id: int, result) -> None:
        run, evaluation = result
        entry = self.runs.add(run, evaluation=evaluation)
        self.runs_view.select(entry)
        self.record_opened.emit(entry)

    def _failed(self, error) -> None:
        plain.message_box(self.parent, QCoreApplication.translate("TrainPage", "Could not open the record"),
                          str(error), object_name="openRecordErrorBox")
        self.open_failed.emit(str(error))

    def shutdown(self) -> None:
        self.reader.close(0.0)  # reading is pure computation: nothing to wait for

    def export_plot(self, path: str | None = None) -> tuple[Path, Path] | None:
        """Save the plots as PNG and the shown runs' metrics as CSV next to it (same name, .csv).

        Both files are named before anything is written, and the student is asked once about every
        one that already exists.
        """
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.parent, QCoreApplication.translate("TrainPage", "Export plot"),
                str(Path.home() / "training.png"),
                QCoreApplication.translate("TrainPage", "PNG image ({0})").format("*.png"),  # a pattern Qt reads
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not path:
                return None
        png = Path(path).with_suffix(".png")
        csv = png.with_suffix(".csv")
        try:  # a device or a pipe is refused before the question about replacing it
            for target in (png, csv):
                check_target(target)
        except OSError as error:
            plain.message_box(self.parent, QCoreApplication.translate("TrainPage", "Could not export the plot"),
                              str(error), object_name="exportPlotErrorBox")
            return None
        existing = [target for target in (png, csv) if target.exists()]
        if existing and not self.confirm_overwrite(existing):
            return None
        try:
            if not self.plots.export_png(str(png)):
                raise OSError(QCoreApplication.translate("TrainPage", "could not write {0}").format(i18n.name(png)))
            write_metrics_csv(self.plots.shown_runs(), csv)
        except OSError as error:
            plain.message_box(self.parent, QCoreApplication.translate("TrainPage", "Could not export the plot"),
                              str(error), object_name="exportPlotErrorBox")
            return None
        self.report(QCoreApplication.translate("TrainPage", "Exported the plot to {0} and the metrics to {1}")
                    .format(i18n.name(png), i18n.name(csv)))
        return png, csv

    def confirm_overwrite(self, paths: list[Path]) -> bool:
        """One question for every file that would be replaced; True when the student agrees."""
        names = "\n".join(str(path) for path in paths)
        answer = plain.ask(
            self.parent, QCoreApplication.translate("TrainPage", "Replace files?"),
            QCoreApplication.translate("TrainPage", "These files already exist and will be replaced:\n{0}")
            .format(names),
            plain.Button.Yes | plain.Button.Cancel, plain.Button.Cancel, object_name="replaceFilesBox")
        return answer == plain.Button.Yes


def _read(folder):
    """(run, evaluation) of the record in ``folder``, in the worker; ``ValueError`` saying what is wrong."""
    try:
        run = load_record(folder)
        check_record(run)
        return run, Evaluation.from_dict(run.evaluation) if run.evaluation else None
    except (ValueError, OSError, TypeError, KeyError, AttributeError) as error:
        raise ValueError(str(error)) from None


def safe_name(name: str) -> str:
    """A run's name as a file name: letters, digits and ``-_.`` only (a name may come from a record)."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name).strip("-") or "run"
