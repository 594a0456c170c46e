"""Lessons: the chapter as a guided path of predict-then-check questions (Qt-free).

    from nnlab.lessons import bundled_lesson, load_lesson
    lesson = load_lesson("my_lesson.toml")        # LessonError (a ValueError) names file, step and field
    verdict = lesson.steps[0].check("(60000, 14, 14)")
    verdict.correct, verdict.explanation("fa")

The format is in ``docs/lessons.md``; hand-ins and the class review are in :mod:`nnlab.lessons.handin`
and :mod:`nnlab.lessons.review`.
"""

from nnlab.lessons.checking import Verdict
from nnlab.lessons.errors import LessonError
from nnlab.lessons.format import Experiment, Question, Show, Step, Text
from nnlab.lessons.lesson import Lesson, bundled_lesson, load_lesson

__all__ = ["load_lesson", "bundled_lesson", "Lesson", "Step", "Question", "Show", "Experiment", "Text",
           "Verdict", "LessonError"]
