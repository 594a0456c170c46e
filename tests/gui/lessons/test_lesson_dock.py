"""The lesson dock: the whole bundled lesson answered right, second tries, Show me, locks, broken lessons."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton, QWidget

from nnlab.gui import i18n
from nnlab.gui.main_window import MainWindow

# The lecture's own answers, written by hand: the lesson file has no key, nnlab computes them.
ANSWERS = {"ndim": "3", "mnist-shape": "(60000, 28, 28)", "dtype": 2, "slice": "(90, 28, 28)",
           "crop": "60000, 14, 14", "batch": "(128,28,28)", "data-kinds": 1, "elementwise": "(32, 10)",
           "broadcast": "(32, 10)", "broadcast-clash": 3, "dot-vectors": "32", "dot-shape": "(32, 4)",
           "reshape": "(6, 1)", "transpose": "(2, 3)", "geometry": 2, "params-hidden": "401920",
           "params-all": "407,050", "layer-flow": "(128, 512)", "softmax": 2, "loop": 1, "descent": 2,
           "lr-right": "smooth", "lr-large": "oscillate", "lr-huge": "diverge", "batching": "469",
           "stochastic": 2, "momentum": 1, "rmsprop": "oscillate", "backprop": "0.164", "chain-rule": 1,
           "relu": "3.5", "collapse": 2, "collapse-shape": "(784, 10)", "three-layers": "235,146",
           "loop-lines": 2, "uncrumple": 1}
PAGES = {"train": "trainPage", "draw": "drawPage", "tensors": "tensorsPage", "concepts": "conceptsPage"}


@pytest.fixture
def mnist_env(mnist_dir, monkeypatch):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(mnist_dir))


def find(window, kind, name):
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def answer(qtbot, window, value):
    """Answer like a student: type it, or click the choice; press Check and wait for the verdict."""
    if isinstance(value, int) or value in ("smooth", "oscillate", "diverge"):
        name = f"lessonChoice{value}" if isinstance(value, int) else f"lessonOutcome_{value}"
        button = find(window, QRadioButton, name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))  # on the circle
        assert button.isChecked()
    else:
        edit = find(window, QLineEdit, "lessonAnswerEdit")
        edit.clear()
        qtbot.keyClicks(edit, value)
    with qtbot.waitSignal(window.lessons.checked, timeout=60_000) as blocker:
        qtbot.mouseClick(find(window, QPushButton, "lessonCheckButton"), Qt.MouseButton.LeftButton)
    return blocker.args[0]


@pytest.mark.usefixtures("mnist_env")
def test_a_student_walks_the_whole_bundled_lesson_answering_right(qtbot, window):
    dock = find(window, QDockWidget, "lessonPanel")
    assert dock.isVisible() and dock.widget().isVisible()
    lesson = window.lessons.lesson
    assert lesson.id == "chapter2"
    next_button = find(window, QPushButton, "lessonNextButton")
    for index, step in enumerate(lesson.steps):
        assert find(window, QLabel, "lessonStepTitle").accessibleName().startswith(f"{index + 1}. ")
        if not step.show.comparison:  # a comparison trains three networks on all of MNIST: tested elsewhere
            qtbot.mouseClick(find(window, QPushButton, "lessonShowButton"), Qt.MouseButton.LeftButton)
            assert window.tabs.currentWidget().objectName() == PAGES[step.page]
        if step.question is not None:
            verdict = answer(qtbot, window, ANSWERS[step.id])
            assert verdict.correct, (step.id, verdict.explanation())
            assert find(window, QLabel, "lessonVerdict").text().count("✔") == 1
            if step.question.kind == "outcome":
                assert find(window, QWidget, "lessonRunPlot").isVisible()
        if index < len(lesson.steps) - 1:
            qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert not next_button.isEnabled()
    assert f"{len(lesson.steps)} done" in find(window, QLabel, "lessonProgressLabel").text()
    assert set(ANSWERS) == {step.id for step in lesson.steps if step.question is not None}
    # Show me on a Train step sets up its experiment; MNIST loaded for grading is now the session's.
    window.lessons.go_to([step.id for step in lesson.steps].index("lr-right"))
    qtbot.mouseClick(find(window, QPushButton, "lessonShowButton"), Qt.MouseButton.LeftButton)
    assert window.train_page.controls.config().hyper["learning_rate"] == pytest.approx(0.1)
    assert window.session.dataset("mnist") is not None


def test_wrong_then_right_counts_attempts_and_unreadable_answers_do_not(qtbot, window):
    lesson = window.lessons.lesson
    window.lessons.go_to([step.id for step in lesson.steps].index("reshape"))
    unreadable = answer(qtbot, window, "six by one")
    assert not unreadable.readable and find(window, QLabel, "lessonAttempts").text() == ""
    wrong = answer(qtbot, window, "(1, 6)")
    assert not wrong.correct and "✘" in find(window, QLabel, "lessonVerdict").text()
    assert "the explorer says" in find(window, QWidget, "lessonExplanation").toPlainText()
    assert answer(qtbot, window, "(6, 1)").correct
    assert "2" in find(window, QLabel, "lessonAttempts").text()
    assert window.lessons.progress.records["reshape"].answers == ["(1, 6)", "(6, 1)"]


def test_progress_is_remembered_between_sessions(qtbot, window):
    index = [step.id for step in window.lessons.lesson.steps].index("dot-vectors")
    window.lessons.go_to(index)
    assert answer(qtbot, window, "32").correct
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.lessons.progress.current == index
    assert again.lessons.progress.records["dot-vectors"].correct
    assert find(again, QLabel, "lessonStepTitle").accessibleName().startswith(f"{index + 1}. ")
    assert "1 done" not in find(again, QLabel, "lessonProgressLabel").text()  # the visited steps count too


def test_back_and_next_and_show_me_open_the_right_page(qtbot, window):
    lesson = window.lessons.lesson
    window.lessons.go_to([step.id for step in lesson.steps].index("descent"))
    qtbot.mouseClick(find(window, QPushButton, "lessonShowButton"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.concepts_page
    assert window.concepts_page.stack.currentWidget().objectName() == "descentDemo"
    qtbot.mouseClick(find(window, QPushButton, "lessonBackButton"), Qt.MouseButton.LeftButton)
    assert window.lessons.current_step().id == "loop-lines"
    qtbot.mouseClick(find(window, QPushButton, "lessonShowButton"), Qt.MouseButton.LeftButton)
    assert window.concepts_page.stack.currentWidget().objectName() == "trainingLoopView"


def test_show_me_keeps_the_validation_split_and_lecture_network_restores_it(qtbot, window):
    """Issue 27, item 10: Show me sets up the step's experiment on its 2,000 images without silently
    dropping validation to 0%; "Lecture network" brings back the lecture's 10% and all the images."""
    controls = window.train_page.controls
    window.lessons.go_to([step.id for step in window.lessons.lesson.steps].index("lr-right"))
    qtbot.mouseClick(find(window, QPushButton, "lessonShowButton"), Qt.MouseButton.LeftButton)
    config = controls.config()
    assert config.hyper["learning_rate"] == pytest.approx(0.1) and config.train_subset == 2000
    assert config.validation_split == pytest.approx(0.1)
    controls.validation_spin.setValue(0)
    qtbot.mouseClick(find(window, QPushButton, "lecturePresetButton"), Qt.MouseButton.LeftButton)
    config = controls.config()
    assert config.validation_split == pytest.approx(0.1) and config.train_subset == 0


LOCKING = '''
id = "locks"
title = { en = "Locks", fa = "قفل" }
[[step]]
id = "one"
page = "train"
text = { en = "The learning rate is fixed here.", fa = "نرخ یادگیری این‌جا ثابت است." }
lock = ["learningRateSpin"]
hide = ["seedSpin"]
experiment = { optimizer = "sgd", learning_rate = 0.5 }
[[step]]
id = "two"
page = "train"
text = { en = "Free again.", fa = "دوباره آزاد." }
'''


def test_a_step_locks_and_hides_controls_and_gives_them_back(qtbot, window, lesson_file):
    spin, seed = find(window, QWidget, "learningRateSpin"), find(window, QWidget, "seedSpin")
    window.tabs.setCurrentWidget(window.train_page)
    assert spin.isEnabled() and seed.isVisible()
    assert window.open_lesson(lesson_file(LOCKING))
    assert not spin.isEnabled() and not seed.isVisible()
    qtbot.mouseClick(find(window, QPushButton, "lessonShowButton"), Qt.MouseButton.LeftButton)
    assert window.train_page.controls.config().hyper["learning_rate"] == pytest.approx(0.5)
    qtbot.mouseClick(find(window, QPushButton, "lessonNextButton"), Qt.MouseButton.LeftButton)
    assert spin.isEnabled() and seed.isVisible()


@pytest.mark.parametrize("text, expected", [
    (LOCKING.replace('"seedSpin"', '"noSuchSpin"'), 'lesson.toml, step "one", hide: the window has no control '
                                                    "called 'noSuchSpin'"),
    (LOCKING.replace('page = "train"', 'page = "garden"', 1), 'step "one", page'),
    ("title = [", "lesson.toml: is not valid TOML"),
    (LOCKING + "x" + ".a" * 20_000 + " = 1\n", "lesson.toml: line 15 has 40,005 characters; a lesson's lines have at "
                                               "most 10,000"),
    (LOCKING + "x" + ".a" * 60 + " = 1\n", "lesson.toml: line 15 has a dotted key of more than 8 parts"),
    (LOCKING.replace('experiment = { optimizer = "sgd", learning_rate = 0.5 }',
                     "experiment = { hidden = [2048, 2048, 2048], batch_size = 1, samples = 60000 }"),
     'lesson.toml, step "one", experiment: would take about'),
], ids=["unknown control", "unknown page", "not TOML", "40 KB key", "dotted key", "costly experiment"])
def test_a_broken_lesson_is_refused_and_the_open_one_stays(qtbot, window, lesson_file, text, expected):
    before = window.lessons.lesson
    with qtbot.waitSignal(window.lessons.open_failed) as blocker:
        assert not window.open_lesson(lesson_file(text))
    assert expected in blocker.args[0]
    box = find(window, QMessageBox, "lessonErrorBox")
    assert box.isVisible() and expected in box.text()
    box.close()
    assert window.lessons.lesson is before and find(window, QLabel, "lessonStepTitle").accessibleName()


def test_a_lesson_without_the_chosen_language_is_refused(qtbot, window, lesson_file):
    english_only = 'title = { en = "E" }\n[[step]]\nid = "a"\npage = "draw"\ntext = { en = "only English" }\n'
    i18n.set_language("fa")
    try:
        with qtbot.waitSignal(window.lessons.open_failed) as blocker:
            assert not window.open_lesson(lesson_file(english_only))
        assert "lesson.toml, title.fa: has no 'fa' translation" in blocker.args[0]
    finally:
        i18n.set_language("en")
    assert window.open_lesson(lesson_file(english_only))
    assert find(window, QLabel, "lessonStepText").text().count("only English") == 1


def test_switching_language_keeps_the_answer_and_the_verdict(qtbot, window):
    lesson = window.lessons.lesson
    window.lessons.go_to([step.id for step in lesson.steps].index("loop"))
    assert answer(qtbot, window, 1).correct
    i18n.set_language("fa")
    try:
        title = find(window, QLabel, "lessonStepTitle")
        qtbot.waitUntil(lambda: title.accessibleName() == f"{window.lessons.progress.current + 1}. حلقه آموزش")
        assert find(window, QRadioButton, "lessonChoice1").isChecked()
        assert "✔" in find(window, QLabel, "lessonVerdict").text()
        assert "گرادیان شیب زیان است" in find(window, QWidget, "lessonExplanation").toPlainText()
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: title.accessibleName().endswith("The training loop"))
    qtbot.mouseClick(find(window, QPushButton, "lessonNextButton"), Qt.MouseButton.LeftButton)
    assert find(window, QLabel, "lessonVerdict").text() == ""


@pytest.mark.usefixtures("mnist_env")
def test_show_me_sets_up_the_learning_rate_comparison_on_the_train_page(qtbot, window):
    lesson = window.lessons.lesson
    window.lessons.go_to([step.id for step in lesson.steps].index("lr-huge"))
    with qtbot.waitSignal(window.training_started, timeout=30_000):
        qtbot.mouseClick(find(window, QPushButton, "lessonShowButton"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.train_page
    config = window.train_page.controls.config()
    assert (config.optimizer, config.batch_size, config.epochs) == ("sgd", 32, 1)  # the step's experiment
    names = [run.name for run in window.train_page.runs_view.runs()]
    assert len(names) == 1 and "lr" in names[0]  # the first of the three learning rates is training
    with qtbot.waitSignal(window.training_finished, timeout=30_000):
        window.train_page.stop()  # Stop cancels the other two


def test_the_dock_starts_closed_on_a_small_screen_and_remembers_the_students_choice(qtbot):
    from PySide6.QtWidgets import QToolButton

    from nnlab.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    assert first.screen().availableGeometry().width() < 1600
    assert not first.lessons.dock.isVisible()
    qtbot.mouseClick(first.findChild(QToolButton, "lessonToggleButton"), Qt.MouseButton.LeftButton)
    assert first.lessons.dock.isVisible()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.lessons.dock.isVisible()
    second.close()


SLOW_EXPERIMENT = '''
id = "slow"
title = { en = "Slow", fa = "کند" }
[[step]]
id = "long-run"
page = "train"
text = { en = "All of MNIST, small batches.", fa = "همهٔ MNIST، دسته‌های کوچک." }
experiment = { optimizer = "sgd", learning_rate = 0.1, samples = 60000, batch_size = 16, epochs = 1 }
[step.question]
kind = "outcome"
prompt = { en = "What will the loss do?", fa = "اتلاف چه می‌کند؟" }
[[step]]
id = "next"
page = "tensors"
text = { en = "Next.", fa = "بعدی." }
[step.question]
kind = "shape"
prompt = { en = "Shape?", fa = "شکل؟" }
expression = "train_images[:10]"
'''


@pytest.mark.usefixtures("mnist_env")
def test_leaving_a_step_cancels_its_running_experiment(qtbot, window, lesson_file):
    """An experiment once ran to its end after the student moved on, and every later Check waited for it."""
    assert window.open_lesson(lesson_file(SLOW_EXPERIMENT))
    lessons = window.lessons
    find(window, QRadioButton, "lessonOutcome_smooth").click()
    with qtbot.waitSignal(lessons.worker.started, timeout=10_000):
        qtbot.mouseClick(find(window, QPushButton, "lessonCheckButton"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(lessons.worker.cancelled, timeout=20_000):
        qtbot.mouseClick(find(window, QPushButton, "lessonNextButton"), Qt.MouseButton.LeftButton)
    assert lessons.current_step().id == "next" and "long-run" not in {
        step_id for step_id, record in lessons.progress.records.items() if record.attempts}
    assert answer(qtbot, window, "(10, 28, 28)").correct  # the worker is free for the next Check at once


REFUSED_EXPRESSION = '''
id = "refused"
title = { en = "Refused", fa = "ردشده" }
[[step]]
id = "odd"
page = "tensors"
text = { en = "An odd question.", fa = "پرسشی عجیب." }
[step.question]
kind = "shape"
prompt = { en = "Shape?", fa = "شکل؟" }
expression = "train_images @ nothing_here"
'''


def test_expressions_are_checked_in_the_worker_and_a_refusal_closes_the_lesson(qtbot, window, lesson_file):
    """The explorer's check of a lesson's expressions ran in the GUI thread (11 s for a slow one)."""
    with qtbot.waitSignal(window.lessons.open_failed, timeout=20_000) as blocker:
        assert window.open_lesson(lesson_file(REFUSED_EXPRESSION))  # opened at once; the check comes after
        assert window.lessons.lesson.id == "refused"
    assert blocker.args[0].startswith('lesson.toml, step "odd", question.expression: the explorer refuses')
    box = find(window, QMessageBox, "lessonErrorBox")
    assert box.isVisible() and "nothing_here" in box.text()
    box.close()
    assert window.lessons.lesson.id == "chapter2"  # the chapter's own lesson in its place


@pytest.mark.parametrize("field, name", [("lock", "pageTabs"), ("hide", "lessonNextButton"),
                                         ("lock", "lessonBackButton"), ("hide", "lessonPanel"),
                                         ("lock", "trainPage")])
def test_a_lesson_may_never_lock_the_way_around_and_the_refusal_outlives_a_restart(qtbot, window, lesson_file,
                                                                                   field, name):
    trap = LOCKING.replace('lock = ["learningRateSpin"]\nhide = ["seedSpin"]', f'{field} = ["{name}"]')
    path = lesson_file(trap)
    with qtbot.waitSignal(window.lessons.open_failed) as blocker:
        assert not window.open_lesson(path)
    assert f'lesson.toml, step "one", {field}: {name!r} is not a control on a page' in blocker.args[0]
    assert f"take {name!r} out of {field}" in blocker.args[0]
    find(window, QMessageBox, "lessonErrorBox").close()
    navigation = [find(window, QWidget, "pageTabs"), find(window, QPushButton, "lessonNextButton"),
                  find(window, QDockWidget, "lessonPanel")]
    assert all(widget.isEnabled() for widget in navigation)
    window.close()  # a restart with the trap remembered as the last lesson opens the bundled one instead
    from nnlab.gui.lessons.controller import LESSON_KEY
    from nnlab.gui.settings import open_settings
    open_settings().setValue(LESSON_KEY, path)
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.lessons.lesson.id != "locks"
    assert find(again, QWidget, "pageTabs").isEnabled() and find(again, QPushButton, "lessonNextButton").isEnabled()
