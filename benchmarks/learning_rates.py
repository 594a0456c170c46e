"""Which three learning rates show "too small / about right / too large" on MNIST (the lecture's slide).

The slide's picture of a too-large rate is overshooting and oscillation before any explosion. For
each candidate multiple of the optimizer's default rate this trains the lecture network for two
epochs over several seeds and reports the run's status, where it diverged, how often the mini-batch
loss went *up* (a measure of oscillation), and the final test accuracy.

    python benchmarks/learning_rates.py [--optimizer rmsprop] [--seeds 3] [--epochs 2]
"""

from __future__ import annotations

import argparse

import numpy as np
from _mnist import lecture_mnist

from nnlab.core import Callback, optimizers
from nnlab.training.build import build_model
from nnlab.training.config import RunConfig


class Losses(Callback):
    def __init__(self):
        self.values = []

    def on_batch_end(self, batch, logs):
        self.values.append(logs["loss"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--optimizer", default="rmsprop")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--factors", type=float, nargs="*", default=[0.01, 1, 10, 20, 30, 50, 100, 300])
    args = parser.parse_args()
    (x_train, y_train), (x_test, y_test) = lecture_mnist()
    base = optimizers.get(args.optimizer).learning_rate
    print(f"{args.optimizer}, default learning rate {base:g}, {args.epochs} epochs, batch 128")
    print("factor   lr        seed status     steps  up%     loss first/min/last    test acc")
    for factor in args.factors:
        for seed in range(args.seeds):
            config = RunConfig(optimizer=args.optimizer, hyper={"learning_rate": base * factor}, seed=seed,
                               epochs=args.epochs)
            model = build_model(config)
            losses = Losses()
            history = model.fit(x_train, y_train, epochs=args.epochs, batch_size=128, callbacks=[losses])
            values = np.array(losses.values)
            smooth = np.array([np.mean(values[max(0, i - 19):i + 1]) for i in range(len(values))])
            ups = 100 * np.mean(np.diff(smooth[::20]) > 0) if len(values) > 40 else 0
            _, accuracy = model.evaluate(x_test, y_test)
            print(f"{factor:<8g} {base * factor:<9.4g} {seed:<4} {history.status:<10} {len(values):<6} {ups:5.1f}  "
                  f"{values[0]:6.3f}/{values.min():6.3f}/{values[-1]:9.3f}  {accuracy:.4f}  "
                  f"max {values.max():.2f}; smoothed at steps 20,100,300,900: "
                  f"{' '.join(f'{smooth[i]:.3f}' for i in (19, 99, 299, 899) if i < len(smooth))}", flush=True)


if __name__ == "__main__":
    main()
