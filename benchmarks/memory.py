"""Peak resident memory of ``nnlab train`` on full MNIST (target: under 1 GB).

    python benchmarks/memory.py [--epochs 1]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys

from _mnist import MNIST_DIR


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1)
    args = parser.parse_args()
    if not (MNIST_DIR / "train-images-idx3-ubyte.gz").is_file():
        sys.exit(f"skipped: the MNIST files are not at {MNIST_DIR}")
    subprocess.run([sys.executable, "-m", "nnlab", "train", "--data-dir", str(MNIST_DIR), "--no-download",
                    "--epochs", str(args.epochs)], check=True, stdout=subprocess.DEVNULL)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # Linux reports KiB
    print(f"peak RSS of nnlab train ({args.epochs} epoch(s), full MNIST): {peak_kib / 1024:.0f} MiB "
          f"(target < 1024 MiB)")


if __name__ == "__main__":
    main()
