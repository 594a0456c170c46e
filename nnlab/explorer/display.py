"""Turning explorer results into what the page shows: summaries, images and image grids.

Kept here (NumPy only) so the GUI thread only copies pixels: the page calls these from its worker
thread and receives ready-made uint8 pictures and summary numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnlab.mosaic import mosaic

MAX_GRID_IMAGES = 64
MAX_GRID_PIXELS = 1_000_000  # a grid needs no more for the screen; its float copy stays small


@dataclass(frozen=True)
class Summary:
    """One line of the workspace list."""

    ndim: int
    shape: tuple
    dtype: str
    nbytes: int
    minimum: float | None
    maximum: float | None


def summarize(value) -> Summary:
    array = np.asarray(value)
    low = high = None
    if array.size and array.dtype.kind in "biuf":
        low, high = array.min(), array.max()
        low, high = (low.item(), high.item())
    return Summary(array.ndim, tuple(array.shape), str(array.dtype), int(array.nbytes), low, high)


def format_bytes(count: int) -> str:
    """``47.0 MB``: sizes as a student reads them (decimal units, like the operating system)."""
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= size:
            return f"{count / size:.1f} {unit}"
    return f"{count} B"


def format_number(value, digits: int = 4) -> str:
    """Entries for tables: integers as they are, others with ``digits`` significant digits."""
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (complex, np.complexfloating)):
        return f"{complex(value):.{digits}g}"
    return f"{float(value):.{digits}g}"


def image_layout(shape) -> str | None:
    """How a tensor of ``shape`` can be shown as pictures: "gray", "rgb", "gray-batch", "rgb-batch", or None.

    A matrix counts as a picture when both sides have at least 8 entries and it is not a thin strip
    (like (300, 20)); a trailing axis of 3 is read as colour channels, channels-last.
    """
    def picture(height, width):
        return min(height, width) >= 8 and max(height, width) <= 4 * min(height, width) and max(height, width) <= 2048
    if len(shape) == 2 and picture(*shape):
        return "gray"
    if len(shape) == 3 and shape[-1] == 3 and picture(*shape[:2]):
        return "rgb"
    if len(shape) == 3 and shape[0] >= 1 and picture(*shape[1:]):
        return "gray-batch"
    if len(shape) == 4 and shape[-1] == 3 and picture(*shape[1:3]):
        return "rgb-batch"
    return None


def picture(value, layout: str):
    """``(pixels, shown)``: a uint8 picture (H, W) or (H, W, 3) for ``layout``, and how many images it
    shows; a batch becomes a grid of up to :data:`MAX_GRID_IMAGES` images (fewer when they are large:
    at most :data:`MAX_GRID_PIXELS` pixels in all), dark ink on white, like the lecture's
    ``plt.imshow(digit, cmap=plt.cm.binary)``."""
    array = np.asarray(value)
    if layout.endswith("batch"):
        images = array[:max(1, min(MAX_GRID_IMAGES, MAX_GRID_PIXELS // (array.shape[1] * array.shape[2])))]
    else:
        images = array[None]
    pixels = _to_uint8(images)
    if layout.startswith("gray"):
        pixels = 255 - pixels
    return mosaic(pixels, math.ceil(math.sqrt(len(pixels))), gap=1, fill=200), len(images)


def _to_uint8(images: np.ndarray) -> np.ndarray:
    if images.dtype == np.uint8:
        return images
    data = np.nan_to_num(images.astype(np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    low, high = float(data.min()), float(data.max())
    if images.dtype.kind in "iu" and low >= 0 and high <= 255:
        return data.astype(np.uint8)
    if high == low:  # a constant tensor: plain grey
        return np.full(images.shape, 128, dtype=np.uint8)
    return ((data - low) * (255.0 / (high - low))).astype(np.uint8)


MAX_TABLE_SIDE = 1000  # rows or columns a values table shows


@dataclass(frozen=True)
class Display:
    """Everything the page shows for one result, prepared off the GUI thread.

    ``summary`` is None for values that are not tensors (a Python integer, a shape, a dtype, a list);
    ``table`` is a 0-2D array for the values table (at most :data:`MAX_TABLE_SIDE` per side) or None;
    ``pixels`` a picture (see :func:`picture`) or None; ``printed`` the value as NumPy prints it,
    shortened. ``integers`` tells the plain Python answers the slides name: -1 for one integer (like
    ``ndim``, the rank), the count for a tuple of integers (like ``shape``), None otherwise.
    """

    summary: Summary | None
    table: np.ndarray | None
    pixels: np.ndarray | None
    images_shown: int
    printed: str
    integers: int | None = None


def _integers(value) -> int | None:
    """-1 for a Python integer, n for a tuple of n integers, else None (bools are not counted)."""
    def integer(item):
        return isinstance(item, (int, np.integer)) and not isinstance(item, (bool, np.bool_))
    if integer(value) and not isinstance(value, np.generic):
        return -1
    if isinstance(value, tuple) and all(integer(item) for item in value):
        return len(value)
    return None


def prepare_display(value) -> Display:
    # As the lecture's prompt shows them: 32, not np.int64(32); a 0D tensor as its number.
    with np.printoptions(threshold=200, edgeitems=3, linewidth=90, precision=4, legacy="1.25"):
        printed = str(value) if isinstance(value, np.ndarray) and value.ndim == 0 else repr(value)
    integers = _integers(value)
    if integers is not None or not isinstance(value, (np.ndarray, np.generic, int, float, bool, complex)):
        # ndim and len() give a Python int and shape a tuple of them: not tensors (the slides' words)
        return Display(None, None, None, 0, printed, integers)
    array = np.asarray(value)
    table = array[(slice(0, MAX_TABLE_SIDE),) * array.ndim] if array.ndim <= 2 else None
    layout = image_layout(array.shape) if array.dtype.kind in "biuf" else None
    pixels, shown = picture(array, layout) if layout else (None, 0)
    return Display(summarize(array), table, pixels, shown, printed)
