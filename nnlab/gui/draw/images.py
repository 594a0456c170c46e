"""Qt pictures to grey NumPy arrays, for :func:`nnlab.digits.preprocess.to_mnist`.

Only format conversion happens here (Qt does the work); the recipe itself lives in nnlab.core.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader

# Photos are shrunk to this many pixels on the longer side first: the network sees 20 pixels of
# digit anyway, and a 12-megapixel photo would make every update slow.
MAX_SIDE = 1024
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".pgm", ".ppm", ".tif", ".tiff")


def read_image(path: str) -> QImage:
    """The picture in ``path``, turned the way the camera meant it; a null QImage when unreadable."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    return reader.read()


def shrink(image: QImage, max_side: int = MAX_SIDE) -> QImage:
    if max(image.width(), image.height()) <= max_side:
        return image
    return image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def qimage_to_grey(image: QImage) -> np.ndarray:
    """A (height, width) uint8 array of the picture's brightness.

    A picture with transparency (a digit exported from a drawing program) is read by its alpha
    channel instead: the opaque strokes are the ink, whatever their colour.
    """
    image = shrink(image)
    if image.hasAlphaChannel():
        alpha = _bytes(image.convertToFormat(QImage.Format.Format_Alpha8))
        if alpha.min() < 255:
            return alpha
    return _bytes(image.convertToFormat(QImage.Format.Format_Grayscale8))


def _bytes(image: QImage) -> np.ndarray:
    """The pixels of a one-byte-per-pixel QImage, without the padding at the end of each line."""
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), np.uint8, count=height * stride)
    return data.reshape(height, stride)[:, :width].copy()
