"""How long Concepts 10 and 11 keep a student waiting (issue 27, item 11): each should answer within
2 s on a quiet 2-core machine (3x that on a busy one) or show real progress.

* ``landscape``: ``nnlab.concepts.landscape.compute`` with the demo's defaults (two runs on 5,000
  images, a 21 x 21 grid on 1,000 images), split into its training and grid phases;
* ``numerics``: each of Concepts 11's six experiments, as its card runs it. The formats one (float16
  has no fast matrix product) is over 2 s: for it, how soon its card shows the first progress and the
  first estimate of the time left, and how far that estimate was from the truth.

MNIST is loaded once before timing (the demos now read it at most once a session). ``--busy N`` runs N
other programs that each keep a core busy meanwhile: report the quiet and the busy figures.

    python benchmarks/concepts_wait.py [--data-dir DIR] [--repeats 3] [--busy 2] [--only numerics]
"""

from __future__ import annotations

import argparse
import time

import numpy as np


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=None, help="folder with the MNIST .gz files")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--busy", type=int, default=0, help="other programs keeping a core busy meanwhile")
    parser.add_argument("--only", choices=("landscape", "numerics"), default=None)
    args = parser.parse_args(argv)
    from _load import busy_processes, load_average

    print(load_average(), f"before; {args.busy} busy program(s) meanwhile")
    with busy_processes(args.busy):
        measure(args)
    return 0


def measure(args) -> None:

    from nnlab.blas import leave_a_core_free
    from nnlab.concepts import landscape, numerics
    from nnlab.data import load_dataset

    leave_a_core_free()  # as in the window: the GUI thread keeps a core
    (x, y), (x_test, y_test) = load_dataset("mnist", data_dir=args.data_dir, download=False)
    settings = landscape.Settings(train_images=5000, grid=21, subsample=1000)  # the demo's defaults

    for _ in range(args.repeats if args.only != "numerics" else 0):
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
        "formats": lambda: formats_with_progress(x, y, x_test, y_test),
        "scaling": lambda: numerics.forgetting_to_scale(x[:2000], y[:2000], x_test[:1000], y_test[:1000]),
    }
    for name, run in experiments.items() if args.only != "landscape" else ():
        times = []
        for _ in range(args.repeats):
            began = time.perf_counter()
            run()
            times.append(time.perf_counter() - began)
        print(f"numerics {name:9s}: median {np.median(times):6.3f} s")


def formats_with_progress(x, y, x_test, y_test) -> None:
    """The formats card's run (its sizes) with its progress reports, timed as the card sees them."""
    from nnlab.concepts import numerics
    from nnlab.gui.concepts.numerics import FORMAT_IMAGES, TEST_IMAGES

    began = time.perf_counter()
    reports = []
    results = numerics.train_in_each_format(
        x[:FORMAT_IMAGES], y[:FORMAT_IMAGES], x_test[:TEST_IMAGES], y_test[:TEST_IMAGES],
        progress=lambda where: reports.append((time.perf_counter() - began, where)))
    total = time.perf_counter() - began
    times = [at for at, _ in reports]
    float16_began = max(at for at, where in reports if where.name == "float64")
    at, first = next((at, where) for at, where in reports if where.name == "float16" and where.seconds_left)
    tested_at, testing = next((at, where) for at, where in reports if where.name == "float16" and where.testing)
    print(f"  formats: first report {times[0]:.2f} s, float32 and float64 on the card at {float16_began:.2f} s, "
          f"float16's first estimate at {at:.2f} s: at most {first.seconds_left:.1f} s left, truly "
          f"{total - at:.1f} s (float16 {results['float16']['status']} after {len(results['float16']['losses'])} of "
          f"{first.batches} batches); its test images' first estimate at {tested_at:.2f} s: "
          f"{testing.seconds_left:.1f} s left, truly {total - tested_at:.1f} s; "
          f"longest wait between reports {max(np.diff([0.0, *times, total])):.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
