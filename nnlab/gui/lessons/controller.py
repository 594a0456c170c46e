"""The lesson dock in the window: opening lessons, grading off the GUI thread, "Show me", hand-ins, review.

The window calls :func:`install` once; everything else happens here, through the pages' public
methods only (``tensors_page.try_expression``, ``concepts_page.show_demo``,
``train_page.controls.set_config``, ``train_page.start_comparison``, ``train_page.files.open_run``) and
``window.findChild`` for the controls a step locks or hides.
"""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QStyle,
    QToolButton,
    QWidget,
)

from nnlab.gui import i18n, plain
from nnlab.gui.lessons.handin_dialog import StudentDialog
from nnlab.gui.lessons.panel import LessonPanel
from nnlab.gui.lessons.review_window import ReviewWindow
from nnlab.gui.settings import open_settings, read_json_setting, read_setting
from nnlab.gui.workers import Cancelled, Worker, current_job
from nnlab.lessons import LessonError, bundled_lesson, load_lesson, workspace
from nnlab.lessons.experiments import Interrupted
from nnlab.lessons.format import DEMOS, LANGUAGES
from nnlab.lessons.handin import Student, write_handin
from nnlab.lessons.lesson import check_lesson_expressions
from nnlab.lessons.progress import Progress
from nnlab.lessons.review import read_class, review

LESSON_KEY = "lessons/path"
PROGRESS_KEY = "lessons/progress/{0}"
STUDENT_KEY = "lessons/student"
VISIBLE_KEY = "lessons/dock_visible"
# Below this screen width the dock would squeeze the pages, so it starts closed (its tab-bar button
# shows that a lesson is there, one click away).
WIDE_SCREEN = 1600


class LessonDock(i18n.Retranslatable, QDockWidget):
    """The collapsible dock (objectName ``lessonPanel``); tells the controller when the language changes."""

    retranslated = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setMinimumWidth(280)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Lesson"))
        self.retranslated.emit()


class LessonController(QObject):
    """Signals: ``lesson_opened(lesson)``, ``open_failed(message)``, ``checked(verdict)`` after every
    grading, ``check_failed(message)``, ``handed_in(path)``, ``review_opened(review window)`` once a
    class folder has been read (in the worker), ``review_failed(message)``."""

    lesson_opened = Signal(object)
    open_failed = Signal(str)
    checked = Signal(object)
    check_failed = Signal(str)
    handed_in = Signal(str)
    review_opened = Signal(object)
    review_failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson = None
        self.progress: Progress | None = None
        self.review_window = None
        self._entered = time.monotonic()
        self._pending = None  # job id of the answer being graded
        self._pending_job = None  # its Job, cancelled when the student leaves the step
        self._verdict = None  # the verdict shown for the current step (shown again after a language switch)
        self._jobs: dict = {}  # job id -> what to do with its result in the GUI thread
        self._failures: dict = {}  # job id -> what to do with its error (else it is a grading's)
        self._changed: list = []  # (widget, was enabled, was visible) of the current step's locks
        self.worker = Worker(self, "nnlab-lessons")
        self.worker.finished.connect(lambda job_id, result: self._jobs.pop(job_id, lambda _: None)(result))
        self.worker.failed.connect(self._job_failed)
        self.panel = LessonPanel()
        self.dock = LessonDock(window)
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.panel.check_requested.connect(self.check)
        self.panel.show_requested.connect(self.show_me)
        self.panel.step_requested.connect(self.go_to)
        self._add_actions()
        self.dock.retranslated.connect(self._retranslate)
        self._retranslate()

    def _add_actions(self) -> None:
        window = self.window
        self.open_action = QAction(window, objectName="openLessonAction", triggered=lambda: self.open_lesson())
        self.handin_action = QAction(window, objectName="handInLessonAction", triggered=lambda: self.hand_in())
        self.review_action = QAction(window, objectName="openHandinsAction", triggered=lambda: self.open_handins())
        menu, before = window.file_menu, window.quit_action
        menu.insertActions(before, [self.open_action, self.handin_action, self.review_action])
        menu.insertSeparator(before)
        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setShortcut("F9")
        window.view_menu.insertAction(window.view_menu.actions()[len(window.pages)], self.toggle_action)
        self.toggle_button = QToolButton(window, objectName="lessonToggleButton", autoRaise=True,
                                         toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setDefaultAction(self.toggle_action)
        self.toggle_action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView))
        window.tabs.setCornerWidget(self.toggle_button, Qt.Corner.TopRightCorner)
        # Only the student's own clicks are remembered (closing the window hides the dock too).
        self.toggle_action.triggered.connect(lambda shown: open_settings().setValue(VISIBLE_KEY, "true" if shown
                                                                                    else "false"))

    def _retranslate(self) -> None:
        self.open_action.setText(self.tr("Open &lesson…"))
        self.handin_action.setText(self.tr("&Hand in lesson…"))
        self.review_action.setText(self.tr("Open &hand-ins…"))
        self.toggle_action.setText(self.tr("&Lesson panel"))
        if self.lesson is not None:
            self._show_current()

    # -- opening -------------------------------------------------------------------------------------
    def restore(self) -> None:
        """At start: the lesson open last time (or the bundled chapter lesson), at the step left."""
        settings = open_settings()
        screen = self.window.screen().availableGeometry().width()
        shown = read_setting(settings, VISIBLE_KEY, str, "true" if screen >= WIDE_SCREEN else "false",
                             valid=("true", "false"))
        self.dock.setVisible(shown == "true")
        path = read_setting(settings, LESSON_KEY, str, "")
        if not (path and self.open_lesson(path, quiet=True)):
            self.open_lesson(str(bundled_lesson().path), quiet=True)

    def open_lesson(self, path: str | None = None, quiet: bool = False) -> bool:
        """Open the lesson at ``path`` (asks for a file when None); a broken one is refused, with a
        message naming file, step and field, and the lesson open before stays."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open lesson"), "",
                                                  self.tr("Lessons ({0})").format("*.toml"))
            if not path:
                return False
        try:
            lesson = load_lesson(path, check_expressions=False)  # the explorer's check runs in the worker
            self._check_object_names(lesson)
            lesson.require_language(i18n.current_language())
        except LessonError as error:
            if not quiet:
                self._refuse(str(error))
            return False
        self._leave_step()
        if not quiet:
            self.dock.show()
        self.lesson = lesson
        self.progress = Progress.from_dict(read_json_setting(open_settings(), PROGRESS_KEY.format(lesson.id)), lesson)
        open_settings().setValue(LESSON_KEY, str(Path(path).resolve()))
        self.go_to(self.progress.current)
        self.lesson_opened.emit(lesson)
        self._check_expressions(lesson)
        return True

    def _check_expressions(self, lesson) -> None:
        """Let the explorer check the lesson's expressions in the worker (seconds, for a costly one); one it
        refuses closes the lesson again, with the refusal, and the chapter's own lesson takes its place."""
        job_id = self._submit(lambda: check_lesson_expressions(lesson, lambda: self.lesson is not lesson),
                              lambda _: None)

        def refused(error) -> None:
            if self.lesson is lesson:
                self._refuse(str(error))
                self.open_lesson(str(bundled_lesson().path), quiet=True)
        self._failures[job_id] = refused

    def _check_object_names(self, lesson) -> None:
        """A step may lock or hide the controls on the pages, never the way around: the tabs, the menus,
        the lesson panel and its Back/Next. Otherwise a lesson could shut the student into one step, and
        since the step is remembered, shut them in again after every restart."""
        for step in lesson.steps:
            for field in ("lock", "hide"):
                for name in getattr(step, field):
                    if self.page_control(name) is not None:
                        continue
                    problem = (f"the window has no control called {name!r}"
                               if self.window.findChild(QWidget, name) is None else
                               f"{name!r} is not a control on a page; a lesson may lock or hide only the controls "
                               f"on the Train, Draw, Tensors and Concepts pages, never the tabs, the menus or the "
                               f"lesson panel: take {name!r} out of {field}")
                    raise LessonError(problem, Path(lesson.path).name, step.id, field)

    def page_control(self, name: str) -> QWidget | None:
        """The control called ``name`` on one of the pages (None when no page has one)."""
        for page in self.window.pages:
            widget = page.findChild(QWidget, name)
            if widget is not None:
                return widget
        return None

    def _refuse(self, message: str) -> None:
        plain.message_box(self.window, self.tr("Could not open the lesson"), message, object_name="lessonErrorBox")
        self.open_failed.emit(message)

    # -- moving through the lesson -------------------------------------------------------------------
    def current_step(self):
        return None if self.lesson is None else self.lesson.steps[self.progress.current]

    def go_to(self, index: int) -> None:
        if self.lesson is None:
            return
        self._leave_step()
        index = max(0, min(index, len(self.lesson.steps) - 1))
        self.progress.current = index
        step = self.lesson.steps[index]
        self.progress.record(step.id)
        self._entered = time.monotonic()
        self._cancel_pending()
        self._verdict = None
        self.panel.answer_edit.clear()
        self._apply_locks(step)
        self._show_current()
        self._save_progress()

    def _leave_step(self) -> None:
        if self.lesson is not None:
            self.progress.spent(self.current_step().id, time.monotonic() - self._entered)
        self._entered = time.monotonic()

    def _show_current(self) -> None:
        step, lang = self.current_step(), i18n.current_language()
        problems = self.lesson.missing_translations(lang)
        use = lang if not problems else next((other for other in LANGUAGES if not
                                              self.lesson.missing_translations(other)), "en")

        def text(value) -> str:
            return (value.get(use) or value.get("en") or "") if value is not None else ""
        question = step.question
        texts = {"title": text(step.title) or step.id, "text": text(step.body),
                 "prompt": text(question.prompt) if question else "",
                 "choices": [text(choice) for choice in question.choices] if question else [],
                 "warning": self.tr("This lesson has no translation for the chosen language: {0}").format(problems[0])
                 if problems else ""}
        typed, picked = self.panel.answer_edit.text(), self.panel.answer()
        self.panel.show_step(text(self.lesson.title), step, texts, self.progress.current, len(self.lesson.steps))
        self.panel.restore_answer(typed, picked)
        if self._verdict is not None:
            self.panel.show_verdict(self._verdict, use)
        record = self.progress.records.get(step.id)
        self.panel.set_progress(self.progress.done(self.lesson.steps), len(self.lesson.steps), record)

    def _apply_locks(self, step) -> None:
        for widget, enabled, visible in self._changed:
            try:
                widget.setEnabled(enabled)
                widget.setVisible(visible)
            except RuntimeError:  # the widget is gone (a page rebuilt it)
                pass
        self._changed = []
        for names, change in ((step.lock, lambda w: w.setEnabled(False)), (step.hide, lambda w: w.setVisible(False))):
            for name in names:
                widget = self.page_control(name)
                if widget is not None:
                    self._changed.append((widget, widget.isEnabled(), widget.isVisibleTo(widget.parentWidget())
                                          if widget.parentWidget() else True))
                    change(widget)

    def show_me(self) -> None:
        """Put the step's page in the state the step talks about."""
        step = self.current_step()
        if step is None:
            return
        window = self.window
        page = {"train": window.train_page, "draw": window.draw_page, "tensors": window.tensors_page,
                "concepts": window.concepts_page}[step.page]
        window.tabs.setCurrentWidget(page)
        if step.show.expression:
            expression = step.show.expression
            if workspace.names_data(expression) and window.session.dataset("mnist") is None:
                self._submit(workspace.mnist, lambda data: (self._share(data),
                                                            window.tensors_page.try_expression(expression)))
            else:
                window.tensors_page.try_expression(expression)
        if step.show.demo:
            window.concepts_page.show_demo(DEMOS.index(step.show.demo))
        if step.page == "train" and step.experiment is not None:
            # the step's experiment on its images, keeping the student's validation split: Show me never
            # silently turns validation off (issue 27, item 10)
            controls = window.train_page.controls
            controls.set_config(dataclasses.replace(step.experiment.config(),
                                                    validation_split=controls.config().validation_split))
        if step.show.comparison:
            window.train_page.start_comparison(step.show.comparison)

    # -- checking ------------------------------------------------------------------------------------
    def _submit(self, function, then) -> int:
        job = self.worker.submit(function)
        self._jobs[job.id] = then
        return job.id

    def _cancel_pending(self) -> None:
        """Stop grading the answer of the step being left: its experiment would only keep the worker
        (and so every later Check) busy for an answer nobody waits for."""
        if self._pending_job is not None:
            self._pending_job.cancel()
            self._jobs.pop(self._pending_job.id, None)
        self._pending = self._pending_job = None

    def _share(self, data) -> None:
        """MNIST loaded for a lesson is the session's too (the Tensors page shows it at once)."""
        if data is not None and self.window.session.dataset("mnist") is None:
            self.window.session.set_dataset("mnist", data)

    def check(self, answer: str) -> None:
        """Grade ``answer`` to the current step in the background; ``checked`` fires with the verdict."""
        step = self.current_step()
        if step is None or step.question is None or self._pending is not None:
            return
        data = self.window.session.dataset("mnist")

        def grade():
            job = current_job()
            loaded = workspace.mnist() if data is None and workspace.needs_mnist(step) else data
            try:
                return step.check(answer, loaded, should_stop=lambda: job.cancelled), loaded
            except Interrupted:
                raise Cancelled from None

        job = self.worker.submit(grade)
        self._jobs[job.id] = lambda result: self._graded(job.id, step.id, answer, *result)
        self._pending, self._pending_job = job.id, job
        loading = data is None and workspace.needs_mnist(step)
        self.panel.set_checking(self.tr("Loading MNIST, then checking…") if loading else
                                self.tr("Running the experiment…") if step.question.kind == "outcome"
                                else self.tr("Checking…"))

    def _graded(self, job_id: int, step_id: str, answer: str, verdict, data) -> None:
        self._share(data)
        if self._pending != job_id:
            return  # the student moved on: this answer belongs to another step
        self._pending = self._pending_job = None
        self._verdict = verdict
        self.progress.answered(step_id, answer, verdict)
        self._save_progress()
        self.panel.show_verdict(verdict, i18n.current_language())
        self.panel.set_progress(self.progress.done(self.lesson.steps), len(self.lesson.steps),
                                self.progress.records.get(step_id))
        self.checked.emit(verdict)

    def _job_failed(self, job_id: int, error) -> None:
        self._jobs.pop(job_id, None)
        handler = self._failures.pop(job_id, None)
        if handler is not None:
            handler(error)
            return
        if self._pending != job_id:
            return
        self._pending = self._pending_job = None
        message = self.tr("This answer could not be checked: {0}").format(error)
        self.panel.show_failure(message)
        self.check_failed.emit(message)

    def _save_progress(self) -> None:
        if self.progress is not None:
            open_settings().setValue(PROGRESS_KEY.format(self.progress.lesson_id), json.dumps(self.progress.to_dict()))

    # -- hand-in and review --------------------------------------------------------------------------
    def student(self, ask: bool = True) -> Student | None:
        """The student's name and number: remembered, or asked once."""
        saved = read_json_setting(open_settings(), STUDENT_KEY) or {}
        try:
            return Student(str(saved.get("name", "")), str(saved.get("number", "")))
        except ValueError:
            if not ask:
                return None
        dialog = StudentDialog(self.window)
        if dialog.exec() != StudentDialog.DialogCode.Accepted:
            return None
        student = dialog.student()
        self.remember_student(student)
        return student

    def remember_student(self, student: Student) -> None:
        open_settings().setValue(STUDENT_KEY, json.dumps({"name": student.name, "number": student.number}))

    def hand_in(self, folder: str | None = None) -> Path | None:
        """Write the hand-in folder (into ``folder``, or one the student picks)."""
        if self.lesson is None:
            return None
        student = self.student()
        if student is None:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.window, self.tr("Hand in the lesson into which folder?"),
                                                      str(Path.home()))
            if not folder:
                return None
        self._leave_step()
        try:
            path = write_handin(folder, student, self.lesson, self.progress, i18n.current_language(),
                                QCoreApplication.translate)
        except (OSError, ValueError) as error:
            plain.message_box(self.window, self.tr("Could not hand in"), str(error), object_name="handinErrorBox")
            return None
        self.window.statusBar().showMessage(self.tr("Handed in to {0}").format(i18n.name(path)), 8000)
        self.handed_in.emit(str(path))
        return path

    def open_handins(self, folder: str | None = None) -> None:
        """Read a folder of hand-in folders in the worker, then show its review (``review_opened``)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open a folder of hand-ins"),
                                                      str(Path.home()))
            if not folder:
                return
        job_id = self._submit(lambda: read_class(folder), lambda handins: self._show_review(folder, handins))
        self._failures[job_id] = lambda error: self._refuse_handins(str(error))
        self.window.statusBar().showMessage(self.tr("Reading the hand-ins in {0}…").format(i18n.name(folder)))

    def _refuse_handins(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        plain.message_box(self.window, self.tr("Could not open the hand-ins"), message, object_name="handinsErrorBox")
        self.review_failed.emit(message)

    def _show_review(self, folder: str, handins: list) -> None:
        self.window.statusBar().clearMessage()
        lesson = self.lesson if self.lesson is not None and any(
            h.lesson_id == self.lesson.id for h in handins) else None
        lang = i18n.current_language()
        titles = {step.id: (step.title.get(lang) or step.title.get("en") or step.id) if step.title else step.id
                  for step in (lesson.steps if lesson else [])}
        if self.review_window is not None:
            self.review_window.close()
        self.review_window = ReviewWindow(review(handins, lesson), str(folder), titles, self.window)
        self.review_window.overlay_requested.connect(self.overlay_runs)
        self.review_window.show()
        self.review_opened.emit(self.review_window)

    def overlay_runs(self, folders: list) -> None:
        self.window.tabs.setCurrentWidget(self.window.train_page)
        for folder in folders:
            self.window.train_page.files.open_run(str(folder))

    def shutdown(self) -> None:
        self._leave_step()
        self._save_progress()
        self.worker.close()


def install(window) -> LessonController:
    """Add the lesson dock and the File menu's lesson actions to ``window``; open the last lesson."""
    controller = LessonController(window)
    controller.restore()
    return controller
