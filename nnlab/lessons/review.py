"""Reviewing a class: read a folder of hand-ins into a students x steps table, hardest steps first.

Students' folders come from anywhere (a shared drive, an e-mail attachment), so every file is
size-checked before it is read and every field type-checked; a hand-in that fails is listed as
damaged with the reason, and the review goes on with the others. A class costs bounded work: links
are listed, never followed (400 links to one 2 MB hand-in once took 12 s and aborted the window),
and at most :data:`MAX_STUDENTS` hand-ins and :data:`MAX_CLASS_BYTES` of them are read.
"""

from __future__ import annotations

import itertools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from nnlab.lessons.format import ID_PATTERN
from nnlab.lessons.handin import FORMAT
from nnlab.lessons.progress import StepRecord
from nnlab.safe_read import read_regular_file

MAX_HANDIN_BYTES = 2_000_000
MAX_STUDENTS = 500
MAX_CLASS_BYTES = 200_000_000  # of handin.json files: a class of 500 writes a few MB
MAX_ENTRIES = 20 * MAX_STUDENTS  # names looked at in the class folder
MAX_STEPS = 500


@dataclass
class HandIn:
    """One student's hand-in: ``records`` step id -> :class:`StepRecord`, ``runs`` step id -> folder.
    ``damaged`` is the reason it could not be read (then the rest is empty)."""

    folder: Path
    name: str = ""
    number: str = ""
    lesson_id: str = ""
    steps: list = field(default_factory=list)
    records: dict = field(default_factory=dict)
    runs: dict = field(default_factory=dict)
    damaged: str = ""


def read_handin(folder) -> HandIn:
    """Read one hand-in folder; raises ``ValueError`` saying what is wrong."""
    folder = Path(folder)
    try:
        data = json.loads(read_regular_file(folder / "handin.json", MAX_HANDIN_BYTES, "hand-in").decode("utf-8"))
    except FileNotFoundError:
        raise ValueError("no handin.json: not a hand-in, or an unfinished one") from None
    except (OSError, ValueError, RecursionError) as error:  # unreadable, not a file, too large, not JSON
        raise ValueError(f"handin.json cannot be read: {error}") from None
    except MemoryError:
        raise ValueError("handin.json needs more memory to read than this computer has") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("handin.json is not an nnlab lesson hand-in")
    student, lesson, steps = data.get("student"), data.get("lesson"), data.get("steps")
    if not (isinstance(student, dict) and isinstance(lesson, dict) and isinstance(steps, list)
            and len(steps) <= MAX_STEPS):
        raise ValueError("handin.json lacks the student, the lesson or the steps")
    handin = HandIn(folder, _text(student.get("name")), _text(student.get("number")), _text(lesson.get("id")))
    for entry in steps:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not ID_PATTERN.fullmatch(entry["id"]):
            raise ValueError("handin.json has a step without a valid id")
        step_id = entry["id"]
        handin.steps.append(step_id)
        if entry.get("kind") and (entry.get("visited") or entry.get("answers")):
            handin.records[step_id] = StepRecord.from_dict(entry)
        run = entry.get("run")
        if isinstance(run, str) and run == f"runs/{step_id}" and (folder / run / "run.json").is_file():
            handin.runs[step_id] = folder / run
    return handin


def _text(value) -> str:
    return value[:100] if isinstance(value, str) else ""


def read_class(folder) -> list:
    """Every hand-in in the sub-folders of ``folder`` (sorted by name), damaged ones included.

    A sub-folder that is a link is listed as damaged without being followed; past
    :data:`MAX_STUDENTS` folders or :data:`MAX_CLASS_BYTES` of hand-ins, the rest are listed as not read.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder} is not a folder")
    with os.scandir(folder) as entries:
        names = sorted(entry.name for entry in itertools.islice(entries, MAX_ENTRIES) if not entry.name.startswith("."))
    handins, budget = [], MAX_CLASS_BYTES
    for name in names:
        sub = folder / name
        if sub.is_symlink():
            handins.append(HandIn(sub, name=name, damaged="this is a link to another folder; nnlab does not follow "
                                                         "links in a class folder: copy the hand-in here instead"))
        elif not sub.is_dir():
            continue
        elif len(handins) >= MAX_STUDENTS or budget <= 0:
            handins.append(HandIn(sub, name=name, damaged=f"not read: a class folder is read up to {MAX_STUDENTS:,} "
                                                          f"hand-ins and {MAX_CLASS_BYTES // 1_000_000:,} MB"))
            if len(handins) >= 2 * MAX_STUDENTS:
                break
        else:
            budget -= _size(sub / "handin.json")
            try:
                handins.append(read_handin(sub))
            except ValueError as error:
                handins.append(HandIn(sub, name=name, damaged=str(error)))
    return handins


def _size(path: Path) -> int:
    try:
        return path.lstat().st_size
    except OSError:
        return 0


@dataclass
class Review:
    """The table: ``students`` (hand-ins) x ``steps`` (question steps, most often wrong first)."""

    students: list
    steps: list

    def cell(self, handin: HandIn, step_id: str):
        """The student's :class:`StepRecord` for the step, or None (not answered, or damaged)."""
        return handin.records.get(step_id)

    def wrong(self, step_id: str) -> int:
        """Students who answered wrong at least once (wrong last, or right only after a second try)."""
        return sum(1 for handin in self.students if (record := handin.records.get(step_id)) is not None
                   and record.attempts and (record.correct is False or record.attempts > 1))


def review(handins, lesson=None) -> Review:
    """Order the steps: the lesson's question steps (or those the hand-ins name), most got wrong first."""
    if lesson is not None:
        order = [step.id for step in lesson.steps if step.question is not None]
    else:
        order = []
        for handin in handins:
            order += [step_id for step_id in handin.steps if step_id in handin.records and step_id not in order]
    table = Review(list(handins), order)
    table.steps = sorted(order, key=lambda step_id: -table.wrong(step_id))  # stable: lesson order within ties
    return table
