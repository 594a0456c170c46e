"""Demo 7, batch vs stochastic vs mini-batch: one small problem trained three ways by the core
(in a background thread), then replayed side by side: noisy or smooth loss, wandering or straight
parameter paths, steps and time per epoch."""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from nnlab.concepts import batching
from nnlab.gui import i18n, plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.workers import Worker

COLORS = {"batch": plots.BLUE, "stochastic": plots.VERMILION, "minibatch": plots.GREEN}
EPOCHS_PER_FRAME = 0.05


class BatchingDemo(DemoWidget):
    """Signal ``computed()``: the three runs for the current settings are ready to replay."""

    frame_ms = 40
    computed = Signal()

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.runs, self.progress, self.job = None, 0.0, None
        self.trainer = Worker(self, name="nnlab-batching", latest_only=True)
        self.trainer.finished.connect(self._computed)
        self.trainer.failed.connect(self._failed)
        self.loss_plot = plots.make_plot()
        self.path_plot = plots.make_plot()
        self.field = plots.FieldView(self.path_plot, contours=10)
        self.answer = plots.dots(self.path_plot, plots.YELLOW, size=14, symbol="star", edge="#333333")
        self.loss_lines = {m: plots.curve(self.loss_plot, COLORS[m], 1.5 if m == "stochastic" else 2.5)
                           for m in batching.MODES}
        self.paths = {m: plots.curve(self.path_plot, COLORS[m], 1.2 if m == "stochastic" else 2.5)
                      for m in batching.MODES}
        self.heads = {m: plots.dots(self.path_plot, COLORS[m], size=11) for m in batching.MODES}
        self.table = QTableWidget(3, 5, objectName="batchingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # headings wrap rather than being cut ("eps per epoc") when the lesson panel narrows the demo
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 6)  # room for two lines
        self.table.setFixedHeight(150)
        self.table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout()
        grid.addWidget(self.loss_plot, 0, 0)
        grid.addWidget(self.path_plot, 0, 1)
        grid.addWidget(self.table, 1, 0, 1, 2)
        self.body.addLayout(grid)

        self.epochs_spin = QSpinBox(objectName="batchingEpochsSpin", minimum=1, maximum=50, value=12)
        self.rate_spin = QDoubleSpinBox(objectName="batchingLearningRateSpin", minimum=0.001, maximum=1.0, decimals=3,
                                        singleStep=0.01, value=0.1)
        self.size_spin = QSpinBox(objectName="batchingMiniBatchSpin", minimum=2, maximum=32, value=8)
        self.form = QFormLayout()
        self.labels = [self.add_row(self.form, w) for w in (self.epochs_spin, self.rate_spin, self.size_spin)]
        self.controls.addLayout(self.form)
        self.controls.addWidget(self.play_button)
        self.replay_button = QPushButton(objectName="replayButton")
        self.controls.addWidget(self.replay_button)
        self.status = plain.label(objectName="batchingStatus", wordWrap=True)
        self.controls.addWidget(self.status)
        for spin in (self.epochs_spin, self.rate_spin, self.size_spin):
            spin.valueChanged.connect(self._settings_changed)
        self.replay_button.clicked.connect(self.replay)
        self.retranslate_ui()
        self.compute()

    # -- computing (in a thread) -----------------------------------------------------------------
    def compute(self) -> None:
        """Train the three ways in the worker; only the newest settings' result is shown."""
        self.status.setText(self.tr("Training three ways…"))
        self.job = self.trainer.submit(partial(batching.compare_on_surface, self.epochs_spin.value(),
                                               self.rate_spin.value(), self.size_spin.value()))

    def _computed(self, job_id: int, result) -> None:
        if job_id != self.job.id:  # the settings changed while this ran: a fresh run follows
            return
        self.runs, (ws, bs, values), best, start_loss = result
        self.field.show(ws, bs, values, log=True)
        self.answer.setData([best[0]], [best[1]])
        self.path_plot.setRange(xRange=(ws[0], ws[-1]), yRange=(bs[0], bs[-1]), padding=0)
        self.loss_plot.setXRange(0, self.epochs_spin.value(), padding=0.02)
        self.loss_plot.setYRange(0, 1.1 * start_loss, padding=0)
        self._fill_table()
        self.status.setText(self.tr("Press Start to replay the three runs."))
        self.progress = float(self.epochs_spin.value())  # show the whole runs at once; Start replays them
        self.redraw()
        self.computed.emit()

    def _failed(self, job_id: int, error: Exception) -> None:
        if job_id == self.job.id:
            self.status.setText(self.tr("Could not train: {0}").format(error))

    def _settings_changed(self) -> None:
        self.stop()
        self.runs, self.progress = None, 0.0
        self.compute()

    # -- replay ----------------------------------------------------------------------------------
    def replay(self) -> None:
        self.progress = 0.0
        self.redraw()
        self.start()

    def on_start(self) -> None:
        if self.progress >= self.epochs_spin.value():
            self.progress = 0.0

    def tick(self) -> None:
        if self.runs is None:
            return
        self.progress += EPOCHS_PER_FRAME * max(1, self.epochs_spin.value() / 10)
        if self.progress >= self.epochs_spin.value():
            self.progress = float(self.epochs_spin.value())
            self.stop()
        self.redraw()

    def redraw(self) -> None:
        if self.runs is None:
            return
        for run in self.runs:
            shown = int(np.searchsorted(run.step_epochs, self.progress + 1e-9, side="right"))
            self.loss_lines[run.mode].setData(run.step_epochs[:shown], run.step_losses[:shown])
            path = np.array(run.path[:shown + 1])
            self.paths[run.mode].setData(path[:, 0], path[:, 1])
            self.heads[run.mode].setData(path[-1:, 0], path[-1:, 1])

    def _fill_table(self) -> None:
        for row, run in enumerate(self.runs):
            cells = [self._mode_name(run.mode), str(run.batch_size), str(run.steps_per_epoch),
                     f"{1000 * float(np.median(run.epoch_seconds)):.2f}", f"{run.epoch_losses[-1]:.4f}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 0:
                    item.setForeground(plots.pg.mkColor(COLORS[run.mode]))
                self.table.setItem(row, column, item)

    def shutdown(self) -> None:
        self.stop()
        self.trainer.close(1.0)

    # -- texts -----------------------------------------------------------------------------------
    def _mode_name(self, mode: str) -> str:
        return {"batch": self.tr("Batch (all points)"), "stochastic": self.tr("Stochastic (one point)"),
                "minibatch": self.tr("Mini-batch")}[mode]

    def retranslate_ui(self) -> None:
        self.set_explanation(i18n.with_code(self.tr(
            "The same line {0} is fitted to 64 points three ways. Batch gradient descent uses all "
            "points for every step: smooth, but one step per epoch. Stochastic uses one point per step: many "
            "cheap, noisy steps. Mini-batches of a few points are the compromise every real network uses."),
            "y = w x + b"))
        self.controls_box.setTitle(self.tr("Training"))
        for label, text in zip(self.labels, (self.tr("Epochs:"), self.tr("Learning rate:"),
                                             self.tr("Mini-batch size:"))):
            label.setText(text)
        self.epochs_spin.setToolTip(self.tr("How many passes over all 64 points"))
        self.rate_spin.setToolTip(self.tr("The same step size for all three runs"))
        self.size_spin.setToolTip(self.tr("How many points one mini-batch step looks at"))
        self.replay_button.setText(self.tr("Replay from the start"))
        self.replay_button.setToolTip(self.tr("Show the three runs again from epoch 0"))
        self.retranslate_play()
        self.table.setHorizontalHeaderLabels([self.tr("Way"), self.tr("Batch size"), self.tr("Steps per epoch"),
                                              self.tr("Time per epoch (ms)"), self.tr("Final loss")])
        plots.set_texts(self.loss_plot, self.tr("Loss of each step's batch"), self.tr("epoch"), self.tr("loss"))
        plots.set_texts(self.path_plot,
                        i18n.with_code(self.tr("Paths of {0} on the loss surface"), "(w, b)", rich=True),
                        "w", "b")
        if self.runs is not None:
            self._fill_table()
