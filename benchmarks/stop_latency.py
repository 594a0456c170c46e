"""How long ``fit`` takes to return after ``stop_training`` is set, inside a huge full-batch step.

Before the chunked step, batch 60000 with 3 hidden layers of 4096 units took 67 s and 10.6 GB for one
step, and Stop could not interrupt it. The step now runs in chunks (``nnlab.core.estimate.chunk_rows``)
and the stop request is honoured between them. Random data of MNIST's shape (no files needed);
the estimate is printed beside the measured figures.

    python benchmarks/stop_latency.py [--samples 60000] [--hidden 4096 4096 4096] [--after 3]
"""

from __future__ import annotations

import argparse
import resource
import threading
import time

import numpy as np


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=60000)
    parser.add_argument("--hidden", type=int, nargs="+", default=[4096, 4096, 4096])
    parser.add_argument("--after", type=float, default=3.0, help="seconds of training before the stop")
    args = parser.parse_args()
    from nnlab.core import Dense, Sequential
    from nnlab.core.estimate import chunk_rows, estimate_training

    sizes = [784, *args.hidden, 10]
    print(f"network {sizes}, batch {args.samples}: "
          f"{estimate_training(sizes, args.samples, args.samples).describe()}; "
          f"chunks of {chunk_rows(sizes)} samples")
    rng = np.random.default_rng(0)
    x = rng.random((args.samples, 784), dtype=np.float32)
    y = rng.integers(0, 10, args.samples)
    layers = [Dense(units, activation="relu", input_shape=(784,) if i == 0 else None)
              for i, units in enumerate(args.hidden)]
    model = Sequential([*layers, Dense(10, activation="softmax")], seed=0)
    model.compile("rmsprop", "sparse_categorical_crossentropy", ["accuracy"])
    asked = {}

    def stop():
        asked["at"] = time.perf_counter()
        model.stop_training = True

    threading.Timer(args.after, stop).start()
    history = model.fit(x, y, epochs=1, batch_size=args.samples)
    latency = time.perf_counter() - asked["at"]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"status {history.status}, returned {latency:.2f} s after the stop request; "
          f"steps done {model.optimizer.iterations}; peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
