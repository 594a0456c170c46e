"""``keras.losses``: the engine's three losses, by Keras' class names and string names."""

from __future__ import annotations

from nnlab.autodiff import ops as _ops
from nnlab.core import losses as _core
from nnlab.keras.missing import missing_names, not_in_this_chapter

NAMES = ["categorical_crossentropy", "sparse_categorical_crossentropy", "mean_squared_error"]
_ALIASES = {"mse": "mean_squared_error"}
_KERAS_ONLY = {"binary_crossentropy", "binary_focal_crossentropy", "categorical_focal_crossentropy",
               "categorical_hinge", "cosine_similarity", "ctc", "dice", "hinge", "huber", "kl_divergence",
               "kld", "log_cosh", "mae", "mape", "mean_absolute_error", "mean_absolute_percentage_error",
               "mean_squared_logarithmic_error", "msle", "poisson", "squared_hinge", "tversky"}


def _keras_loss(core_class, keras_name: str):
    """A Keras-named loss class; ``from_logits=True`` is refused (the engine's losses take probabilities)."""

    def __init__(self, from_logits=False, name=None, **kwargs):
        if from_logits:
            raise not_in_this_chapter(f"{keras_name}(from_logits=True)",
                                      [f"{keras_name}() after a softmax layer"])
        for key, value in kwargs.items():
            if key not in ("reduction", "dtype", "label_smoothing", "axis", "ignore_class"):
                raise TypeError(f"Unrecognized keyword argument passed to {keras_name}: {key!r}")
            if key == "label_smoothing" and value or key == "ignore_class" and value is not None:
                raise not_in_this_chapter(f"{keras_name}({key}={value!r})", [f"{keras_name}()"])

    return type(keras_name, (core_class,), {"__init__": __init__, "__module__": __name__,
                                             "__doc__": f"Keras' {keras_name}: the engine's {core_class.name}."})


CategoricalCrossentropy = _keras_loss(_core.CategoricalCrossentropy, "CategoricalCrossentropy")
SparseCategoricalCrossentropy = _keras_loss(_core.SparseCategoricalCrossentropy, "SparseCategoricalCrossentropy")
MeanSquaredError = _keras_loss(_core.MeanSquaredError, "MeanSquaredError")

_BY_NAME = {"categorical_crossentropy": CategoricalCrossentropy,
            "sparse_categorical_crossentropy": SparseCategoricalCrossentropy,
            "mean_squared_error": MeanSquaredError}


def get(identifier):
    """A loss from Keras' names (or an engine loss object), with Keras' kind of refusal."""
    if isinstance(identifier, (_core.CategoricalCrossentropy, _core.MeanSquaredError)):
        return identifier
    if isinstance(identifier, type) and identifier in _BY_NAME.values():
        return identifier()
    if identifier is sparse_categorical_crossentropy or identifier is categorical_crossentropy:
        return _BY_NAME[identifier.__name__]()
    key = identifier.lower() if isinstance(identifier, str) else None
    key = _ALIASES.get(key, key)
    if key in _BY_NAME:
        return _BY_NAME[key]()
    if key in _KERAS_ONLY:
        raise not_in_this_chapter(f"The loss {identifier!r}", NAMES)
    raise ValueError(f"Could not interpret loss identifier: {identifier!r} (nnlab.keras has {', '.join(NAMES)})")


def sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, ignore_class=None, axis=-1):
    """The per-sample losses −log p[label] as a tensor the gradient tape records (the book's
    ``tf.keras.losses.sparse_categorical_crossentropy(labels_batch, predictions)``)."""
    if from_logits or ignore_class is not None:
        raise not_in_this_chapter("sparse_categorical_crossentropy(from_logits=True or ignore_class=...)",
                                  ["sparse_categorical_crossentropy(labels, probabilities)"])
    return _ops.sparse_categorical_crossentropy(y_true, y_pred)


def categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    """The per-sample losses −Σ y log p for one-hot targets, recorded by the gradient tape."""
    if from_logits or label_smoothing:
        raise not_in_this_chapter("categorical_crossentropy(from_logits=True or label_smoothing=...)",
                                  ["categorical_crossentropy(one_hot_labels, probabilities)"])
    return _ops.categorical_crossentropy(y_true, y_pred)


__getattr__ = missing_names("keras.losses", ["CategoricalCrossentropy", "SparseCategoricalCrossentropy",
                                             "MeanSquaredError", "categorical_crossentropy",
                                             "sparse_categorical_crossentropy", "get"])
