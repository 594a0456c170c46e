"""Milliseconds per live update of the Draw page; the target is under 30 ms.

One update is what the worker thread does after a stroke moves: ``to_mnist`` on the rendered
280x280 canvas plus the network's prediction (``read_digit`` adds the hidden activations and the
most active units for the "inside" view, and whether the ink looks like a digit at all). Measured on
MNIST test digits enlarged to random sizes at random places (synthetic strokes when the MNIST files
are absent), with the bundled network (a fresh 784-512-10 network of the same size when it is not
there yet), and for photo-sized
1024x768 pictures. Also reported: rendering the strokes into a NumPy array, which the GUI thread
does itself.

    python benchmarks/draw_latency.py [--updates 300]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
from _mnist import MNIST_DIR

TARGET_MS = 30.0


def lecture_network():
    import nnlab
    from nnlab.core import Dense, Sequential

    try:
        return nnlab.load_pretrained(), "bundled"
    except (OSError, ValueError):
        model = Sequential([Dense(512, activation="relu", input_shape=(784,)),
                            Dense(10, activation="softmax")], seed=0)
        return model, "untrained 784-512-10 (the bundled file is not there yet)"


def digits(count, rng):
    if (MNIST_DIR / "t10k-images-idx3-ubyte.gz").is_file():
        from nnlab.data.idx import read_idx
        return read_idx(MNIST_DIR / "t10k-images-idx3-ubyte.gz")[:count]
    images = np.zeros((count, 28, 28), np.uint8)  # a thick slanted bar per "digit"
    for image in images:
        column = rng.integers(8, 20)
        for row in range(4, 24):
            image[row, column + (row - 4) // 6: column + (row - 4) // 6 + 3] = 255
    return images


def canvases(images, shape, rng):
    """Each digit enlarged (nearest pixel; the look is irrelevant for timing) somewhere on the canvas."""
    for image in images:
        size = int(rng.integers(60, min(shape) - 10))
        top, left = rng.integers(0, shape[0] - size), rng.integers(0, shape[1] - size)
        canvas = np.zeros(shape, np.uint8)
        index = np.arange(size) * 28 // size
        canvas[top:top + size, left:left + size] = image[np.ix_(index, index)]
        yield canvas


def time_ms(function, inputs) -> np.ndarray:
    times = []
    for item in inputs:
        start = time.perf_counter()
        function(item)
        times.append(1000 * (time.perf_counter() - start))
    return np.array(times)


def render_times(count) -> np.ndarray | None:
    """The GUI thread's share: strokes rendered by Qt into a grey NumPy array."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from nnlab.gui.digit_canvas import DrawCanvas, Stroke

    _app = QApplication.instance() or QApplication([])  # Qt needs one for painting
    canvas = DrawCanvas()
    t = np.linspace(0, 2 * np.pi, 120)
    canvas._strokes = [Stroke(tuple(zip(140 + 70 * np.sin(t), 140 + 100 * np.sin(t / 2))), (20.0,) * len(t))]
    return time_ms(lambda _: canvas.to_array(), range(count))


def report(name, times) -> bool:
    ok = np.percentile(times, 95) < TARGET_MS
    print(f"{name:<44} median {np.median(times):6.2f} ms   95% {np.percentile(times, 95):6.2f} ms   "
          f"max {times.max():6.2f} ms   {'OK' if ok else 'TOO SLOW'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=300)
    args = parser.parse_args()
    from nnlab.digits.likeness import bundled_space, judge
    from nnlab.digits.preprocess import to_mnist
    from nnlab.digits.reading import read_digit

    rng = np.random.default_rng(0)
    model, which = lecture_network()
    print(f"network: {which}; {args.updates} updates each; target: 95% of updates under {TARGET_MS:.0f} ms\n")
    images = digits(args.updates, rng)
    drawn = list(canvases(images, (280, 280), rng))
    photos = list(canvases(images[:max(20, args.updates // 10)], (768, 1024), rng))

    def predict(canvas):
        return model.predict(to_mnist(canvas).reshape(1, 784))
    results = [report("to_mnist, 280x280 canvas", time_ms(to_mnist, drawn)),
               report("to_mnist + predict, 280x280 canvas", time_ms(predict, drawn)),
               report("does it look like a digit (likeness.judge)",
                      time_ms(lambda c: judge(c, bundled_space()), [to_mnist(c) for c in drawn])),
               report("read_digit (the worker's job), 280x280", time_ms(lambda c: read_digit(c, model), drawn)),
               report("read_digit, 1024x768 picture", time_ms(lambda c: read_digit(c, model), photos)),
               report("render strokes to an array (GUI thread)", render_times(args.updates))]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
