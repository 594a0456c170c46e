"""Seconds per epoch of the lecture run, nnlab vs PyTorch CPU vs the "GEMM floor", side by side.

The lecture run: 784-512 relu-10 softmax, RMSprop lr 1e-3, batch 128, shuffled, float32, full
MNIST (469 steps per epoch). The GEMM floor is the time of the epoch's five matrix products
alone (forward x·W1 and h·W2; backward hᵀ·dz, dz·W2ᵀ and xᵀ·dh): no implementation that does
those products with the same BLAS can be faster. Targets: nnlab <= 0.85 x PyTorch and
<= 1.6 x the floor. PyTorch is optional; its column is skipped when it is not installed.

    python benchmarks/train_speed.py [--epochs 5]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from _mnist import lecture_mnist


def nnlab_epoch(x, y):
    """A function that trains the lecture network for one more epoch and returns its seconds."""
    from nnlab.core import Dense, Sequential

    model = Sequential([Dense(512, activation="relu", input_shape=(784,)),
                        Dense(10, activation="softmax")], seed=0)
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return lambda: model.fit(x, y, epochs=1, batch_size=128).history["seconds"][0]


def torch_epoch(x, y):
    """The same for PyTorch (CPU, float32, the same RMSprop), or None when torch is missing."""
    try:
        import torch
    except ImportError:
        return None
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(784, 512), torch.nn.ReLU(), torch.nn.Linear(512, 10))
    opt = torch.optim.RMSprop(net.parameters(), lr=1e-3, alpha=0.9, eps=1e-7)
    loss_fn = torch.nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x), torch.from_numpy(y.astype(np.int64))

    def epoch():
        start = time.perf_counter()
        order = torch.randperm(len(xt))
        for i in range(0, len(xt), 128):
            index = order[i:i + 128]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(net(xt[index]), yt[index])
            loss.backward()
            opt.step()
        return time.perf_counter() - start
    return epoch


def gemm_floor_epoch(x):
    """The epoch's five matrix products alone."""
    rng = np.random.default_rng(0)
    W1 = rng.standard_normal((784, 512), dtype=np.float32)
    W2 = rng.standard_normal((512, 10), dtype=np.float32)

    def epoch():
        start = time.perf_counter()
        for i in range(0, len(x), 128):
            xb = x[i:i + 128]
            h = xb @ W1
            dz = h @ W2
            _ = h.T @ dz
            dh = dz @ W2.T
            _ = xb.T @ dh
        return time.perf_counter() - start
    return epoch


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    (x, y), _ = lecture_mnist()
    # The three are timed in turn, epoch by epoch, so a change in the machine's load hits all alike.
    runners = {"nnlab": nnlab_epoch(x, y), "floor": gemm_floor_epoch(x), "torch": torch_epoch(x, y)}
    times = {name: [] for name, run in runners.items() if run is not None}
    for _ in range(args.epochs):
        for name in times:
            times[name].append(runners[name]())
    ours, floor, theirs = times["nnlab"], times["floor"], times.get("torch")
    best = lambda values: min(values)  # noqa: E731  (the least disturbed epoch)
    print(f"nnlab        {best(ours):.3f} s/epoch   (epochs: {', '.join(f'{s:.3f}' for s in ours)})")
    print(f"GEMM floor   {best(floor):.3f} s/epoch   -> nnlab / floor = {best(ours) / best(floor):.2f} "
          f"(target <= 1.6)")
    if theirs is None:
        print("PyTorch      skipped: torch is not installed (pip install torch==2.13.0)")
    else:
        print(f"PyTorch CPU  {best(theirs):.3f} s/epoch   -> nnlab / PyTorch = {best(ours) / best(theirs):.2f} "
              f"(target <= 0.85)")


if __name__ == "__main__":
    main()
