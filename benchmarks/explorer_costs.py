"""Measure the costs the explorer's budget assumes (nnlab/explorer/budget.py) on this machine.

    python benchmarks/explorer_costs.py

Prints nanoseconds per multiply-add of matrix products by dtype (BLAS for float32/float64/complex,
NumPy's own loops for float16, integers and N-D np.dot) and per comparison of sorting, next to the
figure the budget uses. Small sizes, so it runs in a few seconds.
"""

from __future__ import annotations

import math
import time

import numpy as np

from nnlab.explorer import budget


def seconds(function, *args) -> float:
    function(*args)  # warm up (BLAS threads, caches)
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    print(f"{'operation':<34}{'measured ns':>12}{'budget ns':>11}")
    products = [("float64 @ (1000, 1000)", np.matmul, (1000, 1000), (1000, 1000), "float64", True),
                ("float32 @ (1000, 1000)", np.matmul, (1000, 1000), (1000, 1000), "float32", True),
                ("complex128 @ (500, 500)", np.matmul, (500, 500), (500, 500), "complex128", True),
                ("float16 @ (200, 200)", np.matmul, (200, 200), (200, 200), "float16", True),
                ("int64 @ (300, 300)", np.matmul, (300, 300), (300, 300), "int64", True),
                ("np.dot (5, 100, 100) N-D float64", np.dot, (5, 100, 100), (5, 100, 100), "float64", False)]
    for name, function, left_shape, right_shape, dtype, blas in products:
        left, right = np.ones(left_shape, dtype), np.ones(right_shape, dtype)
        work = math.prod(function(left[..., :1, :], right).shape) * left_shape[-1] * left_shape[-2]
        measured = seconds(function, left, right) / work * 1e9
        assumed = budget.product_seconds(work, left.dtype, right.dtype, blas) / work * 1e9
        print(f"{name:<34}{measured:>12.3f}{assumed:>11.3f}")
    for dtype in ("float64", "complex128"):
        values = np.random.default_rng(0).random(2_000_000).astype(dtype)
        comparisons = values.size * math.log2(values.size)
        measured = seconds(np.sort, values) / comparisons * 1e9
        assumed = budget.sort_seconds(values.size, values.dtype) / comparisons * 1e9
        print(f"{'np.sort 2,000,000 ' + dtype:<34}{measured:>12.3f}{assumed:>11.3f}")


if __name__ == "__main__":
    main()
