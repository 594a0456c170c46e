"""The shape rules agree with NumPy, and their messages are translatable."""

import ast
from pathlib import Path

import numpy as np
import pytest

from nnlab.explorer import messages as explorer_messages
from nnlab.explorer.evaluator import ExplorerError, evaluate
from nnlab.explorer.messages import CONTEXT, Message, format_shape
from nnlab.explorer.rules.shapes import (
    broadcast_rule,
    dot_rule,
    matmul_rule,
    reduce_rule,
    reshape_rule,
)
from nnlab.explorer.rules.slicing import index_rule


@pytest.mark.parametrize("index", [
    (slice(2, 5),), (0,), (-1, slice(None, None, 2)), (None, 1), (Ellipsis, 0), (0, Ellipsis, None),
    (np.array([0, 2]),), (slice(None), np.array([[0], [1]]), np.array([1, 2, 3])),
    (np.array([0, 1]), slice(None), np.array([1, 0])), (np.array([0, 1]), 1), (1, slice(None), np.array([0, 3])),
    (slice(None, None, -1), slice(10, 0)), (np.array([True, False, True]),),
    (np.ones((3, 4), dtype=bool),), (slice(None), None, slice(1, 3), Ellipsis),
])
def test_index_shapes_match_numpy(index):
    array = np.zeros((3, 4, 5))
    texts = tuple("?" for _ in index)
    shape, _ = index_rule(array.shape, index, texts, "a")
    assert shape == array[index].shape


@pytest.mark.parametrize("a, b", [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)),
                                  ((2, 3, 4), (4, 5)), ((2, 3, 4), (5, 4, 6)), ((), (2, 3)), ((2, 3), ())])
def test_dot_shapes_match_numpy(a, b):
    shape, work, _ = dot_rule(a, b, ["a", "b"])
    assert shape == np.dot(np.ones(a), np.ones(b)).shape
    assert work >= 1


@pytest.mark.parametrize("a, b", [((3,), (3,)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)), ((3,), (5, 3, 4)),
                                  ((1, 2, 3), (6, 3, 4)), ((5, 2, 3), (3,))])
def test_matmul_shapes_match_numpy(a, b):
    shape, _, _ = matmul_rule(a, b, ["a", "b"])
    assert shape == np.matmul(np.ones(a), np.ones(b)).shape


@pytest.mark.parametrize("shapes", [[(3, 4), (4,)], [(128, 512), (512,)], [(2, 1, 4), (3, 1)], [(), (2, 2)],
                                    [(5, 1), (1, 6), (6,)]])
def test_broadcast_shapes_match_numpy(shapes):
    shape, section = broadcast_rule(shapes, [f"v{i}" for i in range(len(shapes))], "+")
    assert shape == np.broadcast_shapes(*shapes)
    assert section.steps


def test_reduce_and_reshape_match_numpy():
    assert reduce_rule((3, 4, 5), 1, False, "sum", "a")[0] == np.zeros((3, 4, 5)).sum(axis=1).shape
    assert reduce_rule((3, 4, 5), (0, -1), True, "sum", "a")[0] == np.zeros((3, 4, 5)).sum((0, -1), keepdims=True).shape
    assert reshape_rule((60000, 28, 28), (60000, -1), "a")[0] == (60000, 784)
    with pytest.raises(ExplorerError):
        reshape_rule((6,), (-1, -1), "a")


def test_messages_translate_the_template_then_fill_in_values():
    message = Message("Axis {axis}: {shape}", {"axis": 1, "shape": (128, 512)})
    seen = []

    def translate(context, text):
        seen.append((context, text))
        return "محور {axis}: {shape}"
    rendered = message.render(translate, code=lambda text: f"\u2066{text}\u2069")
    assert seen == [(CONTEXT, "Axis {axis}: {shape}")] and CONTEXT == "explorer"
    assert rendered == "محور 1: \u2066(128, 512)\u2069"
    assert format_shape((512,)) == "(512,)" and format_shape(()) == "()"


def test_every_error_and_explanation_template_is_a_literal_marked_for_translation():
    """pyside6-lupdate can only extract QT_TRANSLATE_NOOP("explorer", "<literal>") and, for plurals,
    QCoreApplication.translate("explorer", "<literal with %n>", None, count)."""
    files = sorted(Path(explorer_messages.__file__).parent.rglob("*.py"))
    calls = 0
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                calls += 1
                context, text = node.args
                assert isinstance(context, ast.Constant) and context.value == "explorer", path
                assert isinstance(text, ast.Constant) and isinstance(text.value, str), path
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate":
                calls += 1
                context, text, _, number = node.args  # a plural: lupdate needs a literal number last
                assert isinstance(context, ast.Constant) and context.value == "explorer", path
                assert isinstance(text, ast.Constant) and "%n" in text.value, path
                assert isinstance(number, ast.Constant) and number.value == 1, (path, node.lineno)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("msg", "plural"):
                first = node.args[0]
                marker = getattr(first.func, "id", "") or getattr(first.func, "attr", "")
                assert marker == ("QT_TRANSLATE_NOOP" if node.func.id == "msg" else "translate"), (path, node.lineno)
    assert calls > 80


def test_an_evaluation_renders_in_another_language():
    result = evaluate("np.ones((128, 512)) + np.zeros(512)", {})
    rendered = [section.render(lambda context, text, *plural: "» " + text) for section in result.explanation]
    assert any("» Broadcasting" in text and "(128, 512)" in text for text in rendered)


def test_a_broken_translation_falls_back_to_english():
    message = Message("Axis {axis}", {"axis": 2})
    assert message.render(lambda context, text: "محور {محور}") == "Axis 2"
