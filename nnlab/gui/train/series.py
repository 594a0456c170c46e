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

# "Compare learning rates" uses plain gradient descent (SGD), as the slide does. Measured with the
# lecture network on MNIST (batch 128, seeds 0-2, 2 epochs: benchmarks/learning_rates.py): 0.001
# crawls (loss 1.4-1.5, 74-75% test accuracy), 0.5 learns well (96.8-97.1%), and 2.0 overshoots:
# its loss jumps to 27-85 in the first steps and then oscillates around 1.4-2.0 (30-61%), or on an
# unlucky start explodes within a few steps (seed 2). Adaptive optimizers hide the picture: RMSprop
# either still learns well (x10) or dies on its first step (x20 and up).
LEARNING_RATES = {"too small": 0.001, "about right": 0.5, "too large": 2.0}


def learning_rate_series(base: RunConfig) -> list[RunRequest]:
    """Three runs of gradient descent from the same initial weights: a learning rate too small,
    about right and too large."""
    labels = {"too small": QCoreApplication.translate("TrainPage", "too small"),
              "about right": QCoreApplication.translate("TrainPage", "about right"),
              "too large": QCoreApplication.translate("TrainPage", "too large")}
    requests = []
    for key, lr in LEARNING_RATES.items():
        config = RunConfig(**{**base.to_dict(), "optimizer": "sgd",
                              "hyper": {**optimizers.hyperparameters("sgd"), "learning_rate": lr}})
        name = QCoreApplication.translate("TrainPage", "{0} lr {1:.3g} ({2})").format(
            optimizer_title("sgd"), lr, labels[key])
        requests.append(RunRequest(config, name))
    return requests


def optimizer_series(base: RunConfig) -> list[RunRequest]:
    """One run per optimizer, each at its default hyperparameters."""
    return [RunRequest(RunConfig(**{**base.to_dict(), "optimizer": name, "hyper": optimizers.hyperparameters(name)}),
                       optimizer_title(name)) for name in optimizers.NAMES]


SERIES = {"learning_rate": learning_rate_series, "optimizers": optimizer_series}
