"""The lecture's tensor examples, as a student types them into the explorer, with their explanations."""

import numpy as np
import pytest

from nnlab.explorer.evaluator import ExplorerError, Result, evaluate


@pytest.fixture
def workspace():
    rng = np.random.default_rng(0)
    return {
        "train_images": rng.integers(0, 256, (1000, 28, 28), dtype=np.uint8),
        "train_labels": rng.integers(0, 10, 1000, dtype=np.uint8),
        "x": np.array([[0., 1.], [2., 3.], [4., 5.]]),
        "a": np.array([1., 2., 3.]),
        "b": np.array([4., 5., 6.]),
        "b1": np.zeros(512, dtype=np.float32),
        "n": np.asarray(3),
    }


def text(result_or_error) -> str:
    """All explanation text, rendered in English."""
    sections = getattr(result_or_error, "explanation", None) or getattr(result_or_error, "sections", ())
    return "\n".join(section.render() for section in sections)


def test_the_three_key_attributes(workspace):
    assert evaluate("train_images.ndim", workspace).value == 3
    assert evaluate("train_images.shape", workspace).value == (1000, 28, 28)
    result = evaluate("train_images.dtype", workspace)
    assert result.value == np.uint8
    assert "uint8" in text(result) and "0 to 255" in text(result)
    assert "3D tensor" in text(evaluate("train_images.ndim", workspace))


@pytest.mark.parametrize("expression, shape", [
    ("train_images[10:100]", (90, 28, 28)),
    ("train_images[10:100, :, :]", (90, 28, 28)),
    ("train_images[10:100, 0:28, 0:28]", (90, 28, 28)),
    ("train_images[:, 14:, 14:]", (1000, 14, 14)),
    ("train_images[:, 7:-7, 7:-7]", (1000, 14, 14)),
    ("train_images[128 * n:128 * (n + 1)]", (128, 28, 28)),
    ("train_images[4]", (28, 28)),
    ("x.reshape((6, 1))", (6, 1)),
    ("x.reshape((2, 3))", (2, 3)),
    ("x.reshape(2, -1)", (2, 3)),
    ("np.transpose(x)", (2, 3)),
    ("x.T", (2, 3)),
    ("np.zeros((300, 20))", (300, 20)),
    ("np.transpose(np.zeros((300, 20)))", (20, 300)),
    ("np.ones((128, 512)) + b1", (128, 512)),
    ("np.maximum(np.ones((128, 512)) + b1, 0.)", (128, 512)),
    ("np.random.random((32, 10)) + np.random.random((10,))", (32, 10)),
    ("np.dot(np.ones((128, 784)), np.ones((784, 512)))", (128, 512)),
    ("np.ones((128, 784)) @ np.ones((784, 512))", (128, 512)),
    ("train_images.reshape((1000, 28 * 28)).astype('float32') / 255", (1000, 784)),
])
def test_lecture_examples_give_the_lecture_shapes(workspace, expression, shape):
    assert np.shape(evaluate(expression, workspace).value) == shape


def test_print_as_on_the_slides_shows_the_value(workspace):
    assert evaluate("print(train_images.ndim)", workspace).value == 3
    assert evaluate("print(x.reshape((6, 1)).shape)", workspace).value == (6, 1)


def test_values_are_numpy_values(workspace):
    assert np.array_equal(evaluate("train_images[128 * n:128 * (n + 1)]", workspace).value,
                          workspace["train_images"][384:512])
    assert np.array_equal(evaluate("x.reshape((6, 1))", workspace).value, [[0.], [1.], [2.], [3.], [4.], [5.]])
    assert np.array_equal(evaluate("a * b", workspace).value, [4., 10., 18.])
    assert evaluate("np.dot(a, b)", workspace).value == 32.0
    assert np.array_equal(evaluate("train_labels[:10]", workspace).value, workspace["train_labels"][:10])
    assert evaluate("np.array(12).ndim", workspace).value == 0
    assert evaluate("np.array([12, 3, 6, 14, 7]).ndim", workspace).value == 1
    assert evaluate("np.array([[5, 78, 2, 34, 0], [6, 79, 3, 35, 1], [7, 80, 4, 36, 2]]).ndim", workspace).value == 2


def test_assignment_returns_the_name_and_a_storable_value(workspace):
    result = evaluate("y = x * 2", workspace)
    assert isinstance(result, Result) and result.name == "y"
    assert np.array_equal(result.value, workspace["x"] * 2)
    result = evaluate("n = 5", workspace)
    assert result.name == "n" and isinstance(result.value, np.ndarray) and result.value == 5
    result = evaluate("x += 1", workspace)
    assert result.name == "x" and result.value[0, 0] == 1.0
    assert workspace["x"][0, 0] == 0.0  # the workspace itself is never changed by the evaluator


def test_slice_explanation_names_axes_and_lengths(workspace):
    explanation = text(evaluate("train_images[:, 7:-7, 7:-7]", workspace))
    assert "Axis 0 (1000 long): : keeps all of it" in explanation
    assert "Axis 1 (28 long): 7:-7 keeps positions 7, 8, …, 20, so it becomes 14 long" in explanation
    assert "Result shape: (1000, 14, 14)" in explanation
    explanation = text(evaluate("train_images[128 * n:128 * (n + 1)]", workspace))
    assert "keeps positions 384, 385, …, 511, so it becomes 128 long" in explanation
    assert "Axes 1 to 2 are not indexed" in explanation
    assert "this axis disappears" in text(evaluate("train_images[4]", workspace))


def test_reshape_explanation_says_the_element_count_is_kept(workspace):
    explanation = text(evaluate("x.reshape((6, 1))", workspace))
    assert "(3, 2) and (6, 1) both hold 6 elements" in explanation
    assert "-1 is worked out" in text(evaluate("x.reshape(-1, 3)", workspace))


def test_transpose_explanation_swaps_axes(workspace):
    assert "(300, 20) becomes (20, 300)" in text(evaluate("np.transpose(np.zeros((300, 20)))", workspace))
    assert "New axis 0 is old axis 2" in text(evaluate("np.transpose(train_images, (2, 0, 1))", workspace))


def test_dot_explanation_shows_the_inner_sizes(workspace):
    explanation = text(evaluate("np.dot(np.ones((128, 784)), np.ones((784, 512)))", workspace))
    assert "(128, 784) . (784, 512) -> (128, 512)" in explanation
    assert "a = 128, b = 784, c = 512" in explanation
    assert "one number" in text(evaluate("np.dot(a, b)", workspace))


def test_broadcasting_explanation_aligns_from_the_right(workspace):
    result = evaluate("np.ones((128, 512)) + b1", workspace)
    section = result.explanation[-1]
    explanation = section.render()
    assert "aligned from the right" in explanation
    assert "Axis 0: b1 has no axis here; one of size 1 is added and stretched to 128" in explanation
    assert "Axis 1: all sizes are 512" in explanation
    diagram = section.diagram
    assert diagram.rows == (("np.ones((128, 512))", (128, 512)), ("b1", (512,)))
    assert diagram.result == (128, 512) and diagram.stretched == (0,) and diagram.clashes == ()
    assert diagram.cells((512,)) == [None, 512]


def test_element_wise_versus_dot(workspace):
    assert "Element-wise *" in text(evaluate("a * b", workspace))
    assert "Tensor product: np.dot" in text(evaluate("np.dot(a, b)", workspace))
    assert "stretched (repeated) to 3" in text(evaluate("np.ones((3, 1)) * a", workspace))


def test_reduction_explains_the_vanishing_axis(workspace):
    result = evaluate("train_images.sum(axis=0)", workspace)
    assert result.value.shape == (28, 28)
    assert "along axis 0 combines its 1000 entries" in text(result)
    assert evaluate("train_labels.max()", workspace).value == workspace["train_labels"].max()


def test_broadcast_error_says_which_axes_clash(workspace):
    with pytest.raises(ExplorerError) as caught:
        evaluate("np.ones((3, 4)) + np.ones((5,))", workspace)
    error = caught.value
    assert "(3, 4), (5,) cannot be broadcast" in str(error) and "axis 1" in str(error)
    assert "Axis 1: the sizes 4 / 5 differ and none of them is 1" in text(error)
    assert error.sections[0].diagram.clashes == (1,)
    assert error.sections[0].diagram.result is None


def test_dot_error_names_the_inner_sizes(workspace):
    with pytest.raises(ExplorerError) as caught:
        evaluate("np.dot(np.ones((128, 784)), np.ones((512, 10)))", workspace)
    assert "inner sizes 784 and 512 differ" in str(caught.value)
    assert "(a, b) . (b, c) -> (a, c)" in str(caught.value)
    with pytest.raises(ExplorerError, match="inner sizes 2 and 3"):
        evaluate("x @ x", workspace)


def test_reshape_and_index_errors_are_explained(workspace):
    with pytest.raises(ExplorerError, match=r"\(3, 2\) holds 6 elements but \(4, 2\) holds 8"):
        evaluate("x.reshape((4, 2))", workspace)
    with pytest.raises(ExplorerError, match="Index 5 is out of range: axis 0 of x has 3 positions"):
        evaluate("x[5]", workspace)
    with pytest.raises(ExplorerError, match="Too many indices"):
        evaluate("x[0, 0, 0]", workspace)
    with pytest.raises(ExplorerError, match="Axis 2 does not exist"):
        evaluate("x.sum(axis=2)", workspace)


def test_friendly_messages_for_everyday_mistakes(workspace):
    with pytest.raises(ExplorerError, match="There is no tensor called train_image. Did you mean train_images"):
        evaluate("train_image.shape", workspace)
    with pytest.raises(ExplorerError, match="not a valid expression"):
        evaluate("train_images[10:", workspace)
    with pytest.raises(ExplorerError, match="not a valid expression"):
        evaluate("x\x00", workspace)
    with pytest.raises(ExplorerError, match="Type an expression"):
        evaluate("   ", workspace)
    with pytest.raises(ExplorerError, match="Division by zero"):
        evaluate("1 / 0", workspace)
    with pytest.raises(ExplorerError, match="arguments do not fit np.zeros"):
        evaluate("np.zeros((2, 2), out=x)", workspace)


def test_shapes_and_number_types_compare_as_a_whole(workspace):
    assert evaluate("x.shape == (3, 2)", workspace).value is True
    assert evaluate("train_images.shape != (1000, 28, 28)", workspace).value is False
    assert evaluate("train_images.dtype == 'uint8'", workspace).value
    assert evaluate("x.dtype == np.float64", workspace).value
    assert evaluate("(x > 2).sum()", workspace).value == 3


@pytest.mark.parametrize("expression", [
    "np.add(x, 1)", "np.where(x > 2, x, 0)", "np.clip(x, 1, 4)", "[1, 2] + np.ones(2)", "np.sum(x, axis=(0, 1))",
    "x.mean(0)", "np.expand_dims(x, 0)", "np.squeeze(np.ones((1, 3, 1)))", "np.concatenate((x, x))",
    "np.stack([x, x], axis=2)", "np.eye(3)", "np.linspace(0, 1, 5)", "np.arange(10)[::2]", "np.argmax(x, axis=1)",
    "len(x)", "float(x[0, 1])", "np.outer(np.arange(3), np.arange(4))", "x.swapaxes(0, 1)", "np.full((2, 2), 7)",
    "x.T @ x", "np.matmul(np.ones((5, 2, 3)), np.ones((3, 4)))", "np.linalg.norm(x)", "x.cumsum(axis=0)",
    "np.unique(np.array([3, 1, 3]))", "round(3.14159, 2)", "x[[0, 2]]", "x[x > 2]", "x[..., np.newaxis]",
    "np.random.normal(size=3)", "np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)",
])
def test_a_curious_students_numpy_works_like_numpy(workspace, expression):
    import numpy  # the same expression, run by NumPy itself, for comparison
    expected = eval(expression, {"np": numpy, "round": round, "len": len, "float": float}, dict(workspace))
    got = evaluate(expression, workspace).value
    if "random" not in expression:
        assert np.array_equal(np.asarray(got), np.asarray(expected))
    assert np.shape(got) == np.shape(expected)
