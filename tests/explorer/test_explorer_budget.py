"""The explorer's budget: bytes are counted with the real dtype before NumPy allocates, every result of
one evaluation counts, products are priced by their real cost, and an evaluation can be cancelled."""

import tracemalloc

import numpy as np
import pytest

from nnlab.explorer import budget
from nnlab.explorer.evaluator import ExplorerError, evaluate

MB = 1_000_000


@pytest.fixture(scope="module")
def workspace():
    """MNIST-sized images (zeros cost no memory until written) and the operands of the slow products."""
    return {"train_images": np.zeros((60000, 28, 28), dtype=np.uint8),
            "half": np.zeros((3100, 3100), dtype=np.float16),
            "stack": np.zeros((5, 1000, 1000)),
            "counts": np.zeros((2000, 2000), dtype=np.int64),
            "x": np.arange(6.0).reshape(3, 2)}


def refused_peak(expression, workspace, match):
    """Evaluate ``expression``, expecting a refusal matching ``match``; returns the peak of bytes allocated."""
    tracemalloc.start()
    try:
        with pytest.raises(ExplorerError, match=match):
            evaluate(expression, workspace)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("expression, match", [
    ("(" + "train_images * 1j, " * 8 + ")", r"753 MB \(47,040,000 entries of complex128\)"),
    ("[" + "train_images * 1j, " * 40 + "]", "complex128"),
    ("np.ones(5 * 10**7, 'complex128') + np.ones(5 * 10**7, 'complex128')", "800 MB"),
    ("np.ones(5 * 10**7, 'complex128') + (train_images * 1j).reshape(-1)", "800 MB"),
    ("train_images[:40000].astype('complex128')", "502 MB.*stops at 400 MB"),
    ("np.outer(train_images[0], train_images) * 1j", "elements"),
])
def test_memory_attacks_are_refused_before_allocating(workspace, expression, match):
    peak = refused_peak(expression, workspace, match)
    assert peak < 5 * MB, f"{peak / MB:.0f} MB allocated before refusing {expression}"


@pytest.mark.parametrize("expression, match", [
    ("half @ half", "float16.*astype"),
    ("np.dot(half, half)", "float16"),
    ("np.dot(stack, stack)", "more than two axes.*a @ b"),
    ("np.matmul(counts, counts)", "int64"),
])
def test_slow_products_are_priced_by_their_real_cost(workspace, expression, match):
    peak = refused_peak(expression, workspace, "would take about .* seconds.*" + match)
    assert peak < 2 * MB  # refused from the shapes: the result was never allocated


def test_sorting_is_priced_by_n_log_n(workspace, monkeypatch):
    monkeypatch.setattr(budget, "MAX_SECONDS", 1e-10)
    for expression in ["np.sort(train_images)", "np.unique(train_images)", "x.argsort()"]:
        with pytest.raises(ExplorerError, match="would take about"):
            evaluate(expression, workspace)
    assert budget.sort_seconds(10**6, np.dtype("complex128")) > 5 * budget.sort_seconds(10**6, np.dtype("float64"))


def test_every_result_of_one_evaluation_counts(workspace, monkeypatch):
    monkeypatch.setattr(budget, "MAX_EVALUATION_BYTES", 200)  # x * 1.0 is 48 bytes
    assert evaluate("(x * 1.0, x * 1.0, x * 1.0, x * 1.0)", workspace).value[3].shape == (3, 2)
    with pytest.raises(ExplorerError, match="would hold 240 MB|stops at"):
        evaluate("(x * 1.0, x * 1.0, x * 1.0, x * 1.0, x * 1.0)", workspace)
    assert evaluate("x * 1.0", workspace).value.shape == (3, 2)  # the next evaluation starts afresh


def test_the_lecture_lines_still_fit(workspace):
    images = {"train_images": workspace["train_images"][:10000]}
    assert evaluate("train_images.reshape((10000, 28 * 28)).astype('float32') / 255", images).value.dtype == np.float32
    assert evaluate("np.dot(np.ones((128, 784)), np.ones((784, 512)))", workspace).value.shape == (128, 512)
    assert evaluate("np.sort(x, axis=0)", workspace).value.shape == (3, 2)
    assert evaluate("train_images.shape", workspace).value == (60000, 28, 28)


def test_an_evaluation_stops_between_operations_when_asked(workspace):
    class Cancelled(Exception):
        pass
    calls = []

    def stop():
        calls.append(1)
        if len(calls) > 3:
            raise Cancelled

    with pytest.raises(Cancelled):  # passed through unchanged, not turned into "NumPy could not compute"
        evaluate("((x + 1) * 2 - 3) / 4 + x.sum()", workspace, stop)
    assert len(calls) == 4
    assert evaluate("x + 1", workspace, lambda: None).value.shape == (3, 2)
