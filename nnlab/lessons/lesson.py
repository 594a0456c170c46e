"""Loading a lesson file: size-checked, parsed with ``tomllib``, every step validated before use.

    >>> lesson = load_lesson("slicing.toml")      # raises LessonError naming file, step and field
    >>> lesson.steps[0].check("(60000, 14, 14)").correct
    True
"""

from __future__ import annotations

import ast
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from nnlab.explorer.evaluator import ExplorerError, evaluate
from nnlab.lessons.checking import single_number
from nnlab.lessons.errors import LessonError
from nnlab.lessons.format import LANGUAGES, Text, parse_lesson
from nnlab.lessons.workspace import stand_in_workspace
from nnlab.safe_read import read_regular_file

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MAX_FILE_BYTES = 1_000_000
MAX_LINE = 10_000       # characters; the longest text a step may hold is 4,000
MAX_KEY_PARTS = 8       # a.b.c: the lesson format needs 3 (step.question.kind)
MAX_BARE = 100          # characters of a bare key or a number
MAX_DEPTH = 16          # nested [ and {: the format needs 3
CHECK_SECONDS = 10  # for all the expressions of a lesson: the lecture's take milliseconds
BUNDLED = "chapter2.toml"


@dataclass
class Lesson:
    """A lesson: ``title`` (a :class:`Text`), ``steps`` and where it came from (``path``)."""

    title: Text
    id: str
    steps: list
    path: str = ""

    def title_text(self, lang: str = "en") -> str:
        value = self.title.get(lang)
        if value is None:
            raise LessonError(f"has no {lang!r} translation", Path(self.path).name, field=f"title.{lang}")
        return value

    def languages(self) -> list:
        """The languages every text of the lesson is written in."""
        return [lang for lang in LANGUAGES if not self.missing_translations(lang)]

    def missing_translations(self, lang: str) -> list:
        """A :class:`LessonError` for every text that lacks ``lang``."""
        name = Path(self.path).name
        problems = [] if self.title.get(lang) else [LessonError(f"has no {lang!r} translation", name,
                                                                field=f"title.{lang}")]
        for step in self.steps:
            problems += [LessonError(f"has no {lang!r} translation", name, step.id, f"{field}.{lang}")
                         for field, text in step.texts() if text.get(lang) is None]
        return problems

    def require_language(self, lang: str) -> None:
        """Raise the first missing translation for ``lang`` (the window refuses such a lesson)."""
        problems = self.missing_translations(lang)
        if problems:
            raise problems[0]

    def step(self, step_id: str):
        """The step called ``step_id`` (``KeyError`` when there is none)."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"the lesson has no step {step_id!r}")


def load_lesson(path, check_expressions: bool = True) -> Lesson:
    """Read and check the lesson at ``path``; raises :class:`LessonError` (a ``ValueError``).

    Reading and the format's checks cost little (the file's size and its raw text are bounded
    first); the explorer's check of the questions' expressions can take seconds, so the window
    passes ``check_expressions=False`` and runs :func:`check_lesson_expressions` in a worker."""
    path = Path(path)
    name = path.name
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES, "lesson")
    except OSError as error:
        raise LessonError(f"cannot be read: {error.strerror or error}", name) from None
    except ValueError as error:  # a device, a pipe, a folder, or too large
        raise LessonError(f"cannot be used as a lesson: {error}", name) from None
    try:
        text = raw.decode("utf-8")
        check_raw_text(text)
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise LessonError("is not UTF-8 text", name) from None
    except LessonError as error:
        raise error.located(name) from None
    except tomllib.TOMLDecodeError as error:
        raise LessonError(f"is not valid TOML: {error}", name) from None
    except RecursionError:
        raise LessonError("is nested too deeply", name) from None
    except MemoryError:
        raise LessonError("needs more memory to read than this computer has; a lesson is a few pages of text",
                          name) from None
    try:
        title, lesson_id, steps = parse_lesson(data, re.sub(r"[^A-Za-z0-9_-]", "-", path.stem)[:40] or "lesson")
    except LessonError as error:
        raise error.located(name) from None
    lesson = Lesson(title, lesson_id, steps, str(path))
    if check_expressions:
        check_lesson_expressions(lesson)
    return lesson


def check_lesson_expressions(lesson: Lesson, should_stop=None) -> None:
    """The explorer must accept every question's expression (:class:`LessonError` naming the first it
    refuses); all of them together may take :data:`CHECK_SECONDS`. Stops early when ``should_stop()``."""
    deadline = time.monotonic() + CHECK_SECONDS
    try:
        for step in lesson.steps:
            if should_stop is not None and should_stop():
                return
            _check_expressions(step)
            if time.monotonic() > deadline:
                raise LessonError(f"its expressions take too long to check (over {CHECK_SECONDS} s up to here): "
                                  "ask for smaller tensors", step=step.id, field="question.expression")
    except LessonError as error:
        raise error.located(Path(lesson.path).name) from None


_TOKENS = re.compile(r'''"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|#[^\n]*'''
                     r'''|[\[\]{}=,\n.]|[^\[\]{}=,\n."'#]+|["']''')


def check_raw_text(text: str) -> None:
    """Refuse, before ``tomllib`` sees it, TOML whose parsing costs grow out of bounds.

    ``tomllib`` takes time and memory quadratic in the parts of a dotted key (a 40 KB key
    ``a.a.a...``: 17 s and 1.6 GB) and recurses on nesting, so the raw text is scanned first:
    lines, dotted keys, bare keys and numbers, and nesting must stay within what a lesson uses
    (the module's ``MAX_*``). Strings and comments are skipped whole, so long texts cost nothing.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE:
            raise LessonError(f"line {number} has {len(line):,} characters; a lesson's lines have at most "
                              f"{MAX_LINE:,} (split long texts with a multi-line string)")
    line, depth, dots, bare = 1, 0, 0, 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] in "\"'#":
            line += token.count("\n")
            continue
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise LessonError(f"line {line} nests tables and lists more than {MAX_DEPTH} deep")
        elif token in "]}":
            depth = max(0, depth - 1)
        if token == ".":
            dots += 1
            if dots >= MAX_KEY_PARTS:
                raise LessonError(f"line {line} has a dotted key of more than {MAX_KEY_PARTS} parts; "
                                  "the lesson format needs at most 3 (step.question.kind)")
        elif token in "[]{}=,\n":
            dots = bare = 0
            line += token == "\n"
        else:
            bare += len(token.strip())
            line += token.count("\n")
            if bare > MAX_BARE:
                raise LessonError(f"line {line} has a key or number of more than {MAX_BARE} characters")


def bundled_lesson() -> Lesson:
    """The chapter's own lesson, shipped in ``resources/lessons``."""
    from nnlab.resources import resource_path
    return load_lesson(resource_path("lessons", BUNDLED))


def _check_expressions(step) -> None:
    """The explorer must accept a question's expression (shapes only: stand-ins, no data loaded). A
    "Show me" expression need only be Python: showing the explorer's refusal can be the point."""
    if step.show.expression:
        try:
            ast.parse(step.show.expression, mode="eval")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            raise LessonError(f"{step.show.expression!r} is not an expression", step=step.id,
                              field="show.expression") from None
    question = step.question
    if question is None or not question.expression:
        return
    try:
        value = evaluate(question.expression, stand_in_workspace()).value
    except ExplorerError as error:
        raise LessonError(f"the explorer refuses {question.expression!r}: {error}", step=step.id,
                          field="question.expression") from None
    if question.kind == "number":
        try:
            single_number(_stand_in_number(value), question.expression)
        except LessonError as error:
            raise LessonError(error.problem, step=step.id, field="question.expression") from None


def _stand_in_number(value):
    """Stand-in zeros may give NaN (0 / 0) where real data would not: only the size and type matter."""
    import numpy as np
    array = np.asarray(value)
    return np.zeros(array.shape, array.dtype) if array.dtype.kind == "f" else array
