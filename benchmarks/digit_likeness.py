"""How well the Draw page's "does this look like a digit?" test tells digits from letters and symbols
(issue 27, item 3), measured on what did not tune it:

* MNIST test digits accepted: the first 5000 (calibration: they set the limits), the last 5000 (held
  out), all 10000, and those the bundled network classifies correctly;
* hand-drawn letters and symbols flagged (``nnlab.digits.glyphs`` with seeds other than the
  calibration's 0 and the tuning's 1);
* letters and symbols printed in fonts (DejaVu Sans, Serif, Sans Mono and the bundled Vazirmatn,
  regular and bold: the calibration never saw a font) flagged, and the digits printed in them accepted;
* generated non-digits (dots, dashes, zigzags, two digits side by side) flagged;
* the time one ``judge`` takes (the Draw page asks it after every stroke).

    python benchmarks/digit_likeness.py [--data-dir DIR] [--space FILE]

``--space`` measures another digit space file (e.g. an older one: ``git show REV:resources/digits/
digit_prototypes.npz > old.npz``) instead of the bundled one.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout: its tests' printed glyphs
from tests.digits.printed import printed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=os.environ.get("NNLAB_DATA_DIR", "/work/shared/data/mnist"))
    parser.add_argument("--space", default=None, help="a digit space file to measure instead of the bundled one")
    args = parser.parse_args(argv)

    from nnlab import load_pretrained
    from nnlab.data.idx import read_idx
    from nnlab.digits import glyphs, likeness, scribbles
    from nnlab.digits.likeness import judge, prepared

    space = likeness.load_space(args.space) if args.space else likeness.bundled_space()
    folder = Path(args.data_dir)
    test = read_idx(folder / "t10k-images-idx3-ubyte.gz")
    labels = read_idx(folder / "t10k-labels-idx1-ubyte.gz")
    digits = prepared(test)
    accepted = np.array([judge(image, space).looks_like_a_digit for image in digits])
    correct = load_pretrained().predict(digits.reshape(len(digits), -1)).argmax(axis=1) == labels
    calibration = likeness.CALIBRATION_DIGITS
    print(f"digit space: {args.space or 'bundled'} ({len(space.prototypes)} digit centres, "
          f"{len(space.non_digits)} non-digit centres)")
    print(f"MNIST test digits accepted: first {calibration} (calibration) {accepted[:calibration].mean():.2%}, "
          f"last {len(test) - calibration} (held out) {accepted[calibration:].mean():.2%}, all "
          f"{accepted.mean():.2%}; of those the bundled network reads correctly ({correct.mean():.2%} of them) "
          f"{accepted[correct].mean():.2%} (held out {accepted[calibration:][correct[calibration:]].mean():.2%})")

    def flagged(pictures):
        return np.mean([not judge(image, space).looks_like_a_digit for image in prepared(pictures)])

    for seed in (101, 202):
        pictures, _ = glyphs.sample(740, seed)
        print(f"hand-drawn letters and symbols (seed {seed}, {len(pictures)}) flagged: {flagged(pictures):.1%}")
    chars = [*glyphs.GLYPHS, *"Hkuvwx"]
    print(f"{len(chars)} letters and symbols printed in 4 fonts, regular and bold, flagged: "
          f"{flagged(printed(chars)):.1%}; the digits printed in them accepted: "
          f"{1 - flagged(printed('0123456789')):.1%}")
    rng = np.random.default_rng(11)
    makers = {**{name: scribbles.SHAPES[name] for name in ("dot", "line", "zigzag")},
              "two digits": lambda r: scribbles.two_digits(r, test)}
    print("generated non-digits flagged: " + ", ".join(
        f"{name} {flagged([make(rng) for _ in range(40)]):.0%}" for name, make in makers.items()))
    began = time.perf_counter()
    for image in digits[:500]:
        judge(image, space)
    print(f"one judge: {(time.perf_counter() - began) / 500 * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
