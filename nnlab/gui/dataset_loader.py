"""Loading a data set in the background, with a progress dialog that can be cancelled.

The first use of MNIST or Fashion-MNIST downloads about 11 MB; later uses read the cached files
in about a second. Both run as a job of a :class:`~nnlab.gui.workers.Worker` (a daemon thread), so
the window stays responsive and a network read that hangs can never keep the application from
closing. ``nnlab.data.load_dataset`` reports progress through a callback; cancelling makes that
callback raise :class:`~nnlab.data.errors.DownloadCancelled`. Errors arrive as ``DatasetError``
with a message written for the student, shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from nnlab.data.datasets import DATASETS
from nnlab.data.errors import DatasetError, DownloadCancelled
from nnlab.gui import i18n
from nnlab.gui.workers import Cancelled, Worker, current_job


def dataset_title(name: str) -> str:
    """The proper name nnlab.data gives a data set ("Fashion-MNIST"); an unknown name as it is."""
    spec = DATASETS.get(name)
    return spec.title if spec is not None else name


def _default_load(name: str, progress=None):
    from nnlab.data import load_dataset
    return load_dataset(name, progress=progress)


class DatasetLoader(QObject):
    """Loads one data set at a time. Signals: ``loaded(name, data)``, ``failed(name, message,
    corrupt_path)`` (the damaged file, or "" when no single file is to blame), ``cancelled(name)``,
    ``progressed(done, total, what)`` (bytes of the file ``what``; total 0 when unknown).
    ``load_function(name, progress=callback)`` is injectable for tests."""

    loaded = Signal(str, object)
    failed = Signal(str, str, str)
    cancelled = Signal(str)
    progressed = Signal(float, float, str)

    def __init__(self, parent_widget=None, load_function=None):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.load_function = load_function or _default_load
        self.dialog: QProgressDialog | None = None
        self._name = ""
        self._job = None
        self.worker = Worker(self, name="nnlab-dataset")
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_loaded)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def load(self, name: str) -> None:
        """Start loading ``name`` unless a load is already running."""
        if self.busy or self.worker.closed:
            return
        self._name = name
        self.dialog = QProgressDialog(self._parent_widget)
        self.dialog.setObjectName("datasetProgressDialog")
        self.dialog.setWindowTitle(self.tr("Loading {0}").format(dataset_title(name)))
        self.dialog.setLabelText(self.tr("Reading {0}…").format(dataset_title(name)))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, 0)
        self.dialog.setMinimumDuration(300)
        self.dialog.setMinimumWidth(420)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        load_function = self.load_function
        self._job = self.worker.submit(lambda: load_function(name, progress=_report_progress))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """The window closes: stop the download and do not wait for it (a daemon thread)."""
        self.worker.close(timeout=0.0)
        self._close_dialog()

    # -- GUI thread ------------------------------------------------------------------------------
    def _on_progress(self, _job_id: int, value) -> None:
        done, total, what = value
        self.progressed.emit(done, total, what)
        if self.dialog is None or self._job is None or self._job.cancelled:
            return
        if total > 0:
            self.dialog.setRange(0, 1000)
            self.dialog.setValue(round(1000 * min(done, total) / total))
            self.dialog.setLabelText(self.tr("Downloading {0}: {1:.1f} of {2:.1f} MB").format(
                i18n.name(what or self.tr("data")), done / 1e6, total / 1e6))
        else:
            self.dialog.setLabelText(self.tr("Downloading {0}: {1:.1f} MB").format(i18n.name(what or self.tr("data")),
                                                                                   done / 1e6))

    def _finish(self) -> str:
        self._job = None
        self._close_dialog()
        return self._name

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_loaded(self, _job_id: int, data) -> None:
        self.loaded.emit(self._finish(), data)

    def _on_cancelled(self, _job_id: int) -> None:
        self.cancelled.emit(self._finish())

    def _on_failed(self, _job_id: int, error) -> None:
        name = self._finish()
        if isinstance(error, DownloadCancelled):
            self.cancelled.emit(name)
        elif isinstance(error, DatasetError):
            self.failed.emit(name, str(error), str(getattr(error, "path", "") or ""))
        else:  # a friendly message instead of a traceback
            self.failed.emit(name, self.tr("Loading {0} failed unexpectedly: {1}").format(
                dataset_title(name), error), "")


def _report_progress(done=0, total=0, what="", *_args, **_kwargs):
    """``load_dataset``'s progress callback, run in the worker: raises DownloadCancelled once the
    student cancelled, else sends ``(done, total, what)`` to the GUI."""
    job = current_job()
    if job is None:
        return True
    try:
        value = (float(done or 0), float(total or 0), str(what or ""))
        job.report(value)
    except Cancelled:
        raise DownloadCancelled("cancelled by the user") from None
    except (TypeError, ValueError):
        pass
    return True
