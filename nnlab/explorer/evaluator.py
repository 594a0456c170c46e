"""The tensor explorer's evaluator: the lecture's NumPy expressions, safely, with explanations.

    >>> result = evaluate("train_images[:, 7:-7, 7:-7]", workspace)
    >>> result.value.shape, [section.title.render() for section in result.explanation]
    ((60000, 14, 14), ['Slicing train_images'])

Nothing here calls Python's ``eval``. The expression is parsed with :mod:`ast` and walked by a small
interpreter that knows a whitelist of node types; names come only from the workspace and ``np``;
attributes and calls only from the tables in :mod:`nnlab.explorer.functions`. Every result's size
is worked out from shapes (:mod:`nnlab.explorer.rules.shapes`) and counted against the evaluation's
memory and time budget (:mod:`nnlab.explorer.budget`) before NumPy allocates; a stop callable is
asked between operations. Python integers are kept small (``2 ** 10 ** 10`` is refused at once),
deep nesting is refused before evaluation starts, and the slides' lines that are not expressions
get their own answers (:mod:`nnlab.explorer.slide_lines`). Anything else raises
:class:`ExplorerError` with a friendly, translatable message.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import operator
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnlab.explorer import budget, slide_lines
from nnlab.explorer.attributes import describe_attribute
from nnlab.explorer.functions import (
    ATTRIBUTES,
    BUILTINS,
    CONSTANTS,
    DTYPE_ATTRIBUTES,
    DTYPE_NAMES,
    LINALG,
    METHOD_NAMES,
    NUMERIC_KINDS,
    NUMPY,
    RANDOM,
    Call,
    Function,
    Method,
    binary_operator,
    footprint,
    invoke,
    method,
    product,
)
from nnlab.explorer.messages import (
    QT_TRANSLATE_NOOP,
    ExplorerError,
    Message,
    Section,
    msg,
)
from nnlab.explorer.rules.shapes import matmul_rule
from nnlab.explorer.rules.slicing import index_rule

__all__ = ["evaluate", "Result", "ExplorerError", "Message", "Section"]

MAX_SOURCE = 1000  # characters: room for every lecture expression, too little to build a bomb
MAX_DEPTH = 40  # levels of the syntax tree
MAX_NODES = 400
MAX_INT_BITS = 4096  # Python integers beyond this are refused (their arithmetic would not be bounded)
MAX_SECTIONS = 12


@dataclass(frozen=True)
class Result:
    """What an expression gave: ``value``, the rules applied (``explanation``, a tuple of
    :class:`Section`), and for ``name = expression`` the ``name`` to store ``value`` under.
    A slide line that is not an expression (``import numpy as np``, ``layers.Dense(...)``) gives no
    value but a ``note`` that answers it."""

    value: object
    explanation: tuple
    name: str | None = None
    expression: str = ""
    note: Message | None = None


class Namespace:
    """``np``, ``np.random``, ``np.linalg``: only the listed members exist."""

    def __init__(self, name: str, members: dict):
        self.name, self.members = name, members


NP = Namespace("np", {**NUMPY, **CONSTANTS, "random": Namespace("np.random", RANDOM),
                      "linalg": Namespace("np.linalg", LINALG)})
OPERATORS = {ast.Add: (operator.add, "+"), ast.Sub: (operator.sub, "-"), ast.Mult: (operator.mul, "*"),
             ast.Div: (operator.truediv, "/"), ast.FloorDiv: (operator.floordiv, "//"),
             ast.Mod: (operator.mod, "%"), ast.Pow: (operator.pow, "**"), ast.MatMult: (operator.matmul, "@"),
             ast.BitAnd: (operator.and_, "&"), ast.BitOr: (operator.or_, "|"), ast.BitXor: (operator.xor, "^"),
             ast.Eq: (operator.eq, "=="), ast.NotEq: (operator.ne, "!="), ast.Lt: (operator.lt, "<"),
             ast.LtE: (operator.le, "<="), ast.Gt: (operator.gt, ">"), ast.GtE: (operator.ge, ">=")}
PYTHON_BUILTINS = frozenset(dir(builtins))
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Invert: operator.invert}
REFUSED = {ast.Lambda: "lambda", ast.ListComp: "[... for ...]", ast.SetComp: "{... for ...}",
           ast.DictComp: "{...: ... for ...}", ast.GeneratorExp: "(... for ...)", ast.JoinedStr: "f\"...\"",
           ast.BoolOp: "and / or", ast.IfExp: "... if ... else ...", ast.NamedExpr: ":=", ast.Dict: "{...: ...}",
           ast.Set: "{...}", ast.Starred: "*", ast.Await: "await", ast.Yield: "yield", ast.YieldFrom: "yield from"}


def evaluate(expression: str, workspace, stop: Callable[[], None] | None = None) -> Result:
    """Evaluate one expression, or one assignment ``name = expression``, over ``workspace``
    (names to arrays). Raises :class:`ExplorerError` for anything unsafe, too big or wrong.

    ``stop`` is called between operations (the GUI passes its worker's ``current_job().check``);
    whatever it raises to cancel the evaluation propagates unchanged. Every result is counted against
    one memory budget for the whole evaluation (see :mod:`nnlab.explorer.budget`)."""
    block = slide_lines.block_hint(expression)
    if block is not None:
        raise block
    statement = _parse(expression)
    recognised = slide_lines.answer(statement)
    if recognised is not None:
        note, sections = recognised
        return Result(None, sections, None, expression.strip(), note)
    evaluator = _Evaluator(expression.strip(), workspace)
    with np.errstate(all="ignore"), budget.evaluation(_remembering(stop, evaluator)):
        try:
            name, value = evaluator.statement(statement)
            _require_data(value)
            if name is not None:
                value = _storable(value, name)
        except ExplorerError:
            raise
        except Exception as error:
            if error is evaluator.interruption:
                raise
            raise _friendly(error) from None
    return Result(value, tuple(evaluator.sections), name, expression.strip())


def _remembering(stop, evaluator):
    """``stop``, noting what it raised, so that evaluate lets exactly that pass unchanged."""
    if stop is None:
        return None

    def check():
        try:
            stop()
        except Exception as error:
            evaluator.interruption = error
            raise
    return check


def _friendly(error: Exception) -> ExplorerError:
    """Python's and NumPy's complaints as a sentence for the student."""
    if isinstance(error, ZeroDivisionError):
        return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Division by zero.")))
    if isinstance(error, OverflowError):
        return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "A number got too large: {detail}."),
                                 detail=str(error)))
    if isinstance(error, MemoryError):
        return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "There is not enough memory for this.")))
    if isinstance(error, RecursionError):
        return _too_nested()
    return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "NumPy could not compute this: {detail}"),
                             detail=str(error)))


def _parse(expression: str) -> ast.stmt:
    source = expression.strip()
    if not source:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Type an expression, for example {example}."),
                                example="train_images.shape"))
    if len(source) > MAX_SOURCE:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "The expression is too long ({length} characters; "
                                                              "the limit is {limit})."),
                                length=len(source), limit=MAX_SOURCE))
    try:
        tree = ast.parse(source, mode="exec")
    except SyntaxError as error:
        if "too many nested" in str(error.msg):
            raise _too_nested() from None
        raise _not_valid(error.offset or 1) from None
    except ValueError:  # e.g. a NUL character pasted in
        raise _not_valid(1) from None
    except (RecursionError, MemoryError):
        raise _too_nested() from None
    _check_tree_size(tree)
    if len(tree.body) != 1:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Type one expression or one assignment at a time, "
                                                              "like {example}."), example="y = x * 2"))
    return tree.body[0]


def _check_tree_size(tree: ast.AST) -> None:
    """Refuse absurdly nested or long expressions before walking them (no recursion here)."""
    stack, count = [(tree, 0)], 0
    while stack:
        node, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH or count > MAX_NODES:
            raise _too_nested()
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


def _not_valid(column: int) -> ExplorerError:
    return ExplorerError(msg(QT_TRANSLATE_NOOP(
        "explorer", "This is not a valid expression: the problem is near character {column}. Check the brackets, "
                    "commas and operators."), column=column))


def _too_nested() -> ExplorerError:
    return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "The expression is nested too deeply or has too many "
                                                           "parts; split it into smaller steps with names.")))


def _require_data(value) -> None:
    """A result is data: a name like ``np.zeros`` alone gets a hint instead of a Python object."""
    if isinstance(value, Namespace):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} is a collection of functions; pick one, like "
                                                              "{example}."), name=value.name,
                                example="np.zeros((3, 4))"))
    if isinstance(value, (Function, Method)):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} is a function: call it with its arguments in "
                                                              "brackets, like {example}."),
                                name=value.name, example=f"{value.name}(...)"))


def _storable(value, name: str):
    """Workspace entries are arrays: numbers and shapes become arrays, anything else is refused."""
    if isinstance(value, (np.ndarray, np.generic, int, float, complex, bool, tuple, list)):
        if isinstance(value, (tuple, list)):
            count, dtype = footprint(value)
            budget.allocate(count, dtype or np.dtype(float), name)
        array = np.asarray(value)
        if array.dtype.kind in NUMERIC_KINDS:
            return array
    raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Only tensors and numbers can be given a name.")))


class _Evaluator:
    """Walks the syntax tree; one instance per evaluation (it collects the explanation)."""

    def __init__(self, source: str, workspace):
        self.source, self.workspace, self.sections = source, workspace, []
        self.interruption: Exception | None = None  # what the stop callable raised, if it did

    def explain(self, section: Section) -> None:
        if len(self.sections) < MAX_SECTIONS:
            self.sections.append(section)

    def label(self, node: ast.AST) -> str:
        """The source text of ``node``, shortened, to name an operand in explanations."""
        text = " ".join((ast.get_source_segment(self.source, node) or "?").split())
        return text if len(text) <= 30 else text[:29] + "…"

    # -- statements ------------------------------------------------------------------------------------
    def statement(self, node: ast.stmt):
        if isinstance(node, ast.Expr):
            return None, self.eval(node.value)
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            return self._target(node.targets[0]), self.eval(node.value)
        if isinstance(node, ast.AugAssign):
            name = self._target(node.target)
            return name, self.binary(type(node.op), self._name(node.target), self.eval(node.value),
                                     [name, self.label(node.value)])
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Importing is not possible here; NumPy is "
                                                                  "already available as {np}."), np="np"))
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Type one expression or one assignment at a time, "
                                                              "like {example}."), example="y = x * 2"))

    def _target(self, node: ast.AST) -> str:
        if not isinstance(node, ast.Name):
            raise ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "You can give a result a name ({example}), but not change part of a tensor or several "
                            "names at once."), example="y = x * 2"))
        if node.id.startswith("_") or node.id == "np":
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "The name {name} cannot be used; pick another "
                                                                  "one, like {first} or {second}."),
                                    name=node.id, first="y", second="batch"))
        return node.id

    # -- expressions -----------------------------------------------------------------------------------
    def eval(self, node: ast.AST):
        budget.check()
        handler = self.HANDLERS.get(type(node))
        if handler is None:
            what = REFUSED.get(type(node), type(node).__name__)
            raise ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "{what} is not available in the explorer: use names, numbers, slices, operators and "
                            "{np} functions."), what=what, np="np"))
        return handler(self, node)

    def _constant(self, node: ast.Constant):
        value = node.value
        if isinstance(value, str):
            if value in DTYPE_NAMES:
                return value
            raise ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "Text in quotes is only used for number types, like {example}."), example="'float32'"))
        if isinstance(value, bytes):
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Bytes are not available in the explorer.")))
        return _small_int(value)

    def _name(self, node: ast.Name):
        name = node.id
        if name.startswith("_"):
            raise _private(name)
        if name == "np":
            return NP
        if name in self.workspace:
            return self.workspace[name]
        if name in BUILTINS:
            return BUILTINS[name]
        if name in PYTHON_BUILTINS:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} is part of Python, not of the explorer: "
                                                                  "only tensors, {np} and {builtins} are available."),
                                    name=name, np="np", builtins=", ".join(sorted(BUILTINS))))
        close = difflib.get_close_matches(name, [*self.workspace, "np"], n=3)
        if close:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "There is no tensor called {name}. Did you mean "
                                                                  "{suggestions}?"), name=name,
                                    suggestions=", ".join(close)))
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "There is no tensor called {name}. Give it a value "
                                                              "first, like {example}."),
                                name=name, example=f"{name} = np.zeros((3, 4))"))

    def _attribute(self, node: ast.Attribute):
        if node.attr.startswith("_"):
            raise _private(node.attr)
        target, label = self.eval(node.value), self.label(node.value)
        if isinstance(target, Namespace):
            if node.attr in target.members:
                return target.members[node.attr]
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} is not available in the explorer."),
                                    name=f"{target.name}.{node.attr}"))
        if isinstance(target, (np.ndarray, np.generic)):
            if node.attr in ATTRIBUTES:
                value, section = describe_attribute(np.asarray(target), node.attr, label)
                self.explain(section)
                return value
            if node.attr in METHOD_NAMES:
                return method(np.asarray(target), node.attr, label)
        if isinstance(target, np.dtype) and node.attr in DTYPE_ATTRIBUTES:
            return getattr(target, node.attr)
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "{name} is not available. Tensors offer {attributes} and the methods {methods}."),
            name=f"{label}.{node.attr}", attributes=", ".join(sorted(ATTRIBUTES)),
            methods=", ".join(sorted(METHOD_NAMES))))

    def _call(self, node: ast.Call):
        function = self.eval(node.func)
        if not isinstance(function, (Function, Method)):
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} cannot be called."),
                                    name=self.label(node.func)))
        labels = [function.label] if isinstance(function, Method) else []
        args = []
        for arg in node.args:
            args.append(self.eval(arg))
            labels.append(self.label(arg))
        kwargs = {}
        for keyword in node.keywords:
            if keyword.arg is None or keyword.arg.startswith("_"):
                raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{what} is not available in the explorer: "
                                                                      "use names, numbers, slices, operators and "
                                                                      "{np} functions."), what="**", np="np"))
            kwargs[keyword.arg] = self.eval(keyword.value)
        return _checked(invoke(function, args, kwargs, Call(self, function.name, labels)))

    def _sequence(self, node):
        """A tuple or list holds references: its items were each counted when they were computed,
        and turning it into an array is counted where that happens (``np.array``, assignment ...)."""
        values = [self.eval(element) for element in node.elts]
        return tuple(values) if isinstance(node, ast.Tuple) else values

    def _subscript(self, node: ast.Subscript):
        target, label = self.eval(node.value), self.label(node.value)
        items, texts = self._index(node.slice)
        if isinstance(target, (tuple, list)) and len(items) == 1 and isinstance(items[0], (int, slice)):
            return target[items[0]]
        if not isinstance(target, (np.ndarray, np.generic)):
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{label} cannot be indexed with {brackets}: only "
                                                                  "tensors and shapes can."),
                                    label=label, brackets="[...]"))
        array = np.asarray(target)
        shape, section = index_rule(array.shape, items, texts, label)
        if any(isinstance(item, np.ndarray) for item in items):  # index arrays copy; slices are views
            budget.allocate(shape, array.dtype, f"{label}[...]")
        self.explain(section)
        return array[items]

    def _index(self, node: ast.AST):
        elements = node.elts if isinstance(node, ast.Tuple) else [node]
        items, texts = [], []
        for element in elements:
            texts.append(self.label(element))
            if isinstance(element, ast.Slice):
                bounds = [None if part is None else _whole(self.eval(part), self.label(part))
                          for part in (element.lower, element.upper, element.step)]
                if bounds[2] == 0:
                    raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "A slice step cannot be 0.")))
                items.append(slice(*bounds))
            else:
                items.append(_index_item(self.eval(element), texts[-1]))
        return tuple(items), tuple(texts)

    def _binop(self, node: ast.BinOp):
        return self.binary(type(node.op), self.eval(node.left), self.eval(node.right),
                           [self.label(node.left), self.label(node.right)])

    def _compare(self, node: ast.Compare):
        if len(node.ops) != 1:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Compare one pair at a time, like {example}."),
                                    example="x > 0"))
        left, right = self.eval(node.left), self.eval(node.comparators[0])
        if type(node.ops[0]) in (ast.Eq, ast.NotEq) and _compared_as_python(left, right):
            equal = _same_kind_equal(left, right)
            return equal if isinstance(node.ops[0], ast.Eq) else not equal
        return self.binary(type(node.ops[0]), left, right, [self.label(node.left), self.label(node.comparators[0])])

    def _unary(self, node: ast.UnaryOp):
        if type(node.op) not in UNARY:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{what} is not available in the explorer: use "
                                                                  "names, numbers, slices, operators and {np} "
                                                                  "functions."), what="not", np="np"))
        operand = self.eval(node.operand)
        if not _numeric(operand) or isinstance(operand, (tuple, list)):
            raise _not_numbers("-", self.label(node.operand))
        if isinstance(operand, np.ndarray):
            budget.allocate(operand.shape, operand.dtype, self.label(node))
        return _small_int(UNARY[type(node.op)](operand))

    def binary(self, op_type, left, right, labels):
        """``left <op> right`` with NumPy's rules for tensors and bounded arithmetic for Python numbers."""
        if op_type not in OPERATORS:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "The operators {left} and {right} are not available "
                                                                  "in the explorer."), left="<<", right=">>"))
        function, symbol = OPERATORS[op_type]
        for value, label in zip((left, right), labels):
            if not _numeric(value):
                raise _not_numbers(symbol, label)
        if _python_number(left) and _python_number(right):
            return _python_arithmetic(op_type, function, left, right)
        if not isinstance(left, (np.ndarray, np.generic)) and not isinstance(right, (np.ndarray, np.generic)):
            if op_type is ast.Add and type(left) is type(right):
                return left + right  # joining lists or tuples copies references, not tensors
            raise ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "{op} on Python lists or tuples is not available; make a tensor first, like {example}."),
                op=symbol, example="np.array([1, 2, 3])"))
        call = Call(self, symbol, labels)
        if op_type is ast.MatMult:
            return product(matmul_rule, np.matmul, "@")(call, left, right)
        return binary_operator(call, function, symbol, left, right)

    HANDLERS = {ast.Constant: _constant, ast.Name: _name, ast.Attribute: _attribute, ast.Call: _call,
                ast.Tuple: _sequence, ast.List: _sequence, ast.Subscript: _subscript, ast.BinOp: _binop,
                ast.Compare: _compare, ast.UnaryOp: _unary}


# -- value checks ------------------------------------------------------------------------------------------
def _private(name: str) -> ExplorerError:
    return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Names starting with {underscore} (like {name}) belong to "
                                                           "Python's machinery and are not available here."),
                             underscore="_", name=name))


def _not_numbers(op: str, label: str) -> ExplorerError:
    return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{op} works on tensors and numbers; {label} is neither."),
                             op=op, label=label))


def _numeric(value) -> bool:
    if isinstance(value, (np.ndarray, np.generic)):
        return value.dtype.kind in NUMERIC_KINDS
    return isinstance(value, (bool, int, float, complex, tuple, list))


def _python_number(value) -> bool:
    return isinstance(value, (bool, int, float, complex))


def _compared_as_python(left, right) -> bool:
    """Number types (``x.dtype == "uint8"``) and shapes (``x.shape == (3, 2)``) compare as a whole."""
    sequences = isinstance(left, (tuple, list)) and isinstance(right, (tuple, list))
    return sequences or (not _numeric(left) and not _numeric(right))


def _same_kind_equal(left, right) -> bool:
    if isinstance(left, (np.dtype, str)) and isinstance(right, (np.dtype, str)):
        return np.dtype(left) == np.dtype(right)
    if isinstance(left, (tuple, list)) and isinstance(right, (tuple, list)):
        return bool(left == right)  # Python's meaning: (3, 2) == (3, 2); tensors inside raise, and are explained
    return left is right


def _python_arithmetic(op_type, function, left, right):
    """Python's own arithmetic, refusing results that would take long to compute (``2 ** 10 ** 10``)."""
    if isinstance(left, int) and isinstance(right, int):
        bits_left, bits_right = abs(left).bit_length(), abs(right).bit_length()
        if op_type is ast.Pow and right > 0 and abs(left) > 1 and right * bits_left > MAX_INT_BITS:
            raise _too_big_number()
        if op_type is ast.Mult and bits_left + bits_right > MAX_INT_BITS:
            raise _too_big_number()
    return _small_int(function(left, right))


def _small_int(value):
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise _too_big_number()
    return value


def _too_big_number() -> ExplorerError:
    return ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "That number would have more than {bits} binary digits; "
                                                           "the explorer refuses numbers that large."),
                             bits=MAX_INT_BITS))


def _checked(value):
    """Results of whitelisted functions are numbers, tensors, shapes, number types or None."""
    if isinstance(value, (np.ndarray, np.generic)) and value.dtype.kind not in NUMERIC_KINDS:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "That result is not made of numbers.")))
    if value is None or isinstance(value, (np.ndarray, np.generic, np.dtype, tuple, list, str)):
        return value
    return _small_int(value)


def _whole(value, label: str) -> int:
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        return int(value)
    raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Positions are whole numbers; {label} is not one."),
                            label=label))


def _index_item(value, label: str):
    """One index as NumPy takes it: an int, None, ..., or an integer/boolean array."""
    if value is None or value is Ellipsis:
        return value
    if isinstance(value, (list, tuple)):
        value = np.asarray(value) if value else np.zeros(0, dtype=np.intp)
    if isinstance(value, np.ndarray) and value.ndim > 0:
        if value.dtype.kind in "biu":
            return value
    elif isinstance(value, (int, np.integer, np.ndarray)) and not isinstance(value, (bool, np.bool_)):
        return _whole(value, label)
    raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Positions are whole numbers; {label} is not one."),
                            label=label))
