"""``keras.activations``: the engine's activations by Keras' names.

``relu``, ``sigmoid``, ``tanh``, ``softmax`` and ``linear`` are the engine's own activation objects:
callable on arrays (``activations.relu(x)``) and accepted by ``layers.Dense(activation=...)``.
"""

from __future__ import annotations

from nnlab.core import activations as _core
from nnlab.keras.missing import missing_names, not_in_this_chapter

NAMES = ["relu", "sigmoid", "tanh", "softmax", "linear"]

# Keras activations a later chapter (or another course) uses: refused as "not in this chapter"
# rather than as an unknown identifier.
_KERAS_ONLY = {"elu", "exponential", "gelu", "hard_sigmoid", "hard_silu", "hard_swish", "leaky_relu",
               "log_softmax", "mish", "relu6", "selu", "silu", "softplus", "softsign", "swish", "celu",
               "glu", "hard_tanh", "log_sigmoid", "sparse_plus", "sparsemax", "squareplus", "tanh_shrink",
               "threshold", "sparse_sigmoid", "soft_shrink", "hard_shrink"}

relu = _core.get("relu")
sigmoid = _core.get("sigmoid")
tanh = _core.get("tanh")
softmax = _core.get("softmax")
linear = _core.get("linear")


def get(identifier):
    """An activation from a name, an activation object or None (linear), with Keras' refusal."""
    if identifier is None or isinstance(identifier, _core.Activation):
        return _core.get(identifier)
    if isinstance(identifier, str):
        key = identifier.lower()
        if key in NAMES:
            return _core.get(key)
        if key in _KERAS_ONLY:
            raise not_in_this_chapter(f"The activation {identifier!r}", NAMES)
    raise ValueError(f"Could not interpret activation function identifier: {identifier!r} "
                     f"(nnlab.keras has {', '.join(NAMES)})")


__getattr__ = missing_names("keras.activations", NAMES + ["get"])
