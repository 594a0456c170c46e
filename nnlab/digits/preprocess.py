"""Turn any picture of a digit into the 28x28 input an MNIST network expects.

A network trained on MNIST only knows digits the way MNIST prepared them (LeCun et al., 1998):
light ink on black, cropped to the ink, shrunk so the longer side fits a 20x20 box (keeping the
aspect ratio, with anti-aliasing), then placed in a 28x28 field so that the centre of mass of the
ink sits at the centre. Repeating that recipe is why a digit drawn small in a corner, or a photo
of dark ink on paper, is recognised as well as a digit from the test set.

Pure NumPy: the Draw page shows every intermediate step (:func:`preprocess_steps`), and the
tests check the recipe on real MNIST digits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MNIST_SIZE = 28
BOX_SIZE = 20
# Below this contrast between the ink and the background the picture counts as blank.
MIN_CONTRAST = 0.15
# Brightness up to the border's median plus this many times its spread (90th percentile minus
# median) is background noise, not ink.
NOISE_MARGIN = 5.0


class NothingDrawnError(ValueError):
    """The picture holds no ink, so there is nothing for the network to recognise."""


@dataclass(frozen=True)
class PreprocessSteps:
    """Every intermediate picture of :func:`to_mnist`, for showing students what happens.

    ``ink`` is the whole picture as light ink on black in [0, 1]; ``box`` the ink's bounding box
    ``(top, bottom, left, right)`` (bottom/right exclusive); ``crop`` the ink inside it; ``scaled``
    the crop with its longer side resized to 20 pixels; ``offset`` where ``scaled`` sits in the
    28x28 field (top, left); ``centred`` the final network input. For a blank picture ``empty``
    is True, ``box``, ``crop`` and ``scaled`` are None and ``centred`` is all zeros.
    """

    ink: np.ndarray
    inverted: bool
    box: tuple[int, int, int, int] | None
    crop: np.ndarray | None
    scaled: np.ndarray | None
    offset: tuple[int, int] | None
    centred: np.ndarray

    @property
    def empty(self) -> bool:
        return self.box is None


def to_mnist(image) -> np.ndarray:
    """The (28, 28) float32 image in [0, 1] that MNIST's recipe makes of ``image``.

    ``image`` is a 2-D array of any size: uint8 (or another integer type) or float in [0, 1],
    light ink on dark or dark ink on light (detected and inverted). Raises
    :class:`NothingDrawnError` when the picture is blank.
    """
    steps = preprocess_steps(image)
    if steps.empty:
        raise NothingDrawnError("the picture is blank: there is no ink to recognise")
    return steps.centred


def is_empty(image) -> bool:
    """True when ``image`` holds no ink (an empty canvas, a blank page)."""
    return extract_ink(image)[0] is None


def preprocess_steps(image) -> PreprocessSteps:
    """Run MNIST's recipe on ``image`` and keep every intermediate picture (see :func:`to_mnist`)."""
    ink, inverted = extract_ink(image)
    if ink is None:
        blank = np.zeros(np.shape(image), np.float32)
        return PreprocessSteps(blank, inverted, None, None, None, None,
                               np.zeros((MNIST_SIZE, MNIST_SIZE), np.float32))
    box = ink_bounding_box(ink)
    top, bottom, left, right = box
    crop = ink[top:bottom, left:right]
    scaled = fit_in_box(crop, BOX_SIZE)
    centred, offset = centre_by_mass(scaled, MNIST_SIZE)
    return PreprocessSteps(ink, inverted, box, crop, scaled, offset, centred)


def as_unit_float(image) -> np.ndarray:
    """``image`` as a float32 array in [0, 1]; integer images are divided by their type's maximum."""
    array = np.asarray(image)
    if array.ndim != 2:
        raise ValueError(f"expected a 2-D grey image, got an array of shape {array.shape}")
    if array.dtype == bool:
        return array.astype(np.float32)
    if np.issubdtype(array.dtype, np.integer):
        return array.astype(np.float32) / np.float32(np.iinfo(array.dtype).max)
    return np.clip(np.nan_to_num(array.astype(np.float32)), 0.0, 1.0)


def extract_ink(image) -> tuple[np.ndarray | None, bool]:
    """``(ink, inverted)``: the picture as light ink on a black background, scaled so the strongest
    ink is 1, or ``(None, inverted)`` when there is no ink.

    The picture's border tells the background apart from the ink (a digit rarely covers the
    border): its median is the background's brightness; if that is light, the picture is dark ink
    on paper and gets inverted. Everything up to the background's noise (paper texture, camera
    noise, JPEG artefacts: estimated from the spread of the border) is set to black, and the rest
    stretched to full contrast, so a grey photo of a page looks like MNIST's black field. A clean
    canvas has no noise, and then nothing but the background is removed.
    """
    array = as_unit_float(image)
    if array.size == 0:
        return None, False
    border = np.concatenate([array[0], array[-1], array[:, 0], array[:, -1]])
    inverted = bool(np.median(border) > 0.5)
    if inverted:
        array, border = 1.0 - array, 1.0 - border
    background, typical_noise = np.percentile(border, [50, 90])
    level = background + NOISE_MARGIN * (typical_noise - background)
    ink = np.clip(array - np.float32(level), 0.0, None)
    peak = float(ink.max())
    if peak < MIN_CONTRAST:
        return None, inverted
    return ink / np.float32(peak), inverted


def ink_bounding_box(ink: np.ndarray) -> tuple[int, int, int, int]:
    """``(top, bottom, left, right)`` of the non-zero pixels (bottom and right exclusive)."""
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def fit_in_box(image: np.ndarray, size: int = BOX_SIZE) -> np.ndarray:
    """Resize ``image`` so its longer side is ``size`` pixels, keeping the aspect ratio.

    Resampling is separable: ``R_rows @ image @ R_cols.T`` with the matrices of
    :func:`resampling_matrix`, i.e. every output pixel is the exact area average of the input
    pixels it covers (MNIST's anti-aliasing), not the nearest input pixel.
    """
    height, width = image.shape
    scale = size / max(height, width)
    new_height = max(1, int(round(height * scale)))
    new_width = max(1, int(round(width * scale)))
    rows = resampling_matrix(height, new_height)
    cols = resampling_matrix(width, new_width)
    # einsum rather than @: these products are small, and waking BLAS's thread pool for them can
    # cost more than the work itself (20 ms on a busy machine, against 0.3 ms done directly)
    shrunk_rows = np.einsum("ij,jk->ik", rows, image.astype(np.float32))
    return np.einsum("ik,lk->il", shrunk_rows, cols).astype(np.float32)


def resampling_matrix(n_in: int, n_out: int) -> np.ndarray:
    """The (n_out, n_in) matrix that resamples a line of ``n_in`` pixels to ``n_out`` pixels.

    Shrinking: output pixel i covers the input interval [i*s, (i+1)*s) with s = n_in / n_out, and
    its weights are the overlaps of that interval with each input pixel, divided by s (exact area
    averaging: each row sums to 1). Enlarging (a tiny drawing): linear interpolation between
    pixel centres, because area averaging would just repeat pixels as blocks.
    """
    if n_out <= n_in:
        s = n_in / n_out
        starts = np.arange(n_out)[:, None] * s
        pixel = np.arange(n_in)[None, :]
        overlap = np.minimum(starts + s, pixel + 1) - np.maximum(starts, pixel)
        return (np.clip(overlap, 0.0, None) / s).astype(np.float32)
    source = np.clip((np.arange(n_out) + 0.5) * n_in / n_out - 0.5, 0, n_in - 1)
    lower = np.floor(source).astype(int)
    upper = np.minimum(lower + 1, n_in - 1)
    frac = (source - lower).astype(np.float32)
    matrix = np.zeros((n_out, n_in), np.float32)
    np.add.at(matrix, (np.arange(n_out), lower), 1.0 - frac)
    np.add.at(matrix, (np.arange(n_out), upper), frac)
    return matrix


def centre_by_mass(image: np.ndarray, size: int = MNIST_SIZE) -> tuple[np.ndarray, tuple[int, int]]:
    """Place ``image`` in a ``size`` x ``size`` field so its centre of mass lands on (14, 14).

    Like MNIST, the box is shifted by whole pixels (rounded), so the picture stays sharp. For a
    very lopsided digit the shift stops where the box would leave the field, so no ink is lost
    (MNIST may have cut some: about 1% of its digits touch the bottom edge). Returns the field
    and (top, left).
    """
    height, width = image.shape
    mass = float(image.sum())
    rows, cols = np.indices(image.shape)
    cy = float((rows * image).sum()) / mass
    cx = float((cols * image).sum()) / mass
    # MNIST's centre of mass is at row 14, column 14 (array indices): measured on the training set
    # the mean is (14.00, 14.00), spread by exactly the rounding error of a whole-pixel shift.
    centre = size / 2
    top = int(np.clip(np.floor(centre - cy + 0.5), 0, size - height))
    left = int(np.clip(np.floor(centre - cx + 0.5), 0, size - width))
    field = np.zeros((size, size), np.float32)
    field[top:top + height, left:left + width] = image
    return np.clip(field, 0.0, 1.0), (top, left)
