"""NumPy pictures as Qt images: the one conversion every page that shows pixels uses.

Qt reads the array's memory in place, so the image is copied before the array can go away.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def to_qimage(pixels) -> QImage:
    """A picture of bytes, (H, W) grey or (H, W, 3) RGB, as a QImage owning its own copy."""
    data = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width = data.shape[:2]
    image_format = QImage.Format.Format_RGB888 if data.ndim == 3 else QImage.Format.Format_Grayscale8
    return QImage(data.data, width, height, data.strides[0], image_format).copy()
