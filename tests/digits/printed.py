"""Letters, symbols and digits printed in fonts, white on black as the Draw page's sheet: the glyphs
the digit-likeness calibration never saw (its own are drawn by hand, ``nnlab.digits.glyphs``).
Shared by the likeness test and ``benchmarks/digit_likeness.py``."""

from __future__ import annotations

import os

import numpy as np


def printed(chars, families=("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Vazirmatn")):
    """Each character in each family, regular and bold, white on black as the Draw page's sheet."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from nnlab.gui import i18n

    _app = QApplication.instance() or QApplication([])
    i18n.load_fonts()
    pictures = []
    for family in families:
        for bold in (False, True):
            for char in chars:
                image = QImage(140, 140, QImage.Format.Format_Grayscale8)
                image.fill(QColor("black"))
                painter = QPainter(image)
                font = QFont(family)
                font.setPixelSize(100)
                font.setBold(bold)
                painter.setFont(font)
                painter.setPen(QColor("white"))
                painter.drawText(QRect(0, 0, 140, 140), Qt.AlignmentFlag.AlignCenter, char)
                painter.end()
                pictures.append(np.frombuffer(image.constBits(), np.uint8).reshape(140, image.bytesPerLine())[:, :140]
                                .copy())
    return pictures
