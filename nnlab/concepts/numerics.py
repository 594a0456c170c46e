"""Numbers in a computer: six small experiments on the engine, each showing one way floating point
arithmetic bites a neural network, and what the engine does about it.

Every experiment runs the engine itself (``Sequential``, ``nnlab.core.activations``,
``nnlab.core.losses``, ``nnlab.core.optimizers``); the naive formulas are written out here only to
show what goes wrong without the engine's care.
"""

from __future__ import annotations

import copy
import time

import numpy as np

from nnlab.core import Callback, Dense, Sequential, activations, losses, optimizers

FORMATS = ("float16", "float32", "float64")
MAX_IMAGES = 20_000


def float_formats() -> list[dict]:
    """Range and precision of each format: the largest number, the gap between 1 and the next
    number (machine epsilon), the smallest normal number and the decimal digits it keeps."""
    rows = []
    for name in FORMATS:
        info = np.finfo(name)
        rows.append({"name": name, "bits": info.bits, "largest": float(info.max), "step_near_one": float(info.eps),
                     "smallest_normal": float(info.tiny), "digits": int(info.precision)})
    return rows


def _images(images, scale: bool = True) -> np.ndarray:
    images = np.asarray(images)
    if len(images) > MAX_IMAGES:
        raise ValueError(f"use at most {MAX_IMAGES:,} images for an experiment, not {len(images):,}")
    rows = images.reshape(len(images), -1).astype(np.float64)
    return rows / 255.0 if scale else rows


def lecture_model(dtype="float32", hidden: int = 512, inputs: int = 784, seed: int = 0,
                  optimizer="rmsprop") -> Sequential:
    """The lecture network in any float format (``nnlab.training.build_model`` builds float32 only)."""
    model = Sequential([Dense(hidden, activation="relu", input_shape=(inputs,)), Dense(10, activation="softmax")],
                       seed=seed, dtype=dtype)
    model.compile(optimizer, "sparse_categorical_crossentropy", ["accuracy"])
    return model


class _BatchLosses(Callback):
    """Keeps every batch's loss, and calls ``check()`` between batches (the GUI's
    Cancel) and ``after_batch()`` once the batch is recorded (the formats' progress)."""

    def __init__(self, check=None, after_batch=None):
        self.losses: list[float] = []
        self.check = check
        self.after_batch = after_batch

    def on_batch_end(self, batch, logs):
        self.losses.append(float(logs["loss"]))
        if self.check is not None:
            self.check()
        if self.after_batch is not None:
            self.after_batch()


def _train(model, x, y, x_test, y_test, epochs, batch_size, check, progress=None) -> dict:
    """Fit, then evaluate on the test images. With ``progress(batches_done, tested, seconds)``
    (seconds: how long the training took so far), it is told after every training batch and every
    chunk of ``batch_size`` test images: the evaluation is done chunk by chunk for that (and for
    Cancel), each chunk weighted by its size, so the figures are those of one ``evaluate``."""
    began = time.perf_counter()
    record = _BatchLosses(check, progress and (lambda: progress(len(record.losses), 0, 0.0)))
    with np.errstate(all="ignore"):
        history = model.fit(x, y, epochs=epochs, batch_size=batch_size, callbacks=[record])
        seconds = time.perf_counter() - began
        loss = accuracy = 0.0
        for start in range(0, len(x_test), batch_size):
            part = slice(start, start + batch_size)
            part_loss, part_accuracy = model.evaluate(x_test[part], y_test[part])
            share = len(x_test[part]) / len(x_test)
            loss, accuracy = loss + share * part_loss, accuracy + share * part_accuracy
            if check is not None:
                check()
            if progress is not None:
                progress(len(record.losses), min(start + batch_size, len(x_test)), seconds)
    return {"losses": record.losses, "seconds": seconds, "status": history.status, "message": history.message,
            "test_loss": float(loss), "test_accuracy": float(accuracy)}


# float16 has no fast matrix product in NumPy: it takes ~95% of the time, so it runs last and the
# other two formats' results are there at once (benchmarks/concepts_wait.py)
FASTEST_FIRST = ("float32", "float64", "float16")


def train_in_each_format(images, labels, test_images, test_labels, epochs: int = 1, batch_size: int = 128,
                         hidden: int = 512, check=None, progress=None) -> dict:
    """The lecture network trained in float16, float32 and float64 (one seed: the same start,
    rounded to each format): test accuracy and seconds side by side (``{format: result}``).

    ``progress(FormatProgress)`` is told as each format begins, after every training batch and after
    every chunk of test images (it may raise to cancel)."""
    x, x_test = _images(images), _images(test_images)
    results: dict = {}
    for name in FASTEST_FIRST:
        tracker = FormatProgress(name, dict(results), -(-len(x) // batch_size) * epochs,
                                 -(-len(x_test) // batch_size), len(x_test))
        report = None if progress is None else (lambda done, tested, seconds, tracker=tracker:
                                                progress(tracker.advanced(done, tested, seconds)))
        if report is not None:
            report(0, 0, 0.0)  # it begins: float16's first batch alone takes a second or more
        results[name] = _train(lecture_model(name, hidden, x.shape[1]), x, labels, x_test, test_labels, epochs,
                               batch_size, check, report)
    return {name: results[name] for name in FORMATS}


class FormatProgress:
    """Where the training in one format is and how long it still needs, estimated from this
    format's own measured batches, so the first estimate comes after its first batch. Until the
    first chunk of test images has run, a chunk is taken to cost a third of a training batch (its
    one forward pass of three products; measured: a quarter to a third). The training may stop
    early (float16 diverges): then less is left than estimated. ``finished``: the formats done so
    far, ``{format: result}``."""

    def __init__(self, name: str, finished: dict, batches: int, chunks: int, test_images: int):
        self.name, self.finished = name, finished
        self.batches, self.chunks, self.test_images = batches, chunks, test_images
        self.batches_done = self.chunks_done = 0
        self.testing = False
        self.seconds_left: float | None = None
        self._began = time.perf_counter()

    def advanced(self, batches_done: int, tested: int, training_seconds: float) -> FormatProgress:
        now = time.perf_counter()
        self.batches_done, self.testing = batches_done, tested > 0
        if self.testing:
            self.chunks_done += 1
            per_chunk = (now - self._began - training_seconds) / self.chunks_done
            self.seconds_left = (self.chunks - self.chunks_done) * per_chunk
        elif batches_done:
            per_batch = (now - self._began) / batches_done
            self.seconds_left = (self.batches - batches_done + self.chunks / 3) * per_batch
        return copy.copy(self)  # a snapshot: the GUI thread reads it while this one goes on


def forgetting_to_scale(images, labels, test_images, test_labels, batch_size: int = 128, hidden: int = 512,
                        check=None) -> dict:
    """One epoch of the lecture network on raw 0..255 pixels and on pixels / 255, from the same
    start (one seed): ``{"raw": result, "scaled": result}`` with every batch's loss."""
    return {name: _train(lecture_model(hidden=hidden), _images(images, scale), labels, _images(test_images, scale),
                         test_labels, 1, batch_size, check) for name, scale in (("raw", False), ("scaled", True))}


def softmax_of_large_logits(logits=(1000.0, 999.0, 998.0)) -> dict:
    """exp overflows to inf, inf / inf is nan: the naive softmax fails. The engine's softmax
    subtracts the largest logit first, and its cross-entropy uses the fused log-softmax."""
    z = np.asarray(logits, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        exps = np.exp(z)
        naive = exps / exps.sum()
        naive_loss = float(-np.log(naive[0]))
    stable = activations.softmax(z[None])[0]
    engine_loss = losses.CategoricalCrossentropy()(np.array([0]), stable[None], z[None])
    return {"logits": z, "exp": exps, "naive": naive, "naive_loss": naive_loss, "engine": stable,
            "engine_loss": float(engine_loss)}


def log_of_zero(logits=(-60.0, 60.0, -60.0)) -> dict:
    """A network sure of the wrong class: in float32 the true class's probability is exactly 0,
    so -log p = inf. Clipping p to 1e-12 (the engine, when it only has probabilities) gives a
    finite but wrong loss; the fused log-softmax from the logits gives the true one."""
    z = np.asarray(logits, dtype=np.float32)[None]
    probs = activations.Softmax()(z)
    with np.errstate(divide="ignore"):
        naive = float(-np.log(probs[0, 0]))
    loss = losses.CategoricalCrossentropy()
    truth = np.array([0])
    return {"probability": float(probs[0, 0]), "naive_loss": naive, "clipped_loss": loss(truth, probs),
            "log_softmax_loss": loss(truth, probs, z)}


def gradient_norms(images, labels, activation: str, depth: int = 8, width: int = 64, seed: int = 0) -> np.ndarray:
    """‖dL/dW‖ of every layer (first to last) of a ``depth``-layer network with ``activation``
    in its hidden layers, at its initial weights, on one batch: the gradient that reaches each layer."""
    x = _images(images)
    layers = [Dense(width, activation=activation, input_shape=(x.shape[1],))]
    layers += [Dense(width, activation=activation) for _ in range(depth - 2)]
    layers.append(Dense(10, activation="softmax"))
    model = Sequential(layers, seed=seed)
    model.compile("sgd", "sparse_categorical_crossentropy")
    _, grads = model.loss_and_grads(x, labels)
    return np.array([np.linalg.norm(g) for g in grads[0::2]])


def denormal_slowdown(size: int = 784 * 512, steps: int = 40) -> dict:
    """Seconds for ``steps`` RMSprop updates of ``size`` weights whose gradient is 0 (a pixel
    that is black in every image), while the running average v holds denormal numbers, and the
    same after the engine's periodic flush (every 64 steps) has set them to exactly zero."""
    if not 1 <= steps <= 60 or not 1 <= size <= 10_000_000:
        raise ValueError("use 1 to 60 steps and at most 10,000,000 weights")
    weights = np.zeros(size, dtype=np.float32)
    optimizer = optimizers.get("rmsprop")
    optimizer.apply_gradients([(np.full_like(weights, 1e-20), weights)])  # g² (1 - ρ) = 1e-41: denormal
    zero = np.zeros_like(weights)

    def run(count):
        began = time.perf_counter()
        for _ in range(count):
            optimizer.apply_gradients([(zero, weights)])
        return time.perf_counter() - began

    denormal = run(steps)
    run(64 - optimizer.iterations)  # up to and including the flush at step 64
    flushed = run(steps)
    return {"denormal": denormal, "flushed": flushed, "steps": steps, "size": size}
