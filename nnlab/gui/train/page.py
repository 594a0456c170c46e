"""The Train page: press Start and watch the lecture's network learn.

Layout: the control panel in a scrollable column on the left; on the right the transport buttons
and progress, the live loss and accuracy plots, and below them (in a splitter) the run list and
the evaluation of the selected run.

The page is a small state machine, ``idle → loading → running ⇄ paused → idle``; one method,
:meth:`TrainPage._update_buttons`, derives every button's state from it, so there is never a
double start or a stuck button. Training itself runs in :mod:`nnlab.gui.train.worker`; the page
drains the worker's events on a 40 ms timer (25 redraws a second at most).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
)

from nnlab.core import optimizers
from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.dataset_loader import DatasetLoader
from nnlab.gui.page import Page
from nnlab.gui.settings import open_settings, read_setting
from nnlab.gui.train.controls import DATASETS, ControlPanel
from nnlab.gui.train.evaluation import EvaluationView
from nnlab.gui.train.plots import PALETTE, TrainingPlots, run_colour
from nnlab.gui.train.runs import RunsView, optimizer_title
from nnlab.gui.train.worker import ModelBuilder, TrainingThread
from nnlab.training.metrics import Evaluation
from nnlab.training.runs import (
    Run,
    RunConfig,
    load_record,
    save_record,
    split_dataset,
    write_metrics_csv,
)

DRAIN_INTERVAL_MS = 40
LR_FACTORS = {"too small": 0.01, "about right": 1.0, "too large": 300.0}


class TrainPage(Page):
    """Train networks, watch them learn, compare runs. Emits ``training_started`` and
    ``training_finished(status)`` with status "completed", "stopped", "diverged" or "error"."""

    training_started = Signal()
    training_finished = Signal(str)

    def __init__(self, session, parent=None, load_function=None):
        super().__init__(session, parent)
        self.state = "idle"
        self.training: TrainingThread | None = None
        self.current_run: Run | None = None
        self._queue: list[tuple[RunConfig, str, list | None]] = []
        self._pending_start = None
        self._run_count = 0
        self._evaluations: dict[int, Evaluation] = {}
        self._colours: dict[int, str] = {}
        self._closing = False
        self._run_started = 0.0
        self._reset_seed = 0
        self.builder = ModelBuilder(self)
        self.builder.built.connect(self._on_fresh_model)
        self.loader = DatasetLoader(self, load_function)
        self.loader.loaded.connect(self._on_dataset_loaded)
        self.loader.failed.connect(self._on_dataset_failed)
        self.loader.cancelled.connect(self._on_dataset_cancelled)

        self.controls = ControlPanel()
        self.controls.optimizer_changed.connect(self._on_optimizer_changed)
        self.controls.compare_requested.connect(self.start_comparison)
        self.controls.dataset_changed.connect(lambda _name: self._update_train_size())
        self.controls.config_changed.connect(self._save_settings)
        self.plots = TrainingPlots()
        self.runs_view = RunsView()
        self.evaluation_view = EvaluationView()
        self._build_layout()
        self._build_shortcuts()

        self.drain_timer = QTimer(self, interval=DRAIN_INTERVAL_MS, timeout=self._drain)
        self.runs_view.overlay_changed.connect(self._on_overlay)
        self.runs_view.current_changed.connect(self._on_run_selected)
        self.runs_view.save_requested.connect(self.save_run_dialog)
        self.runs_view.open_requested.connect(self.open_run_dialog)
        self.runs_view.remove_requested.connect(self.remove_run)
        self.runs_view.continue_requested.connect(self.continue_run)
        self.session.dataset_changed.connect(lambda _name: self._update_train_size())
        self._restore_settings()
        self.retranslate_ui()
        self._update_buttons()

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
        self.stop_button = self._button("stopButton", QStyle.StandardPixmap.SP_MediaStop, self.stop)
        self.step_button = self._button("stepButton", QStyle.StandardPixmap.SP_MediaSkipForward, self.step)
        self.reset_button = self._button("resetWeightsButton", QStyle.StandardPixmap.SP_BrowserReload,
                                         self.reset_weights)
        self.start_button.setDefault(True)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self._resume_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self.progress_label = QLabel(objectName="progressLabel")
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar)
        transport.addLayout(progress, 1)

        self.banner = QLabel(objectName="trainBanner", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.banner.setVisible(False)
        self.banner.setStyleSheet("QLabel#trainBanner { background: #FBE3D6; color: #5A1F00; border: 1px solid "
                                  "#D55E00; border-radius: 6px; padding: 8px 10px; }")

        self.bottom_tabs = QTabWidget(objectName="trainBottomTabs", documentMode=True)
        self.bottom_tabs.addTab(self.runs_view, "")
        self.bottom_tabs.addTab(self.evaluation_view, "")
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
        self.shortcuts = [QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.start_or_pause, context=context),
                          QShortcut(QKeySequence("Ctrl+."), self, self.stop, context=context),
                          QShortcut(QKeySequence("Ctrl+Right"), self, self.step, context=context)]

    def retranslate_ui(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train a new run with the settings on the left (Space)."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop training after the current mini-batch and keep the weights "
                                            "(Ctrl+.)."))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Train exactly one mini-batch, then wait (Ctrl+Right)."))
        self.reset_button.setText(self.tr("Reset weights"))
        self.reset_button.setToolTip(self.tr("Throw the trained weights away and start again from fresh random "
                                        "weights (from the seed)."))
        self.progress_bar.setAccessibleName(self.tr("Training progress"))
        self.bottom_tabs.setTabText(0, self.tr("Runs"))
        self.bottom_tabs.setTabText(1, self.tr("Evaluation"))
        self.bottom_tabs.setTabToolTip(0, self.tr("Every run of this session: tick runs to compare their curves."))
        self.bottom_tabs.setTabToolTip(1, self.tr("How well the selected run does on the test set."))
        for button in (self.start_button, self.stop_button, self.step_button, self.reset_button):
            button.setAccessibleName(button.text())
        self.controls_scroll.setToolTip(self.tr("Settings for the next run; the optimizer and its "
                                                "hyperparameters can also change while training runs."))
        self.splitter.setToolTip(self.tr("Drag the handle to give the plots or the runs more room."))
        describe_for_screen_readers(self)
        self._update_buttons()
        if self.state == "idle" and self.current_run is None:
            self.progress_label.setText(self.tr("Ready. Press Start (or Space) to train the network."))

    # -- state -----------------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self.controls.set_training(state != "idle")
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = self.state
        self.start_button.setEnabled(state == "idle")
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.stop_button.setEnabled(state in ("running", "paused"))
        self.step_button.setEnabled(state in ("idle", "paused"))
        self.reset_button.setEnabled(state == "idle")
        paused = state == "paused"
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setIcon(self._resume_icon if paused else self._pause_icon)
        self.pause_button.setToolTip(self.tr("Continue training (Space).") if paused
                                     else self.tr("Pause training between two mini-batches (Space)."))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.pause_button.setAccessibleDescription(self.pause_button.toolTip())
        self.runs_view.refresh_buttons()

    # -- transport -------------------------------------------------------------------------------
    def start_or_pause(self) -> None:
        """Space: start when idle, otherwise pause or resume; a focused check box or run keeps Space."""
        if self._space_for_focused_widget():
            return
        if self.state == "idle":
            self.start()
        elif self.state in ("running", "paused"):
            self.toggle_pause()

    def _space_for_focused_widget(self) -> bool:
        """Give Space its usual meaning on a focused control (tick a run, press a button)."""
        focus = QApplication.focusWidget()
        transport = (self.start_button, self.pause_button, self.stop_button, self.step_button)
        if isinstance(focus, QAbstractButton) and focus not in transport:
            focus.click()
            return True
        item = self.runs_view.tree.currentItem()
        if focus is self.runs_view.tree and item is not None:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return True
        return False

    def start(self) -> None:
        if self.state != "idle":
            return
        self._queue.clear()
        self._begin(self.controls.config(), paused=False)

    def step(self) -> None:
        """One mini-batch: from idle this starts a new run that waits after its first batch."""
        if self.state == "paused" and self.training is not None:
            self.training.step()
        elif self.state == "idle":
            self._queue.clear()
            self._begin(self.controls.config(), paused=True)

    def toggle_pause(self) -> None:
        if self.training is None:
            return
        if self.state == "running":
            self.training.pause()
            self._set_state("paused")
            self.progress_label.setText(self.tr("Paused. Resume with Space, or train one mini-batch with Step."))
        elif self.state == "paused":
            self.training.resume()
            self._set_state("running")

    def stop(self) -> None:
        """Stop after the current batch; the rest of a comparison series is cancelled too."""
        if self.training is not None and self.state in ("running", "paused"):
            self._queue.clear()
            self.training.stop()
            self.state = "stopping"
            self._update_buttons()
            self.progress_label.setText(self.tr("Stopping after this mini-batch…"))

    def reset_weights(self) -> None:
        """Fresh random weights from the seed: the Draw page then shows an untrained network."""
        if self.state != "idle":
            return
        self._reset_seed = self.controls.config().seed
        self.builder.build(self.controls.config())
        self.evaluation_view.clear()
        self.banner.setVisible(False)
        self.progress_bar.setValue(0)

    def _on_fresh_model(self, model) -> None:
        self.session.set_model(model)
        self.progress_label.setText(self.tr("Weights reset to fresh random values (seed {0}). "
                                            "Press Start to train from them.").format(self._reset_seed))

    # -- starting a run --------------------------------------------------------------------------
    def _begin(self, config: RunConfig, paused: bool, name: str | None = None, initial_weights=None,
               keep_overlays: bool = False) -> None:
        dataset = self.session.dataset(config.dataset)
        if dataset is None:
            self._pending_start = (config, paused, name, initial_weights, keep_overlays)
            self._set_state("loading")
            self.progress_label.setText(self.tr("Loading the data set…"))
            self.loader.load(config.dataset)
            return
        self._save_settings()
        self.banner.setVisible(False)
        run = Run(name=name or self.tr("Run {0}").format(self._run_count + 1), config=config, status="running")
        if not keep_overlays:
            for other in self.runs_view.runs():
                self.runs_view.set_shown(other, False)
        self._add_run(run)
        self.current_run = run
        self._run_started = time.perf_counter()
        data = split_dataset(dataset, config.validation_split)
        self.training = TrainingThread(config, data, paused=paused, steps=1 if paused else 0,
                                       initial_weights=initial_weights, parent=self)
        self.training.done.connect(self._on_done)
        self.training.evaluated.connect(lambda evaluation, r=run: self._on_evaluated(r, evaluation))
        self._set_state("paused" if paused else "running")
        self.progress_label.setText(self.tr("Starting {0}…").format(run.name))
        self.training.start()
        self.drain_timer.start()
        self.training_started.emit()

    def start_comparison(self, kind: str) -> None:
        """The lecture's comparisons, all from the same initial weights, trained one after another."""
        if self.state != "idle":
            return
        base = self.controls.config()
        series = []
        if kind == "learning_rate":
            right = optimizers.hyperparameters(base.optimizer)["learning_rate"]
            labels = {"too small": self.tr("too small"), "about right": self.tr("about right"),
                      "too large": self.tr("too large")}
            for key, factor in LR_FACTORS.items():
                lr = float(f"{min(10.0, right * factor):.3g}")
                config = RunConfig(**{**base.to_dict(), "hyper": {**optimizers.hyperparameters(base.optimizer),
                                                                  "learning_rate": lr}})
                series.append((config, self.tr("{0} lr {1:.3g} ({2})").format(
                    optimizer_title(base.optimizer), lr, labels[key])))
        else:
            for name in optimizers.NAMES:
                config = RunConfig(**{**base.to_dict(), "optimizer": name,
                                      "hyper": optimizers.hyperparameters(name)})
                series.append((config, optimizer_title(name)))
        for other in self.runs_view.runs():
            self.runs_view.set_shown(other, False)
        # Same architecture and seed: every run of the series starts from the same initial weights.
        self._queue = [(config, name, None) for config, name in series]
        self._start_next_in_queue()

    def _start_next_in_queue(self) -> bool:
        if not self._queue:
            return False
        config, name, weights = self._queue.pop(0)
        self._begin(config, paused=False, name=name, initial_weights=weights, keep_overlays=True)
        return True

    def continue_run(self, run) -> None:
        """Train ``run``'s network further, as a new run starting from its trained weights."""
        if self.state != "idle" or run is None or run.model is None:
            return
        self.controls.set_config(run.config)
        self._queue.clear()
        self._begin(run.config, paused=False, name=self.tr("{0} (continued)").format(run.name),
                    initial_weights=run.model.get_weights())

    # -- data sets -------------------------------------------------------------------------------
    def _on_dataset_loaded(self, name: str, data) -> None:
        self.session.set_dataset(name, data)
        pending, self._pending_start = self._pending_start, None
        self._set_state("idle")
        if pending is not None:
            self._begin(*pending)

    def _on_dataset_failed(self, name: str, message: str, corrupt_path: str = "") -> None:
        pending, self._pending_start = self._pending_start, None
        self._set_state("idle")
        self.progress_label.setText(self.tr("The data set could not be loaded."))
        if self._closing:
            return
        if corrupt_path and self.ask_to_replace_corrupt_file(corrupt_path, message):
            try:
                Path(corrupt_path).unlink()
            except OSError as error:
                QMessageBox.warning(self, self.tr("Could not delete the file"), str(error))
            else:
                if pending is not None:
                    self._begin(*pending)  # loads again, downloading the deleted file
                return
        self._queue.clear()
        self._show_banner(message)
        QMessageBox.warning(self, self.tr("Could not load the data set"), message)

    def ask_to_replace_corrupt_file(self, path: str, message: str) -> bool:
        """Offer to delete a damaged data file so that it is downloaded again; True when accepted."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("A data file is damaged"), message,
                          QMessageBox.StandardButton.Cancel, self)
        replace = box.addButton(self.tr("Delete it and download again"), QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(self.tr("The file {0} will be deleted.").format(path))
        box.exec()
        return box.clickedButton() is replace

    def _on_dataset_cancelled(self, name: str) -> None:
        self._pending_start = None
        self._queue.clear()
        self._set_state("idle")
        self.progress_label.setText(self.tr("Loading was cancelled. Press Start to try again."))

    def _update_train_size(self) -> None:
        config = self.controls.config()
        dataset = self.session.dataset(config.dataset)
        if dataset is not None:
            self.controls.set_train_size(len(split_dataset(dataset, config.validation_split)["train"][0]))

    # -- while training --------------------------------------------------------------------------
    def _on_optimizer_changed(self, name: str, hyper: dict) -> None:
        if self.training is not None and self.state in ("running", "paused"):
            self.training.request_change(name, hyper)

    def _drain(self) -> None:
        """Move the worker's new events into the run record and redraw (at most 25 times a second)."""
        if self.training is None or self.current_run is None:
            return
        run = self.current_run
        rows = []
        for kind, payload in self.training.take_events():
            if kind == "batch":
                rows.append(payload)
            elif kind == "epoch":
                run.epochs.append(payload)
            elif kind == "change":
                run.changes.append(payload)
                self.plots.add_marker(run, payload)
                self.runs_view.update_run(run)
        if rows:
            run.batches.append_rows(rows)
        self.plots.update_run(run)
        self._show_progress(self.training.worker.progress, run)

    def _show_progress(self, progress: dict, run: Run) -> None:
        if not progress or self.state == "stopping":
            return
        config = run.config
        total = config.epochs * progress["steps"]
        done = (progress["epoch"] - 1) * progress["steps"] + progress["batch"]
        self.progress_bar.setValue(round(1000 * done / max(1, total)))
        left = progress.get("seconds_left")
        left_text = self.tr("about {0} left").format(_duration(left)) if left is not None else ""
        text = self.tr("{0}: epoch {1}/{2} · batch {3}/{4} · {5:,.0f} images/s · {6}").format(
            run.name, progress["epoch"], config.epochs, progress["batch"], progress["steps"], progress["rate"],
            left_text)
        if self.state == "paused":
            text = self.tr("Paused · {0}").format(text)
        self.progress_label.setText(text)

    def _on_evaluated(self, run: Run, evaluation: Evaluation) -> None:
        self._evaluations[id(run)] = evaluation
        run.test_accuracy, run.test_loss = evaluation.accuracy, evaluation.loss
        run.evaluation = evaluation.to_dict()
        self.runs_view.update_run(run)
        if self.runs_view.current_run() is run:
            self._on_run_selected(run)

    def _on_done(self, status: str, message: str) -> None:
        training, run = self.training, self.current_run
        if self._closing or training is None:
            return
        self._drain()
        self.drain_timer.stop()
        run.status = status
        run.message = message
        run.seconds = time.perf_counter() - self._run_started
        run.model = training.worker.model
        self.training = None
        self.runs_view.update_run(run)
        self.plots.update_run(run)
        if run.model is not None:
            self.session.set_model(run.model)
        self._set_state("idle")
        self._report_end(run, status, message)
        self.training_finished.emit(status)
        if status in ("completed", "diverged") and self._start_next_in_queue():
            return
        self._queue.clear()

    def _report_end(self, run: Run, status: str, message: str) -> None:
        self.progress_bar.setValue(1000 if status == "completed" else self.progress_bar.value())
        texts = {"completed": self.tr("{0} finished in {1}."),
                 "stopped": self.tr("{0} was stopped after {1}; its weights are kept."),
                 "diverged": self.tr("{0} diverged after {1}."),
                 "error": self.tr("{0} failed after {1}.")}
        self.progress_label.setText(texts.get(status, texts["error"]).format(run.name, _duration(run.seconds)))
        if status == "diverged":
            self.plots.log_check.setChecked(True)  # the exploded curve would flatten all others
            self._show_banner(self.tr("<b>The loss exploded: the learning rate is probably too large.</b> "
                                      "Training stopped and the weights from before the explosion were kept. "
                                      "Try a learning rate ten times smaller."))
        elif status == "error":
            self._show_banner(self.tr("<b>Training failed.</b> {0}").format(message))

    def _show_banner(self, html: str) -> None:
        self.banner.setText(html)
        self.banner.setVisible(True)

    # -- run list --------------------------------------------------------------------------------
    def _add_run(self, run: Run) -> str:
        """List ``run`` and draw it in a colour no other shown run has."""
        self._run_count += 1
        colour = self._colours[id(run)] = self._free_colour()
        self.runs_view.add_run(run, colour)
        self.plots.show_run(run, colour)
        return colour

    def _free_colour(self, exclude=None) -> str:
        """The first palette colour not used by a shown run (the palette order keeps yellow last)."""
        used = {self._colours.get(id(run)) for run in self.plots.shown_runs() if run is not exclude}
        for index in range(len(PALETTE)):
            if PALETTE[index] not in used:
                return PALETTE[index]
        return run_colour(self._run_count)

    def _on_overlay(self, run, shown: bool) -> None:
        if shown:
            colour = self._colours.get(id(run))
            if colour is None or colour in {self._colours.get(id(other)) for other in self.plots.shown_runs()}:
                colour = self._colours[id(run)] = self._free_colour(exclude=run)
                self.runs_view.set_colour(run, colour)
            self.plots.show_run(run, colour)
        else:
            self.plots.hide_run(run)

    def _on_run_selected(self, run) -> None:
        if run is None:
            self.evaluation_view.clear()
            return
        evaluation = self._evaluations.get(id(run))
        dataset = self.session.dataset(run.config.dataset)
        if evaluation is not None:
            self.evaluation_view.show_evaluation(evaluation, dataset[1][0] if dataset else None,
                                                 run.config.dataset)
        else:
            self.evaluation_view.clear()

    def remove_run(self, run) -> None:
        if run is None or run is self.current_run and self.state != "idle":
            return
        self.plots.hide_run(run)
        self.runs_view.remove_run(run)
        self._evaluations.pop(id(run), None)

    def save_run_dialog(self, run) -> None:
        if run is None:
            return
        folder, _ = QFileDialog.getSaveFileName(self, self.tr("Save run record"),
                                                str(Path.home() / _safe_name(run.name)),
                                                self.tr("Run record folder (*)"))
        if folder:
            self.save_run(run, folder)

    def save_run(self, run, folder) -> Path | None:
        """Write ``run`` as a record folder with its plots as PNG images."""
        plots = TrainingPlots()
        plots.resize(1100, 420)
        plots.show_run(run, run_colour(0))
        writers = {"loss.png": lambda path: plots.loss_plot.grab().save(path, "PNG"),
                   "accuracy.png": lambda path: plots.accuracy_plot.grab().save(path, "PNG")}
        try:
            path = save_record(run, folder, model=run.model, extra_writers=writers)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not save the record"), str(error))
            return None
        finally:
            plots.deleteLater()
        self.progress_label.setText(self.tr("Saved {0} to {1}").format(run.name, path))
        return path

    def open_run_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open run record"), str(Path.home()))
        if folder:
            self.open_run(folder)

    def open_run(self, folder) -> Run | None:
        try:
            run = load_record(folder)
        except (ValueError, OSError) as error:
            QMessageBox.warning(self, self.tr("Could not open the record"), str(error))
            return None
        self._add_run(run)
        if run.evaluation:
            self._evaluations[id(run)] = Evaluation.from_dict(run.evaluation)
            self._on_run_selected(run)
        return run

    # -- plots export ----------------------------------------------------------------------------
    def export_plot(self, path: str | None = None) -> tuple[Path, Path] | None:
        """Save the plots as PNG and the shown runs' metrics as CSV next to it (same name, .csv)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plot"), str(Path.home() / "training.png"),
                                                  self.tr("PNG image (*.png)"))
            if not path:
                return None
        png = Path(path).with_suffix(".png")
        csv = png.with_suffix(".csv")
        try:
            if not self.plots.export_png(str(png)):
                raise OSError(self.tr("could not write {0}").format(png))
            write_metrics_csv(self.plots.shown_runs(), csv)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not export the plot"), str(error))
            return None
        self.progress_label.setText(self.tr("Exported the plot to {0} and the metrics to {1}").format(png, csv))
        return png, csv

    # -- settings and closing --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        """The last settings, the splitter and the tab below the plots; anything unreadable is skipped."""
        settings = open_settings()
        splitter = read_setting(settings, "train/splitter", QByteArray, QByteArray())
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        tab = read_setting(settings, "train/tab", int, 0)
        self.bottom_tabs.setCurrentIndex(tab if 0 <= tab < self.bottom_tabs.count() else 0)
        text = read_setting(settings, "train/config", str, "")
        try:
            config = RunConfig.from_dict(json.loads(text)) if text else None
            if config is not None:
                _check_config(config)
                self.controls.set_config(config)
        except (ValueError, TypeError, KeyError, AttributeError):
            self.controls.set_config(RunConfig())

    def _save_settings(self) -> None:
        if not self._closing:
            open_settings().setValue("train/config", json.dumps(self.controls.config().to_dict()))

    def shutdown(self) -> None:
        """Stop the worker (within a second) and any download; called when the window closes."""
        self._save_settings()
        settings = open_settings()
        settings.setValue("train/splitter", self.splitter.saveState())
        settings.setValue("train/tab", self.bottom_tabs.currentIndex())
        self._closing = True
        self.drain_timer.stop()
        self.loader.shutdown()
        if self.training is not None:
            self.training.shutdown(1000)
            self.training = None


def _check_config(config: RunConfig) -> None:
    """Reject settings that no control can show (a hand-edited or damaged settings file)."""
    if config.dataset not in DATASETS or config.optimizer not in optimizers.NAMES:
        raise ValueError("unknown data set or optimizer")
    if not (1 <= config.batch_size and 1 <= config.epochs and 0 <= config.validation_split <= 0.5):
        raise ValueError("out of range")
    if len(config.hidden) > 3 or any(units < 1 for units in config.hidden):
        raise ValueError("bad architecture")


def _duration(seconds: float | None) -> str:
    """``0.3 s``, ``12 s`` or ``3:05 min``."""
    if seconds is None:
        return ""
    if seconds < 10:
        return QCoreApplication.translate("TrainPage", "{0:.1f} s").format(max(0.0, seconds))
    seconds = round(seconds)
    if seconds >= 60:
        return QCoreApplication.translate("TrainPage", "{0}:{1:02d} min").format(seconds // 60, seconds % 60)
    return QCoreApplication.translate("TrainPage", "{0} s").format(seconds)


def _safe_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name).strip("-") or "run"
