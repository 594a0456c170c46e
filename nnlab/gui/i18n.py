"""Languages: Qt translators, right-to-left layout, the Persian font and the zoomed application font.

The app follows the system locale unless ``NNLAB_LANG`` or ``nnlab --lang`` says otherwise, and
View > Language switches at run time. Installing a translator makes Qt send every widget a
``LanguageChange`` event; widgets answer it by calling their ``retranslate_ui()`` (see
:class:`Retranslatable`), so no restart is needed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from nnlab.resources import resource_path

LANGUAGES = {"en": "English", "fa": "فارسی"}
RIGHT_TO_LEFT = {"fa"}
PERSIAN_FONT_FAMILY = "Vazirmatn"
PERSIAN_FONT_SCALE = 0.95

_translators: list[QTranslator] = []
_current = "en"
_default_font: QFont | None = None
_font_scale = 1.0


def pick_language(requested: str | None = None, saved: str | None = None) -> str:
    """The language to start in: ``--lang``, then ``NNLAB_LANG``, then the one last chosen in the
    View menu (``saved``), then the system locale."""
    for candidate in (requested, os.environ.get("NNLAB_LANG"), saved):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    system = QLocale.system().name().lower()[:2]
    return system if system in LANGUAGES else "en"


def current_language() -> str:
    return _current


def load_fonts() -> None:
    """Register the bundled fonts (Vazirmatn) so Persian never shows as boxes on any platform."""
    fonts = resource_path("fonts")
    if fonts.is_dir():
        for path in sorted(fonts.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))


def set_language(code: str) -> None:
    """Install the translators for ``code``, flip the layout direction and choose the font."""
    global _current
    app = QApplication.instance()
    if code not in LANGUAGES:
        code = "en"
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    ours = QTranslator(app)  # for English: the plural forms only ("1 axis", "3 axes")
    if ours.load(str(resource_path("translations", f"nnlab_{code}.qm"))):
        _translators.append(ours)
    if code != "en":
        qt_own = QTranslator(app)  # Qt's standard dialogs and buttons (OK, Cancel, ...)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _translators.append(qt_own)
    for translator in _translators:
        app.installTranslator(translator)
    _current = code
    _apply_font()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    if not _translators:  # removing translators alone sends no LanguageChange: send it ourselves
        QApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def set_font_scale(scale: float) -> None:
    """Scale the application font (View > Zoom): every widget's text that follows it grows."""
    global _font_scale
    _font_scale = scale
    _apply_font()


def _apply_font() -> None:
    """The application font for the current language and zoom."""
    global _default_font
    app = QApplication.instance()
    if _default_font is None:
        _default_font = QFont(app.font())
    font = QFont(_default_font)
    size = _default_font.pointSizeF()
    if _current == "fa" and PERSIAN_FONT_FAMILY in QFontDatabase.families():
        font.setFamilies([PERSIAN_FONT_FAMILY, *_default_font.families()])
        # Vazirmatn's lines are taller than a Latin UI font's at the same size; a slightly smaller
        # size gives Persian the same line height, so every page fits as it does in English.
        size *= PERSIAN_FONT_SCALE
    if size > 0:
        font.setPointSizeF(size * _font_scale)
    app.setFont(font)


def keep_plots_left_to_right(root) -> None:
    """Plots, like formulas, read left to right in every language.

    In a right-to-left application Qt mirrors pyqtgraph's graphics layouts too (the y axis jumps
    to the right of the plot), so every plot under ``root`` and the graphics widgets inside it are
    pinned to left-to-right. Call it after building widgets and after each language switch.
    """
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsWidget

    for view in root.findChildren(pg.GraphicsView):
        view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for item in view.scene().items():
            if isinstance(item, QGraphicsWidget):
                item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


class Retranslatable:
    """Mixin for widgets: put every visible text in ``retranslate_ui()``; it runs again on a language switch.

    Use it first in the bases, ``class TrainPage(Retranslatable, QWidget)``, and call
    ``self.retranslate_ui()`` at the end of ``__init__``.
    """

    def retranslate_ui(self) -> None:  # pragma: no cover - each widget provides its own
        raise NotImplementedError

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def in_reading_direction(html: str) -> str:
    """Rich text laid out in the language's direction, whatever its paragraphs start with.

    Qt gives each paragraph the direction of its first letter, so in Persian a paragraph that
    starts with code (``dot: (128, 784) ...``) runs left to right and scrambles the Persian words
    and brackets after it. Wrapping the whole text in a block with ``dir`` fixes every paragraph.
    """
    direction = "rtl" if _current in RIGHT_TO_LEFT else "ltr"
    return f"<div dir='{direction}'>{html}</div>"


def left_to_right(text: str) -> str:
    """``text`` (a formula, a number, a shape) isolated as left to right inside a Persian sentence.

    Without the isolate (U+2066 ... U+2069) the bidi algorithm reorders the formula's brackets and
    operators around the Persian words: "softmax(x·W + b)" comes out as "(softmax(x·W + b".
    """
    return f"\u2066{text}\u2069"
