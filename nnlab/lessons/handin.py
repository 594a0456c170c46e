"""Handing in a lesson: one folder with a readable report, every step as JSON, and the runs.

    ada-lovelace-9812345-chapter2/
        handin.json      every step: answers, attempts, right/wrong, seconds, the run's folder
        report.html      the same for people, in the lesson's language
        runs/<step id>/  the run records of the step's experiments (nnlab.training.record_files format)

The whole folder is built beside the old one and swapped in when complete, so handing in again
never loses the hand-in before it; a folder without ``handin.json`` (only a hand-in written by
an older nnlab can be one) is an unfinished hand-in and the review lists it as damaged.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from nnlab.atomic import atomic_write, recover_folder, replace_folder, temporary_folder
from nnlab.explorer.messages import QT_TRANSLATE_NOOP
from nnlab.lessons.lesson import Lesson
from nnlab.lessons.progress import Progress
from nnlab.palette import RIGHT, WRONG
from nnlab.training.record_files import save_record

FORMAT = "nnlab-lesson-handin"
VERSION = 1
MAX_NAME = 100


@dataclass(frozen=True)
class Student:
    name: str
    number: str

    def __post_init__(self):
        if not self.name.strip() or not self.number.strip():
            raise ValueError("the name and the student number are both needed")
        if len(self.name) > MAX_NAME or len(self.number) > MAX_NAME:
            raise ValueError(f"the name and the student number must be at most {MAX_NAME} characters")


def folder_name(student: Student, lesson: Lesson) -> str:
    """``name-number-lesson`` with only letters, digits and dashes (any script: Persian names stay)."""
    text = f"{student.name}-{student.number}-{lesson.id}"
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")[:150] or "handin"


def write_handin(parent, student: Student, lesson: Lesson, progress: Progress, lang: str = "en",
                 translate=None) -> Path:
    """Write the hand-in folder under ``parent`` (replacing an earlier hand-in of the same student).
    ``translate`` (``QCoreApplication.translate`` in the window) translates the report's headings.

    The new hand-in is built whole in a temporary folder beside the old one and swapped in at the
    end (:func:`nnlab.atomic.replace_folder`), so a full disk or a run that cannot be written leaves
    the earlier hand-in as it was. A folder of that name that is not a hand-in is never replaced.
    """
    folder = Path(os.path.abspath(Path(parent) / folder_name(student, lesson)))
    recover_folder(folder)
    if os.path.lexists(folder) and not is_handin_folder(folder):
        raise FileExistsError(f"{folder} already exists and is not an nnlab hand-in; nnlab will not replace it. "
                              "Move it away or hand in into another folder.")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = temporary_folder(folder)
    try:
        _write_contents(staging, student, lesson, progress, lang, translate)
        replace_folder(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder


HANDIN_ENTRIES = ("handin.json", "report.html", "runs")


def is_handin_folder(folder) -> bool:
    """A real folder (not a link) holding nothing but what a hand-in holds (an unfinished one included)."""
    folder = Path(folder)
    try:
        return not folder.is_symlink() and folder.is_dir() and all(
            entry.name in HANDIN_ENTRIES or entry.name.endswith(".part") for entry in folder.iterdir())
    except OSError:
        return False


def _write_contents(folder: Path, student: Student, lesson: Lesson, progress: Progress, lang: str, translate):
    steps = []
    for step in lesson.steps:
        record = progress.records.get(step.id)
        entry = {"id": step.id, "kind": step.question.kind if step.question else None, "visited": record is not None,
                 **(record.to_dict() if record else {"answers": [], "attempts": 0, "correct": None, "seconds": 0.0}),
                 "answer": record.answer if record else "", "run": None}
        run = progress.runs.get(step.id)
        if run is not None:
            save_record(run, folder / "runs" / step.id)
            entry["run"] = f"runs/{step.id}"
        steps.append(entry)
    data = {"format": FORMAT, "version": VERSION, "handed_in": time.strftime("%Y-%m-%d %H:%M:%S"),
            "student": {"name": student.name, "number": student.number}, "language": lang,
            "lesson": {"id": lesson.id, "title": lesson.title.get(lang) or lesson.title.get("en") or lesson.id},
            "steps": steps}
    atomic_write(folder / "report.html", report_html(data, lesson, lang, translate))
    atomic_write(folder / "handin.json", json.dumps(data, ensure_ascii=False, indent=2))


HEADINGS = (QT_TRANSLATE_NOOP("lessons", "Step"), QT_TRANSLATE_NOOP("lessons", "Question"),
            QT_TRANSLATE_NOOP("lessons", "Last answer"), QT_TRANSLATE_NOOP("lessons", "Attempts"),
            QT_TRANSLATE_NOOP("lessons", "Right"), QT_TRANSLATE_NOOP("lessons", "Seconds"))


def _answer_text(step, answer: str, lang: str) -> str:
    """A choice answer as the text of the option chosen (the hand-in stores its number, "2")."""
    question = step.question
    if question is not None and question.kind == "choice" and answer.isdigit() \
            and 1 <= int(answer) <= len(question.choices):
        choice = question.choices[int(answer) - 1]
        return choice.get(lang) or choice.get("en") or answer
    return answer


def report_html(data: dict, lesson: Lesson, lang: str, translate=None) -> str:
    """A page a teacher can open in any browser: who, which lesson, a row per step."""
    e = html.escape
    headings = "".join(f"<th>{e(translate('lessons', text) if translate else text)}</th>" for text in HEADINGS)
    right = sum(1 for step in data["steps"] if step["correct"] is True)
    asked = sum(1 for step in data["steps"] if step["kind"])
    rows = []
    for number, (entry, step) in enumerate(zip(data["steps"], lesson.steps), start=1):
        mark = {True: "✔", False: "✘", None: "–"}[entry["correct"]] if entry["kind"] else ""
        colour = {True: RIGHT, False: WRONG}.get(entry["correct"], "#555")
        title = step.title.get(lang) if step.title else step.id
        rows.append(f"<tr><td>{number}</td><td>{e(title or step.id)}</td><td><bdi>{e(entry['kind'] or '')}</bdi></td>"
                    f"<td><bdi><code>{e(_answer_text(step, entry['answer'], lang))}</code></bdi></td>"
                    f"<td>{entry['attempts']}</td><td style='color:{colour}'>{mark}</td>"
                    f"<td>{entry['seconds']:.0f}</td></tr>")
    direction = "rtl" if lang == "fa" else "ltr"
    return (f"<!DOCTYPE html><html lang='{e(lang)}' dir='{direction}'><head><meta charset='utf-8'>"
            f"<title>{e(data['lesson']['title'])}: {e(data['student']['name'])}</title>"
            "<style>body{font-family:Vazirmatn,sans-serif;margin:2em}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:4px 8px}code{font-family:monospace}</style></head><body>"
            f"<h1>{e(data['lesson']['title'])}</h1>"
            f"<p><b>{e(data['student']['name'])}</b> (<bdi>{e(data['student']['number'])}</bdi>), "
            f"<bdi>{e(data['handed_in'])}</bdi>: <b>{right} / {asked}</b> ✔</p>"
            f"<table><tr><th>#</th>{headings}</tr>" + "".join(rows) + "</table></body></html>")
