"""The work of a training step besides the matrix products: the layers' glue and each optimizer's update.

For the lecture network (784-512 relu-10, batch 128, 407,050 weights) it times, in this thread's
CPU time (``time.thread_time``: what the machine's load changes least), the ReLU forward and
backward with the bias gradient, and one update of every optimizer, in one thread and split over
two (``Optimizer.threads``, as ``nnlab.blas.ThreadTuner`` sets it; for two threads it also gives
the wall time, the only figure where two cores can show, and only on a quiet machine).

Counting instructions instead (independent of the load): run the same work ``--steps`` times under
callgrind, once with 0 and once with 100 steps, and divide the difference by 100:

    python benchmarks/step_work.py [--steps 2000] [--only glue|rmsprop|...]
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python benchmarks/step_work.py --steps 100 --only glue --quiet

About 30 s on a quiet machine.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from _load import load_average
from threadpoolctl import threadpool_limits

from nnlab.core import activations, optimizers

WEIGHTS = 784 * 512 + 512 + 512 * 10 + 10


def glue(steps: int) -> None:
    """ReLU forward and backward of a 128 x 512 batch and its bias gradient, as ``Dense`` does them."""
    rng = np.random.default_rng(0)
    z, grad_a = (rng.standard_normal((128, 512)).astype(np.float32) for _ in range(2))
    a, kept, db, ones = np.empty_like(z), np.empty_like(z), np.empty(512, np.float32), np.ones(128, np.float32)
    relu = activations.get("relu")
    for _ in range(steps):
        relu.train_forward(z, out=a, kept=kept)
        relu.train_backward(a, grad_a, kept=kept)
        np.dot(ones, kept, out=db)


def update(name: str, threads: int, evict: bool = False):
    """A function doing ``steps`` updates of optimizer ``name`` over the lecture's weights; with
    ``evict``, 12 MB are written between two updates, as a step's forward and backward pass push the
    optimizer's 6.5 MB out of the caches (the update took 0.61-0.68 ms in training, 0.47 alone)."""
    rng = np.random.default_rng(0)
    grad, param = (rng.standard_normal(WEIGHTS).astype(np.float32) * 0.01 for _ in range(2))
    optimizer = optimizers.get(name)
    optimizer.threads = threads
    other = np.zeros(3 * 2**20, np.float32) if evict else None

    def run(steps: int) -> None:
        for _ in range(steps):
            if other is not None:
                np.add(other, 1, out=other)
            optimizer.apply_gradients([(grad, param)])
    run(5)  # state and scratch allocated, the helper thread started
    return run


def measure(run, steps: int) -> tuple[float, float]:
    """(CPU µs, wall µs) per step, the best of three tries."""
    best_cpu = best_wall = float("inf")
    for _ in range(3):
        cpu, wall = time.thread_time(), time.perf_counter()
        run(steps)
        best_cpu = min(best_cpu, (time.thread_time() - cpu) / steps * 1e6)
        best_wall = min(best_wall, (time.perf_counter() - wall) / steps * 1e6)
    return best_cpu, best_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--only", default=None, help="glue, or one optimizer's name")
    parser.add_argument("--quiet", action="store_true", help="just do the work (for callgrind)")
    parser.add_argument("--evict", action="store_true",
                        help="write 12 MB between two updates, as training does (the wall times include it)")
    args = parser.parse_args()
    names = [args.only] if args.only else ["glue", *optimizers.NAMES]
    with threadpool_limits(1, user_api="blas"):
        if args.quiet:
            for name in names:
                (glue if name == "glue" else update(name, 1))(args.steps)
            return
        print(f"work of one step besides the products, lecture network, batch 128; {load_average()}")
        for name in names:
            if name == "glue":
                cpu, _ = measure(glue, args.steps)
                print(f"  ReLU forward + backward + bias gradient   {cpu:7.1f} µs CPU")
                continue
            cpu, wall = measure(update(name, 1, args.evict), max(1, args.steps // 10))
            _, wall_two = measure(update(name, 2, args.evict), max(1, args.steps // 10))
            print(f"  {name:<9} update: one thread {cpu:7.1f} µs CPU, {wall:7.1f} µs wall; "
                  f"two threads {wall_two:7.1f} µs wall")
        print(f"  {load_average()}")


if __name__ == "__main__":
    main()
