"""Which network reads the drawing: the bundled one, a run of the Train page, the student's
current network, or one from a file.

Runs are listed by name with their test accuracy ("Run 3: Adam, 97.9%") as the session offers
them; a run that diverged or was stopped says so in its name and under the box when chosen, so a
broken network never silently becomes "your network", the one the student then draws for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import nnlab
from nnlab.core import load_model
from nnlab.digits.reading import reads_digits
from nnlab.gui import i18n, plain
from nnlab.gui.i18n import Retranslatable
from nnlab.palette import VERMILION

BUNDLED, TRAINED, FILE = "bundled", "trained", "file"
OFFER = "offer:"  # prefix of the keys of the runs the session offers


def load_bundled():
    """The pretrained lecture network, or None when the file is missing or unreadable."""
    try:
        return nnlab.load_pretrained()
    except (OSError, ValueError):
        return None


class ModelChooser(Retranslatable, QWidget):
    """A combo box of the available digit networks and a button to open one from a file.

    The student's choice stays until the student changes it (issue 27, item 2): a training run that
    finishes is listed, with a note saying so, but never swaps the network reading the drawing (a
    comparison's last, poor run once replaced the student's 98% one). A model the student opens
    (File ▸ Open model, the Open button) or resets on the Train page is chosen, as asked. Problems (a damaged
    file, a network that does not take 28x28 pictures) are explained in a line under the box, never in a
    blocking dialog.
    Signal ``model_chosen(object)``: the model that now reads the drawing (None: no model).
    """

    model_chosen = Signal(object)

    def __init__(self, session, parent=None, bundled=None):
        super().__init__(parent)
        self.session = session
        self._models = {BUNDLED: bundled if bundled is not None else load_bundled(),
                        TRAINED: None, FILE: None}
        self._offers = {}
        self._file_name = ""
        self.combo = QComboBox(objectName="modelChooser")
        # a long run name must not widen the page past a 1280x720 screen (the list shows it whole)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(18)
        self.load_button = QPushButton(objectName="loadModelButton")
        self.message = plain.label(objectName="modelMessage", wordWrap=True)
        self.message.setStyleSheet(f"color: {VERMILION};")
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
        session.models_changed.connect(self._offers_changed)
        self._fill_offers()
        if reads_digits(session.model) and not any(o.model is session.model for o in self._offers.values()):
            self._models[TRAINED] = session.model
        self._rebuild()
        self._select(BUNDLED if self._models[BUNDLED] is not None else TRAINED)

    def retranslate_ui(self) -> None:
        texts = {BUNDLED: self.tr("Pretrained network (comes with nnlab)"),
                 TRAINED: self.tr("Your network (File ▸ Open model)"),
                 FILE: self.tr("From a file: {0}").format(i18n.name(self._file_name)) if self._file_name
                 else self.tr("From a file")}
        texts.update({key: offer.label() for key, offer in self._offers.items()})
        for index in range(self.combo.count()):
            key = self.combo.itemData(index)
            available = self._model_of(key) is not None
            self.combo.setItemText(index, texts[key] if available
                                   else self.tr("{0} (not available yet)").format(texts[key]))
            self.combo.model().item(index).setEnabled(available)
        self.combo.setToolTip(self.tr("Which trained network reads your drawing."))
        self.combo.setAccessibleName(self.tr("Network"))
        self.load_button.setText(self.tr("Open model…"))
        self.load_button.setToolTip(i18n.with_code(self.tr("Load a network saved with nnlab (a {0} file)."), ".npz"))

    # -- the entries -----------------------------------------------------------------------------
    def _model_of(self, key):
        offer = self._offers.get(key)
        return offer.model if offer is not None else self._models.get(key)

    def _fill_offers(self) -> None:
        """The session's offered runs that read digits, oldest first."""
        self._offers = {OFFER + offer.key: offer for offer in self.session.offered_models()
                        if reads_digits(offer.model)}

    def _rebuild(self) -> None:
        """One entry per network: bundled, each offered run, the current network, a file."""
        current = self.current_key()
        self.combo.blockSignals(True)
        self.combo.clear()
        for key in (BUNDLED, *self._offers, TRAINED, FILE):
            self.combo.addItem("", key)
        self.retranslate_ui()
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)

    def _offers_changed(self) -> None:
        chosen, model = self.current_key(), self.model
        self._fill_offers()
        self._rebuild()
        if self.current_key() != chosen or self.model is not model:  # the chosen run was removed
            self._select(BUNDLED if self._models[BUNDLED] is not None else TRAINED)

    def offered_keys(self) -> list[str]:
        """The combo's keys of the runs on offer, in order (for tests and scripts)."""
        return list(self._offers)

    # -- choosing --------------------------------------------------------------------------------
    @property
    def model(self):
        return self._model_of(self.current_key())

    def current_key(self) -> str | None:
        return self.combo.currentData()

    def _select(self, key: str) -> None:
        index = self.combo.findData(key)
        if index == self.combo.currentIndex():
            self._emit_current()
        else:
            self.combo.setCurrentIndex(index)

    def _emit_current(self) -> None:
        self._warn_if_unfinished()
        self.model_chosen.emit(self.model)

    def _warn_if_unfinished(self) -> None:
        """A run that diverged or was stopped may be chosen (to see what it learnt), never unawares."""
        offer = self._offers.get(self.current_key())
        if offer is not None and not offer.trusted:
            self._say(self.tr("{0} did not finish training ({1}): expect its answers to be poor.")
                      .format(offer.title, self._status_text(offer.status)))
        elif offer is not None or self.current_key() == BUNDLED:
            self.message.hide()

    def _status_text(self, status: str) -> str:
        return {"diverged": self.tr("its loss diverged"), "stopped": self.tr("it was stopped")}.get(
            status, status)

    def use_trained(self, model) -> None:
        """A new current model in the session. One the student opened (File ▸ Open model) or made
        (fresh weights, the notebook's ``show``) reads the drawing at once; a training run that
        completed is only announced: the student decides when to switch."""
        if not reads_digits(model):
            if model is not None:
                self._show_problem(model)
            return
        offered = next((key for key, offer in self._offers.items() if offer.model is model), None)
        if offered is not None and self._offers[offered].status != "opened":
            if self.model is not model:
                self._say(self.tr("{0} finished training: choose it in the list above to read your "
                                  "drawing with it.").format(self._offers[offered].label()))
            return
        self.message.hide()
        if offered is None:
            self._models[TRAINED] = model
            self.retranslate_ui()
        self._select(offered or TRAINED)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a digit network"), "",
                                              self.tr("nnlab models ({0})").format("*.npz"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Read the model in ``path`` and choose it; explain the problem and return False if it fails."""
        try:
            model = load_model(path)
        except (OSError, ValueError) as error:
            self._say(self.tr("Could not open {0}: it is not a model saved by nnlab.").format(
                i18n.name(Path(path).name)),
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
                          "take the 784 pixels of a {2} picture and give 10 digit probabilities.")
                  .format(inputs, outputs, i18n.code("28×28")))

    def _say(self, text: str, details: str = "") -> None:
        self.message.setText(text)
        self.message.setToolTip(plain.tooltip(details))
        self.message.show()
