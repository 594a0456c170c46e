"""Grading an answer against what nnlab itself computes: never against a key typed into the lesson.

``shape`` answers come from the tensor explorer (with its step-by-step reasoning), ``number``
answers from the explorer or the engine, ``outcome`` answers from a run of the step's experiment.
The true answers are computed once per question and kept, so a second try is instant. Everything
here is headless: tests and a teacher's scripts grade without a window.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from nnlab.explorer.evaluator import ExplorerError, evaluate
from nnlab.explorer.messages import QT_TRANSLATE_NOOP, Message, format_shape, msg
from nnlab.lessons import answers, workspace
from nnlab.lessons.errors import LessonError
from nnlab.lessons.experiments import loss_summary, outcome, run_experiment
from nnlab.lessons.format import BACKPROP_PARAMETERS, Text

CONTEXT = "lessons"
HAPPENED = {"smooth": QT_TRANSLATE_NOOP("lessons", "went down smoothly"),
            "oscillate": QT_TRANSLATE_NOOP("lessons", "oscillated"),
            "diverge": QT_TRANSLATE_NOOP("lessons", "diverged")}


@dataclass(frozen=True)
class Verdict:
    """Right or wrong, and why. ``readable`` is False when the answer could not be read at all (that
    attempt does not count); ``sections`` are the explorer's shape reasoning, ``run`` the experiment."""

    correct: bool
    lines: tuple = ()
    readable: bool = True
    expected: str = ""
    why: Text | None = None
    sections: tuple = ()
    run: object = None
    outcome: str = ""

    def explanation(self, lang: str = "en", translate=None, code=str) -> str:
        """The explanation as text; ``translate`` is ``QCoreApplication.translate`` in the window."""
        ours = (lambda _context, text: translate(CONTEXT, text)) if translate else None
        parts = [line.render(ours, code) for line in self.lines]
        parts += [section.render(translate, code) for section in self.sections]
        if self.why is not None and self.readable:
            parts.append(self.why.get(lang) or self.why.get("en") or "")
        return "\n".join(parts)


def check(step, answer: str, data=None, should_stop=None) -> Verdict:
    """Grade ``answer`` to ``step``'s question. ``data`` is MNIST as ``load_dataset`` returns it
    (loaded when needed and not given). Raises :class:`LessonError` when the step asks nothing, and
    :class:`~nnlab.lessons.experiments.Interrupted` when ``should_stop()`` ends an experiment early."""
    question = step.question
    if question is None:
        raise LessonError("this step asks no question", step=step.id, field="question")
    if question.kind == "outcome":
        return _outcome(step, question, answer, data, should_stop)
    grade = {"shape": _shape, "number": _number, "choice": _choice}[question.kind]
    try:
        return grade(step, question, answer, data)
    except answers.Unreadable:
        return Verdict(False, (_unreadable(question),), readable=False)


def _unreadable(question) -> Message:
    if question.kind == "shape":
        return msg(QT_TRANSLATE_NOOP("lessons", "I could not read that as a shape. Write the size of every axis, "
                                                "for example {example}."), example="(60000, 28, 28)")
    if question.kind == "number":
        return msg(QT_TRANSLATE_NOOP("lessons", "I could not read that as a number. Write it like {example}."),
                   example="401920")
    if question.kind == "choice":
        return msg(QT_TRANSLATE_NOOP("lessons", "Pick one of the options (1 to {count})."),
                   count=len(question.choices))
    return msg(QT_TRANSLATE_NOOP("lessons", "Predict one of: smooth, oscillate, diverge."))


# -- shape ----------------------------------------------------------------------------------------------
def _shape(step, question, answer, data) -> Verdict:
    given = answers.read_shape(answer)
    true_shape, sections = _explored(question.expression, data)
    line = (msg(QT_TRANSLATE_NOOP("lessons", "Right: the shape is {shape}."), shape=true_shape)
            if given == true_shape else
            msg(QT_TRANSLATE_NOOP("lessons", "Not quite: you said {answer}, the explorer says {shape}."),
                answer=given, shape=true_shape))
    return Verdict(given == true_shape, (line,), expected=format_shape(true_shape), why=question.why,
                   sections=sections)


def _explored(expression: str, data) -> tuple:
    """(shape, explanation sections) of ``expression`` over the real workspace."""
    try:
        result = evaluate(expression, workspace.workspace(expression, data))
    except ExplorerError as error:
        raise LessonError(f"the explorer refuses {expression!r}: {error}", field="question.expression") from None
    return tuple(int(size) for size in np.shape(result.value)), result.explanation


# -- number ---------------------------------------------------------------------------------------------
def _number(step, question, answer, data) -> Verdict:
    given = answers.read_number(answer)
    value, how = true_number(question, data)
    tolerance = question.tolerance
    if tolerance is None:
        tolerance = 0.0 if float(value).is_integer() else 0.01 * abs(value)
    correct = abs(given - value) <= tolerance + 1e-12
    shown = _show_number(value)
    line = (msg(QT_TRANSLATE_NOOP("lessons", "Right: {value}."), value=shown) if correct else
            msg(QT_TRANSLATE_NOOP("lessons", "Not quite: you said {answer}; nnlab computes {value}."),
                answer=_show_number(given), value=shown))
    return Verdict(correct, (line, how), expected=shown, why=question.why)


def _show_number(value: float) -> str:
    return f"{int(value)}" if float(value).is_integer() and abs(value) < 1e15 else f"{value:.6g}"


def true_number(question, data=None) -> tuple:
    """(value, a Message saying how nnlab got it) for a ``number`` question."""
    if question.network:
        sizes = question.network
        value = _parameters(tuple(sizes))
        formula = " + ".join(f"({fan_in} + 1) × {units}" for fan_in, units in zip(sizes, sizes[1:]))
        return value, msg(QT_TRANSLATE_NOOP("lessons", "The engine counts {rule} for each Dense layer: {sum}."),
                          rule="(inputs + 1) × units", sum=f"{formula} = {value}")
    if question.backprop is not None:
        value = _gradient(question.backprop["parameter"], *question.backprop["x"], question.backprop["y"])
        return value, msg(QT_TRANSLATE_NOOP("lessons", "The engine's backpropagation gives {gradient}."),
                          gradient=f"∂L/∂{question.backprop['parameter']} = {value:.6g}")
    value = _evaluated(question.expression, data)
    return value, msg(QT_TRANSLATE_NOOP("lessons", "The explorer computes {equation}."),
                      equation=f"{question.expression} = {_show_number(value)}")


def _parameters(sizes: tuple) -> int:
    """Σ (inputs + 1) × units, as ``Dense.count_params`` counts them, without building the network: a
    lesson may ask about ``[100000] * 8`` layers, whose weights would take 74.5 GiB."""
    return sum((fan_in + 1) * units for fan_in, units in zip(sizes, sizes[1:]))


@functools.lru_cache(maxsize=64)
def _gradient(parameter: str, x1: float, x2: float, y: float) -> float:
    from nnlab.concepts.backprop_steps import PARAMETERS, core_check, example_weights
    _, grads = core_check(example_weights(), [x1, x2], y)
    _, array, index = PARAMETERS[BACKPROP_PARAMETERS.index(parameter)]
    return float(grads[array][index])


def _evaluated(expression: str, data) -> float:
    try:
        value = evaluate(expression, workspace.workspace(expression, data)).value
    except ExplorerError as error:
        raise LessonError(f"the explorer refuses {expression!r}: {error}", field="question.expression") from None
    return single_number(value, expression)


def single_number(value, expression: str) -> float:
    """``value`` as one finite float, or a :class:`LessonError` (a number question needs one number)."""
    array = np.asarray(value)
    if array.size != 1 or array.dtype.kind not in "biuf" or not np.isfinite(array).all():
        raise LessonError(f"{expression!r} does not give one finite number (it gives shape {array.shape}, "
                          f"{array.dtype})", field="question.expression")
    return float(array.reshape(()))


# -- choice ---------------------------------------------------------------------------------------------
def _choice(step, question, answer, data) -> Verdict:
    given = answers.read_choice(answer, len(question.choices))
    correct = given == question.answer
    line = (msg(QT_TRANSLATE_NOOP("lessons", "Right.")) if correct else
            msg(QT_TRANSLATE_NOOP("lessons", "Not this one.")))
    return Verdict(correct, (line,), expected=str(question.answer), why=question.why)


# -- outcome --------------------------------------------------------------------------------------------
def _outcome(step, question, answer, data, should_stop=None) -> Verdict:
    try:
        predicted = answers.read_outcome(answer)
    except answers.Unreadable:
        return Verdict(False, (_unreadable(question),), readable=False)
    run = experiment_run(step.experiment, data, should_stop)
    happened = outcome(run)
    summary = loss_summary(run)
    lines = [msg(QT_TRANSLATE_NOOP("lessons", "Right: you predicted it.")) if predicted == happened else
             msg(QT_TRANSLATE_NOOP("lessons", "You predicted “{predicted}”; this is what happened."),
                 predicted=Message(HAPPENED[predicted]))]
    if summary["first"] is not None:
        lines.append(msg(QT_TRANSLATE_NOOP("lessons", "The loss {happened}: it started at {first}, reached "
                                                      "{highest} at most and was {last} after {steps} steps."),
                         happened=Message(HAPPENED[happened]), first=f"{summary['first']:.3g}",
                         highest=f"{summary['highest']:.3g}", last=f"{summary['last']:.3g}",
                         steps=str(summary["steps"])))
    return Verdict(predicted == happened, tuple(lines), expected=happened, why=question.why, run=run,
                   outcome=happened)


def experiment_run(experiment, data=None, should_stop=None):
    """The finished run of ``experiment`` on ``data`` (MNIST, loaded when None): trained once, then kept
    (an interrupted one is not kept)."""
    data = workspace.mnist() if data is None else data
    key = (experiment, id(data))
    if key not in _RUNS:
        run = run_experiment(experiment, data, should_stop=should_stop)
        if len(_RUNS) >= MAX_KEPT_RUNS:
            _RUNS.clear()
        _RUNS[key] = (data, run)
    return _RUNS[key][1]


MAX_KEPT_RUNS = 64
_RUNS: dict = {}  # (experiment, id(data)) -> (data, run); data is kept so that its id is never reused
