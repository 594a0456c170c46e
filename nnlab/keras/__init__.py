"""``nnlab.keras``: the Keras API of chapter 2, as a thin front over nnlab's NumPy engine.

The course's notebook, and the book's from-scratch example (``keras.Variable``, ``keras.ops``,
``optimizers.SGD(...).apply_gradients``), run with one change, the import::

    import nnlab.keras as keras            # instead of: import keras
    from nnlab.keras import layers, models
    from nnlab.keras.datasets import mnist

Every computation is ``nnlab.core``'s; this package gives it Keras' names, defaults, progress bar,
refusals and ``History``. What Keras has beyond chapter 2 (Conv2D, other optimizers ...) answers
with a clear "not part of this chapter's engine" error. Qt is loaded only when a ``LivePlot``
opens its window.
"""

from nnlab import __version__
from nnlab.keras import activations, callbacks, datasets, layers, losses, metrics, models, ops, optimizers, utils
from nnlab.keras.layers import Input
from nnlab.keras.missing import NotInThisChapter, missing_names
from nnlab.keras.models import Sequential
from nnlab.keras.variables import Variable

__all__ = ["Sequential", "Input", "Variable", "activations", "callbacks", "datasets", "layers", "losses", "metrics",
           "models", "ops", "optimizers", "utils", "NotInThisChapter", "__version__"]
__getattr__ = missing_names("keras", [name for name in __all__ if not name.startswith("_")])
