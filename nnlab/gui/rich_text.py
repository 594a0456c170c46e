"""The explorer's explanations as Qt rich text: the rules applied, translated, with shape diagrams.

Shared by the Tensors page's explanation panel and the lesson dock (which explains a student's
answer the same way), so both draw a rule in the same words and colours.

The core returns :class:`~nnlab.explorer.messages.Section` objects whose messages are English
templates in the translation context "explorer"; here they are translated with
``QCoreApplication.translate("explorer", template)`` and only then filled in. Code and shapes are
wrapped in left-to-right isolates, so ``(128, 784)`` reads correctly inside a Persian sentence.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from nnlab.gui import i18n
from nnlab.palette import BLUE, ORANGE, VERMILION

GREY = "#6b6b6b"  # secondary text: headings, axis numbers, row labels


def monospace() -> str:
    """The system's fixed-width family, for a CSS ``font-family``: the generic name ``monospace`` is
    resolved by fontconfig on Linux, but Windows and macOS may fall back to a proportional font."""
    family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return f"'{family}', monospace"


def translate(context: str, text: str, disambiguation=None, n: int = -1) -> str:
    return html.escape(QCoreApplication.translate(context, text, disambiguation, n), quote=False)


def code(text: str) -> str:
    """Code inside a sentence: monospace, and kept left to right in right-to-left text."""
    return f"<code>{i18n.code_html(text)}</code>"


def render(message) -> str:
    return message.render(translate, code)


def sections_html(sections, heading: str = "", error=None) -> str:
    """The whole panel: an optional heading, the error (if any), then every section."""
    parts = []
    if heading:
        parts.append(f"<p style='color:{GREY}'>{heading}</p>")
    if error is not None:
        parts.append(f"<p style='color:{VERMILION}; font-weight:600'>{render(error.message)}</p>")
    for section in sections:
        parts.append(section_html(section))
    return "".join(parts)


def section_html(section) -> str:
    steps = "".join(f"<li style='margin-bottom:3px'>{render(step)}</li>" for step in section.steps)
    diagram = diagram_html(section.diagram) if section.diagram is not None else ""
    return (f"<h4 style='color:{BLUE}; margin-bottom:2px'>{render(section.title)}</h4>{diagram}"
            f"<ol style='margin-top:2px'>{steps}</ol>")


def diagram_html(diagram) -> str:
    """The shapes one above the other, aligned from the right; stretched sizes orange, clashes red."""
    axis = html.escape(QCoreApplication.translate("explorer", "axis"))
    rows = ["<tr><td></td>" + "".join(f"<td align='center' style='color:{GREY}; font-size:small'>{axis} {column}</td>"
                                      for column in range(diagram.width)) + "</tr>"]
    for label, shape in diagram.rows:
        cells = []
        for column, size in enumerate(diagram.cells(shape)):
            target = diagram.result[column] if diagram.result is not None else None
            cells.append(_cell(size, target, column in diagram.clashes))
        rows.append(f"<tr><td style='color:{GREY}; padding-right:10px'>{html.escape(label)}</td>{''.join(cells)}</tr>")
    if diagram.result is not None:
        result = "".join(f"<td align='center' style='font-weight:600; border-top:1px solid {GREY}'>{size}</td>"
                         for size in diagram.result)
        label = QCoreApplication.translate("explorer", "result")
        rows.append(f"<tr><td style='color:{GREY}; padding-right:10px'>{html.escape(label)}</td>{result}</tr>")
    return (f"<table cellspacing='0' cellpadding='4' style='font-family: {monospace()}; margin:4px 0 4px 12px'>"
            f"{''.join(rows)}</table>")


def _cell(size, target, clash: bool) -> str:
    if clash:
        text = "·" if size is None else str(size)
        return f"<td align='center' style='background:{VERMILION}; color:white; font-weight:600'>{text}</td>"
    if size is None:
        text = "·" if target is None else f"· → {target}"
        return f"<td align='center' style='color:{ORANGE}'>{text}</td>"
    if size == 1 and target not in (None, 1):
        return f"<td align='center' style='color:{ORANGE}; font-weight:600'>1 → {target}</td>"
    return f"<td align='center'>{size}</td>"
