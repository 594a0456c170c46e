"""Test accuracy of the lecture run for several seeds (the textbook reports 97.8%).

The lecture run: 784-512 relu-10 softmax, RMSprop lr 1e-3, batch 128, 5 epochs, full MNIST.
A correct implementation lands between about 97.7% and 98.2% depending on the seed. The arithmetic
is deterministic: the first seed is run twice with a fixed BLAS thread count and must give the same
figure exactly. (With fit's BLAS tuner, as the app trains, a rerun can differ in the last digits:
BLAS rounds differently with one thread and with two, and the tuner picks by the machine's load.)

    python benchmarks/accuracy_seeds.py [--seeds 0 1 2 3 4]
"""

from __future__ import annotations

import argparse

from _mnist import lecture_mnist


def lecture_run(seed, data, threads=None):
    from nnlab.blas import ThreadTuner
    from nnlab.core import Dense, Sequential

    (x, y), (x_test, y_test) = data
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)),
                        Dense(10, activation="softmax")], seed=seed)
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x, y, epochs=5, batch_size=128, callbacks=[ThreadTuner(candidates=(threads,) if threads else None)])
    return model.evaluate(x_test, y_test)[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    args = parser.parse_args()
    data = lecture_mnist()
    results = {seed: lecture_run(seed, data) for seed in args.seeds}
    for seed, accuracy in results.items():
        print(f"seed {seed}: test accuracy {accuracy:.4f}")
    values = list(results.values())
    print(f"min {min(values):.4f}  mean {sum(values) / len(values):.4f}  max {max(values):.4f}")
    first, again = (lecture_run(args.seeds[0], data, threads=1) for _ in range(2))
    print(f"seed {args.seeds[0]} twice with one BLAS thread: {first:.4f}, {again:.4f} "
          f"({'identical' if first == again else 'DIFFERENT'})")


if __name__ == "__main__":
    main()
