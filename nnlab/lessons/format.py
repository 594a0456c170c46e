"""A lesson as data: steps, questions and experiments, read from a teacher's TOML with every field checked.

The format is documented in ``docs/lessons.md``; the bundled chapter lesson
(``resources/lessons/chapter2.toml``) is written in it. Parsing is strict: an unknown key, a wrong
type or a value out of range is a :class:`LessonError` naming the step and the field, because a
typo a teacher does not see would otherwise quietly become a step that teaches nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from nnlab.core import optimizers
from nnlab.lessons.errors import LessonError
from nnlab.lessons.experiments import refusal
from nnlab.training.config import ACTIVATIONS, RunConfig

LANGUAGES = ("en", "fa")
ANY_LANGUAGE = "*"
PAGES = ("train", "draw", "tensors", "concepts")
# The Concepts page's demos in its list's order (show_demo takes the index).
DEMOS = ("regression", "decision", "nonlinear", "activations", "geometry", "descent", "batching",
         "backprop", "inside", "landscape", "numerics", "tape", "training_loop", "layers", "uncrumpling")
COMPARISONS = ("learning_rate", "optimizers")
KINDS = ("shape", "number", "choice", "outcome")
OUTCOMES = ("smooth", "oscillate", "diverge")
BACKPROP_PARAMETERS = ("w₁₁", "w₁₂", "w₂₁", "w₂₂", "b₁", "b₂", "v₁", "v₂", "c")
MAX_STEPS = 200
MAX_TEXT = 4000
MAX_CHOICES = 8
MAX_NAMES = 50
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,40}")
NAME_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,79}")


@dataclass(frozen=True)
class Text:
    """A sentence in one or both languages (``{en = "...", fa = "..."}``), or a plain string that reads
    the same in every language (code, numbers: ``"float32"``), stored under ``"*"``."""

    translations: dict

    def get(self, lang: str) -> str | None:
        return self.translations.get(lang, self.translations.get(ANY_LANGUAGE))


@dataclass(frozen=True)
class Experiment:
    """A small training run on the first ``samples`` MNIST training images: the Train page's preset
    and what an ``outcome`` question runs."""

    optimizer: str = "sgd"
    learning_rate: float = 0.1
    hidden: tuple = (512,)
    activation: str = "relu"
    batch_size: int = 32
    epochs: int = 1
    samples: int = 2000
    seed: int = 0

    def config(self) -> RunConfig:
        """The run configuration (the optimizer's other hyperparameters at their defaults): the first
        ``samples`` training images, no validation (the outcome check looks at the training loss)."""
        hyper = optimizers.hyperparameters(self.optimizer)
        hyper["learning_rate"] = self.learning_rate
        return RunConfig(hidden=self.hidden, activation=self.activation, optimizer=self.optimizer, hyper=hyper,
                         batch_size=self.batch_size, epochs=self.epochs, seed=self.seed, validation_split=0.0,
                         train_subset=self.samples)


@dataclass(frozen=True)
class Question:
    """What a step asks. ``kind`` says which of the other fields matter (see docs/lessons.md)."""

    kind: str
    prompt: Text
    why: Text | None = None
    expression: str = ""          # shape, number
    network: tuple = ()           # number: layer sizes whose parameters the engine counts
    backprop: dict | None = None  # number: {"parameter", "x", "y"} of the backpropagation demo
    tolerance: float | None = None
    choices: tuple = ()           # choice: Text per option
    answer: int = 0               # choice: the right option, counted from 1


@dataclass(frozen=True)
class Show:
    """What "Show me" does on the step's page."""

    expression: str = ""
    demo: str = ""
    comparison: str = ""


@dataclass
class Step:
    """One step of a lesson: what the slide says (``text(lang)``), where "Show me" goes, what it asks."""

    id: str
    page: str
    title: Text | None
    body: Text
    show: Show = field(default_factory=Show)
    lock: tuple = ()
    hide: tuple = ()
    experiment: Experiment | None = None
    question: Question | None = None

    def text(self, lang: str = "en") -> str:
        return _in(self.body, lang, self.id, "text")

    def title_text(self, lang: str = "en") -> str:
        return self.id if self.title is None else _in(self.title, lang, self.id, "title")

    def check(self, answer: str, data=None, should_stop=None):
        """Grade ``answer`` (see :func:`nnlab.lessons.checking.check`): a :class:`Verdict`."""
        from nnlab.lessons.checking import check
        return check(self, answer, data, should_stop)

    def texts(self):
        """Every (field, Text) of the step, for the translation check."""
        yield "text", self.body
        if self.title is not None:
            yield "title", self.title
        if self.question is not None:
            yield "question.prompt", self.question.prompt
            if self.question.why is not None:
                yield "question.why", self.question.why
            for index, choice in enumerate(self.question.choices, start=1):
                yield f"question.choices[{index}]", choice


def _in(text: Text, lang: str, step: str, field_name: str) -> str:
    value = text.get(lang)
    if value is None:
        raise LessonError(f"has no {lang!r} translation", step=step, field=f"{field_name}.{lang}")
    return value


# -- reading the parsed TOML ------------------------------------------------------------------------------
class Reader:
    """Checks one table's keys and values, naming the step and field in every complaint."""

    def __init__(self, table, step: str = "", prefix: str = ""):
        self.step, self.prefix = step, prefix
        if not isinstance(table, dict):
            raise self.error("must be a table ({ ... })", prefix.rstrip(".") or "lesson")
        self.table = table

    def error(self, problem: str, key: str) -> LessonError:
        return LessonError(problem, step=self.step, field=self.prefix + key)

    def only(self, *known: str) -> None:
        for key in self.table:
            if key not in known:
                raise self.error(f"unknown key (known keys: {', '.join(known)})", key)

    def has(self, key: str) -> bool:
        return key in self.table

    def string(self, key: str, default=None, pattern=None, choices=None, limit: int = MAX_TEXT) -> str:
        value = self.table.get(key, default)
        if value is None:
            raise self.error("is missing", key)
        if not isinstance(value, str):
            raise self.error(f"must be text, not {_kind(value)}", key)
        if len(value) > limit:
            raise self.error(f"is too long ({len(value)} characters; the limit is {limit})", key)
        if pattern is not None and not pattern.fullmatch(value):
            raise self.error(f"{value!r} is not a valid name (letters, digits, _ and -)", key)
        if choices is not None and value not in choices:
            raise self.error(f"{value!r} is not one of {', '.join(choices)}", key)
        return value

    def integer(self, key: str, default=None, low: int = 0, high: int = 10 ** 9) -> int:
        value = self.table.get(key, default)
        if value is None:
            raise self.error("is missing", key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"must be a whole number, not {_kind(value)}", key)
        if not low <= value <= high:
            raise self.error(f"must be between {low} and {high}, not {value}", key)
        return value

    def number(self, key: str, default=None, low: float = -1e12, high: float = 1e12) -> float:
        value = self.table.get(key, default)
        if value is None:
            raise self.error("is missing", key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(f"must be a number, not {_kind(value)}", key)
        if not math.isfinite(value) or not low <= value <= high:
            raise self.error(f"must be between {low:g} and {high:g}, not {value}", key)
        return float(value)

    def integers(self, key: str, low: int, high: int, most: int) -> tuple:
        value = self.table.get(key)
        if not isinstance(value, list) or len(value) > most:
            raise self.error(f"must be a list of at most {most} whole numbers", key)
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int) or not low <= item <= high:
                raise self.error(f"every entry must be a whole number from {low} to {high}, not {item!r}", key)
        return tuple(value)

    def names(self, key: str) -> tuple:
        value = self.table.get(key, [])
        if not isinstance(value, list) or len(value) > MAX_NAMES:
            raise self.error(f"must be a list of at most {MAX_NAMES} object names", key)
        for item in value:
            if not isinstance(item, str) or not NAME_PATTERN.fullmatch(item):
                raise self.error(f"{item!r} is not an object name", key)
        return tuple(value)

    def text(self, key: str, required: bool = True) -> Text | None:
        value = self.table.get(key)
        if value is None:
            if required:
                raise self.error("is missing", key)
            return None
        if isinstance(value, str):
            value = {ANY_LANGUAGE: value}
        if not isinstance(value, dict) or not value:
            raise self.error('must be text or a table like { en = "...", fa = "..." }', key)
        for lang, sentence in value.items():
            if lang not in LANGUAGES and lang != ANY_LANGUAGE:
                raise self.error(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})", f"{key}.{lang}")
            if not isinstance(sentence, str) or not sentence.strip():
                raise self.error("must be non-empty text", f"{key}.{lang}")
            if len(sentence) > MAX_TEXT:
                raise self.error(f"is too long ({len(sentence)} characters; the limit is {MAX_TEXT})",
                                 f"{key}.{lang}")
        return Text(dict(value))

    def sub(self, key: str) -> Reader:
        return Reader(self.table[key], self.step, f"{self.prefix}{key}.")


def _kind(value) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def parse_lesson(data, default_id: str = "lesson") -> tuple[Text, str, list]:
    """(title, lesson id, [Step]) from the parsed TOML ``data``; raises :class:`LessonError`.
    ``default_id`` (made from the file name) names a lesson that has no ``id`` of its own."""
    top = Reader(data)
    top.only("id", "title", "step")
    title = top.text("title")
    lesson_id = top.string("id", default=default_id, pattern=ID_PATTERN)
    steps = data.get("step")
    if not isinstance(steps, list) or not steps:
        raise LessonError("a lesson needs at least one [[step]]", field="step")
    if len(steps) > MAX_STEPS:
        raise LessonError(f"has {len(steps)} steps; the limit is {MAX_STEPS}", field="step")
    parsed, seen = [], set()
    for number, table in enumerate(steps, start=1):
        step = parse_step(table, number)
        if step.id in seen:
            raise LessonError("this id is used by an earlier step too; every step needs its own",
                              step=step.id, field="id")
        seen.add(step.id)
        parsed.append(step)
    return title, lesson_id, parsed


def parse_step(table, number: int) -> Step:
    label = f"#{number}"
    if isinstance(table, dict) and isinstance(table.get("id"), str) and ID_PATTERN.fullmatch(table["id"]):
        label = table["id"]
    reader = Reader(table, label)
    reader.only("id", "page", "title", "text", "show", "lock", "hide", "experiment", "question")
    step = Step(id=reader.string("id", pattern=ID_PATTERN), page=reader.string("page", choices=PAGES),
                    title=reader.text("title", required=False), body=reader.text("text"),
                    lock=reader.names("lock"), hide=reader.names("hide"))
    if reader.has("experiment"):
        step.experiment = parse_experiment(reader.sub("experiment"))
    if reader.has("show"):
        step.show = parse_show(reader.sub("show"), step)
    if reader.has("question"):
        step.question = parse_question(reader.sub("question"), step)
    return step


def parse_experiment(reader: Reader) -> Experiment:
    reader.only("optimizer", "learning_rate", "hidden", "activation", "batch_size", "epochs", "samples", "seed")
    samples = reader.integer("samples", 2000, 100, 60000)
    experiment = Experiment(
        optimizer=reader.string("optimizer", "sgd", choices=tuple(optimizers.NAMES)),
        learning_rate=reader.number("learning_rate", 0.1, 1e-6, 100.0),
        hidden=reader.integers("hidden", 1, 2048, 3) if reader.has("hidden") else (512,),
        activation=reader.string("activation", "relu", choices=ACTIVATIONS),
        batch_size=reader.integer("batch_size", 32, 1, samples),
        epochs=reader.integer("epochs", 1, 1, 5),
        samples=samples,
        seed=reader.integer("seed", 0, 0, 2 ** 31 - 1))
    reason = refusal(experiment)
    if reason is not None:
        raise LessonError(reason, step=reader.step, field=reader.prefix.rstrip("."))
    return experiment


def parse_show(reader: Reader, step: Step) -> Show:
    allowed = {"tensors": ("expression",), "concepts": ("demo",), "train": ("comparison",), "draw": ()}[step.page]
    reader.only(*allowed)
    return Show(expression=reader.string("expression", "", limit=1000),
                demo=reader.string("demo", "", choices=DEMOS) if reader.has("demo") else "",
                comparison=reader.string("comparison", "", choices=COMPARISONS) if reader.has("comparison") else "")


def parse_question(reader: Reader, step: Step) -> Question:
    kind = reader.string("kind", choices=KINDS)
    common = {"kind": kind, "prompt": reader.text("prompt"), "why": reader.text("why", required=False)}
    if kind == "shape":
        reader.only("kind", "prompt", "why", "expression")
        return Question(**common, expression=reader.string("expression", limit=1000))
    if kind == "number":
        reader.only("kind", "prompt", "why", "expression", "network", "backprop", "tolerance")
        sources = [key for key in ("expression", "network", "backprop") if reader.has(key)]
        if len(sources) != 1:
            raise reader.error("a number question needs exactly one of expression, network, backprop "
                               "(the engine computes the answer)", "kind")
        tolerance = reader.number("tolerance", low=0.0) if reader.has("tolerance") else None
        if sources[0] == "expression":
            return Question(**common, expression=reader.string("expression", limit=1000), tolerance=tolerance)
        if sources[0] == "network":
            sizes = reader.integers("network", 1, 100_000, 8)
            if len(sizes) < 2:
                raise reader.error("must list the input size and at least one layer, e.g. [784, 512]", "network")
            return Question(**common, network=sizes, tolerance=tolerance)
        return Question(**common, backprop=parse_backprop(reader.sub("backprop")), tolerance=tolerance)
    if kind == "choice":
        reader.only("kind", "prompt", "why", "choices", "answer")
        options = reader.table.get("choices")
        if not isinstance(options, list) or not 2 <= len(options) <= MAX_CHOICES:
            raise reader.error(f"must be a list of 2 to {MAX_CHOICES} options", "choices")
        choices = tuple(Reader({"choice": option}, reader.step, f"{reader.prefix}choices[{index}].").text("choice")
                        for index, option in enumerate(options, start=1))
        return Question(**common, choices=choices, answer=reader.integer("answer", low=1, high=len(choices)))
    reader.only("kind", "prompt", "why")
    if step.experiment is None:
        raise LessonError("an outcome question needs the step's [step.experiment] to run", step=step.id,
                          field="experiment")
    return Question(**common)


def parse_backprop(reader: Reader) -> dict:
    reader.only("parameter", "x", "y")
    x = reader.table.get("x", [0.05, 0.10])
    if not (isinstance(x, list) and len(x) == 2 and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                          and math.isfinite(v) and abs(v) <= 100 for v in x)):
        raise reader.error("must be two numbers between -100 and 100, like [0.05, 0.10]", "x")
    return {"parameter": reader.string("parameter", choices=BACKPROP_PARAMETERS),
            "x": [float(v) for v in x], "y": reader.number("y", 0.01, -100.0, 100.0)}
