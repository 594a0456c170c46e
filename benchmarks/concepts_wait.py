"""How long Concepts 10 and 11 keep a student waiting (issue 27, item 11): each should answer within
2 s on a quiet 2-core machine (3x that on a busy one) or show real progress.

* ``landscape``: ``nnlab.concepts.landscape.compute`` with the demo's defaults (two runs on 5,000
  images, a 21 x 21 grid on 1,000 images), split into its training and grid phases;
* ``numerics``: each of Concepts 11's six experiments, as its card runs it.

MNIST is loaded once before timing (the demos now read it at most once a session). Run it on a
quiet machine and on a busy one and report both.

    python benchmarks/concepts_wait.py [--data-dir DIR] [--repeats 3]
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=None, help="folder with the MNIST .gz files")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    from nnlab.blas import leave_a_core_free
    from nnlab.concepts import landscape, numerics
    from nnlab.data import load_dataset

    leave_a_core_free()  # as in the window: the GUI thread keeps a core
    (x, y), (x_test, y_test) = load_dataset("mnist", data_dir=args.data_dir, download=False)
    settings = landscape.Settings(train_images=5000, grid=21, subsample=1000)  # the demo's defaults

    for _ in range(args.repeats):
        marks: dict = {}
        began = time.perf_counter()
        landscape.compute(x, y, settings,
                          lambda fraction, phase, marks=marks: marks.setdefault(phase, time.perf_counter()))
        total = time.perf_counter() - began
        training = marks["grid"] - began
        print(f"landscape: {total:5.2f} s (training {training:5.2f} s, grid {total - training:5.2f} s)")

    experiments = {
        "softmax": lambda: numerics.softmax_of_large_logits(),
        "log_zero": lambda: numerics.log_of_zero(),
        "denormal": lambda: numerics.denormal_slowdown(),
        "vanishing": lambda: [numerics.gradient_norms(x[:256], y[:256], a) for a in ("sigmoid", "relu")],
        "formats": lambda: numerics.train_in_each_format(x[:1000], y[:1000], x_test[:1000], y_test[:1000]),
        "scaling": lambda: numerics.forgetting_to_scale(x[:2000], y[:2000], x_test[:1000], y_test[:1000]),
    }
    for name, run in experiments.items():
        times = []
        for _ in range(args.repeats):
            began = time.perf_counter()
            run()
            times.append(time.perf_counter() - began)
        print(f"numerics {name:9s}: median {np.median(times):6.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
