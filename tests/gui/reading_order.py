"""Check, in what Qt draws, that every code span of the Persian window reads left to right.

Run by ``tests/gui/test_reading_order.py`` in a subprocess (glyphs must be drawn without
antialiasing, which fontconfig decides before Qt starts). Also a tool:

    python tests/gui/reading_order.py [--all | --self-check]

A *code span* is every left-to-right isolate (U+2066 … U+2069, what :func:`nnlab.gui.i18n.code`
makes), and every run of Latin letters, digits and operators that holds a bracket or an arrow
(code that was never isolated). Each span is drawn alone, left to right, in the character format it has in its
text (font, size, weight), and looked for in the pixels Qt drew for the real text;
a span drawn out of reading order, or broken across lines, is not found. The doors:

- labels (plain and rich text), buttons, check boxes, text views: their own drawing;
- pyqtgraph titles, axis labels, legends and text items: their documents, drawn as the items draw them;
- table, tree and list cells (the Train page's runs after two real runs, one of them diverged):
  the cell's rectangle in the view's own drawing;
- tooltips and menu items: their text drawn the way Qt draws them (QToolTip is a QLabel that guesses
  plain or rich text; a menu item is one plain line);
- message boxes: the app's own (About, Keyboard shortcuts), opened and drawn.

Walks every page and inner tab, every Concepts demo and every step of the bundled lesson. Prints
``checked N`` and one line per span not found, then a JSON list of the problems on the last line.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile

LRI, PDI = "\u2066", "\u2069"
ISOLATE = re.compile(f"{LRI}([^{LRI}{PDI}]*){PDI}")
CODE_RUN = re.compile(
    r"[A-Za-z0-9_.,:;()\[\]{}+\-*/=<>→←·'\"|^ \u00a0\u2060−×²\u0370-\u03FF\u2200-\u22FF\u2070-\u209F]+")
MATCH = 0.9        # share of the span's ink, and of the ink under it, that must agree


def antialiasing_off() -> None:
    if "FONTCONFIG_FILE" in os.environ:
        return
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "fonts.conf")
    with open(path, "w") as out:
        out.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                  '<include ignore_missing="yes">/etc/fonts/fonts.conf</include><match target="font">'
                  '<edit name="antialias" mode="assign"><bool>false</bool></edit>'
                  '<edit name="hinting" mode="assign"><bool>true</bool></edit>'
                  '<edit name="hintstyle" mode="assign"><const>hintfull</const></edit></match></fontconfig>\n')
    os.environ["FONTCONFIG_FILE"] = path


def balanced(text: str) -> bool:
    depth = []
    for ch in text:
        if ch in "([":
            depth.append(ch)
        elif ch in ")]":
            if not depth or "([".index(depth.pop()) != ")]".index(ch):
                return False
    return not depth


def spans(text: str):
    """(position, span) of every code span of ``text``: isolates first, then un-isolated code."""
    found = []
    for match in ISOLATE.finditer(text):
        inner = match.group(1).strip(" \u00a0")
        if len(inner.replace("\u2060", "")) >= 2:
            found.append((match.start(1) + match.group(1).find(inner), inner))
    bare = ISOLATE.sub(lambda m: "\0" * len(m.group(0)), text)  # isolated code is checked above
    for match in CODE_RUN.finditer(bare):
        run = match.group(0).strip(" \u00a0.,:;")
        if 4 <= len(run) <= 60 and re.search(r"[()\[\]→←]", run) and re.search(r"[A-Za-z0-9]", run) and balanced(run):
            found.append((bare.find(run, match.start()), run))
    return found


def main(argv: list[str]) -> int:
    antialiasing_off()
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # offscreen's own screen is 800x800: a
        screen = os.path.join(tempfile.mkdtemp(), "screen.json")       # window squeezed below its minimum cuts
        with open(screen, "w") as out:                                  # texts no student sees; check at 1280x720
            json.dump({"screens": [{"name": "classroom", "x": 0, "y": 0, "width": 1280, "height": 720,
                                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, out)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["NNLAB_LANG"] = "fa"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = tempfile.mkdtemp()  # never the user's settings or lesson progress
    import numpy as np
    from PySide6 import QtGui
    from PySide6.QtCore import QModelIndex, Qt, QThread
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextCharFormat, QTextCursor, QTextDocument
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QGraphicsTextItem,
        QGraphicsView,
        QLabel,
        QMenu,
        QMessageBox,
        QTextEdit,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    from nnlab.gui import i18n
    from nnlab.gui.concepts.page import DEMOS
    from nnlab.gui.main_window import MainWindow

    i18n.load_fonts()
    i18n.set_language("fa")
    window = MainWindow()
    window.resize(1280, 720)
    window.show()

    def settle(rounds: int = 4) -> None:
        for _ in range(rounds):
            app.processEvents()
            QThread.msleep(10)

    def gray(image) -> np.ndarray:
        if not isinstance(image, QImage):
            image = image.toImage()  # a widget's grab()
        if image.isNull():
            return np.full((1, 1), 255, np.uint8)
        if image.hasAlphaChannel():  # a widget with a transparent background (a title on a framed panel):
            under = QImage(image.size(), QImage.Format.Format_RGB32)  # what shows through is the window's colour
            under.fill(app.palette().window().color())
            painter = QPainter(under)
            painter.drawImage(0, 0, image)
            painter.end()
            image = under
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        return np.frombuffer(image.constBits(), np.uint8).reshape(
            image.height(), image.bytesPerLine())[:, :image.width()].copy()

    def ink_mask(bits: np.ndarray) -> np.ndarray:
        """Ink: clearly darker than the background (the commonest grey), whatever the colours."""
        background = int(np.bincount(bits.ravel(), minlength=256).argmax())
        return bits < background - 60 if background >= 128 else bits > background + 60  # a selected row: light on dark

    def ink(text: str, char_format, default_font: QFont):
        """The ink of ``text`` drawn alone, left to right, in the character format it has in its text."""
        document = QTextDocument()
        document.setDefaultFont(default_font)
        document.setDocumentMargin(2)
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        document.setDefaultTextOption(option)
        cursor = QTextCursor(document)
        plain = QTextCharFormat(char_format)
        plain.setForeground(QColor("black"))
        plain.clearBackground()
        cursor.insertText(text, plain)
        picture = draw_document(document)
        if picture is None or not picture.any():
            return None
        rows, cols = np.where(picture.any(1))[0], np.where(picture.any(0))[0]
        return picture[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]

    def found(picture: np.ndarray, ref) -> bool:
        """Is ``ref`` drawn somewhere in ``picture``? Cross-correlation of the ink (FFT), scored both ways,
        so a one-pixel shift of a glyph (fractional positions) is forgiven and a reordering is not."""
        if ref is None:
            return True
        h, w = ref.shape
        if picture.shape[0] < h or picture.shape[1] < w:
            return False
        p = picture.astype(np.float32)
        shape = (p.shape[0] + h, p.shape[1] + w)
        corr = np.fft.irfft2(np.fft.rfft2(p, shape) * np.conj(np.fft.rfft2(ref.astype(np.float32), shape)), shape)
        corr = corr[:p.shape[0] - h + 1, :p.shape[1] - w + 1]
        integral = np.pad(p.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
        under = integral[h:, w:] - integral[:-h, w:] - integral[h:, :-w] + integral[:-h, :-w]
        score = np.minimum(corr / ref.sum(), corr / np.maximum(under, 1))
        return bool(score.max() >= MATCH)

    problems: list[str] = []
    checked = 0
    seen: set = set()

    def check_text(text: str, picture: np.ndarray, where: str, what: str, format_at, default_font: QFont) -> None:
        nonlocal checked
        for position, span in spans(text):
            key = (what, text, span)  # the same text drawn by the same widget is checked once
            if key in seen:
                continue
            seen.add(key)
            checked += 1
            reference = ink(span, format_at(position), default_font)
            if not found(picture, reference):
                problems.append(f"{where} {what}: {span!r}")
                if os.environ.get("READING_ORDER_DUMP"):  # the two pictures, to look at
                    stem = os.path.join(os.environ["READING_ORDER_DUMP"], str(len(problems)))
                    for suffix, bits in (("drawn", picture), ("span", reference)):
                        if bits is not None:
                            QImage(np.ascontiguousarray(np.where(bits, 0, 255).astype(np.uint8)).data,
                                   bits.shape[1], bits.shape[0], bits.shape[1],
                                   QImage.Format.Format_Grayscale8).save(f"{stem}-{suffix}.png")

    def check_document(document: QTextDocument, picture: np.ndarray, where: str, what: str) -> None:
        block = document.begin()
        while block.isValid():
            def format_at(position, block=block):
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + position + 1)
                return cursor.charFormat()
            check_text(block.text(), picture, where, what, format_at, document.defaultFont())
            block = block.next()

    def draw_document(document: QTextDocument) -> np.ndarray | None:
        size = document.size().toSize()
        if size.width() < 5 or size.height() < 5 or size.height() > 20000:
            return None
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        document.drawContents(painter)
        painter.end()
        return ink_mask(gray(image))

    def as_qt_draws_it(text: str, rich_allowed: bool = True):
        """A tooltip's or menu item's text drawn the way Qt draws it: a label in the window's direction."""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.AutoText if rich_allowed else Qt.TextFormat.PlainText)
        label.setText(text)
        label.setLayoutDirection(app.layoutDirection())
        label.setMaximumWidth(window.screen().availableGeometry().width())
        label.setWordWrap(rich_allowed and QtGui.Qt.mightBeRichText(text))
        label.adjustSize()
        picture = ink_mask(gray(label.grab()))
        document = QTextDocument()
        document.setDefaultFont(label.font())
        (document.setHtml if rich_allowed and QtGui.Qt.mightBeRichText(text) else document.setPlainText)(text)
        label.deleteLater()
        return document, picture

    def check_label(widget: QLabel, where: str) -> None:
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(widget.text()))
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        (document.setHtml if rich else document.setPlainText)(widget.text())
        check_document(document, ink_mask(gray(widget.grab())), where, f"QLabel#{widget.objectName()}")

    def check_cells(view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None:
            return
        view.clearSelection()  # selected rows draw light on dark: the order is what is checked, not the colours
        settle(1)
        picture = ink_mask(gray(view.viewport().grab()))
        indexes = []

        def collect(parent, depth):
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model: one column, no children
                columns = 1
                if parent.isValid():
                    return
            for row in range(min(model.rowCount(parent), 40)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    indexes.append(index)
                    if column == 0 and depth < 2 and columns > 1 and model.rowCount(index) > 0:
                        collect(index, depth + 1)

        collect(QModelIndex(), 0)
        for index in indexes:
            text = index.data(Qt.ItemDataRole.DisplayRole)
            rect = view.visualRect(index)
            if not isinstance(text, str) or not view.viewport().rect().contains(rect):
                continue  # a cell scrolled partly out of sight is not cut: the student scrolls to it
            cell = picture[rect.top():rect.bottom() + 1, rect.left():rect.right() + 1]
            cell_format = QTextCharFormat()
            cell_format.setFont(index.data(Qt.ItemDataRole.FontRole) or view.font())
            check_text(text, cell, where, f"{type(view).__name__}#{view.objectName()} cell",
                       lambda _p, f=cell_format: f, view.font())

    def scan(where: str) -> None:
        settle()
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget.width() < 5:
                continue
            tip = widget.toolTip()
            if tip and spans(tip):
                document, picture = as_qt_draws_it(tip)
                check_document(document, picture, where, f"tooltip of #{widget.objectName()}")
            if isinstance(widget, QLabel) and widget.text():
                check_label(widget, where)
            elif isinstance(widget, QTextEdit):
                picture = draw_document(widget.document())
                if picture is not None:
                    check_document(widget.document(), picture, where, f"QTextEdit#{widget.objectName()}")
            elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
                for item in widget.scene().items():
                    if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText():
                        picture = draw_document(item.document())
                        if picture is not None:
                            check_document(item.document(), picture, where, f"plot text in #{widget.objectName()}")
            elif isinstance(widget, QAbstractItemView):
                check_cells(widget, where)
            elif isinstance(widget, QAbstractButton) and widget.text():
                document = QTextDocument()
                document.setDefaultFont(widget.font())
                document.setPlainText(widget.text())
                check_document(document, ink_mask(gray(widget.grab())), where,
                               f"{type(widget).__name__}#{widget.objectName()}")
        for menu in window.findChildren(QMenu):
            for action in menu.actions():
                text = action.text().replace("&&", "&")
                if text and spans(text):
                    document, picture = as_qt_draws_it(text, rich_allowed=False)
                    check_document(document, picture, where, "menu item")

    if "--self-check" in argv:  # the check itself: a span left un-isolated must be caught, an isolated one not
        good = "شبکه {0} با شکل {1} ورودی".format(i18n.code("10 → 512 → 784"), i18n.code("(3, 4)"))
        for name, text in (("bad", "شبکه 10 → 512 → 784 با شکل (3, 4) ورودی"), ("good", good)):
            label = QLabel(text, window, objectName=name)
            label.adjustSize()
            label.show()
            settle(2)
            check_label(label, "self-check")
        print(f"checked {checked}")
        print(json.dumps(problems, ensure_ascii=False))
        sys.stdout.flush()
        os._exit(0)

    # The Train page's tables need runs: two real ones on a small synthetic set, the second diverging.
    from nnlab.training.config import RunConfig
    rng = np.random.default_rng(0)

    def made_up(n):
        labels = rng.integers(0, 10, n)
        images = rng.integers(0, 60, (n, 28, 28)).astype(np.uint8)
        for image, label in zip(images, labels):
            image[2 + 2 * label:4 + 2 * label, 4:24] = 255
        return images, labels.astype(np.uint8)

    window.session.set_dataset("mnist", (made_up(600), made_up(100)))
    page = window.train_page
    for config in (RunConfig(hidden=(16,), batch_size=32, epochs=2, seed=1, optimizer="adam"),
                   RunConfig(hidden=(16,), batch_size=32, epochs=2, seed=1, optimizer="sgd",
                             hyper={"learning_rate": 10.0})):
        page.controls.set_config(config)
        page.start()
        for _ in range(1500):
            settle(1)
            if page.state.name == "IDLE":
                break

    tabs = window.tabs
    for page_index in range(tabs.count()):
        tabs.setCurrentIndex(page_index)
        settle()
        inner = [t for t in tabs.widget(page_index).findChildren(type(tabs)) if t.isVisible()]
        for tab_widget in inner:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                scan(f"page {page_index + 1} tab {index + 1}")
        scan(f"page {page_index + 1}")
    tabs.setCurrentWidget(window.concepts_page)
    for index in range(len(DEMOS)):
        window.concepts_page.demo_list.setCurrentRow(index)
        scan(f"concepts {index + 1}")
    window.lessons.dock.show()
    lesson = window.lessons.lesson
    for index in range(len(lesson.steps) if lesson is not None else 0):
        window.lessons.go_to(index)
        scan(f"lesson step {index + 1}")
    if lesson is None:
        problems.append("the bundled lesson did not open")

    # Message boxes: the app's own, opened without blocking, drawn, checked, closed.
    boxes = []
    originals = {}

    def keep(kind):
        def show(parent, title, text, *args, **kwargs):
            box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
            box.show()
            boxes.append(box)
            return QMessageBox.StandardButton.Ok
        return show

    for kind in ("information", "warning", "critical", "about"):
        originals[kind] = getattr(QMessageBox, kind)
        setattr(QMessageBox, kind, staticmethod(keep(kind)))
    window.show_shortcuts()
    window.show_about()
    settle()
    for box in boxes:
        for label in box.findChildren(QLabel):
            if label.isVisible() and label.text():
                check_label(label, "message box")
        box.close()

    for line in (problems if "--all" in argv else problems[:60]):
        print(line)
    print(f"checked {checked}")
    print(json.dumps(problems, ensure_ascii=False))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
