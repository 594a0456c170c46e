"""``nnlab lesson check FILE``: a teacher checks a lesson from the terminal before class.

Prints every problem (file, step id, field) and exits with status 1, or a one-line summary and 0.
"""

from __future__ import annotations

import sys

from nnlab.lessons.errors import LessonError
from nnlab.lessons.format import LANGUAGES
from nnlab.lessons.lesson import load_lesson


def add_parser(commands) -> None:
    lesson = commands.add_parser("lesson", help="check a lesson file")
    actions = lesson.add_subparsers(dest="lesson_command", metavar="{check}", required=True)
    check = actions.add_parser("check", help="check a lesson file and print every problem")
    check.add_argument("file", help="a lesson .toml file")
    check.add_argument("--lang", choices=list(LANGUAGES), action="append",
                       help="a language the lesson must be complete in (repeatable; default: every language "
                            "any of its texts uses)")


def run(args) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        lesson = load_lesson(args.file)
    except LessonError as error:
        print(error, file=err)
        return 1
    wanted = args.lang or [lang for lang in LANGUAGES if any(
        lang in text.translations for step in lesson.steps for _, text in step.texts())
        or lang in lesson.title.translations] or ["en"]
    problems = [problem for lang in wanted for problem in lesson.missing_translations(lang)]
    for problem in problems:
        print(problem, file=err)
    if problems:
        return 1
    questions = sum(step.question is not None for step in lesson.steps)
    print(f"{args.file}: {len(lesson.steps)} steps, {questions} questions, complete in {', '.join(wanted)}",
          file=out)
    return 0
