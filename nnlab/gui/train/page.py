"""The Train page: press Start and watch the lecture's network learn.

Layout: the control panel in a scrollable column on the left; on the right the transport buttons
and progress, the live loss and accuracy plots, and below them (in a splitter) the run list and
the evaluation of the selected run.

The page is layout and wiring. Runs have one owner, :class:`~nnlab.gui.train.controller.TrainingController`
(the queue, the worker, the state machine ``idle → loading → running ⇄ paused → stopping → idle``);
the run table and the plots both observe its :class:`~nnlab.gui.train.run_model.RunListModel`; saving,
opening and exporting runs is :class:`~nnlab.gui.train.run_files.RunFiles` (``page.files``). One
method, :meth:`TrainPage._update_buttons`, derives every button's state from the controller's
state, so there is never a double start or a stuck button.
"""

from __future__ import annotations

import html
import json
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
)

from nnlab.core.estimate import available_memory, estimate_training
from nnlab.gui import i18n, plain
from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.page import Page
from nnlab.gui.settings import open_settings, read_json_setting, read_setting
from nnlab.gui.train.controller import RunRequest, State, TrainingController
from nnlab.gui.train.controls import ControlPanel
from nnlab.gui.train.evaluation import EvaluationView
from nnlab.gui.train.optimizer_state import OptimizerStateView
from nnlab.gui.train.plots import TrainingPlots
from nnlab.gui.train.run_files import RunFiles
from nnlab.gui.train.run_model import RunEntry
from nnlab.gui.train.runs import RunsView
from nnlab.gui.train.series import SERIES
from nnlab.gui.workers import Worker
from nnlab.palette import VERMILION
from nnlab.training.build import build_model
from nnlab.training.config import RunConfig
from nnlab.training.split import split_dataset

LONG_RUN_SECONDS = 60
SAMPLES_AXIS_FROM_STEPS = 1000  # an epoch of this many steps or more: its first one is plotted in samples
SLOW_HINT_AFTER_STEPS = 200  # the measured speed is steady by then (stochastic: well under a second)
FULL_TRAINING_SET = 60000  # the estimate's size before a data set is loaded
DEFAULTS_KEY = "train/defaults"  # the student's own preset ("Save as my defaults"); else the lecture's


class TrainPage(Page):
    """Train networks, watch them learn, compare runs. Emits ``training_started`` and
    ``training_finished(status)`` with status "completed", "stopped", "diverged" or "error";
    the controller's signals (``page.controller``) say which run."""

    training_started = Signal()
    training_finished = Signal(str)

    def __init__(self, session, parent=None, load_function=None):
        super().__init__(session, parent)
        self.controller = TrainingController(session, self, load_function)
        self.runs = self.controller.runs
        self.current_entry: RunEntry | None = None  # the run started last
        self._log_scale_automatic = False
        self._raw_hidden_automatic = False
        self._starting_text = ""
        self._progress_at = 0.0  # when the last progress report arrived (a long step ticks on after it)
        self._step_clock = QTimer(self, interval=1000)
        self._step_clock.timeout.connect(self._tick_long_step)
        self._slow_hint_entry: RunEntry | None = None  # the run whose slowness the banner explained
        self._reset_seed = 0
        self._builder = Worker(self, name="nnlab-build", latest_only=True)
        self._builder.finished.connect(self._on_fresh_model)

        self.controls = ControlPanel()
        self.plots = TrainingPlots()
        self.plots.observe(self.runs)
        self.runs_view = RunsView(self.runs)
        self.evaluation_view = EvaluationView()
        self._build_layout()
        self.files = RunFiles(self, self.runs, self.runs_view, self.plots, self.progress_label.setText)
        self._build_shortcuts()
        self._wire()
        self._restore_settings()
        self.retranslate_ui()
        self._update_buttons()

    def _wire(self) -> None:
        controller = self.controller
        controller.state_changed.connect(self._on_state)
        controller.run_started.connect(self._on_run_started)
        controller.run_updated.connect(self._show_progress)
        controller.run_finished.connect(self._on_run_finished)
        controller.loading_failed.connect(self._on_dataset_failed)
        controller.loading_cancelled.connect(self._on_dataset_cancelled)
        self.controls.optimizer_changed.connect(controller.request_change)
        self.controls.compare_requested.connect(self.start_comparison)
        self.controls.save_defaults_requested.connect(self.save_defaults)
        self.controls.dataset_changed.connect(lambda _name: self._update_train_size())
        self.controls.subset_changed.connect(self._update_train_size)
        self.controls.validation_spin.valueChanged.connect(self._update_train_size)
        self.runs_view.current_changed.connect(self._show_evaluation)
        self.runs_view.save_requested.connect(self.files.save_run_dialog)
        self.runs_view.open_requested.connect(self.files.open_run_dialog)
        self.runs_view.remove_requested.connect(self.remove_run)
        self.runs_view.continue_requested.connect(self.continue_run)
        self.runs.entry_changed.connect(self._on_entry_changed)
        self.session.dataset_changed.connect(lambda _name: self._update_train_size())

    @property
    def state(self) -> State:
        return self.controller.state

    @property
    def current_run(self):
        """The run started last (running or finished), or None."""
        return self.current_entry.run if self.current_entry is not None else None

    # -- layout ----------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        scroll = self.controls_scroll = QScrollArea(objectName="trainControlsScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.controls)
        scroll.setFixedWidth(330)

        style = self.style()
        self.start_button = self._button("startButton", QStyle.StandardPixmap.SP_MediaPlay, self.start)
        self.pause_button = self._button("pauseButton", QStyle.StandardPixmap.SP_MediaPause, self.toggle_pause)
        self.stop_button = self._button("stopButton", QStyle.StandardPixmap.SP_MediaStop, lambda: self.stop())
        self.step_button = self._button("trainStepButton", QStyle.StandardPixmap.SP_MediaSkipForward, self.step)
        self.reset_button = self._button("resetWeightsButton", QStyle.StandardPixmap.SP_BrowserReload,
                                         self.reset_weights)
        self.start_button.setDefault(True)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self._resume_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        # wraps rather than being cut: beside the lesson panel at 1280x720 the row is narrow
        self.progress_label = plain.SteadyLabel(objectName="progressLabel")
        self.progress_bar = QProgressBar(objectName="trainingProgress", textVisible=False, maximum=1000)
        self.progress_bar.setFixedHeight(6)
        transport = QHBoxLayout()
        transport.setSpacing(6)
        for button in (self.start_button, self.pause_button, self.stop_button, self.step_button):
            transport.addWidget(button)
        transport.addSpacing(12)
        transport.addWidget(self.reset_button)
        transport.addSpacing(16)
        progress = QVBoxLayout()
        progress.setSpacing(3)
        progress.addWidget(self.progress_label.holder)
        progress.addWidget(self.progress_bar)
        transport.addLayout(progress, 1)

        self.banner = QLabel(objectName="trainBanner", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.banner.setVisible(False)
        self.banner.setStyleSheet("QLabel#trainBanner { background: #FBE3D6; color: #5A1F00; border: 1px solid "
                                  f"{VERMILION}; border-radius: 6px; padding: 8px 10px; }}")

        self.bottom_tabs = QTabWidget(objectName="trainBottomTabs", documentMode=True)
        self.bottom_tabs.addTab(self.runs_view, "")
        self.bottom_tabs.addTab(self.evaluation_view, "")
        self.optimizer_view = OptimizerStateView()
        self.bottom_tabs.addTab(self.optimizer_view, "")
        self.controller.snapshot_feed = self.optimizer_view.make_feed
        self.controller.optimizer_state.connect(self.optimizer_view.show_snapshot)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="trainSplitter", childrenCollapsible=False)
        self.splitter.addWidget(self.plots)
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([430, 270])

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addLayout(transport)
        right.addWidget(self.banner)
        right.addWidget(self.splitter, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(14)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

    def _button(self, name: str, icon, slot) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setIcon(self.style().standardIcon(icon))
        button.clicked.connect(slot)
        button.setMinimumHeight(30)
        return button

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in ((QKeySequence(Qt.Key.Key_Space), self.start_or_pause), (QKeySequence("Ctrl+."), self.stop),
                          (QKeySequence("Ctrl+Right"), self.step)):
            QShortcut(key, self, slot, context=context)  # the page owns it

    def retranslate_ui(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train a new run with the settings on the left (Space)."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(i18n.with_code(self.tr("Stop training after the current mini-batch and keep "
                                                           "the weights ({0})."), "Ctrl+."))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(i18n.with_code(self.tr("Train exactly one mini-batch, then wait ({0})."),
                                                   "Ctrl+Right"))
        self.reset_button.setText(self.tr("Reset weights"))
        self.reset_button.setToolTip(self.tr("Throw the trained weights away and start again from fresh random "
                                        "weights (from the seed)."))
        self.progress_bar.setAccessibleName(self.tr("Training progress"))
        self.bottom_tabs.setTabText(0, self.tr("Runs"))
        self.bottom_tabs.setTabText(1, self.tr("Evaluation"))
        self.bottom_tabs.setTabText(2, self.tr("Inside the optimizer"))
        self.bottom_tabs.setTabToolTip(2, self.tr("One hidden unit's 784 weights, their gradient and what the "
                                                  "optimizer keeps for them, live while the network learns."))
        self.bottom_tabs.setTabToolTip(0, self.tr("Every run of this session: tick runs to compare their curves."))
        self.bottom_tabs.setTabToolTip(1, self.tr("How well the selected run does on the test set."))
        for button in (self.start_button, self.stop_button, self.step_button, self.reset_button):
            button.setAccessibleName(button.text())
        self.controls_scroll.setToolTip(self.tr("Settings for the next run; the optimizer and its "
                                                "hyperparameters can also change while training runs."))
        self.splitter.setToolTip(self.tr("Drag the handle to give the plots or the runs more room."))
        describe_for_screen_readers(self)
        self._update_buttons()
        if self.state == State.IDLE and self.current_run is None:
            self.progress_label.setText(self.tr("Ready. Press Start (or Space) to train the network."))

    # -- state -----------------------------------------------------------------------------------
    def _on_state(self, state: State) -> None:
        self.progress_bar.setMaximum(1000)
        if state == State.RUNNING:  # resumed: a pause waits between two steps, so no step was under way
            self._progress_at = time.perf_counter()
        elif state == State.IDLE:
            self._step_clock.stop()
        self.controls.set_training(state != State.IDLE)
        self.runs_view.set_busy(state != State.IDLE, self.controller.current)
        self._update_buttons()
        if state == State.LOADING:
            self.progress_label.setText(self.tr("Loading the data set…"))
        elif state == State.PAUSED:
            self.progress_label.setText(self.tr("Paused. Resume with Space, or train one mini-batch with Step."))
        elif state == State.STOPPING:
            self.progress_label.setText(self.tr("Stopping after this mini-batch…"))

    def _update_buttons(self) -> None:
        state = self.state
        self.start_button.setEnabled(state == State.IDLE)
        self.pause_button.setEnabled(state in (State.RUNNING, State.PAUSED))
        self.stop_button.setEnabled(state in (State.RUNNING, State.PAUSED, State.LOADING))
        self.step_button.setEnabled(state in (State.IDLE, State.PAUSED))
        self.reset_button.setEnabled(state == State.IDLE)
        paused = state == State.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setIcon(self._resume_icon if paused else self._pause_icon)
        self.pause_button.setToolTip(self.tr("Continue training (Space).") if paused
                                     else self.tr("Pause training between two mini-batches (Space)."))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.pause_button.setAccessibleDescription(self.pause_button.toolTip())

    # -- transport -------------------------------------------------------------------------------
    def start_or_pause(self) -> None:
        """Space: start when idle, otherwise pause or resume; a focused check box or run keeps Space."""
        if self._space_for_focused_widget():
            return
        if self.state == State.IDLE:
            self.start()
        elif self.state in (State.RUNNING, State.PAUSED):
            self.toggle_pause()

    def _space_for_focused_widget(self) -> bool:
        """Give Space its usual meaning on a focused control (tick a run, press a button)."""
        focus = QApplication.focusWidget()
        transport = (self.start_button, self.pause_button, self.stop_button, self.step_button)
        if isinstance(focus, QAbstractButton) and focus not in transport:
            focus.click()
            return True
        return focus is self.runs_view.table and self.runs_view.toggle_current()

    def start(self) -> bool:
        """Train a new run with the settings on the left; True when it started (or is loading)."""
        return self._start([RunRequest(self.controls.config())])

    def step(self) -> None:
        """One mini-batch: from idle this starts a new run that waits after its first batch."""
        if self.state == State.PAUSED:
            self.controller.step()
        elif self.state == State.IDLE:
            self._start([RunRequest(self.controls.config(), paused=True)])

    def toggle_pause(self) -> None:
        if self.state == State.RUNNING:
            self.controller.pause()
        elif self.state == State.PAUSED:
            self.controller.resume()

    def stop(self) -> None:
        """Stop after the current batch; the rest of a comparison series is cancelled too."""
        self.controller.stop()

    def start_comparison(self, kind: str) -> bool:
        """The lecture's comparisons, all from the same initial weights, trained one after another."""
        started = self._start(SERIES[kind](self.controls.config()))
        if started and kind == "batch_size" and self.plots.raw_check.isChecked():
            # 10,000 single-image losses would bury the three smoothed curves the slide compares
            self.plots.raw_check.setChecked(False)
            self._raw_hidden_automatic = True
        return started

    def continue_run(self, entry: RunEntry | None) -> bool:
        """Train ``entry``'s network further, as a new run starting from its trained weights."""
        if entry is None or entry.run.model is None:
            return False
        run = entry.run
        if not self.controls.fits(run.config):
            self._show_banner(self.tr("<b>{0} cannot be continued:</b> its settings are outside what the "
                                      "controls allow.").format(i18n.name(html.escape(run.name))))
            return False
        self.controls.set_config(run.config)
        return self._start([RunRequest(run.config, self.tr("{0} (continued)").format(run.name),
                                       run.model.get_weights())])

    def _start(self, requests: list[RunRequest]) -> bool:
        if self.state != State.IDLE or not self._within_budget(requests[0].config):
            return False
        self._save_session_settings()
        self.banner.setVisible(False)
        self.runs.hide_all()  # a new run (or series) starts alone on the plots
        if self._log_scale_automatic:  # switched on for an exploded curve: not for the next runs
            self.plots.log_check.setChecked(False)
            self._log_scale_automatic = False
        if self._raw_hidden_automatic:  # switched off for the batch-size comparison only
            self.plots.raw_check.setChecked(True)
            self._raw_hidden_automatic = False
        return self.controller.start(requests)

    def _within_budget(self, config: RunConfig) -> bool:
        """Refuse (with a banner) a run that would not fit in memory. How long it takes is said once its
        first step is measured (a guess from another run's speed was off several-fold)."""
        dataset = self.session.dataset(config.dataset)
        samples = len(dataset[0][0]) if dataset is not None else FULL_TRAINING_SET
        validation = round(samples * config.validation_split)
        budget = estimate_training(config.layer_sizes(), config.batch_size, samples - validation, config.optimizer,
                                   validation_samples=validation)
        available = available_memory()
        if budget.fits(available):
            return True
        self._show_banner(self.tr("<b>This run would need about {0} of memory, but only {1} are free.</b> "
                                  "Choose a smaller batch size or fewer or smaller hidden layers.").format(
            _size(budget.total_bytes), _size(available)))
        self.progress_label.setText(self.tr("Not started: not enough memory."))
        return False

    def reset_weights(self) -> None:
        """Fresh random weights from the seed: the Draw page then shows an untrained network."""
        if self.state != State.IDLE:
            return
        config = self.controls.config()
        self._reset_seed = config.seed
        self._builder.submit(lambda: build_model(config))
        self.evaluation_view.clear()
        self.banner.setVisible(False)
        self.progress_bar.setValue(0)

    def _on_fresh_model(self, _job_id: int, model) -> None:
        self.session.set_model(model)
        self.progress_label.setText(self.tr("Weights reset to fresh random values (seed {0}). "
                                            "Press Start to train from them.").format(self._reset_seed))

    # -- while training --------------------------------------------------------------------------
    def _on_run_started(self, entry: RunEntry) -> None:
        # A banner speaks of the run before (its explosion, its failure): stale once another run trains,
        # as the next run of a comparison does (issue 27, item 4). The run's details keep what happened.
        self.banner.setVisible(False)
        self.current_entry = entry
        self.runs_view.select(entry)
        counts = self._split_counts(entry.run.config)
        text = self.tr("Starting {0} on {1:,} training images ({2:,} kept for validation)…").format(
            i18n.name(entry.run.name), *counts) if counts is not None else \
            self.tr("Starting {0}…").format(i18n.name(entry.run.name))
        self.progress_label.setText(text)
        self._starting_text, self._progress_at = text, time.perf_counter()
        self._step_clock.start()
        self.progress_bar.setValue(0)
        self.training_started.emit()

    def _show_progress(self, entry: RunEntry) -> None:
        progress = self.controller.progress
        if not progress or self.state == State.STOPPING:
            return
        self._progress_at = time.perf_counter()
        self._step_clock.start()
        self._follow_long_first_epoch(entry, progress)
        self._render_progress(entry, progress)

    def _tick_long_step(self) -> None:
        """Every second of a long step (a full batch of 54,000 images takes seconds): the clock of the
        step under way, the bar moving at the measured speed, the time left counting down."""
        progress, entry = self.controller.progress, self.current_entry
        if self.state != State.RUNNING or entry is None:
            return
        running = time.perf_counter() - self._progress_at
        if running < 1:
            return
        if progress:
            self._render_progress(entry, progress, running)
        else:  # before the first epoch: the images are converted, the network built
            self.progress_label.setText(self.tr("{0} Preparing the images and the network: {1}").format(
                self._starting_text, _duration(running)))

    def _render_progress(self, entry: RunEntry, progress: dict, running: float = 0.0) -> None:
        """The progress line and bar; ``running``: seconds since the last step ended (a step under way)."""
        config = entry.run.config
        total = config.epochs * progress["steps"]
        done = (progress["epoch"] - 1) * progress["steps"] + progress["batch"]
        rate, left = progress.get("rate"), progress.get("seconds_left")
        if running and rate:  # the step under way, at the measured speed: never past its end
            done += min(0.95, running * rate / max(1, min(config.batch_size, progress["samples"])))
        # a first long step, not measured yet: the bar says "busy" rather than standing still
        self.progress_bar.setMaximum(0 if running and not rate else 1000)
        self.progress_bar.setValue(round(1000 * done / max(1, total)))
        speed = self.tr("{0:,.0f} images/s").format(rate) if rate else self.tr("measuring the speed…")
        text = self.tr("{0}: epoch {1}/{2} · batch {3}/{4} · {5}").format(
            i18n.name(entry.run.name), progress["epoch"], config.epochs, progress["batch"], progress["steps"], speed)
        if left is not None:
            text += " · " + self.tr("about {0} left").format(_duration(max(0.0, left - running)))
        if running >= 1:
            text += " · " + self.tr("step {0} under way for {1}").format(progress["batch"] + 1, _duration(running))
        if self.state == State.PAUSED:
            text = self.tr("Paused · {0}").format(text)
        self.progress_label.setText(text)

    def _follow_long_first_epoch(self, entry: RunEntry, progress: dict) -> None:
        """A run with thousands of steps an epoch (stochastic on the full data set) would be a sliver
        at x = 0 for minutes: while its first epoch runs alone on the plots, count samples on the x
        axis, and once its speed is measured say honestly how long it takes and how to see the
        lesson in seconds."""
        long_epoch = progress["epoch"] == 1 and progress["steps"] >= SAMPLES_AXIS_FROM_STEPS
        if long_epoch and len(self.runs.shown_entries()) == 1:
            self.plots.follow_first_epoch(progress.get("samples"), progress["batch"] / progress["steps"])
        else:
            self.plots.follow_first_epoch(None)
        left = progress.get("seconds_left")
        if long_epoch and entry is not self._slow_hint_entry and progress["batch"] >= SLOW_HINT_AFTER_STEPS \
                and left is not None and left >= LONG_RUN_SECONDS:
            self._slow_hint_entry = entry
            self._show_banner(self.tr(
                "<b>This run takes about {0} more at the speed measured now:</b> with a batch of {1:,}, every "
                "epoch is {2:,} separate steps. To see the lesson in seconds, set <i>Training images</i> to "
                "2,000, or press <i>Compare batch sizes</i>.").format(
                _duration(left), entry.run.config.batch_size, progress["steps"]))

    def _on_run_finished(self, entry: RunEntry) -> None:
        progress = self.controller.progress
        if entry.run.status == "completed" or not progress or progress["epoch"] > 1:
            self.plots.follow_first_epoch(None)  # a run stopped in its long first epoch stays readable
        run = entry.run
        status = run.status
        self.progress_bar.setValue(1000 if status == "completed" else self.progress_bar.value())
        texts = {"completed": self.tr("{0} finished in {1}."),
                 "stopped": self.tr("{0} was stopped after {1}; its weights are kept."),
                 "diverged": self.tr("{0} diverged after {1}."),
                 "error": self.tr("{0} failed after {1}.")}
        self.progress_label.setText(texts.get(status, texts["error"]).format(i18n.name(run.name),
                                                                             _duration(run.seconds)))
        if status == "diverged":
            if not self.plots.log_check.isChecked():
                self.plots.log_check.setChecked(True)  # the exploded curve would flatten all others
                self._log_scale_automatic = True
            self._show_banner(self._divergence_text(*(entry.divergence or ("learning_rate", {}))))
        elif status == "error":
            self._show_banner(self.tr("<b>Training failed.</b> {0}").format(html.escape(run.message)))
        self.training_finished.emit(status)

    def _divergence_text(self, cause: str, values: dict) -> str:
        """Why the loss exploded, naming the hyperparameter that did it (nnlab.core.divergence.diagnose)."""
        kept = self.tr("Training stopped and the weights from before the explosion were kept.")
        if cause == "epsilon":
            why = i18n.with_code(self.tr("<b>The loss became NaN: epsilon is 0.</b> A weight whose gradient is 0 "
                                         "then computes {0}. Use a small epsilon such as {1}."), "0 / 0", "1e-7",
                                 rich=True)
        elif cause == "initial_accumulator_value":
            why = i18n.with_code(self.tr("<b>The loss became NaN: Adagrad's initial accumulator and epsilon are both "
                                         "0.</b> A weight whose gradient is 0 then computes {0}. Start the accumulator "
                                         "at 0.1."), "0 / 0", rich=True)
        elif cause == "data":
            why = self.tr("<b>The loss became NaN: the training data contain NaN or infinite values.</b> "
                          "Nothing can be learned from those.")
        else:
            rate = values.get("learning_rate")
            why = i18n.with_code(self.tr("<b>The loss exploded: the learning rate ({0}) is probably too large.</b> "
                                         "Try one ten times smaller."), f"{rate:g}", rich=True) \
                if isinstance(rate, (int, float)) else \
                self.tr("<b>The loss exploded: the learning rate is probably too large.</b> Try one ten times "
                        "smaller.")
        return f"{why} {kept}"

    def _show_banner(self, text: str) -> None:
        """``text`` is rich text written by us; anything from outside in it must be escaped."""
        self.banner.setText(text)
        self.banner.setVisible(True)

    # -- data sets -------------------------------------------------------------------------------
    def _on_dataset_failed(self, name: str, message: str, corrupt_path: str = "") -> None:
        self.progress_label.setText(self.tr("The data set could not be loaded."))
        failed = self.controller.failed_request()
        if corrupt_path and self.ask_to_replace_corrupt_file(corrupt_path, message):
            try:
                Path(corrupt_path).unlink()
            except OSError as error:
                plain.message_box(self, self.tr("Could not delete the file"), str(error),
                                  object_name="deleteDataErrorBox")
            else:
                if failed is not None:
                    self.controller.start([failed])  # loads again, downloading the deleted file
                return
        self._show_banner(html.escape(message))
        plain.message_box(self, self.tr("Could not load the data set"), message, object_name="datasetErrorBox")

    def ask_to_replace_corrupt_file(self, path: str, message: str) -> bool:
        """Offer to delete a damaged data file so that it is downloaded again; True when accepted."""
        box = plain.box(self, self.tr("A data file is damaged"), message, buttons=plain.Button.Cancel,
                        object_name="damagedDataBox")
        replace = box.addButton(self.tr("Delete it and download again"), QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(self.tr("The file {0} will be deleted.").format(i18n.name(path)))
        box.exec()
        return box.clickedButton() is replace

    def _on_dataset_cancelled(self, _name: str) -> None:
        self.progress_label.setText(self.tr("Loading was cancelled. Press Start to try again."))

    def _update_train_size(self) -> None:
        counts = self._split_counts(self.controls.config())
        if counts is not None:
            self.controls.set_train_size(*counts)

    def _split_counts(self, config: RunConfig) -> tuple[int, int] | None:
        """(training images, validation images) of ``config`` on its loaded data set, or None."""
        dataset = self.session.dataset(config.dataset)
        if dataset is None:
            return None
        split = split_dataset(dataset, config.validation_split, config.train_subset)
        return len(split["train"][0]), len(split["validation"][0])

    # -- run list --------------------------------------------------------------------------------
    def _on_entry_changed(self, entry: RunEntry) -> None:
        if entry is self.runs_view.current_entry() and entry.evaluation is not None \
                and entry.run.status != "running":
            self._show_evaluation(entry)

    def _show_evaluation(self, entry: RunEntry | None) -> None:
        if entry is None or entry.evaluation is None:
            self.evaluation_view.clear()
            return
        dataset = self.session.dataset(entry.run.config.dataset)
        self.evaluation_view.show_evaluation(entry.evaluation, dataset[1][0] if dataset else None,
                                             entry.run.config.dataset)

    def remove_run(self, entry: RunEntry | None) -> bool:
        """Take a run out of the list (any but the one training now, whatever its saved status)."""
        return self.controller.remove(entry)

    # -- settings and closing --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        """The splitter, the tab below the plots, and the student's own defaults if they saved some
        (else the lecture's); anything unreadable or out of range falls back to its default."""
        settings = open_settings()
        splitter = read_setting(settings, "train/splitter", QByteArray, QByteArray())
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.bottom_tabs.setCurrentIndex(read_setting(settings, "train/tab", int, 0,
                                                      valid=range(self.bottom_tabs.count())))
        self.controls.set_config(self.saved_defaults() or RunConfig())

    def saved_defaults(self) -> RunConfig | None:
        """The preset saved with "Save as my defaults", or None when there is none or it is unusable."""
        data = read_json_setting(open_settings(), DEFAULTS_KEY)
        try:
            config = RunConfig.from_dict(data) if data is not None else None
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            return None
        return config if config is not None and self.controls.fits(config) else None

    def save_defaults(self) -> None:
        """Start future sessions from the settings shown now (the student asked for it)."""
        config = self.controls.config()
        open_settings().setValue(DEFAULTS_KEY, json.dumps(config.to_dict()))
        self.progress_label.setText(self.tr("Saved these settings as your defaults for the next sessions."))

    def _save_session_settings(self) -> None:
        settings = open_settings()
        settings.setValue("train/splitter", self.splitter.saveState())
        settings.setValue("train/tab", self.bottom_tabs.currentIndex())

    def shutdown(self) -> None:
        """Stop the run and any download within a second; called when the window closes."""
        self._save_session_settings()
        self._builder.close(0.0)  # building weights is pure computation: nothing to wait for
        self.files.shutdown()
        self.controller.shutdown()


def _duration(seconds: float | None) -> str:
    """``0.3 s``, ``12 s`` or ``3:05 min``, kept on one line (a wrapped progress text left "s." alone)."""
    if seconds is None:
        return ""
    if seconds < 10:
        text = QCoreApplication.translate("TrainPage", "{0:.1f} s").format(max(0.0, seconds))
    elif round(seconds) >= 60:
        seconds = round(seconds)
        minutes = i18n.code(f"{seconds // 60}:{seconds % 60:02d}")  # 3:05, which reads left to right
        text = QCoreApplication.translate("TrainPage", "{0} min").format(minutes)
    else:
        text = QCoreApplication.translate("TrainPage", "{0} s").format(round(seconds))
    return text.replace(" ", "\u00a0")


def _size(count: int | None) -> str:
    """``350 MB`` or ``10.6 GB``."""
    if count is None:
        return "?"
    if count >= 1e9:
        return QCoreApplication.translate("TrainPage", "{0:.1f} GB").format(count / 1e9)
    return QCoreApplication.translate("TrainPage", "{0:,.0f} MB").format(count / 1e6)

