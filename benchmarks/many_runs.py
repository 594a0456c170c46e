"""Does a long session leak? Memory and time of run after run of the lecture network in one window.

Opens the main window, loads MNIST (optionally a subset), and presses Start ``--runs`` times with the
lecture preset (784 → 512 relu → 10, RMSprop 1e-3); every finished run stays in the run list, as in
class. After each run it prints the process's resident memory and the run's time. Target: the growth
from before the first run (the window drawn and idle) to after the last is at most the kept runs'
weights (1.6 MB each) plus 10 MB, and the last run is as fast as the second.

    python benchmarks/many_runs.py [--runs 12] [--train-size 6000] [--epochs 1] [--batch-size 128]
                                   [--data-dir DIR]

The two cases of the issue, about 1 and 2 minutes on a quiet two-core machine:

    python benchmarks/many_runs.py --train-size 60000 --batch-size 128
    python benchmarks/many_runs.py --train-size 60000 --batch-size 30000

``--batch-size 0`` trains full batch. Runs headless (QT_QPA_PLATFORM=offscreen) unless a display is set.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time


def resident_mib() -> float:
    """The process's resident memory (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as stream:
            return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def settle(app, seconds: float = 1.0) -> None:
    """Let the new window draw itself and finish what it queued, as it has before anyone can press Start.
    Its first paint (backing store, glyph and pixmap caches: 6-9 MB) is the window's, not a run's."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)
    gc.collect()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--train-size", type=int, default=6000, help="training images used (60000: all)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=128, help="0: the whole training set (full batch)")
    parser.add_argument("--data-dir", default=None, help="folder with the MNIST .gz files")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from _load import load_average
    from _train_window import lecture_window
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from nnlab.data import load_dataset

    app = QApplication(sys.argv[:1])
    (x_train, y_train), test = load_dataset("mnist", data_dir=args.data_dir)
    data = ((x_train[:args.train_size], y_train[:args.train_size]), test)
    window, page, _blas_limit = lecture_window(data, args.batch_size or args.train_size, args.epochs)

    mode = "full batch" if not args.batch_size else f"batch {args.batch_size}"
    print(f"Many runs: lecture network, {args.train_size:,} training images, {mode}, {args.epochs} epoch(s)")
    created = resident_mib()
    settle(app)
    before = resident_mib()
    print(f"  before the first run: {before:,.0f} MiB (the window drawn and idle; {created:,.0f} MiB when it "
          f"was created, before its first paint)")
    figures = []
    for number in range(1, args.runs + 1):
        loop = QEventLoop()
        page.controller.run_finished.connect(loop.quit)
        began = time.perf_counter()
        page.start()
        loop.exec()
        page.controller.run_finished.disconnect(loop.quit)
        seconds = time.perf_counter() - began
        app.processEvents()
        gc.collect()
        figures.append((resident_mib(), seconds))
        print(f"  run {number:2d}: {seconds:6.2f} s, {figures[-1][0]:,.0f} MiB resident")
    if len(figures) >= 2:
        growth = (figures[-1][0] - figures[1][0]) / max(1, len(figures) - 2)
        print(f"  after run 2: {figures[1][0]:,.0f} MiB; after run {len(figures)}: {figures[-1][0]:,.0f} MiB "
              f"({growth:+.1f} MiB per run); run 2 took {figures[1][1]:.2f} s, run {len(figures)} "
              f"{figures[-1][1]:.2f} s")
    weights = page.current_run.model.count_params() * 4 / 2**20 if page.current_run else 0.0
    allowed = len(figures) * weights + 10
    growth = figures[-1][0] - before if figures else 0.0
    print(f"  growth over {len(figures)} runs: {growth:+.1f} MiB (target <= {len(figures)} x {weights:.1f} MiB "
          f"of kept weights + 10 = {allowed:.0f} MiB: {'OK' if growth <= allowed else 'MISSED'})")
    print(f"  {load_average()}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
