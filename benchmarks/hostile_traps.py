"""Peak memory and time to refuse the traps of issue 21 (sections 1 and 4): pictures that are not
files, outside text that looks like HTML, denormal learning rates, data folders that are not folders.

    QT_QPA_PLATFORM=offscreen python benchmarks/hostile_traps.py

Before the fixes a FIFO named digit.png froze the Draw page forever, ``<img src="/dev/zero">`` as a
file name aborted the window (std::bad_alloc), ``--lr 1e-320`` trained for minutes learning nothing
and ``--data-dir /dev/null`` quietly used the cache instead. (A sibling of benchmarks/hostile_files.py,
kept apart while that one is reworked; the lead may fold them together.)
"""

from __future__ import annotations

import os
import tempfile
import time
import tracemalloc
from pathlib import Path


def measure(title: str, action) -> None:
    from nnlab.data import DatasetError

    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = action()
        outcome = f"shown as {result!r:.60}" if isinstance(result, str) else "ACCEPTED"
    except (ValueError, DatasetError) as error:
        outcome = f"refused: {str(error).splitlines()[0][:90]}"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"{title:<44} {peak:7.2f} MiB {seconds:7.4f} s  {outcome}")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from nnlab.core import optimizers
    from nnlab.data.datasets import data_folder
    from nnlab.gui import plain
    from nnlab.gui.picture_files import read_image

    app = QApplication.instance() or QApplication([])  # noqa: F841 - QImageReader and tooltips need it
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        fifo = root / "digit.png"
        os.mkfifo(fifo)
        zero = root / "zero.png"
        zero.symlink_to("/dev/zero")
        huge = root / "huge.png"
        with open(huge, "wb") as sparse:
            sparse.truncate(1 << 30)
        measure("picture: FIFO named digit.png", lambda: read_image(str(fifo)))
        measure("picture: symlink to /dev/zero", lambda: read_image(str(zero)))
        measure("picture: 1 GiB sparse .png", lambda: read_image(str(huge)))
        name = '<img src="&#47;dev&#47;zero">' * 20_000
        measure(f"tooltip: image tag name ({len(name):,} chars)", lambda: plain.tooltip(name)[:0] + "escaped")
        measure("learning rate 1e-320", lambda: optimizers.get("sgd", learning_rate=1e-320))
        for bogus in (str(fifo), "/dev/null", ""):
            measure(f"data folder {bogus!r:.30}", lambda bogus=bogus: data_folder(bogus))


if __name__ == "__main__":
    main()
