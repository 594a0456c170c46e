"""Loading a data set in the background, with a progress dialog that can be cancelled.

The first use of MNIST or Fashion-MNIST downloads about 11 MB; later uses read the cached files
in about a second. Both happen in a daemon thread so the window stays responsive, and a network
read that hangs can never keep the application from closing. ``nnlab.data.load_dataset`` reports
progress through a callback; cancelling makes that callback raise
:class:`~nnlab.data.errors.DownloadCancelled`. Errors arrive as ``DatasetError`` with a message
written for the student, shown as it is.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from nnlab.data.datasets import DATASETS
from nnlab.data.errors import DatasetError, DownloadCancelled


def dataset_title(name: str) -> str:
    """The proper name nnlab.data gives a data set ("Fashion-MNIST"); an unknown name as it is."""
    spec = DATASETS.get(name)
    return spec.title if spec is not None else name


def _default_load(name: str, progress=None):
    from nnlab.data import load_dataset
    return load_dataset(name, progress=progress)


class DatasetLoader(QObject):
    """Loads one data set at a time. Signals: ``loaded(name, data)``, ``failed(name, message,
    corrupt_path)`` (the damaged file, or "" when no single file is to blame), ``cancelled(name)``.
    ``load_function(name, progress=callback)`` is injectable for tests."""

    loaded = Signal(str, object)
    failed = Signal(str, str, str)
    cancelled = Signal(str)
    _progress = Signal(float, float, str)
    _finished = Signal(str, object, str, str, str)

    def __init__(self, parent_widget=None, load_function=None):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.load_function = load_function or _default_load
        self.dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._progress.connect(self._on_progress)
        self._finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def load(self, name: str) -> None:
        """Start loading ``name`` unless a load is already running."""
        if self.busy:
            return
        self._cancel.clear()
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
        self._thread = threading.Thread(target=self._work, args=(name,), name="nnlab-dataset", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """The window closes: ask the download to stop and do not wait for it (it is a daemon)."""
        self._cancel.set()

    # -- worker thread ---------------------------------------------------------------------------
    def _work(self, name: str) -> None:
        data, outcome, message, corrupt = None, "ok", "", ""
        try:
            data = self.load_function(name, progress=self._report)
        except DownloadCancelled:
            outcome = "cancelled"
        except DatasetError as error:
            outcome, message = "failed", str(error)
            corrupt = str(getattr(error, "path", "") or "")
        except Exception as error:  # noqa: BLE001 - a friendly message instead of a traceback
            outcome, message = "failed", self.tr("Loading {0} failed unexpectedly: {1}").format(
                dataset_title(name), error)
        if outcome == "ok" and self._cancel.is_set():
            outcome, data = "cancelled", None
        try:
            self._finished.emit(name, data, outcome, message, corrupt)
        except RuntimeError:  # the window closed meanwhile and took this object with it
            pass

    def _report(self, done=0, total=0, what="", *_args, **_kwargs):
        """The progress callback: raises DownloadCancelled once the student cancelled."""
        if self._cancel.is_set():
            raise DownloadCancelled("cancelled by the user")
        try:
            self._progress.emit(float(done or 0), float(total or 0), str(what or ""))
        except (TypeError, ValueError, RuntimeError):
            pass
        return True

    # -- GUI thread ------------------------------------------------------------------------------
    def _on_progress(self, done: float, total: float, what: str) -> None:
        if self.dialog is None or self._cancel.is_set():
            return
        if total > 0:
            self.dialog.setRange(0, 1000)
            self.dialog.setValue(round(1000 * min(done, total) / total))
            self.dialog.setLabelText(self.tr("Downloading {0}: {1:.1f} of {2:.1f} MB").format(
                what or self.tr("data"), done / 1e6, total / 1e6))
        else:
            self.dialog.setLabelText(self.tr("Downloading {0}: {1:.1f} MB").format(what or self.tr("data"),
                                                                                   done / 1e6))

    def _on_finished(self, name: str, data, outcome: str, message: str, corrupt: str) -> None:
        if self._thread is not None:
            self._thread.join(timeout=0.5)
        self._thread = None
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if outcome == "ok":
            self.loaded.emit(name, data)
        elif outcome == "cancelled":
            self.cancelled.emit(name)
        else:
            self.failed.emit(name, message, corrupt)
