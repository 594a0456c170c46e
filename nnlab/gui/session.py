"""What the pages of the window share: the loaded data sets and the models.

A page never reaches into another page; it listens to the session instead. The Train page offers
the models of its finished runs here, File ▸ Open model sets the current model here, and the Draw,
Tensors and Concepts pages pick them up from here.

Why models are *offered* rather than pushed: a diverged or stopped run must never silently become
"your network" on another page, where a student would trust its readings. Only a model the student
chose (File ▸ Open model, a chooser entry) or a completed run becomes :attr:`Session.model`; every
finished run is listed by :meth:`Session.offered_models` with a name that says what it is ("Run 3:
Adam, 97.9%"), and a run that did not complete carries a warning in that name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

# Run statuses (``History.status``) whose model is safe to use without a warning.
TRUSTED_STATUSES = ("completed", "opened")


@dataclass(frozen=True)
class OfferedModel:
    """A model another page may use, with what a chooser needs to name it honestly.

    ``key`` identifies the entry (a run's number, "file:<path>"); ``title`` says where the model comes
    from ("Run 3: Adam"); ``status`` is how its training ended ("completed", "stopped", "diverged",
    or "opened" for a file); ``accuracy`` is its test accuracy in [0, 1] when known.
    """

    key: str
    title: str
    model: object
    status: str = "completed"
    accuracy: float | None = None

    @property
    def trusted(self) -> bool:
        """True for a completed run or a file the student opened: no warning needed."""
        return self.status in TRUSTED_STATUSES

    def label(self) -> str:
        """The entry's name in the student's language, e.g. "Run 3: Adam, 97.9%" or
        "Run 4: SGD (diverged: its weights are not useful)"."""
        text = self.title
        if self.accuracy is not None and self.accuracy == self.accuracy:  # not NaN
            text = QCoreApplication.translate("Session", "{0}, {1:.1f}%").format(text, 100 * self.accuracy)
        if self.status == "diverged":
            return QCoreApplication.translate(
                "Session", "{0} (diverged: its weights are not useful)").format(text)
        if self.status == "stopped":
            return QCoreApplication.translate("Session", "{0} (stopped before the end)").format(text)
        if not self.trusted:
            return QCoreApplication.translate("Session", "{0} (did not finish)").format(text)
        return text


class Session(QObject):
    """Shared state of one window.

    Signals:
        dataset_changed(str): a data set finished loading and is available from ``dataset(name)``.
        model_changed(object): the current model (a ``nnlab.core.Sequential``) was replaced by one
            the student chose (File ▸ Open model) or by a completed training run.
        models_changed(): the list of :meth:`offered_models` changed (a run finished or was removed).
    """

    dataset_changed = Signal(str)
    model_changed = Signal(object)
    models_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._datasets: dict[str, tuple] = {}
        self._model = None
        self._offers: dict[str, OfferedModel] = {}
        self.dataset_name = "mnist"

    # -- data sets -------------------------------------------------------------------------------
    def dataset(self, name: str | None = None):
        """``((x_train, y_train), (x_test, y_test))`` as uint8 arrays, or None when not loaded yet."""
        return self._datasets.get(name or self.dataset_name)

    def set_dataset(self, name: str, data: tuple) -> None:
        self._datasets[name] = data
        self.dataset_name = name
        self.dataset_changed.emit(name)

    # -- the current model -----------------------------------------------------------------------
    @property
    def model(self):
        """The model the student is working with (chosen, opened, or a completed run), or None."""
        return self._model

    def set_model(self, model) -> None:
        """Make ``model`` the current one (the student chose it, or a run completed)."""
        self._model = model
        self.model_changed.emit(model)

    # -- models offered to other pages -----------------------------------------------------------
    def offer_model(self, key: str, title: str, model, status: str = "completed",
                    accuracy: float | None = None) -> OfferedModel:
        """List ``model`` for other pages' choosers under ``key`` (replacing an entry of that key).

        Offering does not make it the current model: call :meth:`set_model` for that, and only for
        a completed run or a model the student picked.
        """
        offer = OfferedModel(str(key), str(title), model, str(status), accuracy)
        self._offers[offer.key] = offer
        self.models_changed.emit()
        return offer

    def withdraw_model(self, key: str) -> None:
        """Remove the entry ``key`` (its run was removed); the current model is left alone."""
        if self._offers.pop(str(key), None) is not None:
            self.models_changed.emit()

    def offered_models(self) -> list[OfferedModel]:
        """Every offered model, oldest first."""
        return list(self._offers.values())

