"""Keras 3's progress bar: "Epoch 1/5", then one line per epoch that updates in place.

    469/469 ━━━━━━━━━━━━━━━━━━━━ 3s 6ms/step - accuracy: 0.9253 - loss: 0.2597

Where the output understands a carriage return (a terminal, or Jupyter, whose output area
applies "\\r" the way a terminal does) the line is redrawn at most 20 times a second with the
remaining time, the bar coloured as Keras colours it. Anywhere else (a log file, a pipe) only the
finished line is written, so a log holds five clean lines instead of thousands of redraws.
"""

from __future__ import annotations

import sys
import time

from nnlab.keras.hooks import Callback

BAR_WIDTH = 20
REDRAW_INTERVAL = 0.05  # seconds between two redraws of an in-place line, as in Keras
_BOLD, _GREEN, _GREY, _RESET = "\x1b[1m", "\x1b[32m", "\x1b[37m", "\x1b[0m"


def updates_in_place(stream) -> bool:
    """True for a terminal or a Jupyter kernel's output stream (both apply "\\r")."""
    if type(stream).__module__.split(".")[0] == "ipykernel":
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def format_duration(seconds: float) -> str:
    """Keras' remaining / elapsed time: "3s", "1:05", "1:02:03"."""
    if seconds >= 3600:
        return f"{int(seconds // 3600)}:{int(seconds % 3600 // 60):02d}:{int(seconds % 60):02d}"
    if seconds >= 60:
        return f"{int(seconds // 60)}:{int(seconds % 60):02d}"
    return f"{seconds:.0f}s"


def format_step_time(seconds: float, unit: str = "step") -> str:
    """Keras' time per step: "2s/step", "6ms/step", "850us/step"."""
    if seconds >= 1 or seconds == 0:
        return f"{seconds:.0f}s/{unit}"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.0f}ms/{unit}"
    return f"{seconds * 1e6:.0f}us/{unit}"


def format_value(value: float) -> str:
    return f"{value:.4f}" if abs(value) > 1e-3 else f"{value:.4e}"


class Progbar:
    """One progress line for ``target`` steps, written to ``stream`` (default: sys.stdout when used).

    ``verbose=1`` is the bar, ``verbose=2`` only the finished line without the bar, as in Keras.
    """

    def __init__(self, target: int, verbose: int = 1, stream=None, interval: float | None = None):
        self.target = max(1, int(target))
        self.verbose = verbose
        self.stream = stream if stream is not None else sys.stdout
        self.in_place = updates_in_place(self.stream)
        self.interval = REDRAW_INTERVAL if interval is None else interval
        self._start = time.perf_counter()
        self._last_draw = 0.0
        self._width = 0

    def update(self, current: int, values: dict, finalize: bool = False) -> None:
        now = time.perf_counter()
        if not finalize and (self.verbose != 1 or not self.in_place or now - self._last_draw < self.interval):
            return
        self._last_draw = now
        elapsed = now - self._start
        per_step = elapsed / max(1, current)
        metrics = "".join(f" - {key}: {format_value(value)}" for key, value in values.items())
        count = f"{current:{len(str(self.target))}d}/{self.target}"
        if self.verbose == 2:
            self._write(f"{count} - {format_duration(elapsed)} - {format_step_time(per_step)}{metrics}\n")
            return
        done = min(BAR_WIDTH, BAR_WIDTH * current // self.target)
        time_text = format_duration(elapsed if finalize else per_step * (self.target - current))
        plain = f"{count} {'━' * BAR_WIDTH} {time_text} {format_step_time(per_step)}{metrics}"
        if not self.in_place:
            self._write(plain + "\n")
            return
        bar = (f"{_GREEN}{'━' * done}{_RESET}" if done else "") + \
              (f"{_GREY}{'━' * (BAR_WIDTH - done)}{_RESET}" if done < BAR_WIDTH else "")
        line = f"{_BOLD}{count}{_RESET} {bar} {_BOLD}{time_text}{_RESET} {format_step_time(per_step)}{metrics}"
        padding = " " * max(0, self._width - len(plain))  # wipe what a longer previous line left
        self._width = len(plain)
        self._write("\r" + line + padding + ("\n" if finalize else ""))

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()


class ProgbarLogger(Callback):
    """What ``fit(verbose=1)`` prints: "Epoch 1/5" (when there is more than one) and the bar."""

    def __init__(self, verbose: int = 1, stream=None):
        super().__init__()
        self.verbose = verbose
        self.stream = stream
        self.progbar: Progbar | None = None

    def on_epoch_begin(self, epoch, logs=None):
        stream = self.stream if self.stream is not None else sys.stdout
        epochs = self.params.get("epochs", 1)
        if epochs > 1:
            stream.write(f"Epoch {epoch + 1}/{epochs}\n")
        self.progbar = Progbar(self.params.get("steps", 1), self.verbose, stream)
        self.seen = 0

    def on_train_batch_end(self, batch, logs=None):
        self.seen = batch + 1
        self.progbar.update(self.seen, logs or {})

    def on_epoch_end(self, epoch, logs=None):
        self.progbar.update(self.seen, logs or {}, finalize=True)
