"""Languages: Qt translators, right-to-left layout, the Persian font, the zoomed application font, and
the one way code is put inside a sentence.

The app follows the system locale unless ``NNLAB_LANG`` or ``nnlab --lang`` says otherwise, and
View > Language switches at run time. Installing a translator makes Qt send every widget a
``LanguageChange`` event; widgets answer it by calling their ``retranslate_ui()`` (see
:class:`Retranslatable`), so no restart is needed.

Code in right-to-left text: the policy
--------------------------------------
Code, formulas, numbers with their brackets, shapes and arrow chains ("301 (5.83)", "/ 255",
"10 → 512 → 784", "np.dot(x, W1)") read left to right, also inside a Persian sentence. Measured in
Qt 6.11 (``tests/gui/reading_order.py`` draws each span alone and looks for it in what Qt drew),
a span comes out of reading order for exactly three reasons, in every kind of widget alike:

1. **It is not isolated.** The bidi algorithm then resolves its neutral characters (brackets,
   "/", "−", "→", spaces) by the Persian around it: "/ 255" after a Persian word is drawn
   "255 /", "10 → 512 → 784" as "784 → 512 → 10", and even alone in a right-to-left label
   "−log p" becomes "log p−". Plain-text and rich-text labels, buttons, tooltips, table cells,
   message boxes and pyqtgraph's texts all behave the same here: the isolate (U+2066 … U+2069)
   works in every one of them, so it is the one mechanism.
2. **It is broken across lines.** Each line is reordered on its own, so the halves of a broken
   isolate swap places. Qt breaks at spaces and also after "-" and "/", so :func:`code` turns
   spaces into no-break spaces and glues "-" and "/" to what follows (U+2060 word joiner).
   Code wider than its line cannot be kept whole; it goes on a line of its own instead (an
   isolate alone in its paragraph), where breaking it is harmless because nothing Persian flows
   around it.
3. **The paragraph guesses the wrong direction.** Rich text (QTextDocument: rich labels, text views,
   pyqtgraph titles, axis labels and legends) and the cells of tables, trees and lists take each
   paragraph's direction from its first letter, not from the widget: a Persian sentence that starts
   with code, or a cell "2 بعدی" / "1.5 ثانیه" that starts with a digit, is laid out left to right
   and its words, numbers and brackets come out in the wrong order. :func:`sentence` starts such a
   text with an invisible direction mark of the language (U+200F in Persian);
   :func:`in_reading_direction` does the same for whole HTML documents. Plain-text labels, buttons
   and tooltips take the widget's direction and need neither.

So: translators write a placeholder (``{0}``), never the code, and the code goes in through
:func:`code` (plain text) or :func:`code_html` (rich text), or :func:`with_code` for both at once.
A text that is code alone (a legend "/ 255", a button "relu") goes through :func:`code` too.
A name that is not the app's own (a run's name, a file or folder path, a student's name, a paper's
citation) goes in through :func:`name`: it keeps its own direction, whatever the sentence around it.
Translators type no direction marks at all. ``tests/gui/test_code_in_translations.py`` says what
counts as code in a translation: identifiers, formulas, shapes, operators, signed or formatted
numbers; the names of data sets, programs, optimizers and activations as prose writes them ("MNIST",
"Adam", "ReLU") and plain numbers ("784 پیکسل") are words, which the translator writes. One
exception to "through :func:`code`": the patterns of a file dialog's filter ("*.png") are read back
by Qt, so they go in with a plain ``str.format``, unchanged.
Digits are Latin everywhere, in prose as in code (the numbers the app computes are Latin, and a
sentence mixing "۶" and "407,050" reads badly).

Pictures and arrows: one direction
----------------------------------
Pictures read left to right in every language, like the formulas and plots beside them: a row of
pictures that shows steps (the Draw page's preprocessing, a network's layers, a batch of digits) is
laid out left to right also in Persian (``setLayoutDirection(Qt.LayoutDirection.LeftToRight)`` on
its row; :mod:`nnlab.mosaic` puts the first tile top left), and an arrow between them, or an arrow
chain in a text ("true → answer", "784 → 512 → 10"), is code, drawn left to right, so it points the
way the pictures run.
"""

from __future__ import annotations

import html
import os
import re

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


LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # left-to-right and first-strong isolates, pop directional isolate
RLM, LRM = "\u200f", "\u200e"  # invisible strong right-to-left / left-to-right marks
NBSP, WORD_JOINER = "\u00a0", "\u2060"


def is_right_to_left() -> bool:
    return _current in RIGHT_TO_LEFT


def code(text) -> str:
    """``text`` (code, a formula, a number, a shape, an arrow chain) as an unbreakable left-to-right
    island for any plain text: labels, buttons, tooltips, table cells, message boxes, plot texts.

    The isolate keeps its brackets, signs and arrows in reading order among Persian words; no-break
    spaces and word joiners after "-" and "/" keep Qt from breaking it across lines. Harmless in
    English, so callers never ask which language is on.
    """
    return f"{LRI}{_unbreakable(str(text))}{PDI}"


def _unbreakable(text: str) -> str:
    return text.replace(" ", NBSP).replace("-", "-" + WORD_JOINER).replace("/", "/" + WORD_JOINER)


_ISOLATE = re.compile(f"{LRI}[^{LRI}{PDI}]*{PDI}")


def keep_isolates_whole(text: str) -> str:
    """The isolates a text brings itself (a lesson file's ``\\u2066…\\u2069``) made unbreakable like
    :func:`code`'s, for texts whose code is not put in by the app."""
    return _ISOLATE.sub(lambda match: _unbreakable(match.group(0)), text)


_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def name(text) -> str:
    """A name from outside the app's own words (a run, a file or folder path, a student) inside a
    sentence: a first-strong isolate, so a Latin name reads left to right and a Persian one right to
    left, and neither reorders the brackets, colons and numbers of the sentence around it. Unlike
    :func:`code` it may break across lines (a long path must). Direction controls inside the name are
    dropped: a record named "…\u2069…" would otherwise end the isolate early and scramble the sentence."""
    return f"{FSI}{_DIRECTION_CONTROLS.sub('', str(text))}{PDI}"



def code_line(text) -> str:
    """Rich-text code that is a paragraph of its own (a line of a list, nothing else on it): isolated,
    but free to wrap at its spaces when wider than its line. With nothing else on its lines, wrapping
    is harmless, where :func:`code_html` would be broken at an arbitrary character instead."""
    return f"{LRI}{html.escape(str(text), quote=False)}{PDI}"


def code_html(text) -> str:
    """:func:`code` for rich text: the code escaped first, so "a < b" stays text."""
    return code(html.escape(str(text), quote=False))


def with_code(template: str, *codes, rich: bool = False) -> str:
    """A translated sentence with code in it: the translator writes ``{0}``, ``{1}``…, never the code,
    and each code goes in through :func:`code` (``rich=True``: :func:`code_html`)."""
    wrap = code_html if rich else code
    return template.format(*(wrap(item) for item in codes))


def sentence(text: str) -> str:
    """``text`` marked with the language's direction for drawings that guess it from the first letter
    (pyqtgraph titles, axis labels and legends; rich text; table, tree and list cells): a Persian
    sentence that starts with code or a number stays right to left."""
    return (RLM if is_right_to_left() else LRM) + text


def tooltip(text: str) -> str:
    """A long plain tooltip as rich text, so Qt wraps it: a plain one is a single line, and in Persian
    one wider than the screen loses its end (the code it ends with) off the screen's left edge."""
    return f"<p>{html.escape(text, quote=False)}</p>"


def in_reading_direction(html_text: str) -> str:
    """Rich text laid out in the language's direction, whatever its paragraphs start with.

    Qt gives each paragraph the direction of its first letter, so in Persian a paragraph that
    starts with code (``dot: (128, 784) ...``) runs left to right and scrambles the Persian words
    and brackets after it. Wrapping the whole text in a block with ``dir`` fixes every paragraph.
    """
    direction = "rtl" if is_right_to_left() else "ltr"
    return f"<div dir='{direction}'>{html_text}</div>"

