"""Picture files read safely, and Qt pictures as grey NumPy arrays, for :func:`nnlab.digits.preprocess.to_mnist`.

Only reading and format conversion happen here (Qt does the work); the recipe itself lives in
nnlab.digits. Used by the shared drawing canvas (:mod:`nnlab.gui.digit_canvas`).
"""

from __future__ import annotations

import os
import stat

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from nnlab.gui.i18n import code
from nnlab.safe_read import read_regular_file

translate = QCoreApplication.translate

# Photos are shrunk to this many pixels on the longer side first: the network sees 20 pixels of
# digit anyway, and a 12-megapixel photo would make every update slow.
MAX_SIDE = 1024
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".pgm", ".ppm", ".tif", ".tiff")
# A phone photo is a few MB and about 12-50 megapixels; anything beyond is refused before it is decoded.
MAX_FILE_BYTES = 64 << 20
MAX_PIXELS = 100_000_000


class PictureError(ValueError):
    """Why a picture file cannot be read, in a sentence for the student (translated)."""


def read_image(path: str) -> QImage:
    """The picture in ``path``, turned the way the camera meant it.

    The file is read through :mod:`nnlab.safe_read` first (Qt's own reader would wait forever on a
    FIFO called ``digit.png`` and read ``/dev/zero`` to the end), then decoded from memory once its
    size in pixels is known to be sane. Raises :class:`PictureError` saying what is wrong.
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise PictureError(translate("DrawCanvas", "it cannot be opened ({0})").format(
            error.strerror or error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise PictureError(translate("DrawCanvas", "it is not an ordinary file but a pipe, a device or a folder; "
                                                   "choose a PNG or JPG file"))
    if info.st_size > MAX_FILE_BYTES:
        raise PictureError(translate("DrawCanvas", "it has {0:,} bytes, more than a picture of a digit needs (at "
                                                   "most {1:,}); save a smaller copy").format(info.st_size,
                                                                                              MAX_FILE_BYTES))
    try:
        data = read_regular_file(path, MAX_FILE_BYTES, "picture")
    except (OSError, ValueError) as error:  # it changed between the look and the read
        raise PictureError(str(getattr(error, "strerror", None) or error)) from None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        raise PictureError(translate("DrawCanvas", "it has {0} pixels, more than nnlab opens; save a smaller "
                                                   "copy").format(code(f"{size.width()} × {size.height()}")))
    image = reader.read()
    if image.isNull():
        raise PictureError(translate("DrawCanvas", "it is not a picture nnlab can read ({0}); save it as PNG or "
                                                   "JPG").format(reader.errorString()))
    return image


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
