"""``keras.callbacks``: ``Callback``, ``History``, ``ProgbarLogger`` and nnlab's ``LivePlot``."""

from nnlab.keras.hooks import Callback, History
from nnlab.keras.liveplot import LivePlot
from nnlab.keras.missing import missing_names
from nnlab.keras.progress import ProgbarLogger

__all__ = ["Callback", "History", "ProgbarLogger", "LivePlot"]
for _public in (Callback, History, ProgbarLogger, LivePlot):  # shown as keras.callbacks.X in a notebook
    _public.__module__ = __name__
__getattr__ = missing_names("keras.callbacks", __all__)
del _public
