"""What the pages of the window share: the loaded data sets and the models.

A page never reaches into another page; it listens to the session instead. The Train page puts
the model it trains here, the Draw page and the Tensors page pick it up from here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Session(QObject):
    """Shared state of one window.

    Signals:
        dataset_changed(str): a data set finished loading and is available from ``dataset(name)``.
        model_changed(object): the current model (a ``nnlab.core.Sequential``) was replaced, e.g.
            by a finished training run or by File > Open model.
    """

    dataset_changed = Signal(str)
    model_changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._datasets: dict[str, tuple] = {}
        self._model = None
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
        """The model the student is working with (trained here or opened from a file), or None."""
        return self._model

    def set_model(self, model) -> None:
        self._model = model
        self.model_changed.emit(model)
