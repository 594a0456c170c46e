"""``keras.metrics``: accuracy, the one metric of chapter 2 (the engine measures it at every step)."""

from __future__ import annotations

from nnlab.keras.missing import missing_names, not_in_this_chapter

NAMES = ["accuracy"]
_ALIASES = {"accuracy", "acc"}
_KERAS_ONLY = {"auc", "precision", "recall", "mae", "mse", "mean_absolute_error", "mean_squared_error",
               "top_k_categorical_accuracy", "binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy",
               "f1_score", "r2_score", "iou"}


def get(identifier) -> str:
    """The metric's name in the logs and in ``history.history`` ("accuracy")."""
    key = identifier.lower() if isinstance(identifier, str) else None
    if key in _ALIASES:
        return "accuracy"
    if key in _KERAS_ONLY:
        raise not_in_this_chapter(f"The metric {identifier!r}", ['"accuracy"'])
    raise ValueError(f"Could not interpret metric identifier: {identifier!r} (nnlab.keras has \"accuracy\")")


__getattr__ = missing_names("keras.metrics", ["get"])
