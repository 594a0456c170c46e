"""Many small images as one picture: a grid of tiles for a single image item to draw."""

from __future__ import annotations

import numpy as np


def mosaic(images: np.ndarray, columns: int, gap: int = 2, fill: float = np.nan) -> np.ndarray:
    """Tiles (N, H, W), or colour tiles (N, H, W, 3), side by side in rows of ``columns``, ``gap``
    pixels apart with ``fill`` between them (NaN: drawn as background), so many small images can be
    shown as one picture: a layer's weight images in the Concepts demos, a batch of digits on the Tensors page.
    The first tile is top left in every language: pictures read left to right (nnlab.gui.i18n)."""
    count, height, width = images.shape[:3]
    rows = -(-count // columns)
    out = np.full((rows * (height + gap) - gap, columns * (width + gap) - gap, *images.shape[3:]), fill,
                  dtype=np.result_type(images.dtype, fill))
    for index, image in enumerate(images):
        r, c = divmod(index, columns)
        out[r * (height + gap):r * (height + gap) + height, c * (width + gap):c * (width + gap) + width] = image
    return out
