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


def load_lesson(path) -> Lesson:
    """Read and check the lesson at ``path``; raises :class:`LessonError` (a ``ValueError``)."""
    path = Path(path)
    name = path.name
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES, "lesson")
    except OSError as error:
        raise LessonError(f"cannot be read: {error.strerror or error}", name) from None
    except ValueError as error:  # a device, a pipe, a folder, or too large
        raise LessonError(f"cannot be used as a lesson: {error}", name) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LessonError("is not UTF-8 text", name) from None
    except tomllib.TOMLDecodeError as error:
        raise LessonError(f"is not valid TOML: {error}", name) from None
    except RecursionError:
        raise LessonError("is nested too deeply", name) from None
    try:
        title, lesson_id, steps = parse_lesson(data, re.sub(r"[^A-Za-z0-9_-]", "-", path.stem)[:40] or "lesson")
        deadline = time.monotonic() + CHECK_SECONDS
        for step in steps:
            _check_expressions(step)
            if time.monotonic() > deadline:
                raise LessonError(f"its expressions take too long to check (over {CHECK_SECONDS} s up to here): "
                                  "ask for smaller tensors", step=step.id, field="question.expression")
    except LessonError as error:
        raise error.located(name) from None
    return Lesson(title, lesson_id, steps, str(path))


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
