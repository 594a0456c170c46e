"""Loading lessons: the bundled one, and every kind of broken file refused with file, step and field."""

import pytest

from nnlab.lessons import LessonError, bundled_lesson, load_lesson
from nnlab.lessons.format import DEMOS, PAGES

GOOD_STEP = '''
[[step]]
id = "crop"
page = "tensors"
text = { en = "Crop the images", fa = "تصویرها را ببرید" }
show = { expression = "train_images[:, 7:-7, 7:-7]" }
[step.question]
kind = "shape"
prompt = { en = "Shape?", fa = "شکل؟" }
expression = "train_images[:, 7:-7, 7:-7]"
'''
TITLE = 'title = { en = "Slicing", fa = "برش" }\n'


def test_the_bundled_lesson_walks_the_whole_chapter_in_both_languages():
    lesson = bundled_lesson()
    assert lesson.languages() == ["en", "fa"]
    assert len(lesson.steps) >= 25
    kinds = {step.question.kind for step in lesson.steps if step.question}
    assert kinds == {"shape", "number", "choice", "outcome"}
    assert {step.page for step in lesson.steps} == set(PAGES)
    assert {step.show.demo for step in lesson.steps if step.show.demo} >= {"descent", "backprop", "nonlinear"}
    assert any(step.show.comparison == "learning_rate" for step in lesson.steps)
    for step in lesson.steps:
        assert step.text("en") and step.text("fa") and step.title_text("fa")


def test_a_good_file_loads_with_its_steps(write_lesson):
    lesson = load_lesson(write_lesson(TITLE + GOOD_STEP))
    step = lesson.steps[0]
    assert (lesson.title_text("fa"), step.id, step.page, step.question.kind) == ("برش", "crop", "tensors", "shape")
    assert step.text("fa") == "تصویرها را ببرید"


BROKEN = [
    ("title = 'x'\n[[step]\n", "", "", "not valid TOML"),
    ("[[step]]\nid='a'\npage='tensors'\ntext='t'\n", "", "title", "is missing"),
    (TITLE + "colour = 'red'\n" + GOOD_STEP, "", "colour", "unknown key"),
    (TITLE, "", "step", "at least one"),
    (TITLE + GOOD_STEP.replace('page = "tensors"', 'page = "kitchen"'), "crop", "page", "not one of"),
    (TITLE + GOOD_STEP.replace('id = "crop"', 'id = "crop me!"'), "#1", "id", "not a valid name"),
    (TITLE + GOOD_STEP + GOOD_STEP, "crop", "id", "earlier step"),
    (TITLE + GOOD_STEP.replace('text = {', 'txet = {'), "crop", "txet", "unknown key"),
    (TITLE + GOOD_STEP.replace('fa = "تصویرها را ببرید"', 'de = "Bilder"'), "crop", "text.de", "unknown language"),
    (TITLE + GOOD_STEP.replace('kind = "shape"', 'kind = "essay"'), "crop", "question.kind", "not one of"),
    (TITLE + GOOD_STEP.replace('expression = "train_images[:, 7:-7, 7:-7]"\n',
                               'expression = "train_imagez[:, 7:-7]"\n'), "crop", "question.expression",
     "no tensor called train_imagez"),
    (TITLE + GOOD_STEP.replace('expression = "train_images[:, 7:-7, 7:-7]"\n',
                               'expression = "train_images[:, :, :, 0]"\n'), "crop", "question.expression",
     "explorer refuses"),
    (TITLE + GOOD_STEP.replace('show = { expression = "train_images[:, 7:-7, 7:-7]" }',
                               'show = { demo = "descent" }'), "crop", "show.demo", "unknown key"),
    (TITLE + GOOD_STEP.replace('show = { expression = "train_images[:, 7:-7, 7:-7]" }',
                               'show = { expression = "train_images[" }'), "crop", "show.expression",
     "not an expression"),
    (TITLE + GOOD_STEP.replace('page = "tensors"', 'page = "tensors"\nlock = ["not a name"]'), "crop", "lock",
     "not an object name"),
    (TITLE + GOOD_STEP.replace('prompt = { en = "Shape?", fa = "شکل؟" }\n', ''), "crop", "question.prompt",
     "is missing"),
]


@pytest.mark.parametrize("text, step, field, problem", BROKEN)
def test_a_broken_file_is_refused_naming_file_step_and_field(write_lesson, text, step, field, problem):
    with pytest.raises(LessonError) as caught:
        load_lesson(write_lesson(text, "broken.toml"))
    message = str(caught.value)
    assert message.startswith("broken.toml")
    assert problem in message
    assert (caught.value.step, caught.value.field) == (step, field)
    if step:
        assert f'step "{step}"' in message


QUESTION_STEP = '''
[[step]]
id = "q"
page = "{page}"
text = "t"
{extra}
[step.question]
prompt = "p"
{question}
'''
BROKEN_QUESTIONS = [
    ("tensors", "", 'kind = "number"', "question.kind", "exactly one of"),
    ("tensors", "", 'kind = "number"\nexpression = "X"', "question.expression", "one finite number"),
    ("tensors", "", 'kind = "number"\nnetwork = [784]', "question.network", "at least one layer"),
    ("tensors", "", 'kind = "number"\nnetwork = [784, -5]', "question.network", "whole number from 1"),
    ("tensors", "", 'kind = "number"\nexpression = "np.dot(a, b)"\ntolerance = -1', "question.tolerance",
     "between"),
    ("tensors", "", 'kind = "number"\nbackprop = { parameter = "z" }', "question.backprop.parameter", "not one of"),
    ("tensors", "", 'kind = "choice"\nchoices = ["only one"]\nanswer = 1', "question.choices", "2 to 8"),
    ("tensors", "", 'kind = "choice"\nchoices = ["a", "b"]\nanswer = 3', "question.answer", "between 1 and 2"),
    ("tensors", "", 'kind = "choice"\nchoices = ["a", 7]\nanswer = 1', "question.choices[2].choice",
     "must be text"),
    ("train", "", 'kind = "outcome"', "experiment", "needs the step's"),
    ("train", 'experiment = { learning_rate = 1e9 }', 'kind = "outcome"', "experiment.learning_rate", "between"),
    ("train", 'experiment = { optimizer = "newton" }', 'kind = "outcome"', "experiment.optimizer", "not one of"),
    ("train", 'experiment = { samples = 500, batch_size = 600 }', 'kind = "outcome"', "experiment.batch_size",
     "between 1 and 500"),
    ("train", 'experiment = { epochs = 1000 }', 'kind = "outcome"', "experiment.epochs", "between 1 and 5"),
    ("train", 'experiment = { hidden = [[1, 2]] }', 'kind = "outcome"', "experiment.hidden", "whole number"),
    ("concepts", 'show = { demo = "cooking" }', 'kind = "choice"\nchoices = ["a", "b"]\nanswer = 1', "show.demo",
     "not one of"),
]


@pytest.mark.parametrize("page, extra, question, field, problem", BROKEN_QUESTIONS)
def test_a_broken_question_or_experiment_names_its_field(write_lesson, page, extra, question, field, problem):
    text = TITLE + QUESTION_STEP.format(page=page, extra=extra, question=question)
    with pytest.raises(LessonError) as caught:
        load_lesson(write_lesson(text, "q.toml"))
    assert (caught.value.step, caught.value.field) == ("q", field)
    assert problem in str(caught.value) and str(caught.value).startswith("q.toml")


def test_every_demo_name_is_accepted(write_lesson):
    for demo in DEMOS:
        text = TITLE + QUESTION_STEP.format(page="concepts", extra=f'show = {{ demo = "{demo}" }}',
                                            question='kind = "choice"\nchoices = ["a", "b"]\nanswer = 1')
        assert load_lesson(write_lesson(text)).steps[0].show.demo == demo


def test_a_missing_translation_names_the_step_and_field(write_lesson):
    lesson = load_lesson(write_lesson(TITLE + GOOD_STEP.replace('prompt = { en = "Shape?", fa = "شکل؟" }',
                                                                'prompt = { en = "Shape?" }')))
    lesson.require_language("en")
    with pytest.raises(LessonError) as caught:
        lesson.require_language("fa")
    assert (caught.value.step, caught.value.field) == ("crop", "question.prompt.fa")
    assert lesson.languages() == ["en"]
    with pytest.raises(LessonError):
        load_lesson(write_lesson(TITLE + GOOD_STEP)).steps[0].text("de")


def test_hostile_files_are_refused_quickly(write_lesson, tmp_path):
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * 2_000_000)
    nested = write_lesson("x = " + "[" * 5000 + "]" * 5000, "nested.toml")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00title")
    many = TITLE + "".join(GOOD_STEP.replace('"crop"', f'"s{i}"') for i in range(201))
    for path in (huge, nested, binary, write_lesson(many, "many.toml"), tmp_path / "absent.toml", tmp_path):
        with pytest.raises(LessonError) as caught:
            load_lesson(path)
        assert str(caught.value).startswith(path.name)


def test_a_lesson_whose_expressions_take_too_long_to_check_is_refused(write_lesson, monkeypatch):
    import nnlab.lessons.lesson as lesson_module
    monkeypatch.setattr(lesson_module, "CHECK_SECONDS", 0)
    with pytest.raises(LessonError, match="take too long to check") as caught:
        load_lesson(write_lesson(TITLE + GOOD_STEP))
    assert (caught.value.step, caught.value.field) == ("crop", "question.expression")


def test_a_pipe_or_a_device_is_refused_without_reading_it(tmp_path):
    import os
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        with pytest.raises(LessonError, match="cannot be used as a lesson"):
            load_lesson(path)


@pytest.mark.parametrize("text, problem", [
    ("x" + ".a" * 20_000 + " = 1\n", "line 2 has 40,005 characters"),  # once 17 s and 1.6 GB in tomllib
    ("x" + ".a" * 60 + " = 1\n", "line 2 has a dotted key of more than 8 parts"),
    ("[" + "a." * 60 + "a]\n", "line 2 has a dotted key of more than 8 parts"),
    ("x = " + "1" * 5000 + "\n", "line 2 has a key or number of more than 100 characters"),
    ("x = " + "{a = " * 40 + "1" + "}" * 40 + "\n", "line 2 nests tables and lists more than 16 deep"),
    ('x = """\n' + "a\n" * 5 + '"""\ny = ' + "[" * 20 + "]" * 20 + "\n", "line 9 nests"),
    ('x = "' + "a" * 20_000 + '"\n', "line 2 has 20,006 characters"),
], ids=["long key", "dotted key", "dotted table", "long number", "deep tables", "deep after a text", "long line"])
def test_tomls_that_would_cost_without_bound_are_refused_before_parsing(write_lesson, peak_mb, text, problem):
    path = write_lesson(TITLE + text)
    caught = []

    def load():
        with pytest.raises(LessonError, match=problem) as error:
            load_lesson(path)
        caught.append(error.value)
    assert peak_mb(load) < 5
    assert str(caught[0]).startswith("lesson.toml: line ")  # the file and the place to fix


def test_long_texts_comments_and_the_bundled_lesson_pass_the_raw_check(write_lesson):
    text = TITLE + "# " + "a.b." * 1000 + "\n" + GOOD_STEP.replace('"Crop the images"', '"""' + "x. " * 1300 + '"""')
    assert load_lesson(write_lesson(text)).steps[0].id == "crop"


def test_a_parse_that_runs_out_of_memory_is_a_lesson_error(write_lesson, monkeypatch):
    import nnlab.lessons.lesson as lesson_module

    def exhausted(text):
        raise MemoryError
    monkeypatch.setattr(lesson_module.tomllib, "loads", exhausted)
    with pytest.raises(LessonError, match="lesson.toml: needs more memory"):
        load_lesson(write_lesson(TITLE + GOOD_STEP))


def test_an_experiment_over_the_budget_is_refused_with_its_price(write_lesson):
    """Three 2048-unit layers, batches of one, all of MNIST: hours of a core, blocking every later Check."""
    costly = GOOD_STEP.replace('page = "tensors"', 'page = "train"').replace(
        "[step.question]", 'experiment = { hidden = [2048, 2048, 2048], batch_size = 1, samples = 60000 }\n'
                           '[step.question]').replace('show = { expression = "train_images[:, 7:-7, 7:-7]" }\n', "")
    price = r"would take about \d+ min and \d+ MB on a laptop; a lesson.s experiment may take 30 s"
    with pytest.raises(LessonError, match=price) as caught:
        load_lesson(write_lesson(TITLE + costly))
    assert (caught.value.file, caught.value.step, caught.value.field) == ("lesson.toml", "crop", "experiment")
    assert "fewer samples" in str(caught.value)


def test_every_experiment_of_the_bundled_lesson_is_within_the_budget():
    from nnlab.lessons.experiments import BUDGET_SECONDS, price
    experiments = [step.experiment for step in bundled_lesson().steps if step.experiment is not None]
    assert experiments and all(price(experiment)[0] < BUDGET_SECONDS / 10 for experiment in experiments)
