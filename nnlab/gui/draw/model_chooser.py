"""Which network reads the drawing: the bundled one, the one just trained, or one from a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import nnlab
from nnlab.core import load_model
from nnlab.digits.reading import reads_digits
from nnlab.gui.i18n import Retranslatable

BUNDLED, TRAINED, FILE = "bundled", "trained", "file"


def load_bundled():
    """The pretrained lecture network, or None when the file is missing or unreadable."""
    try:
        return nnlab.load_pretrained()
    except (OSError, ValueError):
        return None


class ModelChooser(Retranslatable, QWidget):
    """A combo box of the available digit networks and a button to open one from a file.

    Follows the session: when a new model arrives (training finished, File > Open model) and it
    reads digits, it is chosen automatically. Problems (a damaged file, a network that does not
    take 28x28 pictures) are explained in a line under the box, never in a blocking dialog.
    Signal ``model_chosen(object)``: the model that now reads the drawing (None: no model).
    """

    model_chosen = Signal(object)

    def __init__(self, session, parent=None, bundled=None):
        super().__init__(parent)
        self.session = session
        self._models = {BUNDLED: bundled if bundled is not None else load_bundled(),
                        TRAINED: None, FILE: None}
        self._file_name = ""
        self.combo = QComboBox(objectName="modelChooser")
        for key in (BUNDLED, TRAINED, FILE):
            self.combo.addItem("", key)
        self.load_button = QPushButton(objectName="loadModelButton")
        self.message = QLabel(objectName="modelMessage", wordWrap=True)
        self.message.setStyleSheet("color: #D55E00;")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.load_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.combo.currentIndexChanged.connect(self._emit_current)
        self.load_button.clicked.connect(self.choose_file)
        session.model_changed.connect(self.use_trained)
        if reads_digits(session.model):
            self._models[TRAINED] = session.model
        self.retranslate_ui()
        self._select(BUNDLED if self._models[BUNDLED] is not None else TRAINED)

    def retranslate_ui(self) -> None:
        texts = {BUNDLED: self.tr("Pretrained network (comes with nnlab)"),
                 TRAINED: self.tr("Your network (Train page or File ▸ Open model)"),
                 FILE: self.tr("From a file: {0}").format(self._file_name) if self._file_name
                 else self.tr("From a file")}
        for index in range(self.combo.count()):
            key = self.combo.itemData(index)
            available = self._models[key] is not None
            self.combo.setItemText(index, texts[key] if available
                                   else self.tr("{0} (not available yet)").format(texts[key]))
            self.combo.model().item(index).setEnabled(available)
        self.combo.setToolTip(self.tr("Which trained network reads your drawing."))
        self.combo.setAccessibleName(self.tr("Network"))
        self.load_button.setText(self.tr("Open model…"))
        self.load_button.setToolTip(self.tr("Load a network saved with nnlab (an .npz file)."))

    # -- choosing --------------------------------------------------------------------------------
    @property
    def model(self):
        return self._models[self.current_key()]

    def current_key(self) -> str:
        return self.combo.currentData()

    def _select(self, key: str) -> None:
        index = self.combo.findData(key)
        if index == self.combo.currentIndex():
            self._emit_current()
        else:
            self.combo.setCurrentIndex(index)

    def _emit_current(self) -> None:
        self.model_chosen.emit(self.model)

    def use_trained(self, model) -> None:
        """A new model in the session: read the drawing with it, if it reads digits."""
        if not reads_digits(model):
            if model is not None:
                self._show_problem(model)
            return
        self._models[TRAINED] = model
        self.message.hide()
        self.retranslate_ui()
        self._select(TRAINED)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a digit network"), "",
                                              self.tr("nnlab models (*.npz)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Read the model in ``path`` and choose it; explain the problem and return False if it fails."""
        try:
            model = load_model(path)
        except (OSError, ValueError) as error:
            self._say(self.tr("Could not open {0}: it is not a model saved by nnlab.").format(Path(path).name),
                      str(error))
            return False
        if not reads_digits(model):
            self._show_problem(model)
            return False
        self._models[FILE], self._file_name = model, Path(path).name
        self.message.hide()
        self.retranslate_ui()
        self._select(FILE)
        return True

    def _show_problem(self, model) -> None:
        layers = getattr(model, "layers", None) or [None]
        inputs = getattr(layers[0], "input_dim", None) or "?"
        outputs = getattr(layers[-1], "units", None) or "?"
        self._say(self.tr("This network takes {0} inputs and gives {1} outputs; to read a drawing it must "
                          "take the 784 pixels of a 28×28 picture and give 10 digit probabilities.")
                  .format(inputs, outputs))

    def _say(self, text: str, details: str = "") -> None:
        self.message.setText(text)
        self.message.setToolTip(details)
        self.message.show()
