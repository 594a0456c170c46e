"""``LivePlot``: the loss and accuracy curves, live, while ``fit`` runs in a notebook.

Two places to draw, chosen when training starts:

- the nnlab plot window, when Qt's event loop runs beside the notebook (``%gui qt`` in Jupyter,
  or a script inside a Qt application). ``fit`` then runs in the GUI thread, so the plot lets Qt
  process its events at most ten times a second: the window stays alive without slowing training;
- otherwise an SVG image in the cell's output, replaced in place about twice a second.

Qt is imported only in the first case, so ``nnlab.keras`` stays usable where Qt cannot start.

LivePlot is an engine callback (``nnlab.core.Callback``): it sees every mini-batch's own loss and
accuracy, not Keras' running averages, which restart at every epoch and would draw a jump at each
epoch's start. It draws them faint, with their smoothed curve on top, as the Train page does.
"""

from __future__ import annotations

import sys
import time

from nnlab.core import Callback
from nnlab.keras.svgplot import curves_svg
from nnlab.training.metrics import Smoother

_INSTEAD = ("Run the training in Jupyter (pip install jupyter), or open the plot window instead: "
            "LivePlot(window=True) in a program that runs Qt's event loop (in Jupyter: %gui qt).")
NO_IPYTHON = "LivePlot draws its curves in a notebook's cell output, and IPython is not installed here. " + _INSTEAD
NOT_A_NOTEBOOK = "LivePlot draws its curves in a notebook's cell output, and this is not a notebook. " + _INSTEAD
WINDOW_REFRESH_SECONDS = 0.1


def qt_event_loop_running() -> bool:
    """True when Qt's event loop runs (``%gui qt``, or inside a Qt application); never imports Qt."""
    if "PySide6" not in sys.modules:
        return False
    from nnlab.gui.notebook import event_loop_running
    return event_loop_running()


class LivePlot(Callback):
    """``model.fit(..., callbacks=[keras.callbacks.LivePlot()])``: live loss and accuracy curves.

    ``window``: None chooses (the Qt window when Qt's event loop runs, the cell output otherwise),
    True always uses the window, False always the cell output. ``refresh_seconds`` is the least
    time between two redraws of the cell-output image.
    """

    def __init__(self, window: bool | None = None, refresh_seconds: float = 0.5):
        self.window = window
        self.refresh_seconds = refresh_seconds
        self.epochs = 1
        self.series: dict[str, tuple[list[float], list[float]]] = {}
        self.view = None       # the Qt window, once window mode was used
        self._display = None   # the cell output being replaced (notebook mode)
        self._mode = None      # "window" or "cell", chosen when training starts
        self._smoothers: dict[str, Smoother] = {}
        self._last_draw = 0.0

    @property
    def in_window(self) -> bool:
        return bool(self.window) if self.window is not None else qt_event_loop_running()

    def panels(self) -> list[tuple[str, dict]]:
        """``[(metric, {"batches": (xs, ys), "smoothed": ..., "validation": ...}), ...]``."""
        metrics = ["loss"] + (["accuracy"] if "accuracy" in (getattr(self.model, "metrics", None) or []) else [])
        empty = ([], [])
        return [(metric, {"batches": self.series.get(metric, empty),
                          "smoothed": self.series.get(metric + "_smoothed", empty),
                          "validation": self.series.get("val_" + metric, empty)}) for metric in metrics]

    def svg(self) -> str:
        """The current curves as an SVG document."""
        return curves_svg(self.panels(), self.epochs)

    def _repr_svg_(self):  # IPython shows a LivePlot left as a cell's last value as the image
        return self.svg()

    # -- the engine's callback hooks ---------------------------------------------------------------
    def on_train_begin(self, logs):
        self.epochs = max(1, logs.get("epochs", 1))
        self.series = {}
        self._smoothers = {"loss": Smoother(), "accuracy": Smoother()}
        if self.in_window:
            from nnlab.gui.notebook import LivePlotWindow
            if self.view is None:
                self.view = LivePlotWindow()
            self.view.show()
            self._mode = "window"
        else:
            try:
                from IPython import get_ipython
                from IPython.display import SVG, display
            except ImportError:
                raise RuntimeError(NO_IPYTHON) from None
            if get_ipython() is None:
                raise RuntimeError(NOT_A_NOTEBOOK)
            self._display = display(SVG(self.svg()), display_id=True)
            self._mode = "cell"
        self._draw()

    def on_batch_end(self, batch, logs):
        x = logs["epoch"] + (batch + 1) / max(1, logs["steps"])
        for metric, smoother in self._smoothers.items():
            self._add(metric, x, logs[metric])
            self._add(metric + "_smoothed", x, smoother(logs[metric]))
        now = time.monotonic()
        if now - self._last_draw >= (WINDOW_REFRESH_SECONDS if self._mode == "window" else self.refresh_seconds):
            self._draw()

    def on_epoch_end(self, epoch, logs):
        for key in ("val_loss", "val_accuracy"):
            if key in logs:
                self._add(key, epoch + 1, logs[key])
        self._draw()

    def on_train_end(self, logs):
        self._draw()

    def _add(self, key: str, x: float, value: float) -> None:
        xs, ys = self.series.setdefault(key, ([], []))
        xs.append(float(x))
        ys.append(float(value))

    def _draw(self) -> None:
        self._last_draw = time.monotonic()
        if self._mode == "window":
            self.view.show_curves(self.panels(), self.epochs)
        elif self._mode == "cell":
            from IPython.display import SVG
            self._display.update(SVG(self.svg()))
