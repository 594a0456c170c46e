"""The lecture's comparison series: the same network from the same initial weights, one setting varied.

Same architecture and seed: every run of a series starts from the same initial weights, so the only
difference the student sees is the one the slide is about.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nnlab.core import optimizers
from nnlab.gui.train.controller import RunRequest
from nnlab.gui.train.run_model import optimizer_title
from nnlab.training.runs import RunConfig

#: Learning rate factors of "Compare learning rates", relative to the optimizer's default. Measured
#: with the lecture network (RMSprop, batch 128, seeds 0-2, 2 epochs on MNIST): x300 (0.3) and even
#: x20 (0.02) diverge within 1-3 batches, leaving a point and no curve; x10 (0.01) climbs from 2.3 to
#: 10-14 in the first batches, then settles noisily at a loss two to three times the lecture rate's:
#: the slide's overshooting, visible, before any explosion.
LR_FACTORS = {"too small": 0.01, "about right": 1.0, "too large": 10.0}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainPage", text)


def learning_rate_series(base: RunConfig) -> list[RunRequest]:
    """Three runs: a learning rate too small, about right and too large for ``base``'s optimizer."""
    right = optimizers.hyperparameters(base.optimizer)["learning_rate"]
    labels = {"too small": _tr("too small"), "about right": _tr("about right"), "too large": _tr("too large")}
    requests = []
    for key, factor in LR_FACTORS.items():
        lr = float(f"{min(10.0, right * factor):.3g}")
        config = RunConfig(**{**base.to_dict(), "hyper": {**optimizers.hyperparameters(base.optimizer),
                                                          "learning_rate": lr}})
        requests.append(RunRequest(config, _tr("{0} lr {1:.3g} ({2})").format(
            optimizer_title(base.optimizer), lr, labels[key])))
    return requests


def optimizer_series(base: RunConfig) -> list[RunRequest]:
    """One run per optimizer, each at its default hyperparameters."""
    return [RunRequest(RunConfig(**{**base.to_dict(), "optimizer": name, "hyper": optimizers.hyperparameters(name)}),
                       optimizer_title(name)) for name in optimizers.NAMES]


SERIES = {"learning_rate": learning_rate_series, "optimizers": optimizer_series}
