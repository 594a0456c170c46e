"""What a student did in a lesson: per step the answers, attempts, right or wrong and time spent.

The window keeps it between sessions (as JSON in the settings) and a hand-in carries it, so reading
it back trusts nothing: :meth:`Progress.from_dict` drops whatever has the wrong type or size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_ANSWERS = 20  # per step: the history a teacher sees, not an unbounded log
MAX_ANSWER_CHARS = 200
MAX_SECONDS = 7 * 24 * 3600.0


@dataclass
class StepRecord:
    """One step: every counted answer (oldest first), whether the last was right, time on the step."""

    answers: list = field(default_factory=list)
    correct: bool | None = None
    seconds: float = 0.0

    @property
    def attempts(self) -> int:
        return len(self.answers)

    @property
    def answer(self) -> str:
        return self.answers[-1] if self.answers else ""

    def to_dict(self) -> dict:
        return {"answers": list(self.answers), "attempts": self.attempts, "correct": self.correct,
                "seconds": round(self.seconds, 1)}

    @classmethod
    def from_dict(cls, data) -> StepRecord:
        if not isinstance(data, dict):
            return cls()
        answers = data.get("answers", [])
        answers = [a[:MAX_ANSWER_CHARS] for a in answers if isinstance(a, str)][-MAX_ANSWERS:] \
            if isinstance(answers, list) else []
        correct = data.get("correct")
        seconds = data.get("seconds", 0.0)
        seconds = float(seconds) if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) \
            and 0 <= seconds <= MAX_SECONDS else 0.0
        return cls(answers, correct if isinstance(correct, bool) else None, seconds)


@dataclass
class Progress:
    """A student's way through one lesson: the current step and a :class:`StepRecord` per step id.
    ``runs`` (step id -> Run) are the experiments of this session; they are handed in, not remembered."""

    lesson_id: str
    current: int = 0
    records: dict = field(default_factory=dict)
    runs: dict = field(default_factory=dict)

    def record(self, step_id: str) -> StepRecord:
        return self.records.setdefault(step_id, StepRecord())

    def answered(self, step_id: str, answer: str, verdict) -> None:
        """Count one readable answer and its verdict (an unreadable one is not an attempt)."""
        if not verdict.readable:
            return
        record = self.record(step_id)
        record.answers = (record.answers + [answer[:MAX_ANSWER_CHARS]])[-MAX_ANSWERS:]
        record.correct = bool(verdict.correct)
        if verdict.run is not None:
            self.runs[step_id] = verdict.run

    def spent(self, step_id: str, seconds: float) -> None:
        record = self.record(step_id)
        record.seconds = min(MAX_SECONDS, record.seconds + max(0.0, seconds))

    def done(self, steps) -> int:
        """How many of ``steps`` are finished: answered right, or read (no question) once visited."""
        return sum(1 for step in steps if self.records.get(step.id) is not None
                   and (step.question is None or self.records[step.id].correct))

    def to_dict(self) -> dict:
        return {"lesson": self.lesson_id, "current": self.current,
                "steps": {step_id: record.to_dict() for step_id, record in self.records.items()}}

    @classmethod
    def from_dict(cls, data, lesson) -> Progress:
        """Progress for ``lesson`` from saved ``data``; anything that does not fit it is dropped."""
        progress = cls(lesson.id)
        if not isinstance(data, dict) or data.get("lesson") != lesson.id:
            return progress
        ids = {step.id for step in lesson.steps}
        steps = data.get("steps")
        if isinstance(steps, dict):
            progress.records = {key: StepRecord.from_dict(value) for key, value in steps.items() if key in ids}
        current = data.get("current")
        if isinstance(current, int) and not isinstance(current, bool) and 0 <= current < len(lesson.steps):
            progress.current = current
        return progress
