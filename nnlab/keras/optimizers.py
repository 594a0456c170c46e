"""``keras.optimizers``: the engine's optimizers as classes with Keras' argument names and defaults.

Keras' defaults differ from the engine's in two places (Adagrad and Adadelta start at
learning_rate=0.001 in Keras), so code written for Keras trains the same way here. Arguments the
engine has no counterpart for (``weight_decay``, ``clipnorm``, RMSprop's ``centered`` ...) are
accepted only at their "off" values; anything else is refused clearly.
"""

from __future__ import annotations

import warnings

import numpy as np

from nnlab.autodiff import Tensor
from nnlab.core import optimizers as _core
from nnlab.keras.missing import missing_names, not_in_this_chapter

NAMES = ["SGD", "RMSprop", "Adam", "Adagrad", "Adadelta"]

_OFF = {"weight_decay": None, "clipnorm": None, "clipvalue": None, "global_clipnorm": None, "use_ema": False,
        "ema_momentum": 0.99, "ema_overwrite_frequency": None, "loss_scale_factor": None,
        "gradient_accumulation_steps": None, "name": None}


def apply_gradients(self, grads_and_vars):
    """``optimizer.apply_gradients(zip(gradients, weights))``: one step on Variables (or arrays).

    The engine's update runs on each Variable's own array, in place. As Keras, a variable whose
    gradient is None is skipped with a warning, and all None is an error.
    """
    pairs, missing = [], []
    for grad, variable in grads_and_vars:
        param = variable.value if isinstance(variable, Tensor) else variable
        if not isinstance(param, np.ndarray):
            raise TypeError(f"apply_gradients expects (gradient, variable) pairs; got a {type(variable).__name__}")
        if grad is None:
            missing.append(getattr(variable, "name", "an array"))
            continue
        grad = np.asarray(grad.value if isinstance(grad, Tensor) else grad, dtype=param.dtype)
        if grad.shape != param.shape:
            raise ValueError(f"A gradient of shape {grad.shape} cannot update a variable of shape {param.shape}")
        pairs.append((grad, param))
    if not pairs:
        raise ValueError("No gradients provided for any variable: were the weights used inside the "
                         "`with tf.GradientTape() as tape:` block that computed the loss?")
    if missing:
        warnings.warn(f"Gradients do not exist for variables {missing} when minimizing the loss.", UserWarning,
                      stacklevel=2)
    _core.Optimizer.apply_gradients(self, pairs)


def _keras_optimizer(core_class, keras_name: str, keras_defaults: dict, off: dict | None = None):
    """A Keras-named subclass of an engine optimizer: Keras' defaults, Keras' refusals."""
    switched_off = {**_OFF, **(off or {})}

    def __init__(self, **kwargs):
        hyper = {}
        for key, value in kwargs.items():
            if key in keras_defaults:
                hyper[key] = value
            elif key in switched_off:
                if value != switched_off[key] and key != "name":
                    raise not_in_this_chapter(f"{keras_name}({key}={value!r})",
                                              [f"{keras_name}({', '.join(keras_defaults)})"])
            else:
                hint = " (Keras 3 calls it learning_rate)" if key == "lr" else ""
                raise ValueError(f"Argument(s) not recognized: {{{key!r}: {value!r}}}{hint}")
        core_class.__init__(self, **{**keras_defaults, **hyper})

    return type(keras_name, (core_class,), {
        "__init__": __init__, "apply_gradients": apply_gradients, "defaults": dict(keras_defaults),
        "__module__": __name__,
        "__doc__": f"``{keras_name}({', '.join(f'{k}={v!r}' for k, v in keras_defaults.items())})``, "
                   f"the engine's {core_class.name} optimizer."})


SGD = _keras_optimizer(_core.SGD, "SGD", {"learning_rate": 0.01, "momentum": 0.0, "nesterov": False})
RMSprop = _keras_optimizer(_core.RMSprop, "RMSprop", {"learning_rate": 0.001, "rho": 0.9, "epsilon": 1e-7},
                           {"momentum": 0.0, "centered": False})
Adam = _keras_optimizer(_core.Adam, "Adam", {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999,
                                             "epsilon": 1e-7}, {"amsgrad": False})
Adagrad = _keras_optimizer(_core.Adagrad, "Adagrad", {"learning_rate": 0.001, "initial_accumulator_value": 0.1,
                                                      "epsilon": 1e-7})
Adadelta = _keras_optimizer(_core.Adadelta, "Adadelta", {"learning_rate": 0.001, "rho": 0.95, "epsilon": 1e-7})

_BY_NAME = {cls.__name__.lower(): cls for cls in (SGD, RMSprop, Adam, Adagrad, Adadelta)}
_KERAS_ONLY = {"adamw", "adamax", "nadam", "ftrl", "lion", "lamb", "adafactor", "loss_scale_optimizer", "muon"}


def get(identifier):
    """An optimizer from Keras' names ("rmsprop", "sgd", "adam", "adagrad", "adadelta") or an instance."""
    if isinstance(identifier, _core.Optimizer):
        return identifier
    key = identifier.lower() if isinstance(identifier, str) else None
    if key in _BY_NAME:
        return _BY_NAME[key]()
    if key in _KERAS_ONLY:
        raise not_in_this_chapter(f"The optimizer {identifier!r}", NAMES)
    raise ValueError(f"Could not interpret optimizer identifier: {identifier!r} "
                     f"(nnlab.keras has {', '.join(NAMES)})")


__getattr__ = missing_names("keras.optimizers", NAMES + ["get"])
