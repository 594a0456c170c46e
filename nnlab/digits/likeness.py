"""Does the ink look like a digit at all? A measure that does not ask the network.

A network trained on MNIST has only ever seen digits, and softmax always shares out 100%: a
scribble, a dot or "12" still gets a confident answer. The Draw page says so when the ink is
unlike every training digit, and this module decides when, from plain measures of the 28x28 input:

* **ink**: the total ink. A dot fills the 20x20 box (about three times a digit's ink); a dash
  has very little.
* **width**: the ink's bounding box, width over height. Digits are upright; "12" or a dash is wide.
* **crossings**: the most strokes that one row or one column of pixels cuts through. A digit
  has at most four (an 8 cut across its middle); a zigzag has many.
* **distance**: to the nearest of a few hundred typical training digits (k-means centres of
  blurred 14x14 MNIST digits), relative to the drawing's own size. Far from all of them means the
  shape was never seen in training (tangles, two digits side by side).
* **letter**: how much nearer the drawing is to a typical *non*-digit than to a typical digit
  (the distance to the nearest digit centre over the distance to the nearest centre of hand-drawn
  letters and symbols, :mod:`nnlab.digits.glyphs`). Digits are calibrated on MNIST; non-digits
  must be calibrated on non-digits: by the four measures above an "A" or "*" is a fine digit.

How the limits are fitted: the first four each keep :data:`KEPT_FRACTION` of the calibration
digits; the letter limit is then the tightest that still accepts :data:`ACCEPTED_FRACTION` of them
with all five measures together, so the one figure a student meets, how many real digits pass, is
the one that is fitted. The calibration digits are MNIST's first 5000 test digits *and* training
digits that made no centre: the first 5000 test digits alone (from NIST's cleaner SD-3 writers,
LeCun et al.) made limits too tight for the harder writers of the last 5000, which check the fit.

The centres and the limits are a small bundled file, ``resources/digits/digit_prototypes.npz``,
made from the MNIST training set and hand-drawn glyphs (seed :data:`GLYPH_SEED`; tests check on
other seeds and on glyphs rendered from fonts) by ``python -m nnlab.digits.likeness MNIST_FOLDER``;
``benchmarks/digit_likeness.py`` measures it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from nnlab.digits.preprocess import MNIST_SIZE, preprocess_steps

PROTOTYPES_FILE = ("digits", "digit_prototypes.npz")
PROTOTYPE_COUNT = 1200  # digit centres (from 400: fewer real digits look nearer a letter)
COARSE = MNIST_SIZE // 2
KEPT_FRACTION = 0.999  # of the calibration digits inside each of the four plain limits
ACCEPTED_FRACTION = 0.995  # of the calibration digits that pass all five measures together
MAX_MEMBER_BYTES = 4 << 20  # a larger array is not ours: refuse it before reading it
MAX_FILE_BYTES = 4 << 20
CALIBRATION_DIGITS = 5000  # test digits that set the limits; the other 5000 check them (tests/digits)
CENTRE_DIGITS = 20_000  # training digits the centres are made of
CALIBRATION_TRAINING_DIGITS = 10_000  # other training digits that set the limits too
NON_DIGIT_COUNT = 1000  # centres of hand-drawn non-digits (from 250: chosen on the glyphs of seed 1)
GLYPH_SEED = 0  # the hand-drawn glyphs that make them; tests draw theirs with other seeds
GLYPH_SAMPLES = 6000


@dataclass(frozen=True)
class DigitSpace:
    """Typical digits (``prototypes``: (k, 196) floats) and each measure's limits from real digits."""

    prototypes: np.ndarray
    ink_range: tuple[float, float]
    max_width_ratio: float
    max_crossings: float
    max_distance: float
    non_digits: np.ndarray  # (m, 196): typical hand-drawn letters and symbols
    max_letter: float  # digit distance over non-digit distance, at most

    @cached_property
    def squared_norms(self) -> tuple[np.ndarray, np.ndarray]:
        """Of the digit and the non-digit centres: computed once, not on every stroke."""
        return (self.prototypes * self.prototypes).sum(1), (self.non_digits * self.non_digits).sum(1)


@dataclass(frozen=True)
class Likeness:
    """How one drawing compares with the training digits; ``reasons`` lists the measures it fails
    ("faint" or "blot": too little or too much ink, "wide", "crossings", "far", "letter"); empty
    means it looks like a digit."""

    ink: float
    width_ratio: float
    crossings: int
    distance: float
    reasons: tuple[str, ...]
    letter: float = 0.0

    @property
    def looks_like_a_digit(self) -> bool:
        return not self.reasons


def coarse(images: np.ndarray) -> np.ndarray:
    """(n, 28, 28) inputs in [0, 1] -> (n, 196): blurred with a 5-tap binomial filter, then 2x2
    averaged. Blurring first makes a stroke one pixel off still count as the same stroke."""
    kernel = np.array([1, 4, 6, 4, 1], np.float32) / 16
    padded = np.pad(np.asarray(images, np.float32), ((0, 0), (2, 2), (2, 2)))
    size = MNIST_SIZE
    rows = sum(kernel[i] * padded[:, i:i + size, :] for i in range(5))
    blurred = sum(kernel[i] * rows[:, :, i:i + size] for i in range(5))
    return blurred.reshape(-1, COARSE, 2, COARSE, 2).mean(axis=(2, 4)).reshape(-1, COARSE * COARSE)


def _nearest(points: np.ndarray, centres: np.ndarray, squared_norms=None) -> np.ndarray:
    if squared_norms is None:
        squared_norms = (centres * centres).sum(1)
    squared = (points * points).sum(1)[:, None] - 2 * points @ centres.T + squared_norms[None, :]
    return np.sqrt(np.maximum(squared.min(axis=1), 0.0))


def letter_measure(images: np.ndarray, prototypes: np.ndarray, non_digits: np.ndarray) -> np.ndarray:
    """Distance to the nearest digit centre over distance to the nearest non-digit centre."""
    points = coarse(np.asarray(images, np.float32))
    return _nearest(points, prototypes) / np.maximum(_nearest(points, non_digits), 1e-6)


def shape_measures(images: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ink, width ratio, crossings) of (n, 28, 28) inputs."""
    images = np.asarray(images, np.float32)
    ink = images.sum(axis=(1, 2))
    columns = (images > 0.1).any(axis=1)
    rows = (images > 0.1).any(axis=2)
    width_ratio = _extent(columns) / np.maximum(_extent(rows), 1)
    strokes = (images > 0.5).astype(np.int8)
    starts_in_rows = np.maximum(np.diff(strokes, axis=2, prepend=0), 0).sum(axis=2).max(axis=1)
    starts_in_columns = np.maximum(np.diff(strokes, axis=1, prepend=0), 0).sum(axis=1).max(axis=1)
    return ink, width_ratio, np.maximum(starts_in_rows, starts_in_columns)


def measures(images: np.ndarray, prototypes: np.ndarray) -> tuple[np.ndarray, ...]:
    """(ink, width ratio, crossings, relative distance to the nearest prototype) of (n, 28, 28) inputs."""
    points = coarse(images)
    distance = _nearest(points, prototypes) / np.maximum(np.linalg.norm(points, axis=1), 1e-6)
    return (*shape_measures(images), distance)


def _extent(mask: np.ndarray) -> np.ndarray:
    """Length of the span from the first to the last True of each row of ``mask``."""
    first = mask.argmax(axis=1)
    last = mask.shape[1] - mask[:, ::-1].argmax(axis=1)
    return np.where(mask.any(axis=1), last - first, 0)


def judge(image28: np.ndarray, space: DigitSpace) -> Likeness:
    """Compare one preprocessed 28x28 input with the training digits."""
    image = np.asarray(image28, np.float32)[None]
    ink, width_ratio, crossings = (float(v[0]) for v in shape_measures(image))
    points = coarse(image)
    digit_norms, non_digit_norms = space.squared_norms
    nearest = _nearest(points, space.prototypes, digit_norms)  # as measures() and letter_measure() compute them:
    distance = float((nearest / np.maximum(np.linalg.norm(points, axis=1), 1e-6))[0])  # a digit on a limit
    letter = float((nearest / np.maximum(_nearest(points, space.non_digits, non_digit_norms), 1e-6))[0])  # stays
    reasons = []
    low, high = space.ink_range
    if ink < low:
        reasons.append("faint")
    if ink > high:
        reasons.append("blot")
    if width_ratio > space.max_width_ratio:
        reasons.append("wide")
    if crossings > space.max_crossings:
        reasons.append("crossings")
    if distance > space.max_distance:
        reasons.append("far")
    if letter > space.max_letter:
        reasons.append("letter")
    return Likeness(ink, width_ratio, int(crossings), distance, tuple(reasons), letter)


# -- the bundled statistic -------------------------------------------------------------------------
@lru_cache(maxsize=1)
def bundled_space() -> DigitSpace | None:
    """The digit space that ships with nnlab, or None when its file is missing or damaged."""
    from nnlab.resources import resource_path
    try:
        return load_space(resource_path(*PROTOTYPES_FILE))
    except (OSError, ValueError, KeyError, EOFError, MemoryError):  # a damaged install: read drawings without the check
        return None


def load_space(path) -> DigitSpace:
    """Read a digit space written by :func:`save_space`; ValueError when it is not one."""
    from nnlab.safe_read import open_regular_file
    with open_regular_file(path, MAX_FILE_BYTES, "digit space") as stream, np.load(stream, allow_pickle=False) as data:
        if set(data.files) != {"prototypes", "non_digits", "limits"}:
            raise ValueError(f"{path}: not a digit space (it holds {sorted(data.files)[:5]})")
        if any(info.file_size > MAX_MEMBER_BYTES for info in data.zip.infolist()):
            raise ValueError(f"{path}: an array is larger than a digit space can be")
        prototypes, non_digits = data["prototypes"], data["non_digits"]
        limits = np.asarray(data["limits"], np.float64)
    for name, centres in (("prototypes", prototypes), ("non_digits", non_digits)):
        if centres.ndim != 2 or centres.shape[1] != COARSE * COARSE or not len(centres):
            raise ValueError(f"{path}: {name} of shape {centres.shape}, expected (k, {COARSE * COARSE})")
    if limits.shape != (6,) or not np.isfinite(limits).all():
        raise ValueError(f"{path}: the limits are damaged")
    return DigitSpace(prototypes.astype(np.float32) / 255.0, (limits[0], limits[1]), *limits[2:5],
                      non_digits.astype(np.float32) / 255.0, limits[5])


def save_space(space: DigitSpace, path) -> None:
    from nnlab.atomic import atomic_open
    with atomic_open(path) as stream:
        np.savez_compressed(stream, prototypes=np.round(space.prototypes * 255).astype(np.uint8),
                            non_digits=np.round(space.non_digits * 255).astype(np.uint8),
                            limits=np.array([*space.ink_range, space.max_width_ratio, space.max_crossings,
                                             space.max_distance, space.max_letter]))


def build_space(train_images: np.ndarray, test_images: np.ndarray, non_digit_images: np.ndarray,
                count: int = PROTOTYPE_COUNT, seed: int = 0, iterations: int = 15) -> DigitSpace:
    """Centres by k-means on training digits and on the non-digits; limits fitted on the
    calibration digits: ``test_images`` and training digits that made no centre (module docstring).

    The digit sets are raw MNIST (n, 28, 28) uint8 pictures, the non-digits pictures of any size
    (:func:`nnlab.digits.glyphs.sample`); all go through the Draw page's own preprocessing first,
    so a drawing and a training digit are compared on equal terms.
    """
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(train_images))
    for_centres = order[:CENTRE_DIGITS]
    for_limits = order[CENTRE_DIGITS:CENTRE_DIGITS + CALIBRATION_TRAINING_DIGITS]
    centres = _kmeans(coarse(prepared(train_images[for_centres])), count, rng, iterations)
    others = _kmeans(coarse(prepared(non_digit_images)), min(NON_DIGIT_COUNT, len(non_digit_images)), rng,
                     iterations)
    digits = np.concatenate([prepared(train_images[for_limits]), prepared(test_images)])
    ink, width_ratio, crossings, distance = measures(digits, centres)
    tail = (1 - KEPT_FRACTION) / 2
    ink_range = (float(np.quantile(ink, tail)), float(np.quantile(ink, 1 - tail)))
    width_limit, crossings_limit, distance_limit = (float(np.quantile(values, KEPT_FRACTION))
                                                    for values in (width_ratio, crossings, distance))
    failed = ((ink < ink_range[0]) | (ink > ink_range[1]) | (width_ratio > width_limit)
              | (crossings > crossings_limit) | (distance > distance_limit))
    letter = letter_measure(digits, centres, others)
    may_fail = max(0, int(len(digits) * (1 - ACCEPTED_FRACTION)) - int(failed.sum()))
    passing = np.sort(letter[~failed])
    kept = max(0, len(passing) - 1 - may_fail)
    # halfway to the next digit's value: one drawing at a time, its last digits come out a little otherwise
    letter_limit = float(passing[kept:kept + 2].mean()) if len(passing) else float(letter.max(initial=0.0))
    return DigitSpace(centres, ink_range, width_limit, crossings_limit, distance_limit, others, letter_limit)


def _kmeans(points: np.ndarray, count: int, rng: np.random.Generator, iterations: int) -> np.ndarray:
    """``count`` centres of ``points``, rounded to what the uint8 file will hold."""
    centres = points[rng.choice(len(points), count, replace=False)].copy()
    for _ in range(iterations):
        squared = (points * points).sum(1)[:, None] - 2 * points @ centres.T + (centres * centres).sum(1)[None]
        nearest = squared.argmin(axis=1)
        for index in range(count):
            members = points[nearest == index]
            if len(members):
                centres[index] = members.mean(axis=0)
    return (np.round(centres * 255) / 255).astype(np.float32)


def prepared(images) -> np.ndarray:
    """Pictures through :func:`~nnlab.digits.preprocess.preprocess_steps` (blank ones stay blank)."""
    if not len(images):
        return np.zeros((0, MNIST_SIZE, MNIST_SIZE), np.float32)
    return np.stack([preprocess_steps(image).centred for image in images])


def main(argv=None) -> int:
    """``python -m nnlab.digits.likeness MNIST_FOLDER [OUT]``: rebuild the bundled digit space."""
    from nnlab.data.idx import read_idx
    from nnlab.resources import resource_path
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0])
    out = Path(args[1]) if len(args) > 1 else resource_path(*PROTOTYPES_FILE)
    train = read_idx(folder / "train-images-idx3-ubyte.gz")
    test = read_idx(folder / "t10k-images-idx3-ubyte.gz")
    from nnlab.digits import glyphs
    non_digits, _ = glyphs.sample(GLYPH_SAMPLES, GLYPH_SEED)
    space = build_space(train, test[:CALIBRATION_DIGITS], non_digits)
    save_space(space, out)
    held_out = prepared(test[CALIBRATION_DIGITS:])
    accepted = np.mean([judge(image, space).looks_like_a_digit for image in held_out])
    print(f"{out}: {len(space.prototypes)} prototypes, {len(space.non_digits)} non-digit centres, ink "
          f"{space.ink_range[0]:.1f}..{space.ink_range[1]:.1f}, width ratio <= {space.max_width_ratio:.2f}, "
          f"crossings <= {space.max_crossings:.0f}, distance <= {space.max_distance:.3f}, "
          f"letter <= {space.max_letter:.3f}; held-out test digits accepted: {accepted:.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
