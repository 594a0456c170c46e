"""The book's from-scratch training loop on nnlab's gradient tape: its speed against the engine's own
``fit`` of the same network, and the memory a tape holds and lets go of.

Speed: the lecture network (784-512 relu-10 softmax, SGD lr 1e-3, batch 128, full MNIST, 469 steps
per epoch) trained by the book's code as printed (second edition, ``import nnlab.tf as tf``:
``NaiveDense``, ``GradientTape``, ``optimizer.apply_gradients``; tests/autodiff/book_code.py) and by
``nnlab.core``'s ``fit`` with the same optimizer and batch size. Epochs alternate between the two (a
change of the machine's load hits both alike). Target: the from-scratch epochs within
2 x the engine's. Both run with the same fixed BLAS thread count (``--threads``, default 1: the
engine's fit would otherwise pick its threads by measuring, and the book's loop cannot; ``--threads 0``
shows that case: BLAS's default threads for the book's loop, the tuner for the engine).

Memory (tracemalloc, NumPy's allocations included): what one recorded step holds before
``tape.gradient()``, what stays after it while the tape object is still alive, and whether a
hundred steps hold any more than one.

    python benchmarks/from_scratch.py [--epochs 10] [--threads 1]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
from _mnist import lecture_mnist
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "autodiff"))
import book_code  # the book's code as printed, shared with the tests


def from_scratch_epoch(x, y):
    """A function that runs the book's ``fit`` for one more epoch and returns its seconds."""
    namespace = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(book_code.SECOND_EDITION, namespace)  # the book's own code, from this repository

    def epoch():
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            namespace["fit"](namespace["model"], x, y, epochs=1, batch_size=128)
        return time.perf_counter() - start

    return epoch, namespace


def engine_epoch(x, y, threads):
    from nnlab.blas import ThreadTuner
    from nnlab.core import Dense, Sequential

    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    model.optimizer.learning_rate = 1e-3
    callbacks = [ThreadTuner(candidates=(threads,) if threads else None)]  # 0: the tuner chooses
    return lambda: model.fit(x, y, epochs=1, batch_size=128, shuffle=False,
                             callbacks=callbacks).history["seconds"][0]


def accuracy(namespace, x_test, y_test) -> float:
    predictions = namespace["model"](x_test).numpy()
    return float((predictions.argmax(axis=1) == y_test).mean())


def memory(x, y) -> None:
    import nnlab.tf as tf

    weights = [tf.Variable(tf.random.uniform((784, 512), maxval=0.1)), tf.Variable(tf.zeros((512,))),
               tf.Variable(tf.random.uniform((512, 10), maxval=0.1)), tf.Variable(tf.zeros((10,)))]

    def step(batch):
        images, labels = x[batch * 128:(batch + 1) * 128], y[batch * 128:(batch + 1) * 128]
        with tf.GradientTape() as tape:
            hidden = tf.nn.relu(tf.matmul(images, weights[0]) + weights[1])
            predictions = tf.nn.softmax(tf.matmul(hidden, weights[2]) + weights[3])
            loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, predictions))
        del hidden, predictions
        held = tracemalloc.get_traced_memory()[0]
        gradients = tape.gradient(loss, weights)
        for g, w in zip(gradients, weights):
            w.assign_sub(g * 1e-3)
        del gradients
        return tape, held

    step(0)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tape, held = step(1)
    after = tracemalloc.get_traced_memory()[0]
    del tape
    for batch in range(2, 102):
        tape, _ = step(batch)
    after_hundred = tracemalloc.get_traced_memory()[0]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    mb = 1 / 2**20
    print(f"memory: one recorded step holds {(held - base) * mb:.2f} MB before tape.gradient(); "
          f"{(after - base) * mb:.2f} MB after it (tape still alive, its values released); "
          f"{(after_hundred - base) * mb:.2f} MB after 100 more steps; peak {(peak - base) * mb:.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    (x, y), (x_test, y_test) = lecture_mnist()
    x, x_test = np.ascontiguousarray(x, dtype=np.float32), np.ascontiguousarray(x_test, dtype=np.float32)
    memory(x, y)
    scratch_times, engine_times = [], []
    with threadpool_limits(args.threads or None, user_api="blas"):
        scratch, namespace = from_scratch_epoch(x, y)
        engine = engine_epoch(x, y, args.threads)
        for epoch in range(args.epochs):
            scratch_times.append(scratch())
            engine_times.append(engine())
            print(f"epoch {epoch + 1}: from scratch {scratch_times[-1]:.2f} s, engine fit {engine_times[-1]:.2f} s")
    s, e = statistics.median(scratch_times), statistics.median(engine_times)
    threads = f"{args.threads} BLAS thread(s)" if args.threads else "default BLAS threads / the engine's tuner"
    print(f"median s/epoch with {threads}: from scratch {s:.2f}, engine {e:.2f}, "
          f"ratio {s / e:.2f} (target <= 2); totals {sum(scratch_times):.1f} s vs {sum(engine_times):.1f} s")
    print(f"the book's model after {args.epochs} epochs: test accuracy {accuracy(namespace, x_test, y_test):.3f}")


if __name__ == "__main__":
    main()
