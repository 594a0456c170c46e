"""The loss landscape of the lecture's MNIST network around trained weights, on a 2-D plane.

The network has 407,050 weights, so its loss is a surface over a 407,050-dimensional space; a
picture can only show a slice. Following Li et al., "Visualizing the Loss Landscape of Neural
Nets" (NeurIPS 2018), the slice is the plane ``θ* + α d₁ + β d₂`` through trained weights θ*,
spanned by either

* two *filter-normalised* random directions: random Gaussian directions whose every filter (for
  a Dense layer: one unit's incoming weight vector, a column of W) is rescaled to the norm of the
  same filter of θ*, so that the picture does not depend on how large the weights happen to be;
  the bias entries are set to zero, as the paper does for biases; or
* the two principal directions of the optimizer's own weight trajectory (PCA of the snapshots
  minus θ*), the plane in which training moved most, with the path projected onto it.

No loss is computed here: every grid value is the engine's own ``evaluate`` on a fixed subsample,
with the weights set to the grid point; only the first layer's product, linear in its weights, is
made once per direction and combined (see :func:`loss_grid`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnlab.core import Callback, Dense, Sequential
from nnlab.training.build import build_model
from nnlab.training.config import RunConfig

DIRECTIONS = ("random", "pca")
TRAINING_SHARE = 0.8  # of compute()'s time, with the demo's defaults (benchmarks/concepts_wait.py)
MAX_GRID = 61
MAX_SUBSAMPLE = 20_000


class WeightRecorder(Callback):
    """Records a few dozen copies of the weights while ``fit`` runs (the start, evenly spaced
    steps, the end): enough for a trajectory, far less memory than every step."""

    def __init__(self, snapshots: int = 30):
        if snapshots < 2:
            raise ValueError("a trajectory needs at least two snapshots")
        self.snapshots = int(snapshots)
        self.weights: list[list[np.ndarray]] = []
        self.steps: list[int] = []
        self._every = 1

    def on_train_begin(self, logs):
        steps = logs["epochs"] * -(-logs["samples"] // logs["batch_size"])
        self._every = max(1, -(-steps // (self.snapshots - 1)))
        self._record()

    def on_batch_end(self, batch, logs):
        if logs["step"] % self._every == 0:
            self._record()

    def on_train_end(self, logs):
        if self.steps[-1] != self.model.optimizer.iterations:
            self._record()

    def _record(self):
        self.weights.append(self.model.get_weights())
        self.steps.append(self.model.optimizer.iterations)


def flatten(weights, dtype=np.float64) -> np.ndarray:
    """``[W1, b1, W2, b2, ...]`` as one vector (trajectories are kept as float32 to halve memory)."""
    return np.concatenate([np.asarray(w, dtype=dtype).ravel() for w in weights])


def unflatten(vector: np.ndarray, like) -> list[np.ndarray]:
    """The inverse of :func:`flatten`, with the shapes and dtypes of ``like``."""
    out, start = [], 0
    for w in like:
        out.append(vector[start:start + w.size].reshape(w.shape).astype(w.dtype))
        start += w.size
    return out


def filter_normalized_direction(weights, rng: np.random.Generator) -> np.ndarray:
    """A random direction (flat) whose every unit's incoming weight vector has the norm of that
    unit's weights in ``weights`` (Li et al., section 4); biases (1-D arrays) get zero."""
    parts = []
    for w in weights:
        w = np.asarray(w, dtype=np.float64)
        if w.ndim < 2:
            parts.append(np.zeros(w.size))
            continue
        d = rng.standard_normal(w.shape)
        d *= np.linalg.norm(w, axis=0) / np.maximum(np.linalg.norm(d, axis=0), 1e-12)
        parts.append(d.ravel())
    return np.concatenate(parts)


def pca_directions(trajectories, center: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The two principal directions of the snapshots' offsets from ``center`` (all trajectories
    together, so two runs share one plane) and the share of the offsets' variance each explains."""
    offsets = np.vstack([np.asarray(t, dtype=np.float32) - center.astype(np.float32) for t in trajectories])
    if len(offsets) < 2:
        raise ValueError("PCA needs at least two weight snapshots")
    # (float32 rounding leaves a second direction of relative variance ~1e-7 even on a line: hence 1e-5.)
    # The eigenvectors of the small (snapshots x snapshots) Gram matrix give the principal directions
    # without an SVD of the whole (snapshots x 407,050) matrix in float64.
    gram = (offsets @ offsets.T).astype(np.float64)
    variance, vectors = np.linalg.eigh(gram)
    variance, vectors = variance[::-1], vectors[:, ::-1]
    if variance[0] <= 0 or variance[1] <= 1e-5 * variance[0]:
        raise ValueError("the trajectory moved along a single line: there is no second direction")
    d1, d2 = ((vectors[:, k] @ offsets) / np.sqrt(variance[k]) for k in (0, 1))
    return d1, d2, variance[:2] / variance.clip(min=0).sum()


def project(points: np.ndarray, center: np.ndarray, d1: np.ndarray, d2: np.ndarray) -> np.ndarray:
    """Coordinates (α, β) of each point's closest point on the plane ``center + α d1 + β d2``
    (least squares: random directions are not orthogonal)."""
    basis = np.stack([d1, d2])
    gram = basis @ basis.T
    return np.array([np.linalg.solve(gram, basis @ (np.asarray(p, dtype=np.float64) - center)) for p in points])


def loss_grid(model: Sequential, x, y, center: np.ndarray, d1: np.ndarray, d2: np.ndarray,
              alphas: np.ndarray, betas: np.ndarray, progress=None) -> np.ndarray:
    """``loss[j, i]`` = ``model.evaluate(x, y)`` at ``center + alphas[i] d1 + betas[j] d2``.

    The first layer's scores are linear in its weights: x·(W + αD₁ + βD₂) = x·W + α x·D₁ + β x·D₂.
    So the three products are made once, and each grid point costs an addition, the activation and
    the rest of the network (the engine's own layers and loss, ``evaluate`` on a network of the
    layers after the first) instead of a whole forward pass: the first layer is 98% of the lecture
    network's work, and 441 points take a fraction of a second instead of six (issue 27, item 11).

    ``progress(done_rows, rows)`` is called after every row (it may raise to cancel). The model's
    weights are put back to what they were, whatever happens.
    """
    if len(model.layers) < 2:
        return _loss_grid_whole(model, x, y, center, d1, d2, alphas, betas, progress)
    original = model.get_weights()
    first = model.layers[0]
    kernel, bias = original[0], original[1]
    size = kernel.size + bias.size
    head = Sequential([Dense(layer.units, activation=layer.activation) for layer in model.layers[1:]])
    head.build(kernel.shape[1])
    head.compile(model.optimizer or "sgd", model.loss or "sparse_categorical_crossentropy")
    x = np.asarray(x, dtype=np.float32)
    products = [x @ np.asarray(v[:kernel.size].reshape(kernel.shape), dtype=np.float32) for v in (center, d1, d2)]
    biases = [np.asarray(v[kernel.size:size], dtype=np.float32) for v in (center, d1, d2)]
    rest = head.get_weights()
    losses = np.empty((len(betas), len(alphas)))
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for j, beta in enumerate(betas):
            row_scores = products[0] + np.float32(beta) * products[2] + (biases[0] + np.float32(beta) * biases[2])
            row = center[size:] + beta * d2[size:]
            for i, alpha in enumerate(alphas):
                hidden = first.activation_fn(row_scores + np.float32(alpha) * (products[1] + biases[1]))
                head.set_weights(unflatten(row + alpha * d1[size:], rest))
                losses[j, i] = _loss(head.evaluate(hidden, y))
            if progress is not None:
                progress(j + 1, len(betas))
    model.set_weights(original)
    return losses


def _loss_grid_whole(model, x, y, center, d1, d2, alphas, betas, progress=None) -> np.ndarray:
    """:func:`loss_grid` for a network of one layer: the whole model at every point."""
    original = model.get_weights()
    losses = np.empty((len(betas), len(alphas)))
    try:
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for j, beta in enumerate(betas):
                row = center + beta * d2
                for i, alpha in enumerate(alphas):
                    model.set_weights(unflatten(row + alpha * d1, original))
                    losses[j, i] = _loss(model.evaluate(x, y))
                if progress is not None:
                    progress(j + 1, len(betas))
    finally:
        model.set_weights(original)
    return losses


def _loss(result) -> float:
    return float(result[0] if isinstance(result, tuple) else result)


# -- the whole picture ------------------------------------------------------------------------------
@dataclass
class Settings:
    """What the picture is computed from. Two runs (``optimizers``) start from the same weights."""

    direction: str = "random"
    grid: int = 25                      # points per side
    extent: float = 1.0                 # α and β run over [-extent, extent] (random) or the path (pca)
    subsample: int = 2000               # training images the loss is evaluated on
    train_images: int = 8000            # images the runs train on
    epochs: int = 2
    batch_size: int = 128
    hidden: int = 512
    runs: tuple = (("sgd", {"learning_rate": 0.1}), ("adam", {"learning_rate": 0.001}))
    snapshots: int = 30
    seed: int = 0

    def check(self) -> None:
        """A ValueError naming the first setting out of range."""
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {self.direction!r}")
        if not 3 <= int(self.grid) <= MAX_GRID:
            raise ValueError(f"the grid needs 3 to {MAX_GRID} points per side, not {self.grid}")
        if not 10 <= int(self.subsample) <= MAX_SUBSAMPLE:
            raise ValueError(f"the subsample needs 10 to {MAX_SUBSAMPLE:,} images, not {self.subsample}")
        if not (np.isfinite(self.extent) and 0 < self.extent <= 100):
            raise ValueError(f"the extent must be a number above 0 and at most 100, not {self.extent}")
        if not self.runs:
            raise ValueError("at least one run is needed")


@dataclass
class Landscape:
    alphas: np.ndarray
    betas: np.ndarray
    losses: np.ndarray                   # (len(betas), len(alphas))
    paths: dict = field(default_factory=dict)        # run name -> (snapshots, 2) coordinates
    final_losses: dict = field(default_factory=dict)  # run name -> loss on the subsample at its end
    direction: str = "random"
    subsample: int = 0
    explained: tuple = ()                # PCA: share of variance of the two directions
    center_loss: float = float("nan")


def as_inputs(images) -> np.ndarray:
    """uint8 images (N, 28, 28) or (N, 784) as float32 rows in [0, 1]."""
    images = np.asarray(images)
    rows = images.reshape(len(images), -1).astype(np.float32)
    return rows / 255.0 if images.dtype == np.uint8 else rows


class _BatchProgress(Callback):
    """Calls ``progress(fraction of this run done)`` after every batch (so Cancel is heard at once)."""

    def __init__(self, progress):
        self.progress = progress

    def on_train_begin(self, logs):
        self.total = logs["epochs"] * -(-logs["samples"] // logs["batch_size"])

    def on_batch_end(self, batch, logs):
        self.progress(logs["step"] / self.total)


def train_runs(x, y, settings: Settings, progress=None) -> dict:
    """Train each run of ``settings`` from the same initial weights; ``{name: (model, recorder)}``.
    ``progress(runs done, as a fraction of all runs)`` after every batch."""
    report = progress or (lambda fraction: None)
    start = None
    result = {}
    for index, (name, hyper) in enumerate(settings.runs):
        model = build_model(RunConfig(hidden=(settings.hidden,), optimizer=name, hyper=hyper, seed=settings.seed))
        model.build()
        if start is None:
            start = model.get_weights()
        model.set_weights(start)
        recorder = WeightRecorder(settings.snapshots)
        batches = _BatchProgress(lambda done, index=index: report((index + done) / len(settings.runs)))
        model.fit(x, y, epochs=settings.epochs, batch_size=settings.batch_size, callbacks=[recorder, batches],
                  shuffle=True)
        result[name] = (model, recorder)
    return result


def compute(x_train, y_train, settings: Settings, progress=None) -> Landscape:
    """Train the runs on ``x_train[:train_images]``, then evaluate the plane through the first
    run's final weights on the fixed subsample ``x_train[:subsample]`` (the first images: the same
    every time, and the images the runs trained on).

    ``progress(fraction, phase)`` with phase "training" or "grid"; it may raise to cancel. The
    fraction follows the time (measured with the defaults, benchmarks/concepts_wait.py: training is
    about 80% of it since the grid goes through the first layer once), so an estimate drawn from it
    is truthful.
    """
    settings.check()
    x, y = as_inputs(x_train[:settings.train_images]), np.asarray(y_train[:settings.train_images])
    if len(x) < 10:
        raise ValueError("there are too few training images to train on")
    report = progress or (lambda fraction, phase: None)
    runs = train_runs(x, y, settings, lambda done: report(TRAINING_SHARE * done, "training"))
    first_model = next(iter(runs.values()))[0]
    center = flatten(first_model.get_weights())
    trajectories = {name: np.stack([flatten(w, np.float32) for w in recorder.weights])
                    for name, (_, recorder) in runs.items()}
    for _, recorder in runs.values():
        recorder.weights.clear()  # now held once, flat: a few dozen copies of 407,050 weights each
    explained = ()
    if settings.direction == "pca":
        d1, d2, explained = pca_directions(trajectories.values(), center)
    else:
        rng = np.random.default_rng(settings.seed + 1)
        reference = first_model.get_weights()
        d1, d2 = filter_normalized_direction(reference, rng), filter_normalized_direction(reference, rng)
    paths = {name: project(points, center, d1, d2) for name, points in trajectories.items()}
    alphas, betas = _axes(settings, paths)
    sub_x, sub_y = x[:settings.subsample], y[:settings.subsample]
    if len(sub_x) < settings.subsample:
        sub_x, sub_y = as_inputs(x_train[:settings.subsample]), np.asarray(y_train[:settings.subsample])
    grid = loss_grid(first_model, sub_x, sub_y, center, d1, d2, alphas, betas,
                     lambda done, total: report(TRAINING_SHARE + (1 - TRAINING_SHARE) * done / total, "grid"))
    if not np.isfinite(grid).any():
        raise ValueError("the loss overflowed at every point of the grid: try a smaller extent")
    finals = {name: _loss(model.evaluate(sub_x, sub_y)) for name, (model, _) in runs.items()}
    return Landscape(alphas, betas, grid, paths, finals, settings.direction, len(sub_x), tuple(explained),
                     _loss(first_model.evaluate(sub_x, sub_y)))


def _axes(settings: Settings, paths: dict) -> tuple[np.ndarray, np.ndarray]:
    """Odd-length axes centred on 0 (so the grid's centre is θ* exactly). Random directions span
    ±extent; PCA axes are wide enough for every path, with a margin."""
    n = int(settings.grid) | 1
    if settings.direction == "pca":
        reach = np.max(np.abs(np.vstack(list(paths.values()))), axis=0) * 1.25 * settings.extent
        reach = np.maximum(reach, 1e-6)
        return np.linspace(-reach[0], reach[0], n), np.linspace(-reach[1], reach[1], n)
    axis = np.linspace(-settings.extent, settings.extent, n)
    return axis, axis.copy()
