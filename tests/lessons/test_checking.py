"""Grading every kind of question: right, wrong, equivalent spellings, malformed answers."""

import pytest

from nnlab.lessons import bundled_lesson, load_lesson
from nnlab.lessons.answers import Unreadable, read_choice, read_number, read_outcome, read_shape

LESSON = '''
title = { en = "Checks", fa = "بررسی" }
[[step]]
id = "crop"
page = "tensors"
text = "t"
[step.question]
kind = "shape"
prompt = "p"
expression = "train_images[:, 7:-7, 7:-7]"
[[step]]
id = "vector"
page = "tensors"
text = "t"
[step.question]
kind = "shape"
prompt = "p"
expression = "b1"
[[step]]
id = "params"
page = "train"
text = "t"
[step.question]
kind = "number"
prompt = "p"
network = [784, 512]
[[step]]
id = "dot"
page = "tensors"
text = "t"
[step.question]
kind = "number"
prompt = "p"
expression = "np.dot(a, b) / 7"
[[step]]
id = "grad"
page = "concepts"
text = "t"
[step.question]
kind = "number"
prompt = "p"
backprop = { parameter = "v₁" }
[[step]]
id = "why"
page = "concepts"
text = "t"
[step.question]
kind = "choice"
prompt = "p"
choices = ["one", "two", "three"]
answer = 2
why = { en = "Because two.", fa = "چون دو." }
[[step]]
id = "read"
page = "draw"
text = "nothing to ask"
'''


@pytest.fixture
def lesson(write_lesson):
    return load_lesson(write_lesson(LESSON))


@pytest.mark.parametrize("answer", ["(60000, 14, 14)", "60000, 14, 14", "(60000,14,14)", "[60000, 14, 14]",
                                    "60000 x 14 x 14", " ( 60000 , 14 , 14 ) ", "(۶۰۰۰۰، ۱۴، ۱۴)"])
@pytest.mark.usefixtures("mnist_env")
def test_equivalent_spellings_of_the_right_shape_are_right(lesson, answer):
    verdict = lesson.step("crop").check(answer)
    assert verdict.correct and verdict.readable
    assert verdict.expected == "(60000, 14, 14)"
    explanation = verdict.explanation()
    assert "Right" in explanation and "7:-7 keeps positions 7, 8, …, 20" in explanation  # the explorer's reasons


@pytest.mark.usefixtures("mnist_env")
def test_a_wrong_shape_is_wrong_and_says_the_true_one(lesson):
    verdict = lesson.step("crop").check("(60000, 28, 28)")
    assert not verdict.correct and verdict.readable
    assert "the explorer says (60000, 14, 14)" in verdict.explanation()
    assert not lesson.step("crop").check("(14, 14, 60000)").correct


@pytest.mark.parametrize("answer", ["(512,)", "512", "(512)", "[512]"])
def test_a_one_axis_shape_may_be_written_with_or_without_the_comma(lesson, answer):
    assert lesson.step("vector").check(answer).correct


@pytest.mark.parametrize("answer", ["", "hello", "(60000; 14)", "(-1, 14, 14)", "(1.5, 2)", "9" * 500,
                                    "((((", "\x00", "1e400"])
def test_a_malformed_shape_is_not_an_attempt(lesson, answer):
    verdict = lesson.step("vector").check(answer)
    assert not verdict.correct and not verdict.readable
    assert "Write the size of every axis" in verdict.explanation()


@pytest.mark.parametrize("answer, correct", [("401920", True), ("401,920", True), ("401 920", True),
                                             ("۴۰۱۹۲۰", True), ("4.0192e5", True), ("401408", False),
                                             ("401921", False)])
def test_parameter_counts_come_from_the_engine_and_must_be_exact(lesson, answer, correct):
    verdict = lesson.step("params").check(answer)
    assert verdict.correct is correct and verdict.readable
    assert "(784 + 1) × 512 = 401920" in verdict.explanation()


def test_the_parameters_of_a_huge_network_are_counted_not_built(write_lesson, peak_mb):
    """``[100000] * 8`` once built the network to count it: 74.5 GiB of weights."""
    text = LESSON.replace("network = [784, 512]", "network = [100000, 100000, 100000, 100000, 100000, 100000, "
                                                  "100000, 100000]")
    step = load_lesson(write_lesson(text)).step("params")
    verdicts = []
    assert peak_mb(lambda: verdicts.append(step.check("70000700000"))) < 5
    assert verdicts[0].correct and "(100000 + 1) × 100000" in verdicts[0].explanation()


def test_a_computed_number_allows_rounding_within_one_percent(lesson):
    step = lesson.step("dot")  # 32 / 7 = 4.571...
    assert step.check("4.57").correct and step.check("4.6").correct and step.check("۴٫۵۷").correct
    assert not step.check("4.4").correct and not step.check("5").correct
    assert "np.dot(a, b) / 7 = 4.57143" in step.check("4").explanation()


def test_a_backpropagation_gradient_comes_from_the_core(lesson):
    from nnlab.concepts.backprop_steps import core_check, example_weights
    _, grads = core_check(example_weights(), [0.05, 0.10], 0.01)
    step = lesson.step("grad")
    assert step.check(f"{grads[2][0, 0]:.3g}").correct
    assert not step.check(f"{-grads[2][0, 0]:.3g}").correct


@pytest.mark.parametrize("answer", ["", "abc", "nan", "inf", "1,2,3", "--5"])
def test_a_malformed_number_is_not_an_attempt(lesson, answer):
    verdict = lesson.step("params").check(answer)
    assert not verdict.readable and "could not read that as a number" in verdict.explanation()


def test_choices_accept_the_number_or_letter_and_explain_why(lesson):
    step = lesson.step("why")
    for answer in ("2", "b", "B", "۲"):
        assert step.check(answer).correct
    wrong = step.check("3")
    assert not wrong.correct and wrong.readable
    assert wrong.explanation("fa").endswith("چون دو.") and wrong.explanation("en").endswith("Because two.")
    for answer in ("4", "0", "d", "two", ""):
        assert not step.check(answer).readable


def test_a_step_without_a_question_cannot_be_checked(lesson):
    with pytest.raises(ValueError, match="asks no question"):
        lesson.step("read").check("anything")


@pytest.mark.slow
@pytest.mark.usefixtures("mnist_env")
def test_outcome_questions_run_the_experiment_and_grade_what_happened():
    lesson = bundled_lesson()
    for step_id, happened in (("lr-right", "smooth"), ("lr-large", "oscillate"), ("lr-huge", "diverge")):
        step = lesson.step(step_id)
        right = step.check(happened)
        assert right.correct and right.outcome == happened
        assert right.run is not None and len(right.run.batches) > 0
        assert (right.run.status == "diverged") == (happened == "diverge")
        wrong = step.check(next(other for other in ("smooth", "oscillate", "diverge") if other != happened))
        assert not wrong.correct and wrong.readable and wrong.run is right.run  # run once, kept
        assert "The loss" in wrong.explanation()
    assert lesson.step("lr-huge").check("diverges").correct and lesson.step("lr-huge").check("واگرا").correct
    assert not lesson.step("lr-huge").check("maybe").readable


def test_the_readers_refuse_what_they_cannot_read():
    assert read_shape("()") == () and read_shape("28×28") == (28, 28)
    assert read_number("-0.5") == -0.5 and read_choice("c)", 3) == 3 and read_outcome("Oscillates") == "oscillate"
    for reader, text in ((read_shape, None), (read_number, "1" * 300), (read_choice, "z"), (read_outcome, "o")):
        with pytest.raises(Unreadable):
            reader(text, 3) if reader is read_choice else reader(text)


def test_an_experiment_stops_between_batches_when_asked_and_is_not_kept():
    from nnlab.lessons.checking import experiment_run
    from nnlab.lessons.experiments import Interrupted
    from nnlab.lessons.format import Experiment

    data = fake_mnist()
    experiment = Experiment(samples=300, batch_size=10, hidden=(8,))
    batches = []
    with pytest.raises(Interrupted):
        experiment_run(experiment, data, should_stop=lambda: batches.append(1) or len(batches) >= 3)
    assert len(batches) == 3
    assert len(experiment_run(experiment, data).batches) == 30  # trained anew, whole


def fake_mnist():
    import numpy as np
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (300, 28, 28), dtype=np.uint8)
    return (images, rng.integers(0, 10, 300).astype(np.uint8)), (images[:10], np.zeros(10, np.uint8))
