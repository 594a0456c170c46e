"""The lesson panel: one step at a time, predict, check, read why, go on.

A pure view: it shows a step and a verdict and emits what the student asks for
(``check_requested(answer)``, ``show_requested``, ``step_requested(index)``); the controller
(:mod:`nnlab.gui.lessons.controller`) does the grading off the GUI thread and the page changes.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnlab.explorer.messages import QT_TRANSLATE_NOOP
from nnlab.gui import i18n, plain
from nnlab.gui.i18n import Retranslatable, in_reading_direction, keep_isolates_whole
from nnlab.gui.rich_text import GREY, code, sections_html
from nnlab.lessons.checking import CONTEXT
from nnlab.lessons.format import OUTCOMES
from nnlab.palette import BLUE, GREEN, VERMILION

MAX_EXPLANATION_HEIGHT = 360
OUTCOME_TITLES = {"smooth": QT_TRANSLATE_NOOP("lessons", "The loss goes down smoothly"),
                  "oscillate": QT_TRANSLATE_NOOP("lessons", "The loss oscillates"),
                  "diverge": QT_TRANSLATE_NOOP("lessons", "The loss diverges (blows up)")}
KIND_HINTS = {"shape": QT_TRANSLATE_NOOP("lessons", "Your prediction, e.g. {0}"),
              "number": QT_TRANSLATE_NOOP("lessons", "Your prediction: a number")}


def lesson_text(context_text: str) -> str:
    return QCoreApplication.translate(CONTEXT, context_text)


def render_lines(lines) -> str:
    """The verdict's sentences, translated in the "lessons" context, code kept left to right."""
    def translate(_context, text):
        return html.escape(lesson_text(text), quote=False)
    return "".join(f"<p style='margin:2px 0'>{keep_isolates_whole(line.render(translate, code))}</p>"
                   for line in lines)


def paragraphs(text: str) -> str:
    return "".join(f"<p>{keep_isolates_whole(html.escape(part))}</p>" for part in text.split("\n\n"))


class ClickableLabel(QLabel):
    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event):
        self.clicked.emit()
        super().mousePressEvent(event)


class ChoiceRow(QWidget):
    """A radio button with a label that wraps (a QRadioButton's own text never does, and a long option
    would widen the whole dock); clicking the label picks the option too."""

    def __init__(self, text: str, name: str, parent=None):
        super().__init__(parent)
        self.button = QRadioButton(objectName=name)
        self.label = ClickableLabel()
        self.label.clicked.connect(self.button.click)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.label.setText(keep_isolates_whole(text))
        self.button.setAccessibleName(text)


class LessonPanel(Retranslatable, QWidget):
    """What the dock shows. Object names are the public handles the tests and lessons use."""

    check_requested = Signal(str)
    show_requested = Signal()
    step_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonContents")
        self.index, self.count = 0, 0
        self.question = None
        self._build()
        self.retranslate_ui()
        self.show_nothing()

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.lesson_title = QLabel(objectName="lessonTitle", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.lesson_title.setStyleSheet(f"color:{GREY}")
        self.progress_bar = QProgressBar(objectName="lessonProgress", textVisible=False, maximumHeight=6)
        self.progress_label = plain.label(objectName="lessonProgressLabel")
        self.progress_label.setStyleSheet(f"color:{GREY}")
        # Sizes relative to the application font (rich text "large"), so View > Zoom scales them too.
        self.step_title = QLabel(objectName="lessonStepTitle", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.step_text = QLabel(objectName="lessonStepText", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.step_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(objectName="lessonShowButton")
        self.show_button.clicked.connect(self.show_requested)
        self.show_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))

        self.question_frame = QFrame(objectName="lessonQuestion")
        self.question_frame.setStyleSheet("#lessonQuestion { background:#f4f7fa; border-radius:6px; }")
        self.prompt = QLabel(objectName="lessonPrompt", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.prompt.setStyleSheet("font-weight:600")
        self.answer_edit = QLineEdit(objectName="lessonAnswerEdit")
        self.answer_edit.returnPressed.connect(self._check)
        self.answer_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # shapes and numbers read left to right
        self.choices = QButtonGroup(self)
        self._choice_rows: list = []
        self.choice_box = QWidget()
        self.choice_layout = QVBoxLayout(self.choice_box)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.check_button = QPushButton(objectName="lessonCheckButton", clicked=self._check, default=True)
        self.attempts_label = plain.label(objectName="lessonAttempts")
        self.attempts_label.setStyleSheet(f"color:{GREY}")
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.attempts_label, 1)
        self.verdict = QLabel(objectName="lessonVerdict", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.explanation = QTextBrowser(objectName="lessonExplanation", openLinks=False)
        self.explanation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.run_plot = pg.PlotWidget()
        self.run_plot.setObjectName("lessonRunPlot")
        self.run_plot.setBackground("w")
        self.run_plot.setFixedHeight(180)
        self.run_plot.showGrid(x=True, y=True, alpha=0.2)
        self.run_plot.setMouseEnabled(x=False, y=False)
        for axis in ("left", "bottom"):
            self.run_plot.getAxis(axis).enableAutoSIPrefix(False)
        self.run_curve = self.run_plot.plot(pen=pg.mkPen(BLUE, width=2))
        question = QVBoxLayout(self.question_frame)
        for widget in (self.prompt, self.answer_edit, self.choice_box):
            question.addWidget(widget)
        question.addLayout(check_row)
        for widget in (self.verdict, self.explanation, self.run_plot):
            question.addWidget(widget)

        self.back_button = QPushButton(objectName="lessonBackButton", clicked=lambda: self._go(-1))
        self.next_button = QPushButton(objectName="lessonNextButton", clicked=lambda: self._go(1))
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                            if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
                                            else Qt.LayoutDirection.LeftToRight)  # the arrow after the text
        navigation = QHBoxLayout()
        navigation.addWidget(self.back_button)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        for widget in (self.lesson_title, self.progress_bar, self.progress_label, self.step_title, self.step_text):
            layout.addWidget(widget)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.question_frame)
        layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(scroll, 1)
        outer.addLayout(navigation)

    def retranslate_ui(self) -> None:
        self.show_button.setText(self.tr("Show me"))
        self.show_button.setToolTip(self.tr("Put the page in the state this step talks about"))
        self.check_button.setText(self.tr("Check"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.run_plot.setLabel("left", self.tr("loss"))
        self.run_plot.setLabel("bottom", self.tr("training step"))
        for row in self._choice_rows:
            key = row.button.property("outcome")
            if key:
                row.set_text(lesson_text(OUTCOME_TITLES[key]))
        if self.question is not None and self.question.kind in KIND_HINTS:
            self.answer_edit.setPlaceholderText(i18n.with_code(lesson_text(KIND_HINTS[self.question.kind]),
                                                               "(60000, 28, 28)"))

    # -- showing a step -----------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self.lesson_title.setText(self.tr("No lesson is open. File > Open lesson…"))
        for widget in (self.progress_bar, self.progress_label, self.step_title, self.step_text, self.show_button,
                       self.question_frame, self.back_button, self.next_button):
            widget.setVisible(False)

    def show_step(self, lesson_title: str, step, texts: dict, index: int, count: int) -> None:
        """Show ``step`` (the ``index``-th of ``count``); ``texts`` are its sentences in the chosen language:
        title, text, prompt, choices (a list), and warning (a missing translation, or "")."""
        self.index, self.count, self.question = index, count, step.question
        self.lesson_title.setText(lesson_title)
        for widget in (self.progress_bar, self.progress_label, self.step_title, self.step_text,
                       self.back_button, self.next_button):
            widget.setVisible(True)
        title = f"{index + 1}. {texts['title']}"
        self.step_title.setText(f"<span style='font-size:large; font-weight:600; color:{BLUE}'>"
                                f"{html.escape(title)}</span>")
        self.step_title.setAccessibleName(title)  # the plain title, for screen readers
        warning = (f"<p style='color:{VERMILION}'>{html.escape(texts['warning'])}</p>" if texts["warning"] else "")
        self.step_text.setText(warning + paragraphs(texts["text"]))
        self.show_button.setVisible(bool(step.show.expression or step.show.demo or step.show.comparison
                                         or step.experiment is not None or step.page))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self.question_frame.setVisible(step.question is not None)
        self.clear_verdict()
        if step.question is None:
            return
        self.prompt.setText(keep_isolates_whole(texts["prompt"]))
        kind = step.question.kind
        self.answer_edit.setVisible(kind in ("shape", "number"))
        self._set_choices(kind, texts["choices"])
        self.check_button.setEnabled(True)
        self.retranslate_ui()

    def _set_choices(self, kind: str, choices: list) -> None:
        for row in self._choice_rows:
            self.choices.removeButton(row.button)
            row.setParent(None)  # out of the window at once: its names belong to the new step's buttons
            row.deleteLater()
        self._choice_rows = []
        options = (list(enumerate(choices, start=1)) if kind == "choice" else
                   [(key, lesson_text(OUTCOME_TITLES[key])) for key in OUTCOMES] if kind == "outcome" else [])
        for value, text in options:
            row = ChoiceRow(text, f"lessonOutcome_{value}" if kind == "outcome" else f"lessonChoice{value}")
            row.button.setProperty("answer", str(value))
            row.button.setProperty("outcome", value if kind == "outcome" else "")
            self.choices.addButton(row.button)
            self.choice_layout.addWidget(row)
            row.show()  # a child added to a shown widget appears only when asked
            self._choice_rows.append(row)
        self.choice_box.setVisible(bool(options))

    def set_progress(self, done: int, total: int, record) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self.progress_label.setText(self.tr("Step {0} of {1} · {2} done").format(self.index + 1, self.count, done))
        attempts = record.attempts if record is not None else 0
        self.attempts_label.setText(self.tr("Attempts: {0}").format(attempts) if attempts else "")

    # -- answers and verdicts -----------------------------------------------------------------------
    def answer(self) -> str:
        if self.answer_edit.isVisible() or self.question is None or self.question.kind in ("shape", "number"):
            return self.answer_edit.text()
        checked = self.choices.checkedButton()
        return checked.property("answer") if checked is not None else ""

    def restore_answer(self, typed: str, picked: str) -> None:
        """Put back what the student had typed or picked (the step was shown again, e.g. in another language)."""
        self.answer_edit.setText(typed)
        for row in self._choice_rows:
            row.button.setChecked(row.button.property("answer") == picked)

    def _check(self) -> None:
        if self.question is not None and self.check_button.isEnabled():
            self.check_requested.emit(self.answer())

    def _go(self, delta: int) -> None:
        target = self.index + delta
        if 0 <= target < self.count:
            self.step_requested.emit(target)

    def set_checking(self, message: str) -> None:
        self.check_button.setEnabled(False)
        self.verdict.setText(f"<span style='color:{GREY}'>{html.escape(message)}</span>")

    def clear_verdict(self) -> None:
        self.verdict.clear()
        self.explanation.clear()
        self.explanation.setVisible(False)
        self.run_plot.setVisible(False)

    def show_verdict(self, verdict, lang: str) -> None:
        self.check_button.setEnabled(True)
        if not verdict.readable:
            mark, colour = "?", GREY
        else:
            mark, colour = ("✔", GREEN) if verdict.correct else ("✘", VERMILION)
        title = (self.tr("Right!") if verdict.correct else self.tr("Not quite. Read why, then try again.")
                 if verdict.readable else self.tr("I could not read that."))
        self.verdict.setText(f"<span style='color:{colour}; font-size:large; font-weight:600'>{mark} "
                             f"{html.escape(title)}</span>")
        why = (f"<p style='color:{GREY}'>"
               f"{keep_isolates_whole(html.escape(verdict.why.get(lang) or verdict.why.get('en') or ''))}</p>"
               if verdict.why is not None and verdict.readable else "")
        self.explanation.setHtml(in_reading_direction(render_lines(verdict.lines) + why
                                                      + sections_html(verdict.sections)))
        self.explanation.setVisible(True)
        self._fit_explanation()
        self.show_run(verdict.run)

    def _fit_explanation(self) -> None:
        """As tall as its text (within reason): the panel scrolls, not a box inside it."""
        document = self.explanation.document()
        document.setTextWidth(max(200, self.explanation.viewport().width()))
        height = int(document.size().height()) + 2 * self.explanation.frameWidth() + 8
        self.explanation.setFixedHeight(max(60, min(height, MAX_EXPLANATION_HEIGHT)))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.explanation.isVisible():
            self._fit_explanation()

    def show_failure(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.verdict.setText(f"<span style='color:{VERMILION}'>{html.escape(message)}</span>")

    def show_run(self, run) -> None:
        if run is None or not len(run.batches):
            self.run_plot.setVisible(False)
            return
        losses = run.batches.column("loss")
        self.run_curve.setData(np.arange(1, len(losses) + 1), losses)
        self.run_plot.setTitle(html.escape(run.name), size="9pt")
        self.run_plot.setVisible(True)
