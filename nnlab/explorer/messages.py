"""Translatable messages for the tensor explorer, without Qt.

The core never imports Qt, yet every sentence the explorer shows must be translatable. So the core
returns a :class:`Message`: an English template with ``{named}`` fields plus the values for them.
The templates are written as ``QT_TRANSLATE_NOOP("explorer", "...")``: that no-op has exactly the
name ``pyside6-lupdate`` looks for, so the stock extraction finds them in the context
``"explorer"``; the GUI then renders a message with
``message.render(QCoreApplication.translate)``, which translates the template *before* filling in
the values (the rule "format after tr").

Sentences with a count that changes the words ("1 axis", "3 axes") are plural messages: the
template says ``%n`` where the count goes and is marked with ``QCoreApplication.translate("explorer",
"...%n axes...", None, 1)``, the stand-in below, which pyside6-lupdate extracts as a plural
("numerus") message (it does so only when the last argument is a literal number, hence the 1; the
real count is given to :func:`plural`). Qt then picks the form for the count: Persian from ``nnlab_fa.qm``, English's
"1 axis" from the plurals-only ``nnlab_en.qm``. Without Qt (tests, scripts) ``%n`` is just the count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

CONTEXT = "explorer"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate recognises
    """Mark ``text`` for translation in ``context`` and return it unchanged (Qt's marker, minus Qt)."""
    return text


class QCoreApplication:  # the name lupdate recognises
    """Qt's ``QCoreApplication.translate`` as a marker, minus Qt: returns the template unchanged."""

    @staticmethod
    def translate(context: str, text: str, disambiguation=None, n: int = -1) -> str:
        return text


def format_shape(shape) -> str:
    """A shape written the way Python prints it: ``(128, 784)``, ``(512,)``, ``()``."""
    shape = tuple(int(size) for size in shape)
    return "(" + ", ".join(str(size) for size in shape) + ("," if len(shape) == 1 else "") + ")"


Translate = Callable[..., str]  # (context, text) or, for plural messages, (context, text, None, count)


@dataclass(frozen=True)
class Message:
    """An English ``template`` (marked with QT_TRANSLATE_NOOP) and the values of its fields.

    Tuples are shown as shapes and strings as code; ``render`` lets the GUI wrap code in
    left-to-right isolates so shapes and expressions read correctly inside Persian sentences.
    """

    template: str
    args: dict = field(default_factory=dict)
    count: int | None = None  # a plural message: the number that ``%n`` stands for

    def render(self, translate: Translate | None = None, code: Callable[[str], str] = str) -> str:
        english = self.template.replace("%n", str(self.count))
        if translate is None:
            template = english
        elif self.count is None:
            template = translate(CONTEXT, self.template)
        else:
            template = translate(CONTEXT, self.template, None, self.count).replace("%n", str(self.count))
        values = {key: _show(value, translate, code) for key, value in self.args.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a mistyped field: fall back to English
            return english.format(**values)

    def __str__(self) -> str:
        return self.render()


def _show(value, translate, code):
    if isinstance(value, Message):
        return value.render(translate, code)
    if isinstance(value, tuple):
        return code(format_shape(value))
    if isinstance(value, str):
        return code(value)
    return value  # numbers stay numbers, so templates may say {count:,}


def msg(template: str, **args) -> Message:
    """Shorthand: ``msg(QT_TRANSLATE_NOOP("explorer", "Axis {axis} ..."), axis=0)``."""
    return Message(template, args)


def plural(template: str, count: int, /, **args) -> Message:
    """A message whose words depend on ``count``:
    ``plural(QCoreApplication.translate("explorer", "{label} has %n axes.", None, 1), ndim, label=...)``."""
    return Message(template, args, int(count))


@dataclass(frozen=True)
class ShapeDiagram:
    """Shapes drawn one above the other, aligned from the right, as on the broadcasting slide.

    ``rows`` are ``(label, shape)`` pairs; ``result`` is the broadcast shape (None when the shapes
    clash); ``clashes`` are the columns (0 = leftmost of ``width``) whose sizes cannot be matched
    and ``stretched`` the columns where some operand was stretched.
    """

    rows: tuple
    result: tuple | None
    clashes: tuple = ()
    stretched: tuple = ()

    @property
    def width(self) -> int:
        return max([len(shape) for _, shape in self.rows] + [len(self.result or ())])

    def cells(self, shape) -> list:
        """The sizes of ``shape`` right-aligned into ``width`` columns (None where there is no axis)."""
        return [None] * (self.width - len(shape)) + [int(size) for size in shape]


@dataclass(frozen=True)
class Section:
    """One rule applied while evaluating: a title, the steps in plain words, maybe a diagram."""

    title: Message
    steps: tuple = ()
    diagram: ShapeDiagram | None = None

    def render(self, translate: Translate | None = None, code: Callable[[str], str] = str) -> str:
        lines = [self.title.render(translate, code)]
        lines += ["  " + step.render(translate, code) for step in self.steps]
        return "\n".join(lines)


class ExplorerError(Exception):
    """A friendly refusal: ``message`` says what went wrong, ``sections`` explain why (e.g. which
    axes of two shapes clash). ``str(error)`` is the English text."""

    def __init__(self, message: Message, sections=()):
        super().__init__(message.render())
        self.message = message
        self.sections = tuple(sections)
