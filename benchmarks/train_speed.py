"""Seconds per epoch of the lecture run, nnlab vs PyTorch CPU vs the "GEMM floor", interleaved.

The lecture run: 784-512 relu-10 softmax, RMSprop lr 1e-3, batch 128, shuffled, float32, full
MNIST (469 steps per epoch). The GEMM floor is the time of the epoch's five matrix products
alone (forward x·W1 and h·W2; backward hᵀ·dz, dz·W2ᵀ and xᵀ·dh) with the same BLAS and threads
as nnlab: no implementation doing those products with that BLAS can be faster. Targets: median
nnlab <= 0.7 x PyTorch and <= 1.6 x the floor on a quiet two-core machine; with another CPU-bound
process on one core (``--load``), within 1.5 x the quiet speed. The machine's load average is
printed before and after: a figure is only worth as much as the quiet it was measured in.

Each repetition times one epoch of every runner in turn (a change of the machine's load hits all
alike); the medians and the whole distributions are printed. ``--load`` starts a busy process
(one core) for the duration; ``--threads`` fixes nnlab's threads (BLAS's and the optimizer
update's) and the floor's BLAS threads (default: ``nnlab.blas.ThreadTuner`` chooses them while
nnlab trains, as the app does; the floor takes the faster of one thread and every core). PyTorch
is optional and runs with its own default threads (``--torch-threads`` to change); its column is
skipped when it is not installed. About 1.5 minutes on a quiet two-core machine:

    python benchmarks/train_speed.py [--repeats 5] [--threads N] [--load]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np
from _load import busy_processes, load_average
from _mnist import lecture_mnist
from threadpoolctl import threadpool_limits


def nnlab_epoch(x, y, threads):
    """A function that trains the lecture network for one more epoch and returns its seconds.

    ``threads`` 0: the thread tuner chooses (as everywhere in nnlab); N: fixed at N threads."""
    from nnlab.blas import ThreadTuner
    from nnlab.core import Dense, Sequential

    model = Sequential([Dense(512, activation="relu", input_shape=(784,)),
                        Dense(10, activation="softmax")], seed=0)
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    tuner = ThreadTuner(candidates=(threads,) if threads else None)  # one for every epoch, as in one fit

    def epoch():
        return model.fit(x, y, epochs=1, batch_size=128, callbacks=[tuner]).history["seconds"][0]
    epoch.tuner = tuner
    return epoch


def torch_epoch(x, y, threads):
    """The same for PyTorch (CPU, float32, the same RMSprop), or None when torch is missing."""
    try:
        import torch
    except ImportError:
        return None
    if threads:
        torch.set_num_threads(threads)
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


def gemm_floor_epoch(x, threads):
    """The epoch's five matrix products alone, with ``threads`` BLAS threads (0: the faster of one
    thread and every core, measured each time: the floor is what the best fixed choice could do)."""
    candidates = [threads] if threads else sorted({1, os.cpu_count() or 1})
    products = _gemm_floor_epoch(x)

    def epoch():
        best = float("inf")
        for count in candidates:
            with threadpool_limits(count, user_api="blas"):
                best = min(best, products())
        return best
    return epoch


def _gemm_floor_epoch(x):
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


def describe(times):
    return (f"median {statistics.median(times):.3f}  min {min(times):.3f}  max {max(times):.3f}  "
            f"({', '.join(f'{s:.2f}' for s in times)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=0,
                        help="nnlab's threads (0: nnlab.blas.ThreadTuner chooses while training)")
    parser.add_argument("--torch-threads", type=int, default=0, help="PyTorch's threads (0: its default)")
    parser.add_argument("--load", action="store_true", help="keep one core busy with another process")
    args = parser.parse_args()
    (x, y), _ = lecture_mnist()
    runners = {"nnlab": nnlab_epoch(x, y, args.threads), "floor": gemm_floor_epoch(x, args.threads),
               "torch": torch_epoch(x, y, args.torch_threads)}
    times = {name: [] for name, run in runners.items() if run is not None}
    for name in times:
        runners[name]()          # warm up: first-touch of buffers, thread pools
    print(f"before: {load_average()}")
    with busy_processes(1 if args.load else 0):
        for _ in range(args.repeats):
            for name in times:
                times[name].append(runners[name]())
        print(f"after:  {load_average()}")
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"seconds per epoch, {args.repeats} interleaved repetitions"
          f"{', another process busy on one core' if args.load else ''}")
    print(f"nnlab        {describe(times['nnlab'])}")
    print(f"  its thread tuner's choices (step, threads): {runners['nnlab'].tuner.choices}")
    print(f"GEMM floor   {describe(times['floor'])}")
    print(f"  nnlab / floor = {median['nnlab'] / median['floor']:.2f} (target <= 1.6)")
    if "torch" not in times:
        print("PyTorch      skipped: torch is not installed (pip install torch==2.13.0)")
    else:
        print(f"PyTorch CPU  {describe(times['torch'])}")
        print(f"  nnlab / PyTorch = {median['nnlab'] / median['torch']:.2f} (target <= 0.7)")


if __name__ == "__main__":
    main()
