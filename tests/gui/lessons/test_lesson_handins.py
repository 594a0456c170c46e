"""Handing in from the window, and the teacher's review of a class with runs overlaid on the Train page."""

import json

import pytest
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


def opened_review(qtbot, window, folder):
    """Open the hand-ins in ``folder`` (read in the background) and return the review window."""
    with qtbot.waitSignal(window.lessons.review_opened, timeout=30_000) as blocker:
        window.lessons.open_handins(str(folder))
    return blocker.args[0]


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
    review = opened_review(qtbot, window, tmp_path / "class")
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
    qtbot.waitUntil(lambda: len(window.train_page.runs_view.runs()) == before + 2)  # records are read in a worker
    assert window.tabs.currentWidget() is window.train_page


def test_experiment_runs_are_kept_as_run_records():
    from nnlab.lessons.format import Experiment
    run = run_experiment(Experiment(samples=200, batch_size=50), noise_mnist())
    assert run.status == "completed" and len(run.batches) == 4 and run.name.startswith("sgd lr 0.1")


def test_a_class_of_links_is_listed_not_followed_and_tooltips_wait_to_be_asked(qtbot, window, lesson_file, tmp_path):
    """400 links to one 2 MB hand-in aborted the window in 12 s; every cell's tooltip was built at once."""
    lesson = load_lesson(lesson_file(LESSON))
    progress = Progress(lesson.id)
    for text in ("5", "6", "32"):
        progress.answered("dot", text, lesson.step("dot").check(text))
    real = write_handin(tmp_path / "class", Student("Ada", "1"), lesson, progress)
    for index in range(400):
        (tmp_path / "class" / f"link-{index:03d}").symlink_to(real, target_is_directory=True)
    assert window.open_lesson(str(lesson.path))
    review = opened_review(qtbot, window, tmp_path / "class")
    table = review.findChild(QTableWidget, "lessonReviewTable")
    assert table.rowCount() == 401 and table.item(0, 0).text() == "✔ 3"
    assert all("does not follow links" in table.item(row, 0).text() for row in range(1, 401))
    assert all(table.item(row, 0).toolTip() == "" for row in range(table.rowCount()))  # none built yet
    assert review.cell_tooltip(0, 0) == "answers: 5 | 6 | 32"
    assert "copy the hand-in here" in review.cell_tooltip(7, 0)


def test_a_class_folder_that_cannot_be_read_says_so(qtbot, window, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr("nnlab.gui.plain.message_box", lambda *args, **kwargs: messages.append(args[2]))
    with qtbot.waitSignal(window.lessons.review_failed, timeout=10_000):
        window.lessons.open_handins(str(tmp_path / "nowhere"))
    assert messages == [f"{tmp_path / 'nowhere'} is not a folder"]


def test_handing_in_again_onto_a_full_disk_keeps_the_first_hand_in(qtbot, window, lesson_file, tmp_path,
                                                                    monkeypatch):
    """handin.json was deleted before the new one was written: a full disk lost the hand-in."""
    resource = pytest.importorskip("resource")
    import signal
    assert window.open_lesson(lesson_file(LESSON))
    with qtbot.waitSignal(window.lessons.checked):
        window.lessons.check("32")
    window.lessons.remember_student(Student("Ada", "981"))
    first = window.lessons.hand_in(str(tmp_path / "out"))
    before = (first / "handin.json").read_bytes()
    messages = []
    monkeypatch.setattr("nnlab.gui.plain.message_box", lambda *args, **kwargs: messages.append(args[1:]))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, hard))  # every file past 200 bytes fails, as on a full disk
    try:
        assert window.lessons.hand_in(str(tmp_path / "out")) is None
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert messages and messages[0][0] == "Could not hand in" and "File too large" in messages[0][1]
    assert (first / "handin.json").read_bytes() == before  # the first hand-in, whole
