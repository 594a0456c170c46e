"""The lecture's comparison series: the same network from the same initial weights, one setting varied.

Same architecture and seed: every run of a series starts from the same initial weights, so the only
difference the student sees is the one the slide is about.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nnlab.core import optimizers
from nnlab.gui.train.controller import RunRequest
from nnlab.gui.train.run_model import optimizer_title
from nnlab.training.config import RunConfig

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
        name = QCoreApplication.translate("TrainPage", "{0} lr {1} ({2})").format(
            optimizer_title("sgd"), f"{lr:.3g}", labels[key])  # a name, kept as data: no isolates in it
        requests.append(RunRequest(config, name))
    return requests


def optimizer_series(base: RunConfig) -> list[RunRequest]:
    """One run per optimizer, each at its default hyperparameters."""
    return [RunRequest(RunConfig(**{**base.to_dict(), "optimizer": name, "hyper": optimizers.hyperparameters(name)}),
                       optimizer_title(name)) for name in optimizers.NAMES]


# "Compare batch sizes": plain gradient descent at one learning rate with a full batch, mini-batches
# and single images, the same epochs on the same subset, so every run sees the same samples. Measured
# (benchmarks/batch_sizes.py, 2,000 MNIST images, 5 epochs): at 0.05 the full batch makes 5 exact
# steps and reaches 39% test accuracy, batches of 32 make 315 steps (88%) and single images 10,000
# noisy ones (89%, in about 2 s); at 0.1 the stochastic curve is mostly noise.
BATCH_SUBSET = 2000
BATCH_EPOCHS = 5
BATCH_LEARNING_RATE = 0.05
BATCH_SIZES = {"batch": BATCH_SUBSET, "mini": 32, "stochastic": 1}


def batch_size_series(base: RunConfig) -> list[RunRequest]:
    """Batch, mini-batch and stochastic gradient descent on the same samples seen: the first
    ``BATCH_SUBSET`` training images (fewer if the student chose fewer) for ``BATCH_EPOCHS`` epochs."""
    subset = min(base.train_subset or BATCH_SUBSET, BATCH_SUBSET)
    modes = {"batch": QCoreApplication.translate("TrainPage", "Batch GD"),
             "mini": QCoreApplication.translate("TrainPage", "Mini-batch"),
             "stochastic": QCoreApplication.translate("TrainPage", "Stochastic")}
    requests = []
    for mode, size in BATCH_SIZES.items():
        size = min(size, subset)
        config = RunConfig(**{**base.to_dict(), "optimizer": "sgd", "batch_size": size, "epochs": BATCH_EPOCHS,
                              "train_subset": subset,
                              "hyper": {**optimizers.hyperparameters("sgd"), "learning_rate": BATCH_LEARNING_RATE}})
        name = QCoreApplication.translate("TrainPage", "{0}: batch {1:,} of {2:,} images").format(
            modes[mode], size, subset)
        requests.append(RunRequest(config, name))
    return requests


SERIES = {"learning_rate": learning_rate_series, "batch_size": batch_size_series, "optimizers": optimizer_series}
