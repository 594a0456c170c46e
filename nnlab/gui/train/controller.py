"""The one owner of training runs: the queue, the data set loading, the worker and its lifetime.

The Train page is layout and wiring; everything that has a lifetime lives here. A
:class:`TrainingController` is a small state machine (:class:`State`: idle → loading → running ⇄
paused → stopping → idle). It takes :class:`RunRequest` s (one run, or a comparison series), loads
the data set when needed, submits one :class:`~nnlab.gui.train.worker.TrainingJob` at a time to its
:class:`~nnlab.gui.workers.Worker`, folds the job's event stream into the run's record in the
:class:`~nnlab.gui.train.run_model.RunListModel`, and when a run ends offers its model to the
other pages through the session.

Stop has one path, :meth:`TrainingController.stop`: it empties the queue and asks the run to end
after the batch under way; if that batch is one huge step that does not end within a second, the
run is ended without its half-updated weights and the step is abandoned to its daemon thread.
Closing the window is the same stop plus the worker's close policy (waits at most a second, then
abandons the daemon thread).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from nnlab.gui import i18n
from nnlab.gui.dataset_loader import DatasetLoader
from nnlab.gui.train.run_model import RunEntry, RunListModel, optimizer_path
from nnlab.gui.train.worker import EventKind, Outcome, RunControl, TrainingJob
from nnlab.gui.workers import Worker
from nnlab.training.config import RunConfig
from nnlab.training.runs import Run
from nnlab.training.split import split_dataset

CLOSE_TIMEOUT = 1.0
ABANDON_AFTER_MS = 1000  # Stop takes effect within about a second, even inside one long step


class State(str, Enum):
    IDLE = "idle"
    LOADING = "loading"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPING = "stopping"


@dataclass
class RunRequest:
    """A run to start: its settings, its name (None: "Run n") and where its weights start."""

    config: RunConfig
    name: str | None = None
    initial_weights: list | None = None
    paused: bool = False


class TrainingController(QObject):
    """Signals: ``state_changed(State)``, ``run_started(entry)``, ``run_updated(entry)`` (new points or
    progress), ``run_waiting(entry)`` (paused at the gate: after a Step every batch is in the record),
    ``run_finished(entry)`` (``entry.run.status`` says how), ``loading_failed(name, message, corrupt_path)``,
    ``loading_cancelled(name)``."""

    state_changed = Signal(object)
    run_started = Signal(object)
    run_updated = Signal(object)
    run_waiting = Signal(object)
    run_finished = Signal(object)
    optimizer_state = Signal(object)  # the newest UnitSnapshot of the running run (a few a second)
    loading_failed = Signal(str, str, str)
    loading_cancelled = Signal(str)

    def __init__(self, session, parent_widget=None, load_function=None):
        super().__init__(parent_widget)
        self.session = session
        self.runs = RunListModel(self)
        self.state = State.IDLE
        self.current: RunEntry | None = None
        self.progress: dict = {}
        self._queue: list[RunRequest] = []
        self._pending: RunRequest | None = None
        self._failed: RunRequest | None = None
        self._control: RunControl | None = None
        self._job_id = -1
        self._started_at = 0.0
        # Makes a fit callback that sends optimizer snapshots (the page's optimizer-state view sets it).
        self.snapshot_feed = None
        self._closed = False
        self.worker = self._new_worker()
        self.loader = DatasetLoader(parent_widget, load_function)
        self.loader.loaded.connect(self._on_dataset_loaded)
        self.loader.failed.connect(self._on_dataset_failed)
        self.loader.cancelled.connect(self._on_dataset_cancelled)

    def _new_worker(self) -> Worker:
        worker = Worker(self, name="nnlab-training")
        worker.progress.connect(self._on_events)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        return worker

    # -- commands --------------------------------------------------------------------------------
    def start(self, requests: list[RunRequest]) -> bool:
        """Train ``requests`` one after another (a comparison series: the rest is dropped when one
        is stopped or fails). Refused (False) unless idle."""
        if self.state != State.IDLE or not requests or self._closed:
            return False
        self._queue = list(requests)
        self._start_next()
        return True

    @property
    def queued(self) -> int:
        """Runs waiting behind the current one."""
        return len(self._queue)

    def pause(self) -> None:
        if self.state == State.RUNNING:
            self._control.pause()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self.state == State.PAUSED:
            self._control.resume()
            self._set_state(State.RUNNING)

    def step(self) -> None:
        """Let exactly one more mini-batch through while paused."""
        if self.state == State.PAUSED:
            self._control.step()

    def stop(self, closing: bool = False) -> None:
        """The one way a run ends early: drop the queue, end the run after the batch under way."""
        self._queue.clear()
        if self.state == State.LOADING:
            self._pending = None
            self.loader.cancel()
        elif self.state in (State.RUNNING, State.PAUSED, State.STOPPING) and self._control is not None:
            self._control.stop(skip_evaluation=closing)
            self._set_state(State.STOPPING)
            if not closing:
                control = self._control
                QTimer.singleShot(ABANDON_AFTER_MS, self, lambda: self._abandon(control))

    def _abandon(self, control: RunControl) -> None:
        """Stop did not take effect within a second (one huge step cannot be interrupted): end
        the run now without its half-updated weights, and leave the step to finish in its daemon
        thread, whose worker is closed so that nothing it produces arrives."""
        if control is not self._control or self.state != State.STOPPING:  # that run has ended meanwhile
            return
        self.worker.close(timeout=0.0)
        self.worker = self._new_worker()
        self._end("stopped", self.tr("stopped in the middle of a long step: its weights were not kept"), None, None)

    def request_change(self, optimizer: str, hyper: dict) -> None:
        """A live optimizer change; it reaches the optimizer just before the next step."""
        if self._control is not None and self.state in (State.RUNNING, State.PAUSED):
            self._control.request_change(optimizer, hyper)

    def shutdown(self) -> bool:
        """The window closes: stop, then the worker's close policy (at most a second). True when
        no job was left running."""
        self.stop(closing=True)
        self._closed = True
        self.loader.shutdown()
        ended = self.worker.close(CLOSE_TIMEOUT)
        self._control = None
        return ended

    # -- starting --------------------------------------------------------------------------------
    def _start_next(self) -> None:
        if not self._queue:
            return
        request = self._queue.pop(0)
        config = request.config
        dataset = self.session.dataset(config.dataset)
        if dataset is None:
            self._pending = request
            self._set_state(State.LOADING)
            self.loader.load(config.dataset)
            return
        name = request.name or self.tr("Run {0}").format(len(self.runs.entries()) + 1)
        run = Run(name=name, config=config, status="running")
        entry = self.runs.add(run)
        self.current = entry
        self.progress = {}
        self._control = RunControl(paused=request.paused, steps=1 if request.paused else 0)
        job = TrainingJob(config, split_dataset(dataset, config.validation_split, config.train_subset), self._control,
                          request.initial_weights, self.snapshot_feed() if self.snapshot_feed else None)
        self._started_at = time.perf_counter()
        self._job_id = self.worker.submit(job).id
        self._set_state(State.PAUSED if request.paused else State.RUNNING)
        self.run_started.emit(entry)

    # -- the worker's stream ---------------------------------------------------------------------
    def _on_events(self, job_id: int, events) -> None:
        entry = self.current
        if job_id != self._job_id or entry is None:
            return
        run, rows, waiting, changed, snapshot = entry.run, [], False, False, None
        for event in events:
            if event.kind == EventKind.BATCH:
                rows.append(event.payload)
            elif event.kind == EventKind.EPOCH:
                run.epochs.append(event.payload)
            elif event.kind == EventKind.CHANGE:
                run.add_change(event.payload)
                changed = True
            elif event.kind == EventKind.PROGRESS:
                self.progress = event.payload
            elif event.kind == EventKind.WAITING:
                waiting = True
            elif event.kind == EventKind.OPTIMIZER_STATE:
                snapshot = event.payload
        if rows:
            run.batches.append_rows(rows)
        run.seconds = time.perf_counter() - self._started_at
        if changed:
            self.runs.update(entry)  # the Optimizer column shows the change
        self.runs.grew(entry)
        self.run_updated.emit(entry)
        if waiting:
            self.run_waiting.emit(entry)
        if snapshot is not None:
            self.optimizer_state.emit(snapshot)

    def _on_finished(self, job_id: int, outcome: Outcome) -> None:
        if job_id == self._job_id:
            self._end(outcome.status, outcome.message, outcome.model, outcome)

    def _on_failed(self, job_id: int, error) -> None:
        if job_id == self._job_id:
            self._end("error", f"{type(error).__name__}: {error}", None, None)

    def _on_cancelled(self, job_id: int) -> None:
        if job_id == self._job_id:  # stopped before its first batch: nothing trained
            self._end("stopped", "", None, None)

    def _end(self, status: str, message: str, model, outcome: Outcome | None) -> None:
        entry, self.current = self.current, None
        self._control, self._job_id = None, -1
        run = entry.run
        run.status, run.message, run.model = status, message, model
        run.seconds = time.perf_counter() - self._started_at
        if model is not None:
            model.stop_training = False
        if outcome is not None and outcome.cause:
            entry.divergence = (outcome.cause, outcome.values)
        if outcome is not None and outcome.evaluation is not None:
            self.runs.set_evaluation(entry, outcome.evaluation)
        else:
            self.runs.update(entry)
        self._offer(entry)
        continue_series = status in ("completed", "diverged") and bool(self._queue)
        if not continue_series:
            self._queue.clear()
        self._set_state(State.IDLE)
        self.run_finished.emit(entry)
        if continue_series and self.state == State.IDLE:
            self._start_next()

    def _offer(self, entry: RunEntry) -> None:
        """Offer the run's model to the other pages; a completed one becomes the current model."""
        run = entry.run
        if run.model is None:
            return
        path = optimizer_path(run)
        # a comparison names its runs after their optimizers: "Adam", not "Adam: Adam"
        title = run.name if path in run.name else self.tr("{0}: {1}").format(i18n.name(run.name), i18n.code(path))
        self.session.offer_model(self.model_key(entry), title, run.model, run.status, run.test_accuracy)
        if run.status == "completed":
            self.session.set_model(run.model)

    @staticmethod
    def model_key(entry: RunEntry) -> str:
        return f"run:{entry.number}"

    def remove(self, entry: RunEntry) -> bool:
        """Take a run out of the list and out of the other pages' choosers (not the running one)."""
        if entry is None or entry is self.current:
            return False
        self.runs.remove(entry)
        self.session.withdraw_model(self.model_key(entry))
        entry.run.model = None
        return True

    # -- data sets -------------------------------------------------------------------------------
    def _on_dataset_loaded(self, name: str, data) -> None:
        self.session.set_dataset(name, data)
        pending, self._pending = self._pending, None
        self._set_state(State.IDLE)
        if pending is not None and not self._closed:
            self._queue.insert(0, pending)
            self._start_next()

    def _on_dataset_failed(self, name: str, message: str, corrupt_path: str = "") -> None:
        self._failed, self._pending = self._pending, None
        self._queue.clear()
        self._set_state(State.IDLE)
        if not self._closed:
            self.loading_failed.emit(name, message, corrupt_path)

    def _on_dataset_cancelled(self, name: str) -> None:
        self._pending = None
        self._queue.clear()
        self._set_state(State.IDLE)
        self.loading_cancelled.emit(name)

    def failed_request(self) -> RunRequest | None:
        """The request whose data set failed to load (to retry it after a fix)."""
        return self._failed

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
