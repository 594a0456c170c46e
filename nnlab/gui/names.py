"""Display names of the things the pages let the student choose (translated when shown): optimizers,
activations, toy data sets, loss surfaces. One list for every page, so a name reads the same everywhere.

Every string is spelled out in a ``QCoreApplication.translate("ConceptNames", ...)`` call so that
``pyside6-lupdate`` finds it for the translators.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def optimizer_names() -> dict[str, str]:
    return {"sgd": QCoreApplication.translate("ConceptNames", "SGD"),
            "momentum": QCoreApplication.translate("ConceptNames", "Momentum"),
            "nesterov": QCoreApplication.translate("ConceptNames", "Nesterov"),
            "adagrad": QCoreApplication.translate("ConceptNames", "Adagrad"),
            "adadelta": QCoreApplication.translate("ConceptNames", "Adadelta"),
            "rmsprop": QCoreApplication.translate("ConceptNames", "RMSprop"),
            "adam": QCoreApplication.translate("ConceptNames", "Adam")}


def activation_names() -> dict[str, str]:
    return {"relu": QCoreApplication.translate("ConceptNames", "ReLU"),
            "tanh": QCoreApplication.translate("ConceptNames", "tanh"),
            "sigmoid": QCoreApplication.translate("ConceptNames", "sigmoid"),
            "linear": QCoreApplication.translate("ConceptNames", "none (linear)")}


def dataset_names() -> dict[str, str]:
    return {"linear": QCoreApplication.translate("ConceptNames", "Linearly separable"),
            "xor": QCoreApplication.translate("ConceptNames", "XOR"),
            "circles": QCoreApplication.translate("ConceptNames", "Circles"),
            "moons": QCoreApplication.translate("ConceptNames", "Moons"),
            "spirals": QCoreApplication.translate("ConceptNames", "Spirals")}


def surface_names() -> dict[str, str]:
    return {"parabola": QCoreApplication.translate("ConceptNames", "1-D: parabola"),
            "wavy": QCoreApplication.translate("ConceptNames", "1-D: two valleys"),
            "bowl": QCoreApplication.translate("ConceptNames", "Bowl"),
            "valley": QCoreApplication.translate("ConceptNames", "Long narrow valley"),
            "saddle": QCoreApplication.translate("ConceptNames", "Saddle"),
            "minima": QCoreApplication.translate("ConceptNames", "Several minima"),
            "rosenbrock": QCoreApplication.translate("ConceptNames", "Rosenbrock's banana")}


def fill_combo(combo, names: dict[str, str]) -> None:
    """Put ``names`` (key -> label) into a combo box, keeping the current choice on a language switch."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, label in names.items():
        combo.addItem(label, key)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
