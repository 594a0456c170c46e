"""Text from outside is only ever text: every door through which a name, a lesson value or a student's
answer reaches the window, driven with an image tag that points at a tripwire FIFO.

Qt renders a string that looks like HTML as rich text and loads the pictures its ``<img>`` tags name:
``<img src="/dev/zero">`` aborts the window, a FIFO freezes it. Here the tag names a FIFO watched by
a thread that answers every reader with an empty file at once, so a regression can neither hang nor
kill the test run: it shows up as ``tripwire.readers`` > 0, and the text shown would not be the
name itself. File and folder names cannot hold "/", so theirs spell the slashes as ``&#47;``, the
way an attacker would (Qt decodes the entity).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QTableWidget,
    QToolButton,
    QToolTip,
)

from nnlab.gui import plain
from nnlab.gui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")


TRIPWIRE = """
import os, sys
fifo, tally = sys.argv[1:]
while True:
    descriptor = os.open(fifo, os.O_WRONLY)      # waits for a reader
    with open(tally, "a") as marks:              # counted before the reader is let go
        marks.write("x")
    os.close(descriptor)                         # the reader sees an empty file
"""


class Tripwire:
    """A FIFO that counts its readers; each one gets an empty file at once, so no reader ever waits.

    The answering runs in a process of its own: a Qt call that reads the FIFO in this process may hold
    the GIL until its read returns, which a thread here could never let happen.
    """

    def __init__(self, path: Path):
        self.path, self.tally = path, path.with_name(path.name + ".tally")
        os.mkfifo(path)
        self.tally.write_text("")
        self._process = subprocess.Popen([sys.executable, "-c", TRIPWIRE, str(path), str(self.tally)])

    @property
    def readers(self) -> int:
        return len(self.tally.read_text())

    def close(self) -> None:
        """An empty ordinary file takes the FIFO's place first: a window a failed test left showing the
        tag reads that from now on, instead of waiting for a writer that is gone."""
        stand_in = self.path.with_name(self.path.name + ".empty")
        stand_in.write_bytes(b"")
        os.replace(stand_in, self.path)
        self._process.kill()
        self._process.wait()


@pytest.fixture
def tripwire(tmp_path):
    wire = Tripwire(tmp_path / "trap")
    yield wire
    wire.close()


def text_payload(tripwire) -> str:
    """An answer, a run name, a lesson value: anything that may hold a slash."""
    return f'<img src="{tripwire.path}">'


def name_payload(tripwire) -> str:
    """A file or folder name: its slashes spelled as HTML entities."""
    return '<img src="' + str(tripwire.path).replace("/", "&#47;") + '">'


def shown(text: str) -> str:
    """What Qt shows for ``text`` where it guesses the format (every tooltip): parsed as HTML when it
    looks like HTML (parsing loads no picture; laying out would)."""
    return QTextDocumentFragment.fromHtml(text).toPlainText() if QtGui.Qt.mightBeRichText(text) else text


def show_tooltip(widget, position: QPoint) -> str:
    """Hover ``widget`` at ``position`` as the mouse would; the tooltip Qt then shows, drawn."""
    QToolTip.hideText()  # it fades out: wait, so the text read below is the new tooltip's
    deadline = time.monotonic() + 3
    while QToolTip.isVisible() and time.monotonic() < deadline:
        QApplication.processEvents()
    event = QHelpEvent(QEvent.Type.ToolTip, position, widget.mapToGlobal(position))
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()
    assert QToolTip.isVisible()
    QToolTip.showText(widget.mapToGlobal(position), QToolTip.text(), widget)  # laid out and painted
    QApplication.processEvents()
    return QToolTip.text()


def assert_alive_and_literal(window, tripwire, text: str, payload: str) -> None:
    QApplication.processEvents()
    assert window.isVisible()
    assert tripwire.readers == 0, "Qt read the picture an outside text named"
    assert payload in text


def visible_box(name: str) -> QMessageBox:
    boxes = [box for box in QApplication.topLevelWidgets()
             if isinstance(box, QMessageBox) and box.objectName() == name and box.isVisible()]
    assert len(boxes) == 1, f"no message box {name} is showing"
    box = boxes[0]
    box.grab()  # laid out and painted: a rich text would load its pictures now
    return box


def assert_box_shows(window, tripwire, name: str, payload: str) -> QMessageBox:
    box = visible_box(name)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert_alive_and_literal(window, tripwire, box.text(), payload)
    box.close()
    return box


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


# -- the one rule ------------------------------------------------------------------------------------
def every_label(window) -> list:
    return [label for top in QApplication.topLevelWidgets() for label in top.findChildren(QLabel)]


def left_to_guess(window) -> list:
    """Labels of nnlab that Qt would still guess about. pyqtgraph's own context menus (fixed words)
    and Qt's empty icon labels in message boxes hold no outside text."""
    from PySide6.QtWidgets import QMenu

    def in_a_menu(widget) -> bool:
        while widget is not None:
            if isinstance(widget, QMenu):
                return True
            widget = widget.parentWidget()
        return False

    return [f"{label.objectName() or type(label.parentWidget()).__name__}: {label.text()[:40]!r}"
            for label in every_label(window)
            if label.textFormat() == Qt.TextFormat.AutoText and not in_a_menu(label)
            and not (label.objectName().startswith("qt_") and not label.text())]


def test_no_label_on_any_page_or_dialog_is_left_to_guess(qtbot, window, tmp_path):
    from nnlab.gui.lessons.handin_dialog import StudentDialog

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    for index in range(window.concepts_page.demo_list.count()):
        window.concepts_page.show_demo(index)  # every demo is built on first show
    dialog = StudentDialog(window)
    qtbot.addWidget(dialog)
    (tmp_path / "class" / "someone").mkdir(parents=True)
    with qtbot.waitSignal(window.lessons.review_opened, timeout=20_000):  # the class is read in the worker
        window.lessons.open_handins(str(tmp_path / "class"))
    window.show_shortcuts()
    window.show_about()
    if not window.lessons.dock.isVisible():
        qtbot.mouseClick(window.findChild(QToolButton, "lessonToggleButton"), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert left_to_guess(window) == []
    plain_markup = [label.text()[:60] for label in every_label(window)
                    if label.textFormat() == Qt.TextFormat.PlainText and QtGui.Qt.mightBeRichText(label.text())]
    assert plain_markup == [], "a label of our own formatted words shows its tags"


def test_the_tooltip_helper_keeps_plain_text_and_escapes_what_qt_would_parse():
    assert plain.tooltip("Run 3: Adam, 97.9%") == "Run 3: Adam, 97.9%"
    for hostile in ('<img src="/dev/zero">', "<b>bold</b>\nsecond line", "a &lt; b", '<img src="&#47;dev&#47;zero">'):
        assert shown(plain.tooltip(hostile)) == hostile


# -- the doors ---------------------------------------------------------------------------------------
def test_a_refused_lesson_shows_its_file_name_and_bad_value_as_text(qtbot, window, tripwire, tmp_path):
    path = tmp_path / (name_payload(tripwire) + ".toml")
    path.write_text('id = "x"\ntitle = { en = "T" }\n[[step]]\nid = "a"\npage = \'' + text_payload(tripwire)
                    + '\'\ntext = { en = "t" }\n', encoding="utf-8")  # a TOML literal string: quotes kept
    with qtbot.waitSignal(window.lessons.open_failed):
        assert not window.open_lesson(str(path))
    box = assert_box_shows(window, tripwire, "lessonErrorBox", name_payload(tripwire))
    assert "page" in box.text() and text_payload(tripwire) in box.text()


def test_nnlab_dash_dash_lesson_with_a_hostile_file_name_opens_and_says_so(tmp_path):
    """The real command in a process of its own, with a real /dev/zero payload: a regression ends that
    process (or its timeout), never this one."""
    hostile = tmp_path / '<img src="&#47;dev&#47;zero">.toml'
    hostile.write_text("title = [", encoding="utf-8")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "app = QApplication([])\n"
        "def report():\n"
        "    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]\n"
        "    for box in boxes:\n"
        "        box.grab()\n"
        "        print('BOX', box.objectName(), box.textFormat().name, box.text(), flush=True)\n"
        "    app.quit()\n"
        "QTimer.singleShot(1500, report)\n"
        "from nnlab.cli import main\n"
        "sys.exit(main(['--lang', 'en', '--lesson', sys.argv[1]]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-c", script, str(hostile)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"BOX lessonErrorBox PlainText {hostile.name}: is not valid TOML" in result.stdout


def test_the_class_review_shows_folder_names_and_answers_as_text(qtbot, window, tripwire, tmp_path):
    from nnlab.lessons import load_lesson
    from nnlab.lessons.handin import Student, write_handin
    from nnlab.lessons.progress import Progress

    lesson_path = tmp_path / "mini.toml"
    lesson_path.write_text('id = "mini"\ntitle = { en = "Mini" }\n[[step]]\nid = "dot"\npage = "tensors"\n'
                           'text = { en = "Dot" }\n[step.question]\nkind = "number"\nprompt = { en = "?" }\n'
                           'expression = "np.dot(a, b)"\n', encoding="utf-8")
    lesson = load_lesson(str(lesson_path))
    assert window.open_lesson(str(lesson_path))  # the review's columns are this lesson's questions
    classroom = tmp_path / name_payload(tripwire)
    progress = Progress(lesson.id)
    progress.answered("dot", text_payload(tripwire), lesson.step("dot").check("5"))  # as a tampered hand-in says
    write_handin(classroom, Student(text_payload(tripwire), "1"), lesson, progress)
    damaged = classroom / name_payload(tripwire)
    (damaged / "handin.json").mkdir(parents=True)   # not a file: a damaged hand-in named by its folder

    with qtbot.waitSignal(window.lessons.review_opened, timeout=20_000) as opened:  # read in the worker
        window.lessons.open_handins(str(classroom))
    review = opened.args[0]
    qtbot.waitExposed(review)
    summary = review.summary
    assert summary.textFormat() == Qt.TextFormat.PlainText
    assert_alive_and_literal(window, tripwire, summary.text(), name_payload(tripwire))
    table = review.findChild(QTableWidget, "lessonReviewTable")
    rows = {table.verticalHeaderItem(row).text(): row for row in range(table.rowCount())}
    damaged_row = rows[name_payload(tripwire)]
    answered_row = next(row for name, row in rows.items() if name != name_payload(tripwire))
    for row, payload in ((damaged_row, name_payload(tripwire)), (answered_row, text_payload(tripwire))):
        rect = table.visualRect(table.model().index(row, 0))
        tip = show_tooltip(table.viewport(), rect.center())
        assert_alive_and_literal(window, tripwire, shown(tip), payload)


def test_a_record_folder_that_cannot_be_opened_is_named_as_text(qtbot, window, tripwire, tmp_path):
    folder = tmp_path / name_payload(tripwire)
    folder.mkdir()
    (folder / "run.json").write_text("{", encoding="utf-8")
    with qtbot.waitSignal(window.train_page.files.open_failed, timeout=20_000):  # read in the background
        window.lessons.overlay_runs([str(folder)])  # the class review's "Show the selected students' runs"
    assert_box_shows(window, tripwire, "openRecordErrorBox", name_payload(tripwire))
    assert window.train_page.runs.entries() == []


def test_a_run_name_from_a_record_shows_as_text_in_the_table_tooltip(qtbot, window, tripwire, tmp_path):
    from nnlab.training.config import RunConfig
    from nnlab.training.record_files import save_record
    from nnlab.training.runs import Run

    run = Run(name=text_payload(tripwire), config=RunConfig(hidden=(4,), epochs=1), status="completed")
    folder = save_record(run, tmp_path / "record")
    window.tabs.setCurrentWidget(window.train_page)
    with qtbot.waitSignal(window.train_page.files.record_opened, timeout=20_000) as opened:
        window.train_page.files.open_run(str(folder))
    entry = opened.args[0]
    table = window.train_page.findChild(QTableView, "runsView")
    rect = table.visualRect(table.model().index(window.train_page.runs.row_of(entry), 0))
    tip = show_tooltip(table.viewport(), rect.center())
    assert_alive_and_literal(window, tripwire, shown(tip), text_payload(tripwire))


def test_file_open_model_names_a_bad_file_as_text(window, tripwire, tmp_path, monkeypatch):
    bad = tmp_path / (name_payload(tripwire) + ".npz")
    bad.write_bytes(b"not a model")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(bad), ""))
    window.open_model_action.trigger()
    assert_box_shows(window, tripwire, "openModelErrorBox", name_payload(tripwire))
    assert window.session.model is None


def test_the_draw_pages_model_chooser_names_a_bad_file_as_text(qtbot, window, tripwire, tmp_path):
    bad = tmp_path / (name_payload(tripwire) + ".npz")
    bad.write_bytes(b"not a model")
    window.tabs.setCurrentWidget(window.draw_page)
    assert not window.draw_page.chooser.load_file(str(bad))
    message = window.draw_page.findChild(QLabel, "modelMessage")
    assert message.textFormat() == Qt.TextFormat.PlainText
    message.grab()
    assert_alive_and_literal(window, tripwire, message.text(), name_payload(tripwire))
    tip = show_tooltip(message, message.rect().center())  # the reader's own words, naming the file
    assert_alive_and_literal(window, tripwire, shown(tip), name_payload(tripwire))


def test_a_picture_dropped_on_the_canvas_is_named_as_text(qtbot, window, tripwire, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    picture = tmp_path / (name_payload(tripwire) + ".png")
    picture.write_bytes(b"not a picture")
    window.tabs.setCurrentWidget(window.draw_page)
    canvas = window.draw_page.canvas
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, QDragEnterEvent(QPoint(50, 50), *args))  # dragged in, then let go
    QApplication.sendEvent(canvas, QDropEvent(QPointF(50, 50), *args))
    message = window.draw_page.findChild(QLabel, "canvasMessage")
    qtbot.waitUntil(message.isVisible)
    assert message.textFormat() == Qt.TextFormat.PlainText
    message.grab()
    assert_alive_and_literal(window, tripwire, message.text(), name_payload(tripwire))


def test_a_hand_in_that_cannot_be_written_names_the_place_as_text(qtbot, window, tripwire, tmp_path):
    from nnlab.lessons.handin import Student

    blocked = tmp_path / name_payload(tripwire)
    blocked.write_text("a file where the hand-in folder should go", encoding="utf-8")
    window.lessons.remember_student(Student("Ada", "981"))
    assert window.lessons.hand_in(str(blocked)) is None
    assert_box_shows(window, tripwire, "handinErrorBox", name_payload(tripwire))


def test_the_tripwire_catches_a_label_left_to_guess(qtbot, tripwire):
    """The instrument works: the same text in a label that guesses is read as a picture."""
    label = QLabel(text_payload(tripwire))
    qtbot.addWidget(label)
    label.show()
    label.grab()
    deadline = time.monotonic() + 5
    while tripwire.readers == 0 and time.monotonic() < deadline:
        QApplication.processEvents()
    assert tripwire.readers >= 1


def test_a_name_from_outside_cannot_end_its_isolate_early():
    """A run or file named with direction controls of its own ("…\u2069…") is shown as one isolated name."""
    from nnlab.gui import i18n

    hostile = "run\u2069 (3)\u2067x\u202e"
    shown = i18n.name(hostile)
    assert shown == "\u2068run (3)x\u2069"
    assert shown.count("\u2069") == 1 and shown.startswith("\u2068") and shown.endswith("\u2069")
