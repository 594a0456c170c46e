"""Handing in from the window, and the teacher's review of a class with runs overlaid on the Train page."""

import json

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QTableWidget

from nnlab.gui.lessons.handin_dialog import StudentDialog
from nnlab.lessons import load_lesson
from nnlab.lessons.experiments import run_experiment
from nnlab.lessons.handin import Student, write_handin
from nnlab.lessons.progress import Progress

LESSON = '''
id = "mini"
title = { en = "Mini", fa = "کوچک" }
[[step]]
id = "dot"
page = "tensors"
text = { en = "Dot", fa = "ضرب" }
[step.question]
kind = "number"
prompt = { en = "np.dot(a, b)?", fa = "np.dot(a, b)؟" }
expression = "np.dot(a, b)"
[[step]]
id = "run"
page = "train"
text = { en = "Run", fa = "اجرا" }
experiment = { optimizer = "sgd", learning_rate = 0.1, samples = 200, batch_size = 50 }
[step.question]
kind = "outcome"
prompt = { en = "What happens?", fa = "چه می‌شود؟" }
'''


def noise_mnist():
    import numpy as np
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, (200, 28, 28), dtype=np.uint8)
    return (images, rng.integers(0, 10, 200).astype(np.uint8)), (images[:10], np.zeros(10, np.uint8))


def test_the_student_is_asked_once_and_the_hand_in_is_written(qtbot, window, lesson_file, tmp_path):
    assert window.open_lesson(lesson_file(LESSON))
    with qtbot.waitSignal(window.lessons.checked):
        window.lessons.check("31")
    with qtbot.waitSignal(window.lessons.checked):
        window.lessons.check("32")
    window.lessons.remember_student(Student("Ada", "981"))
    with qtbot.waitSignal(window.lessons.handed_in) as blocker:
        folder = window.lessons.hand_in(str(tmp_path / "out"))
    assert blocker.args == [str(folder)] and folder.name == "Ada-981-mini"
    data = json.loads((folder / "handin.json").read_text(encoding="utf-8"))
    assert data["student"] == {"name": "Ada", "number": "981"}
    assert data["steps"][0]["answers"] == ["31", "32"] and data["steps"][0]["correct"] is True
    assert "Ada" in (folder / "report.html").read_text(encoding="utf-8")
    assert window.lessons.student(ask=False) == Student("Ada", "981")


def test_the_student_dialog_needs_both_fields(qtbot):
    dialog = StudentDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.findChild(QLineEdit, "handinNameEdit").setText("سارا")  # QTest cannot type Persian
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "handinNumberEdit"), "9912")
    assert ok.isEnabled() and dialog.student() == Student("سارا", "9912")


def test_the_review_lists_the_class_hardest_first_and_overlays_runs(qtbot, window, lesson_file, tmp_path):
    lesson = load_lesson(lesson_file(LESSON))
    data = noise_mnist()
    happened = lesson.step("run").check("smooth", data).outcome  # everyone predicts the run right
    for name, answers in (("Ada", ["32"]), ("Ben", ["5", "32"]), ("Cy", ["7"])):
        progress = Progress(lesson.id)
        for text in answers:
            progress.answered("dot", text, lesson.step("dot").check(text))
        progress.answered("run", happened, lesson.step("run").check(happened, data))
        write_handin(tmp_path / "class", Student(name, "1"), lesson, progress)
    (tmp_path / "class" / "broken").mkdir()
    (tmp_path / "class" / "broken" / "handin.json").write_text("{oops", encoding="utf-8")
    assert window.open_lesson(str(lesson.path))
    review = window.lessons.open_handins(str(tmp_path / "class"))
    table = review.findChild(QTableWidget, "lessonReviewTable")
    assert table.rowCount() == 4 and table.columnCount() == 2
    # the hardest first: Ben and Cy got it wrong; the header says of how many, and explains itself
    assert table.horizontalHeaderItem(0).text() == "dot\n✘ 2 of 3"
    assert "2 of 3 students answered wrong at least once" in table.horizontalHeaderItem(0).toolTip()
    assert "how many students answered" in review.findChild(QLabel, "lessonReviewSummary").text()
    assert [table.item(row, 0).text() for row in range(3)] == ["✔ 1", "✔ 2", "✘ 1"]
    assert table.item(3, 0).text().startswith("damaged")
    overlay = review.findChild(QPushButton, "lessonOverlayButton")
    assert not overlay.isEnabled()
    before = len(window.train_page.runs_view.runs())
    selection = table.selectionModel()
    for row in (0, 1):
        selection.select(table.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert overlay.isEnabled()
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton)
    assert len(window.train_page.runs_view.runs()) == before + 2
    assert window.tabs.currentWidget() is window.train_page


def test_experiment_runs_are_kept_as_run_records():
    from nnlab.lessons.format import Experiment
    run = run_experiment(Experiment(samples=200, batch_size=50), noise_mnist())
    assert run.status == "completed" and len(run.batches) == 4 and run.name.startswith("sgd lr 0.1")
