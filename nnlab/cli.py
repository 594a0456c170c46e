"""The ``nnlab`` command.

    nnlab                      open the window
    nnlab train [options]      train the lecture's network from the terminal, one line per epoch
    nnlab evaluate MODEL       test accuracy of a saved model
    nnlab lesson check FILE    check a lesson file (nnlab --lesson FILE opens it in the window)
"""

from __future__ import annotations

import argparse
import sys

import nnlab


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text}")
    return value


def _learning_rate(text: str) -> float:
    value = float(text)
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError(f"must be between 0 and 100, got {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    from nnlab.core import optimizers

    parser = argparse.ArgumentParser(prog="nnlab", description="A teaching lab for the building blocks of "
                                     "neural networks. Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"nnlab {nnlab.__version__}")
    parser.add_argument("--lang", choices=["en", "fa"], help="language of the window (default: the system's)")
    parser.add_argument("--lesson", metavar="FILE", help="open the window with this lesson (a .toml file)")
    commands = parser.add_subparsers(dest="command", metavar="{train,evaluate,lesson}")

    train = commands.add_parser("train", help="train a network on MNIST and print one line per epoch")
    train.add_argument("--dataset", choices=["mnist", "fashion_mnist"], default="mnist")
    train.add_argument("--epochs", type=_positive_int, default=5)
    train.add_argument("--batch-size", type=_positive_int, default=128)
    train.add_argument("--optimizer", choices=optimizers.NAMES, default="rmsprop")
    train.add_argument("--lr", type=_learning_rate, default=None,
                       help="learning rate (default: the optimizer's own, 0.001 for rmsprop)")
    train.add_argument("--hidden", type=_positive_int, nargs="*", default=[512], metavar="UNITS",
                       help="units of each hidden layer (default: 512; none for a linear classifier)")
    train.add_argument("--activation", choices=["relu", "sigmoid", "tanh"], default="relu")
    train.add_argument("--validation-split", type=float, default=0.0, metavar="FRACTION",
                       help="hold out this part of the training set for validation (default: validate on "
                            "the test set)")
    train.add_argument("--data-dir", help="folder with the data set's .gz files")
    train.add_argument("--no-download", action="store_true", help="never download: fail if the files are missing")
    train.add_argument("--save", metavar="PATH", help="write the trained model to this .npz file")
    train.add_argument("--save-float16", action="store_true", help="store the saved weights as float16")
    train.add_argument("--seed", type=int, default=None, help="seed for the initial weights and shuffling")

    evaluate = commands.add_parser("evaluate", help="print the test loss and accuracy of a saved model")
    evaluate.add_argument("model", help="a model file written by nnlab train --save or the app")
    evaluate.add_argument("--dataset", choices=["mnist", "fashion_mnist"], default="mnist")
    evaluate.add_argument("--data-dir", help="folder with the data set's .gz files")
    evaluate.add_argument("--no-download", action="store_true", help="never download: fail if the files are missing")
    from nnlab.lessons import cli as lessons_cli
    lessons_cli.add_parser(commands)
    return parser


def _load(args):
    """The data set as the lecture prepares it: (N, 784) float32 in [0, 1], integer labels."""
    from nnlab.data import load_dataset, text_progress

    (x_train, y_train), (x_test, y_test) = load_dataset(args.dataset, data_dir=args.data_dir,
                                                        progress=text_progress(sys.stderr),
                                                        download=not args.no_download)
    prepare = lambda images: images.reshape(len(images), 28 * 28).astype("float32") / 255  # noqa: E731
    return (prepare(x_train), y_train), (prepare(x_test), y_test)


def train(args) -> int:
    from nnlab.core import Dense, Sequential, optimizers

    (x_train, y_train), (x_test, y_test) = _load(args)
    layers = [Dense(units, activation=args.activation) for units in args.hidden]
    layers.append(Dense(10, activation="softmax"))
    layers[0].input_shape = (784,)
    model = Sequential(layers, seed=args.seed)
    hyper = {} if args.lr is None else {"learning_rate": args.lr}
    model.compile(optimizer=optimizers.get(args.optimizer, **hyper), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    print(model.summary())
    validation = None if args.validation_split > 0 else (x_test, y_test)
    history = model.fit(x_train, y_train, epochs=args.epochs, batch_size=args.batch_size,
                        validation_data=validation, validation_split=args.validation_split, verbose=1)
    loss, accuracy = model.evaluate(x_test, y_test)
    print(f"Test loss {loss:.4f} - test accuracy {accuracy:.4f}")
    if args.save:
        model.save(args.save, weights_dtype="float16" if args.save_float16 else None)
        print(f"Saved the model to {args.save}")
    return 0 if history.status == "completed" else 1


def evaluate(args) -> int:
    from nnlab.core import load_model

    model = load_model(args.model)
    if model.loss is None:
        model.compile(loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    _, (x_test, y_test) = _load(args)
    loss, accuracy = model.evaluate(x_test, y_test)
    print(f"Test loss {loss:.4f} - test accuracy {accuracy:.4f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from nnlab.gui.app import run
        return run(args.lang, lesson=args.lesson)
    from nnlab.data import DatasetError
    try:
        from nnlab.lessons import cli as lessons_cli
        return {"train": train, "evaluate": evaluate, "lesson": lessons_cli.run}[args.command](args)
    except (DatasetError, OSError, ValueError) as error:
        print(f"nnlab {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
