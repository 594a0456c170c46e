"""The ``nnlab`` command.

    nnlab                      open the window
    nnlab train [options]      train the lecture's network from the terminal, one line per epoch
    nnlab evaluate MODEL       test accuracy of a saved model
    nnlab lesson check FILE    check a lesson file (nnlab --lesson FILE opens it in the window)
"""

from __future__ import annotations

import argparse
import secrets
import signal
import sys
import threading
from contextlib import contextmanager

import nnlab


def _learning_rate(text: str) -> float:
    from nnlab.core.optimizers import check_learning_rate

    value = float(text)
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError(f"must be between 0 and 100, got {text}")
    try:
        return check_learning_rate(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _data_folder(text: str) -> str:
    """An existing folder: a typo, an empty name, a pipe or a device is refused, never replaced by the
    usual places."""
    from nnlab.data import DataFolderError
    from nnlab.data.datasets import data_folder

    try:
        folder = data_folder(text)
    except DataFolderError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"there is no folder {folder}; give the folder that holds the data set's "
                                         f".gz files (create it first to download them into it)")
    return text


def build_parser() -> argparse.ArgumentParser:
    from nnlab.core import optimizers
    from nnlab.training.config import RunConfig

    parser = argparse.ArgumentParser(prog="nnlab", description="A teaching lab for the building blocks of "
                                     "neural networks. Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"nnlab {nnlab.__version__}")
    parser.add_argument("--lang", choices=["en", "fa"], help="language of the window (default: the system's)")
    parser.add_argument("--lesson", metavar="FILE", help="open the window with this lesson (a .toml file)")
    commands = parser.add_subparsers(dest="command", metavar="{train,evaluate,lesson}")

    train = commands.add_parser("train", help="train a network on MNIST and print one line per epoch")
    train.add_argument("--dataset", choices=["mnist", "fashion_mnist"], default="mnist")
    train.add_argument("--epochs", type=int, default=5)
    train.add_argument("--batch-size", type=int, default=128)
    train.add_argument("--optimizer", choices=optimizers.NAMES, default="rmsprop")
    train.add_argument("--lr", type=_learning_rate, default=None,
                       help="learning rate (default: the optimizer's own, 0.001 for rmsprop)")
    train.add_argument("--hidden", type=int, nargs="*", default=[512], metavar="UNITS",
                       help="units of each hidden layer (default: 512; none for a linear classifier)")
    train.add_argument("--activation", choices=["relu", "sigmoid", "tanh"], default="relu")
    train.add_argument("--validation-split", type=float, default=RunConfig.validation_split, metavar="FRACTION",
                       help="hold out this last part (below 1) of the training images for validation, as the "
                            "window does (default: %(default)s; 0: no validation). The test set is used once, "
                            "at the end")
    train.add_argument("--data-dir", type=_data_folder, help="folder with the data set's .gz files")
    train.add_argument("--no-download", action="store_true", help="never download: fail if the files are missing")
    train.add_argument("--save", metavar="PATH", help="write the trained model to this .npz file (checked "
                       "before training; Ctrl-C saves the weights reached so far)")
    train.add_argument("--save-float16", action="store_true", help="store the saved weights as float16")
    train.add_argument("--seed", type=int, default=None,
                       help="seed for the initial weights and shuffling (default: a random one, printed)")

    evaluate = commands.add_parser("evaluate", help="print the test loss and accuracy of a saved model")
    evaluate.add_argument("model", help="a model file written by nnlab train --save or the app")
    evaluate.add_argument("--dataset", choices=["mnist", "fashion_mnist"], default="mnist")
    evaluate.add_argument("--data-dir", type=_data_folder, help="folder with the data set's .gz files")
    evaluate.add_argument("--no-download", action="store_true", help="never download: fail if the files are missing")
    from nnlab.lessons import cli as lessons_cli
    lessons_cli.add_parser(commands)
    return parser


OPTIONS = {"hidden": "--hidden", "activation": "--activation", "optimizer": "--optimizer",
           "learning_rate": "--lr", "batch_size": "--batch-size", "epochs": "--epochs", "seed": "--seed",
           "validation_split": "--validation-split", "dataset": "--dataset"}
"""The option of ``nnlab train`` that sets each field of a RunConfig, to name it in an error."""


def run_config(args):
    """The RunConfig the options describe, validated as the Train page validates its settings.

    Raises ``ConfigError`` whose message names the option (``--seed``), not the field.
    """
    from nnlab.core import optimizers
    from nnlab.training.config import MAX_SEED, ConfigError, RunConfig

    hyper = optimizers.hyperparameters(args.optimizer)
    if args.lr is not None:
        hyper["learning_rate"] = args.lr
    seed = secrets.randbelow(MAX_SEED + 1) if args.seed is None else args.seed
    config = RunConfig(dataset=args.dataset, hidden=tuple(args.hidden), activation=args.activation,
                       optimizer=args.optimizer, hyper=hyper, batch_size=args.batch_size, epochs=args.epochs,
                       seed=seed, validation_split=args.validation_split)
    try:
        return config.validate()
    except ConfigError as error:
        option = OPTIONS.get(error.field, error.field)
        raise ConfigError(error.field, f"{option}: {error}") from None


def _load(args):
    """The data set as the lecture prepares it: (N, 784) float32 in [0, 1], integer labels."""
    from nnlab.data import load_dataset, text_progress
    from nnlab.training.metrics import to_inputs

    (x_train, y_train), (x_test, y_test) = load_dataset(args.dataset, data_dir=args.data_dir,
                                                        progress=text_progress(sys.stderr),
                                                        download=not args.no_download)
    return (to_inputs(x_train), y_train), (to_inputs(x_test), y_test)


def train(args, config) -> int:
    from nnlab.atomic import NotAFileError, check_writable
    from nnlab.blas import ThreadTuner
    from nnlab.training.build import build_model
    from nnlab.training.split import split_dataset

    if args.save is not None:  # checked before training: a bad place must not cost the trained model
        try:
            check_writable(args.save)
        except (ValueError, NotAFileError) as error:
            raise ValueError(f"--save {args.save!r}: {error}") from None
        except OSError as error:
            raise ValueError(f"--save {args.save!r}: cannot write there ({error.strerror or error})") from None
    data = split_dataset(_load(args), config.validation_split)
    model = build_model(config)
    print(model.summary())
    print(f"Seed {config.seed} (--seed {config.seed} repeats this run, up to the last digits: BLAS rounds a little "
          f"differently when it uses another number of threads)")
    print(_split_line(data, config.validation_split))
    validation = data["validation"] if len(data["validation"][0]) else None
    with _ctrl_c_stops(model):
        history = model.fit(*data["train"], epochs=config.epochs, batch_size=config.batch_size,
                            validation_data=validation, callbacks=[ThreadTuner()], verbose=1)
    if history.status == "stopped":
        print("Interrupted: training stopped after the last complete batch.", file=sys.stderr)
    loss, accuracy = model.evaluate(*data["test"])
    print(f"Test loss {loss:.4f} - test accuracy {accuracy:.4f}")
    if args.save is not None:
        model.save(args.save, weights_dtype="float16" if args.save_float16 else None)
        reached = "the weights reached so far" if history.status == "stopped" else "the model"
        print(f"Saved {reached} to {args.save}")
    return {"completed": 0, "stopped": 130}.get(history.status, 1)


def _split_line(data, validation_split: float) -> str:
    """Which images the run learns from and which it is judged on while training: never the test set,
    which is looked at once, at the end (the chapter's method, and the window's)."""
    trained, held_out, tested = (len(data[part][0]) for part in ("train", "validation", "test"))
    if not held_out:
        return (f"Training on {trained:,} training images, no validation (--validation-split 0); "
                f"the {tested:,} test images are used once, at the end")
    return (f"Training on {trained:,} training images; {held_out:,} held out for validation "
            f"(--validation-split {validation_split:g}: the last ones); the {tested:,} test images are used "
            f"once, at the end")


@contextmanager
def _ctrl_c_stops(model):
    """While training: the first Ctrl-C asks ``fit`` to stop after the running batch (so the weights
    stay whole and can be saved); a second one interrupts at once."""
    def stop(_signum, _frame):
        if model.stop_training:
            raise KeyboardInterrupt
        model.stop_training = True
        print("\nStopping after this batch (press Ctrl-C again to quit at once)...", file=sys.stderr)

    if threading.current_thread() is not threading.main_thread():  # only the main thread gets signals
        yield
        return
    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def evaluate(args) -> int:
    from nnlab.core import load_model
    from nnlab.digits.reading import reads_digits

    model = load_model(args.model)
    if not reads_digits(model):
        raise ValueError(f"{args.model} does not read 28x28 images into 10 classes (it has "
                         f"{model.layers[0].input_dim} inputs and {model.layers[-1].units} outputs)")
    # A model saved without a loss or metrics (model.save() before compile) is still evaluated.
    model.compile(model.optimizer or "rmsprop", model.loss or "sparse_categorical_crossentropy", ["accuracy"])
    _, (x_test, y_test) = _load(args)
    loss, accuracy = model.evaluate(x_test, y_test)
    print(f"Test loss {loss:.4f} - test accuracy {accuracy:.4f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from nnlab.gui.app import run
        return run(args.lang, lesson=args.lesson)
    if args.command == "lesson":
        from nnlab.lessons import cli as lessons_cli
        return lessons_cli.run(args)
    from nnlab.data import DatasetError
    if args.command == "train":
        from nnlab.training.config import ConfigError
        try:
            config = run_config(args)
        except ConfigError as error:
            parser.error(str(error))  # exits with status 2, like argparse's own checks
    try:
        return train(args, config) if args.command == "train" else evaluate(args)
    except (DatasetError, OSError, ValueError) as error:
        print(f"nnlab {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
