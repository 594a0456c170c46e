"""Which learning rate shows "batch vs mini-batch vs stochastic" on the same samples seen (the lecture's slide).

"Compare batch sizes" trains plain gradient descent on a subset of the MNIST training set with a
full batch, mini-batches and single images, the same number of epochs (so the same samples seen).
For each candidate learning rate and seed this reports every batch size's steps, final training
loss, test accuracy and seconds.

    python benchmarks/batch_sizes.py [--subset 2000] [--epochs 5] [--seeds 2] [--rates 0.01 0.05 0.1]
"""

from __future__ import annotations

import argparse
import time

from _mnist import lecture_mnist

from nnlab.core import optimizers
from nnlab.training.build import build_model
from nnlab.training.config import RunConfig


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subset", type=int, default=2000)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--rates", type=float, nargs="*", default=[0.01, 0.05, 0.1])
    parser.add_argument("--batches", type=int, nargs="*", default=[2000, 32, 1])
    args = parser.parse_args()
    (x_train, y_train), (x_test, y_test) = lecture_mnist()
    x, y = x_train[:args.subset], y_train[:args.subset]
    for rate in args.rates:
        for batch in args.batches:
            for seed in range(args.seeds):
                config = RunConfig(optimizer="sgd", hyper={**optimizers.hyperparameters("sgd"), "learning_rate": rate},
                                   batch_size=batch, epochs=args.epochs, seed=seed)
                model = build_model(config)
                start = time.perf_counter()
                history = model.fit(x, y, epochs=args.epochs, batch_size=batch)
                seconds = time.perf_counter() - start
                _, accuracy = model.evaluate(x_test, y_test)
                loss = history.history["loss"][-1]
                print(f"lr {rate:<5g} batch {batch:>5} seed {seed}: {-(-args.subset // batch) * args.epochs:>6} steps, "
                      f"loss {loss:.3f}, test accuracy {accuracy:.1%}, {seconds:.1f} s", flush=True)


if __name__ == "__main__":
    main()
