"""The book's from-scratch example, typed as printed (tests/autodiff/book_code.py), trains on real
MNIST with nnlab's tape: the loss goes down as the book prints it, and the test accuracy lands in
the book's band (0.81 in the 2nd edition, 0.83 in the 3rd, after 10 epochs)."""

import contextlib
import io
import re

import book_code  # beside this file: the book's code as printed
import pytest
from threadpoolctl import threadpool_limits


def run_book(code: str, evaluate: str, mnist_dir, epochs: int) -> tuple[list[float], float]:
    """The edition's cells, then ``fit`` for ``epochs`` and the evaluation; the printed losses and accuracy."""
    namespace = {"MNIST_DIR": str(mnist_dir)}
    output = io.StringIO()
    # One BLAS thread: the machine running the tests is often busy, where more threads are far slower.
    with contextlib.redirect_stdout(output), threadpool_limits(1, user_api="blas"):
        exec(book_code.LOAD_MNIST, namespace)
        exec(code, namespace)
        exec(f"fit(model, train_images, train_labels, epochs={epochs}, batch_size=128)", namespace)
        exec(evaluate, namespace)
    text = output.getvalue()
    losses = [float(v) for v in re.findall(r"^loss at batch \d+: (\d+\.\d\d)$", text, flags=re.MULTILINE)]
    assert re.findall(r"^Epoch (\d+)$", text, flags=re.MULTILINE) == [str(e) for e in range(epochs)]
    accuracy = float(re.search(r"^accuracy: (0\.\d\d)$", text, flags=re.MULTILINE).group(1))
    return losses, accuracy


@pytest.mark.slow
def test_the_second_edition_s_code_reaches_the_book_s_accuracy_after_10_epochs(mnist_dir):
    losses, accuracy = run_book(book_code.SECOND_EDITION, book_code.EVALUATE_SECOND_EDITION, mnist_dir, 10)
    assert len(losses) == 10 * 5  # batches 0, 100, 200, 300, 400 of 469, each epoch
    assert losses[-1] < losses[0] / 2
    assert 0.76 <= accuracy <= 0.88  # the book: 0.81


@pytest.mark.slow
def test_the_third_edition_s_code_learns_in_its_first_epochs(mnist_dir):
    losses, accuracy = run_book(book_code.THIRD_EDITION, book_code.EVALUATE_THIRD_EDITION, mnist_dir, 3)
    assert losses[0] == pytest.approx(2.30, abs=0.05)  # small uniform weights: every class about 1/10
    assert losses[-1] < losses[0] - 0.2
    assert 0.6 <= accuracy <= 0.85  # well above chance (0.10); the book's 0.83 comes after 10 epochs
