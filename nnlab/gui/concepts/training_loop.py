"""Demo 13, the training loop line by line: the slide's pseudo-code run on the lecture network and
real MNIST, with what each line just produced beside it and the loss curve growing below.

The view only observes :class:`nnlab.concepts.training_loop.TrainingLoop`, which steps the engine
(``nnlab.core``) itself; every line runs in a worker thread, so the window stays smooth.
"""

from __future__ import annotations

import html
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
)

from nnlab.concepts import training_loop
from nnlab.gui import plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.concepts.loop import DemoLoop
from nnlab.gui.i18n import code, code_html, keep_plots_left_to_right
from nnlab.gui.pixels import weight_colour_map, weight_scale
from nnlab.gui.workers import Worker, current_job
from nnlab.mosaic import mosaic

SPEEDS = (("slow", 1.0, False), ("medium", 0.35, False), ("fast", 0.08, False), ("full", 0.0, True))
"""(key, seconds between lines, whole iterations at once): the speed menu, slowest first."""
LIT = "#ffe2a8"
PANELS_PER_SECOND = 8
CURVE_PER_SECOND = 15
CODE_STYLE = ("QLabel { background: #1f2a33; color: #e8eef3; border-radius: 6px; padding: 6px;"
              " font-family: 'DejaVu Sans Mono', monospace; font-size: 13px; }")


def load_training_set(session):
    """Runs in a thread: MNIST's training images and labels from the session or from this computer's
    files (never downloaded here), or None."""
    data = session.dataset("mnist") if session is not None else None
    if data is not None:
        return data[0]
    from nnlab.data import DatasetError, load_dataset
    try:
        return load_dataset("mnist", download=False)[0]
    except (DatasetError, OSError):
        return None


def panel(name: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A framed box for what one line produced, with its title (the line's variable)."""
    frame = QFrame(objectName=name)
    frame.setProperty("lit", False)
    frame.setStyleSheet("QFrame[lit=false] { border: 1px solid #d5dde5; border-radius: 6px; }"
                        f"QFrame[lit=true] {{ border: 2px solid {plots.ORANGE}; border-radius: 6px; "
                        "background: #fffaf0; }"
                        "QLabel { border: none; background: transparent; }")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(6, 4, 6, 4)
    layout.setSpacing(2)
    title = plain.label()
    title.setStyleSheet("font-weight: 600; color: #1a3550;")
    layout.addWidget(title)
    return frame, layout, title


class TrainingLoopDemo(DemoWidget):
    """Signals: ``stepped(Produced)`` after each line or iteration drawn; ``ready()`` once MNIST is loaded."""

    stepped = Signal(object)
    ready = Signal()

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.loop: training_loop.TrainingLoop | None = None
        self.train_set = None
        self.produced: training_loop.Produced | None = None
        self.times: list[float] = []
        self._settings = (256, 0.1)
        self.panels_at = self.curve_at = 0.0
        self.batch_shown = 0  # the iteration whose batch the first panel shows
        self.worker = Worker(self, name="nnlab-training-loop")
        self.worker.finished.connect(self._step_done)
        self.worker.failed.connect(lambda _id, error: self._failed(str(error)))
        self.loader = Worker(self, name="nnlab-training-loop-loader")
        self.loader.finished.connect(self._loaded)
        self.runner: DemoLoop | None = None
        self._build_body()
        self._build_controls()
        if session is not None:
            session.dataset_changed.connect(lambda name: name == "mnist" and self.train_set is None
                                            and self._ask_data())
        self.retranslate_ui()
        self.message.setText(self.tr("Loading MNIST's training images…"))
        self._enable()
        self._ask_data()

    # -- building --------------------------------------------------------------------------------
    def _build_body(self) -> None:
        self.code = QLabel(objectName="trainingLoopCode", textFormat=Qt.TextFormat.RichText)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # code reads left to right everywhere
        self.code.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code.setStyleSheet(CODE_STYLE)
        self.message = plain.label(objectName="trainingLoopMessage", wordWrap=True)
        self.message.setStyleSheet("color: #8a4b00; background: #fff3de; border-radius: 4px; padding: 6px;")
        self.batch_frame, batch, self.batch_title = panel("trainingLoopBatch")
        self.batch_plot = plots.picture_plot()
        self.batch_plot.getPlotItem().invertY(True)
        self.batch_image = pg.ImageItem(axisOrder="row-major")
        self.batch_image.setColorMap(plots.INK)
        self.batch_plot.addItem(self.batch_image)
        self.batch_plot.setMinimumSize(120, 90)
        self.labels_label = plain.label(objectName="trainingLoopLabels", wordWrap=True)
        batch.addWidget(self.batch_plot, 1)
        batch.addWidget(self.labels_label)
        self.gradient_frame, gradient, self.gradient_title = panel("trainingLoopGradient")
        self.pred_plot = plots.make_plot()
        self.pred_plot.getPlotItem().invertY(True)
        self.pred_plot.setMinimumSize(120, 90)
        self.pred_image = pg.ImageItem(axisOrder="row-major")
        self.pred_image.setColorMap(plots.OUTPUT_MAP)
        self.pred_plot.addItem(self.pred_image)
        self.pred_plot.getAxis("bottom").setTicks([[(i + 0.5, str(i)) for i in range(10)]])
        self.gradient_text = QLabel(objectName="trainingLoopGradientText", wordWrap=True,
                                    textFormat=Qt.TextFormat.RichText)
        gradient.addWidget(self.pred_plot, 1)
        gradient.addWidget(self.gradient_text)
        self.update_frame, update, self.update_title = panel("trainingLoopUpdate")
        self.change_plot = plots.picture_plot()
        self.change_plot.getPlotItem().invertY(True)
        self.change_plot.setMinimumSize(90, 90)
        self.change_image = pg.ImageItem(axisOrder="row-major")
        self.change_image.setColorMap(weight_colour_map())
        self.change_plot.addItem(self.change_image)
        self.change_text = QLabel(objectName="trainingLoopChanged", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        update.addWidget(self.change_plot, 1)
        update.addWidget(self.change_text)
        row = QGridLayout()
        row.setSpacing(6)
        for column, frame in enumerate((self.batch_frame, self.gradient_frame, self.update_frame)):
            row.addWidget(frame, 0, column)
            row.setColumnStretch(column, 1)
        self.loss_plot = plots.make_plot()
        self.loss_plot.setMinimumHeight(120)
        self.loss_curve = self.loss_plot.plot(pen=plots.pen(plots.BLUE, 1.5))
        # the listing never wraps: beside the demo list and the lesson panel at 1280x720 it scrolls instead
        self.code_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame,
                                       objectName="trainingLoopCodeScroll")
        self.code_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.code_scroll.setWidget(self.code)
        self.body.addWidget(self.code_scroll)
        self.body.addWidget(self.message)
        self.body.addLayout(row, 3)
        self.body.addWidget(self.loss_plot, 2)

    def _build_controls(self) -> None:
        form = QFormLayout()
        self.batch_spin = QSpinBox(objectName="trainingLoopBatchSize", minimum=training_loop.BATCH_SIZES[0],
                                   maximum=training_loop.BATCH_SIZES[1], value=256)
        self.step_spin = QDoubleSpinBox(objectName="trainingLoopStepSize", decimals=4, minimum=0.0001,
                                        maximum=training_loop.STEP_SIZES[1], singleStep=0.01, value=0.1)
        for box in (self.batch_spin, self.step_spin):
            box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.batch_label = self.add_row(form, self.batch_spin)
        self.step_label = self.add_row(form, self.step_spin)
        self.speed_combo = QComboBox(objectName="trainingLoopSpeed")
        self.speed_label = self.add_row(form, self.speed_combo)
        self.controls.addLayout(form)
        self.line_button = QPushButton(objectName="trainingLoopStepLine")
        self.iteration_button = QPushButton(objectName="trainingLoopStepIteration")
        self.add_button_row(self.line_button, self.iteration_button)
        self.reset_button = QPushButton(objectName="trainingLoopReset")
        self.add_button_row(self.play_button, self.reset_button)
        self.status = plain.label(objectName="trainingLoopStatus", wordWrap=True)
        self.controls.addWidget(self.status)
        self.line_button.clicked.connect(lambda: self.step(whole_iteration=False))
        self.iteration_button.clicked.connect(lambda: self.step(whole_iteration=True))
        self.reset_button.clicked.connect(self.reset)
        self.batch_spin.valueChanged.connect(self._settings_changed)
        self.step_spin.valueChanged.connect(self._settings_changed)

    # -- material --------------------------------------------------------------------------------
    def _ask_data(self) -> None:
        if not self.loader.busy:
            self.loader.submit(lambda: load_training_set(self.session))

    def _loaded(self, _job, train_set) -> None:
        if train_set is None:
            self.message.setText(self.tr(
                "This view trains on MNIST's 60,000 training images, which are not on this computer yet. "
                "Load MNIST on the Train page (it downloads it once) and come back."))
            self.message.show()
            self._enable()
            return
        self.train_set = train_set
        self.message.hide()
        self.reset()
        self.ready.emit()

    def reset(self) -> None:
        """A fresh network (random weights), the loop at its first line."""
        if self.train_set is None:
            return
        self.stop()
        self.loop = training_loop.TrainingLoop(*self.train_set, batch_size=self.batch_spin.value(),
                                               step_size=self.step_spin.value())
        self.produced, self.times, self.batch_shown = None, [], 0
        self.loss_curve.setData([], [])
        for image in (self.batch_image, self.pred_image, self.change_image):
            image.clear()
        self.labels_label.clear()
        self.gradient_text.clear()
        self.change_text.clear()
        self._draw_code()
        self._enable()

    # -- stepping --------------------------------------------------------------------------------
    def _apply_settings(self) -> None:
        """Runs in the stepping thread, between two lines: the slide's batch size and step size as set now."""
        self.loop.batch_size, self.loop.step_size = self._settings

    def _settings_changed(self, *_) -> None:
        self._settings = (self.batch_spin.value(), self.step_spin.value())
        self._draw_code()

    def _one(self, whole_iteration: bool):
        self._apply_settings()
        return self.loop.run_iteration() if whole_iteration else self.loop.run_line()

    def step(self, whole_iteration: bool = False) -> None:
        """Run the next line (or the rest of the iteration) in the worker; drawn when it is done."""
        if self.loop is None or self.worker.busy or self.is_running():
            return
        self._settings_changed()
        self.worker.submit(lambda: self._one(whole_iteration))
        self._enable()

    def _step_done(self, _job, produced) -> None:
        self.show_produced(produced)
        self._enable()

    def on_start(self) -> None:
        if self.loop is None or self.worker.busy:  # no data yet, or a Step still running: undo the press
            QTimer.singleShot(0, self.stop)
            return
        self._settings_changed()
        _, pause, whole = SPEEDS[self.speed_combo.currentIndex()]

        def work():
            job, until = current_job(), time.perf_counter() + pause
            while time.perf_counter() < until:  # waits in slices: Pause is obeyed at once, not after a second
                time.sleep(0.02)
                job.check()
            return self._one(whole)
        self.runner = DemoLoop(work, self)
        self.runner.produced.connect(self.show_produced)
        self.runner.failed.connect(self._failed)
        self.times = []
        self.runner.start()
        self._enable()

    def on_stop(self) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
            self.runner = None
            if self.produced is not None:
                self._draw(self.produced)  # what the rates above skipped
        self._enable()

    def _failed(self, message: str) -> None:
        self.stop()
        self.status.setText(self.tr("The step failed: {0}").format(message))

    def iterations_per_second(self) -> float:
        """Iterations drawn per second over the last few seconds of running (0 when unknown)."""
        recent = [t for t in self.times if t > time.perf_counter() - 3.0]
        return (len(recent) - 1) / (recent[-1] - recent[0]) if len(recent) > 2 and recent[-1] > recent[0] else 0.0

    # -- drawing ---------------------------------------------------------------------------------
    def show_produced(self, produced) -> None:
        """Draw what the line just run produced, then announce it (``stepped``).

        Running, the loss curve and the status follow at most CURVE_PER_SECOND times a second and the
        three panels at most PANELS_PER_SECOND times: the eye cannot follow more, and each redraw costs
        the GUI thread what a training step costs the worker (at full speed, 36 iterations a second,
        redrawing the curve at each one kept the window busy half of every second, its axes mostly).
        Whatever was skipped is drawn when the loop stops."""
        self.produced = produced
        now = time.perf_counter()
        if produced.line == training_loop.UPDATE:
            self.times.append(now)
        if not self.is_running() or now - self.panels_at >= 1 / PANELS_PER_SECOND:
            self.panels_at = self.curve_at = now
            self._draw(produced)
        elif now - self.curve_at >= 1 / CURVE_PER_SECOND:
            self.curve_at = now
            self.loss_curve.setData(np.arange(1, len(produced.losses) + 1), np.asarray(produced.losses))
            self._update_status()
        self.stepped.emit(produced)

    def _draw(self, produced) -> None:
        line = produced.line
        if produced.iteration != self.batch_shown:  # a whole iteration at once draws its batch too
            self.batch_shown = produced.iteration
            # pictures read left to right in every language (the rtl policy), and so do their labels
            self.batch_image.setImage(mosaic(produced.images.astype(float), 4, gap=2), levels=(0, 255))
            self.labels_label.setText(self.tr("labels: {0}").format(
                code(" ".join(str(int(k)) for k in produced.labels))))
            if line == training_loop.SAMPLE:
                self.pred_image.clear()
                self.pred_plot.getAxis("left").setTicks([[]])
                self.gradient_text.clear()
                self.change_image.clear()
                self.change_text.clear()
        if produced.loss is not None and line >= training_loop.GRADIENT:
            self.pred_image.setImage(produced.y_pred, levels=(0, 1))
            self.pred_image.setRect(0, 0, 10, len(produced.y_pred))
            self.pred_plot.getAxis("left").setTicks([[(i + 0.5, str(int(k))) for i, k in
                                                      enumerate(produced.labels[:len(produced.y_pred)])]])
            norms = "<br>".join(code_html(f'‖∇{name}‖ = {norm:.3g}') for name, _, norm in
                                produced.gradient_norms)
            self.gradient_text.setText(self.tr("Loss: {0}").format(code_html(f"{produced.loss:.4f}"))
                                       + "<br>" + norms)
            xs = np.arange(1, len(produced.losses) + 1)
            self.loss_curve.setData(xs, np.asarray(produced.losses))
        if line == training_loop.UPDATE and produced.skipped:
            self.change_image.clear()
            self.change_text.setText(self.tr(
                "The loss is not a finite number, so this update was skipped (as {0} does): the weights did "
                "not change. {1} is too large: lower it and press New network.").format(
                    code_html("train_on_batch"), code_html("step_size")))
        elif line == training_loop.UPDATE and produced.unit_change is not None:
            scale = weight_scale(produced.unit_change)
            self.change_image.setImage(produced.unit_change, levels=(-scale, scale))
            rows = "<br>".join(code_html(f"{name}[{', '.join(map(str, index))}]: {delta:+.2e}")
                               for name, index, delta in produced.changed[:3])
            self.change_text.setText(self.tr("{0} of hidden unit {1}; largest changes:").format(
                code_html("ΔW1"), produced.unit) + "<br>" + rows)
        for column, frame in enumerate((self.batch_frame, self.gradient_frame, self.update_frame), start=1):
            if frame.property("lit") != (column == line):  # restyling is slow: only when it changes
                frame.setProperty("lit", column == line)
                frame.style().unpolish(frame)
                frame.style().polish(frame)
        self._draw_code()
        self._update_status()

    def _draw_code(self) -> None:
        lit = self.produced.line if self.produced is not None else -1
        upcoming = self.loop.next_line if self.loop is not None else -1
        rows = []
        for index, text in enumerate(training_loop.LINES):
            text = html.escape(text.format(batch_size=self.batch_spin.value()))
            marker = "▶ " if index == upcoming else "&nbsp;&nbsp;"
            style = f"background: {LIT}; color: #1d2b36;" if index == lit else ""
            rows.append(f"<span style='{style}'>{marker}{text}</span>".replace("    ", "&nbsp;" * 4))
        self.code.setText("<div dir='ltr' style='white-space: pre'>" + "<br>".join(rows) + "</div>")
        # the whole listing in height, and room for the scroll bar it gets when the window is narrow
        self.code_scroll.setFixedHeight(self.code.sizeHint().height()
                                        + self.code_scroll.horizontalScrollBar().sizeHint().height())

    def _update_status(self) -> None:
        if self.loop is None:
            self.status.setText("")
            return
        text = self.tr("Iteration {0}, {1} lines run.").format(self.loop.iteration,
                                                               3 * max(self.loop.iteration - 1, 0)
                                                               + (self.produced.line if self.produced else 0))
        speed = self.iterations_per_second()
        if self.is_running() and speed:
            text += " " + self.tr("{0:.1f} iterations per second.").format(speed)
        self.status.setText(text)

    def _enable(self) -> None:
        idle = self.loop is not None and not self.worker.busy and not self.is_running()
        for button in (self.line_button, self.iteration_button):
            button.setEnabled(idle)
        self.reset_button.setEnabled(self.loop is not None and not self.worker.busy)
        self.play_button.setEnabled(self.loop is not None and (self.is_running() or not self.worker.busy))

    def retranslate_play(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.play_button.isChecked() else self.tr("Run"))
        self.play_button.setToolTip(self.tr("Run the loop line after line at the chosen speed, or pause it"))

    def shutdown(self) -> None:
        self.stop()
        self.worker.close(1.0)
        self.loader.close(1.0)

    # -- texts -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.set_explanation(self.tr(
            "The slide's training loop, run for real on the lecture's network {0} and MNIST. Line 1 draws a "
            "random batch of images with their labels; line 2 runs the network on it {1}, measures the loss "
            "and backpropagates the gradient of every weight; line 3 moves every weight a little against its "
            "gradient. Step through it line by line, then let it run and watch the loss fall.").format(
                code_html("784 → 512 (relu) → 10 (softmax)"), code_html("(y_pred)")))
        self.controls_box.setTitle(self.tr("Run the loop"))
        self.batch_label.setText(self.tr("batch size:"))
        self.batch_spin.setToolTip(self.tr("How many images line 1 draws (the slide's 256)"))
        self.step_label.setText(code("step_size") + ":")
        self.step_spin.setToolTip(self.tr("How far line 3 moves the weights against the gradient"))
        self.speed_label.setText(self.tr("Speed:"))
        labels = {"slow": self.tr("Slow: a line a second"), "medium": self.tr("Medium: three lines a second"),
                  "fast": self.tr("Fast: a dozen lines a second"), "full": self.tr("Full speed: whole iterations")}
        current = max(self.speed_combo.currentIndex(), 0)
        self.speed_combo.blockSignals(True)
        self.speed_combo.clear()
        for key, _, _ in SPEEDS:
            self.speed_combo.addItem(labels[key], key)
        self.speed_combo.setCurrentIndex(current)
        self.speed_combo.blockSignals(False)
        self.speed_combo.setToolTip(self.tr("Takes effect the next time you press Run"))
        self.line_button.setText(self.tr("Step line"))
        self.line_button.setToolTip(self.tr("Run the highlighted next line (▶) only"))
        self.iteration_button.setText(self.tr("Step iteration"))
        self.iteration_button.setToolTip(self.tr("Run the lines left in this turn of the loop"))
        self.reset_button.setText(self.tr("New network"))
        self.reset_button.setToolTip(self.tr("Start again from random weights"))
        self.retranslate_play()
        self.batch_title.setText(code("data_batch"))
        self.gradient_title.setText(code("y_pred, loss, gradient"))
        self.update_title.setText(code("weights"))
        plots.set_texts(self.pred_plot, "", self.tr("digit"), self.tr("label"))
        plots.set_texts(self.loss_plot, self.tr("Loss of each batch"), self.tr("iteration"), self.tr("loss"))
        keep_plots_left_to_right(self)
        self._draw_code()
        if self.produced is not None:
            self._draw(self.produced)
        else:
            self._update_status()
