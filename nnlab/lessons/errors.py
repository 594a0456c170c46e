"""The one error a lesson file can raise, and how it names the place of the mistake."""

from __future__ import annotations


class LessonError(ValueError):
    """A lesson that cannot be used. The message names the file, the step id and the field, so a
    teacher can find the mistake at once: ``chapter2.toml, step "crop", question.expression: ...``."""

    def __init__(self, problem: str, file: str = "", step: str = "", field: str = ""):
        self.problem, self.file, self.step, self.field = problem, file, step, field
        super().__init__(self._text())

    def _text(self) -> str:
        place = [part for part in (self.file, f'step "{self.step}"' if self.step else "", self.field) if part]
        return (", ".join(place) + ": " if place else "") + self.problem

    def located(self, file: str = "", step: str = "") -> LessonError:
        """The same problem with the file (and step) filled in where they were still unknown."""
        return LessonError(self.problem, self.file or file, self.step or step, self.field)
