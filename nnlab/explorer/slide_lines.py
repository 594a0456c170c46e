"""Lines from the slides that are not NumPy expressions, answered in the lecture's terms.

A student following the chapter types what the slides show. ``import numpy as np`` needs nothing
(``np`` is there), ``layers.Dense(512, activation="relu", input_shape=(784,))`` is a layer whose
weight shapes the explorer can show, and ``def naive_relu(x):`` starts a function the explorer does
not run but whose loop the Vectorisation tab times. Each gets an answer that teaches, instead of
"There is no tensor called layers" or a syntax error.
"""

from __future__ import annotations

import ast
import re

from nnlab.explorer.examples import layer_flow
from nnlab.explorer.messages import QT_TRANSLATE_NOOP, ExplorerError, Message, Section, format_shape, msg

BATCH = 128  # the lecture's batch size, as on the Layer shapes tab
_BLOCK = re.compile(r"^\s*(def|for|while|class|if|with)\b")
_KERAS_NAMES = ("layers", "keras", "tf", "tensorflow")
_KERAS_MODULES = ("numpy", "tensorflow", "keras", "tensorflow.keras", "tensorflow.keras.layers", "keras.layers")


def block_hint(source: str) -> ExplorerError | None:
    """``def``/``for``/... lines: the explorer takes one expression; the naive loops live in a tab."""
    match = _BLOCK.match(source)
    if match is None:
        return None
    return ExplorerError(msg(QT_TRANSLATE_NOOP(
        "explorer", "{keyword} starts a block of Python code; the explorer takes one expression at a time. The "
                    "lecture's naive loops ({loops}) are in the Vectorisation tab, timed against NumPy."),
        keyword=match.group(1), loops="naive_relu, naive_add, naive_matrix_dot"))


def answer(statement: ast.stmt) -> tuple[Message, tuple] | None:
    """``(note, sections)`` for a recognised slide line, or None for ordinary expressions."""
    if isinstance(statement, (ast.Import, ast.ImportFrom)):
        return _import(statement)
    value = statement.value if isinstance(statement, (ast.Expr, ast.Assign)) else None
    if isinstance(value, ast.Call) and _is_dense(value.func):
        return _dense(value)
    return None


def _import(statement) -> tuple[Message, tuple] | None:
    modules = [alias.name for alias in statement.names] if isinstance(statement, ast.Import) else [statement.module]
    if not all(module in _KERAS_MODULES for module in modules):
        return None  # refused by the evaluator: nothing else can be imported
    if modules == ["numpy"]:
        return msg(QT_TRANSLATE_NOOP("explorer", "{np} is already there: NumPy is available as {np}."), np="np"), ()
    return msg(QT_TRANSLATE_NOOP("explorer", "Keras is not part of the explorer, but its layers are: type a line "
                                             "like {example} to see its weight shapes."),
               example="layers.Dense(512, activation='relu', input_shape=(784,))"), ()


def _is_dense(function: ast.AST) -> bool:
    """``Dense``, ``layers.Dense``, ``keras.layers.Dense``, ``tf.keras.layers.Dense`` (not ``x.Dense``)."""
    if isinstance(function, ast.Name):
        return function.id == "Dense"
    if not (isinstance(function, ast.Attribute) and function.attr == "Dense"):
        return False
    module = function.value
    while isinstance(module, ast.Attribute) and module.attr in _KERAS_NAMES:
        module = module.value
    return isinstance(module, ast.Name) and module.id in _KERAS_NAMES


def _dense(call: ast.Call) -> tuple[Message, tuple]:
    keywords = {keyword.arg: keyword.value for keyword in call.keywords if keyword.arg}
    units = _literal(call.args[0] if call.args else keywords.get("units"))
    activation = _literal(call.args[1] if len(call.args) > 1 else keywords.get("activation")) or "linear"
    input_shape = _literal(keywords.get("input_shape"))
    if not isinstance(units, int) or isinstance(units, bool) or not 0 < units <= 10**6:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "A Dense layer needs its number of units first, a whole number, like {example}."),
            example="layers.Dense(512, activation='relu')"))
    if not (isinstance(input_shape, tuple) and len(input_shape) == 1 and isinstance(input_shape[0], int)
            and 0 < input_shape[0] <= 10**6):
        title = msg(QT_TRANSLATE_NOOP("explorer", "A Dense layer of {units} units"), units=units)
        step = msg(QT_TRANSLATE_NOOP(
            "explorer", "Its weights {w} have shape {kernel} and its bias {b} shape {bias}; the number of inputs "
                        "comes from the layer before it, or from {example} on the first layer."),
            w="W", b="b", kernel=f"(inputs, {units})", bias=(units,), example="input_shape=(784,)")
        note = msg(QT_TRANSLATE_NOOP("explorer", "A Dense layer with {units} units: {b} has shape {bias}."),
                   units=units, b="b", bias=(units,))
        return note, (Section(title, (step,)),)
    inputs = input_shape[0]
    flow = layer_flow((((inputs, units), (units,), str(activation)),), BATCH)[0]
    title = msg(QT_TRANSLATE_NOOP("explorer", "A Dense layer: {formula}"),
                formula=f"{activation}(dot(input, W) + b)")
    steps = (
        msg(QT_TRANSLATE_NOOP("explorer", "{argument} means every sample has {inputs} numbers, so {w} has shape "
                                          "{kernel} and {b} has shape {bias}: {count:,} numbers to learn."),
            argument=f"input_shape={format_shape((inputs,))}", inputs=inputs, w="W", b="b",
            kernel=flow.kernel_shape, bias=flow.bias_shape,
            count=inputs * units + units),
        msg(QT_TRANSLATE_NOOP("explorer", "For a batch of {batch} samples: {product}, then {plus_bias}; "
                                          "{activation} keeps the shape."),
            batch=BATCH, activation=str(activation),
            product=f"{format_shape(flow.input_shape)} . {format_shape(flow.kernel_shape)} -> "
                    f"{format_shape(flow.product_shape)}",
            plus_bias=f"+ b {format_shape(flow.bias_shape)} -> {format_shape(flow.output_shape)}"),
        msg(QT_TRANSLATE_NOOP("explorer", "The explorer has no Keras: in the workspace, {w} and {b} are these "
                                          "weights of the current network. Try {example}."),
            w="W1", b="b1", example="np.dot(train_images[:128].reshape((128, 784)), W1)"),
    )
    note = msg(QT_TRANSLATE_NOOP("explorer", "This Dense layer has weights {w} of shape {kernel} and a bias {b} of "
                                             "shape {bias}."),
               w="W", b="b", kernel=flow.kernel_shape, bias=flow.bias_shape)
    return note, (Section(title, steps),)


def _literal(node):
    """A constant written in the line (a number, a string, a tuple of numbers), or None."""
    if node is None:
        return None
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
