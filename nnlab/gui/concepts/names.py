"""Display names of the things the demos let the student choose (translated when shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ConceptNames", text)


def optimizer_names() -> dict[str, str]:
    return {"sgd": _t("SGD"), "momentum": _t("Momentum"), "nesterov": _t("Nesterov"), "adagrad": _t("Adagrad"),
            "adadelta": _t("Adadelta"), "rmsprop": _t("RMSprop"), "adam": _t("Adam")}


def activation_names() -> dict[str, str]:
    return {"relu": _t("ReLU"), "tanh": _t("tanh"), "sigmoid": _t("sigmoid"), "linear": _t("none (linear)")}


def dataset_names() -> dict[str, str]:
    return {"linear": _t("Linearly separable"), "xor": _t("XOR"), "circles": _t("Circles"),
            "moons": _t("Moons"), "spirals": _t("Spirals")}


def surface_names() -> dict[str, str]:
    return {"parabola": _t("1-D: parabola"), "wavy": _t("1-D: two valleys"), "bowl": _t("Bowl"),
            "valley": _t("Long narrow valley"), "saddle": _t("Saddle"), "minima": _t("Several minima"),
            "rosenbrock": _t("Rosenbrock's banana")}


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
