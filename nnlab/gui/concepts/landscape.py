"""Demo: the loss landscape of the real MNIST network, around the weights two optimizers reached.

Everything is computed by a :class:`~nnlab.gui.workers.Worker` (training the two runs, then one
``model.evaluate`` per grid point); the GUI thread only draws the result, shows the progress and
offers Cancel. The network is trained here, on a few thousand MNIST training images, so that the
runs' weight trajectories are known (the bundled pretrained network has no trajectory).
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
)

from nnlab.concepts import landscape
from nnlab.gui import i18n, plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.concepts.mnist_once import MnistOnce
from nnlab.gui.names import fill_combo, optimizer_names
from nnlab.gui.workers import Worker, current_job

RUN_COLORS = {"sgd": plots.BLACK, "adam": plots.VERMILION}


class LandscapeDemo(DemoWidget):
    """Contours of the loss on a plane through trained weights, with the optimizers' paths on it."""

    frame_ms = 1000  # no animation: the play button starts and cancels the computation

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.result: landscape.Landscape | None = None
        self.settings: landscape.Settings | None = None
        self.base_settings = landscape.Settings(train_images=5000)  # what the controls do not choose
        self.job = None
        self.mnist = MnistOnce(session)
        self.worker = Worker(self, name="landscape")
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

        self.plot = plots.make_plot()
        self.plot.setObjectName("landscapePlot")
        self.field = plots.FieldView(self.plot, contours=14)
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor="#1d2b36",
                                          brush=pg.mkBrush(255, 255, 255, 200))
        self.paths = {name: plots.curve(self.plot, color, 2.5) for name, color in RUN_COLORS.items()}
        self.marks = {name: self.plot.plot([], [], pen=None, symbol="o", symbolSize=6,
                                           symbolBrush=pg.mkBrush(color), symbolPen=pg.mkPen("#ffffff"))
                      for name, color in RUN_COLORS.items()}
        self.start_mark = plots.dots(self.plot, plots.GREEN, size=13, symbol="s", edge="#1b1b1b")
        self.centre_mark = plots.dots(self.plot, plots.YELLOW, size=16, symbol="star", edge="#1b1b1b")
        self.info = QLabel(objectName="landscapeInfo", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.info.setStyleSheet("color: #1d2b36; background: #f6f8fa; border-radius: 4px; padding: 6px;")
        self.body.addWidget(self.plot, 1)
        self.body.addWidget(self.info)

        self.direction_combo = QComboBox(objectName="landscapeDirection", minimumContentsLength=12)
        self.direction_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grid_spin = QSpinBox(objectName="landscapeGrid", minimum=5, maximum=41, singleStep=2, value=21)
        self.subsample_spin = QSpinBox(objectName="landscapeSubsample", minimum=100, maximum=5000,
                                       singleStep=100, value=1000)
        self.compare_check = QCheckBox(objectName="landscapeCompare", checked=True)
        for spin in (self.grid_spin, self.subsample_spin):
            spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.form = QFormLayout()
        self.direction_label = self.add_row(self.form, self.direction_combo)
        self.grid_label = self.add_row(self.form, self.grid_spin)
        self.subsample_label = self.add_row(self.form, self.subsample_spin)
        self.controls.addLayout(self.form)
        self.controls.addWidget(self.compare_check)
        self.controls.addWidget(self.play_button)
        self.progress_bar = QProgressBar(objectName="landscapeProgress", maximum=1000, textVisible=False)
        self.phase_label = plain.label(objectName="landscapePhase", wordWrap=True)
        self.controls.addWidget(self.progress_bar)
        self.controls.addWidget(self.phase_label)
        self.grid_spin.valueChanged.connect(lambda _: self._info_text())
        self.retranslate_ui()

    # -- computing: Start computes, Stop cancels -------------------------------------------------
    def on_start(self) -> None:
        self.compute()

    def on_stop(self) -> None:
        self.cancel()

    def current_settings(self) -> landscape.Settings:
        runs = self.base_settings.runs if self.compare_check.isChecked() else self.base_settings.runs[:1]
        return dataclasses.replace(self.base_settings, direction=self.direction_combo.currentData(),
                                   grid=self.grid_spin.value(), subsample=self.subsample_spin.value(), runs=runs)

    def compute(self) -> None:
        """Train the runs and evaluate the grid in the worker (a new request replaces a running one)."""
        self.worker.cancel_all()
        settings = self.current_settings()
        mnist = self.mnist

        def job():
            x, y = mnist.get()[0]
            return landscape.compute(x, y, settings, _report_to(current_job()))

        self.pending_settings = settings  # describes the picture only once it arrives
        self.job = self.worker.submit(job)
        self.progress_bar.setValue(0)
        self.phase, self.fraction, self.started = "loading", 0.0, time.perf_counter()
        self._phase_text()

    def cancel(self) -> None:
        self.worker.cancel_all()

    def _progress(self, job_id: int, value) -> None:
        if self.job is None or job_id != self.job.id:
            return
        fraction, self.phase = value
        self.fraction = fraction
        self.progress_bar.setValue(round(1000 * fraction))
        self._phase_text()

    def _done(self, job_id: int) -> bool:
        if self.job is None or job_id != self.job.id:
            return False
        self.job = None
        self.stop()
        return True

    def _finished(self, job_id: int, result) -> None:
        self.mnist.share()
        if self._done(job_id):
            self.phase = "done"
            self.progress_bar.setValue(1000)
            self.settings = self.pending_settings
            self.show_result(result)

    def _failed(self, job_id: int, error) -> None:
        if self._done(job_id):
            self.phase = "failed"
            self.error = str(error)
            self.progress_bar.setValue(0)
            self._phase_text()

    def _cancelled(self, job_id: int) -> None:
        if self._done(job_id):
            self.phase = "cancelled"
            self.progress_bar.setValue(0)
            self._phase_text()

    # -- drawing ---------------------------------------------------------------------------------
    def show_result(self, result: landscape.Landscape) -> None:
        self.result = result
        losses = result.losses.T
        finite = np.isfinite(losses)  # compute() guarantees at least one finite value
        # Weights far out can overflow the loss: drawn as the highest finite value, never as a hole.
        self.field.show(result.alphas, result.betas, np.where(finite, losses, losses[finite].max()), log=True)
        self.legend.clear()
        names = optimizer_names()
        for name, curve in self.paths.items():
            path = result.paths.get(name)
            curve.setData(*(path.T if path is not None else ([], [])))
            self.marks[name].setData(*(path.T if path is not None else ([], [])))
            if path is not None:
                self.legend.addItem(curve, names[name])
        self.legend.addItem(self.start_mark, self.tr("shared start"))
        self.legend.addItem(self.centre_mark, self.tr("centre: first run's end"))
        first = next(iter(result.paths.values()))
        self.start_mark.setData([first[0, 0]], [first[0, 1]])
        self.centre_mark.setData([0.0], [0.0])
        self.plot.setRange(xRange=(result.alphas[0], result.alphas[-1]), yRange=(result.betas[0], result.betas[-1]),
                           padding=0.02)
        self._phase_text()
        self._info_text()

    # -- texts -----------------------------------------------------------------------------------
    def _phase_text(self) -> None:
        phase = getattr(self, "phase", "")
        texts = {"loading": self.tr("Reading the MNIST training images…"),
                 "training": self.tr("Training the runs from the same start…"),
                 "grid": self.tr("Evaluating the loss at every grid point…"),
                 "done": self.tr("Done."), "cancelled": self.tr("Cancelled: the picture was not changed."),
                 "failed": self.tr("Could not compute the landscape: {0}").format(getattr(self, "error", ""))}
        text = texts.get(phase, "")
        fraction = getattr(self, "fraction", 0.0)
        if phase in ("training", "grid") and fraction >= 0.05:  # measured: the share of the time done so far
            elapsed = time.perf_counter() - self.started
            text += " " + self.tr("About {0:.0f} s left.").format(max(1.0, elapsed * (1 - fraction) / fraction))
        self.phase_label.setText(text)

    def _info_text(self) -> None:
        if self.result is None or self.settings is None:
            self.info.setText(self.tr("Press Start: the network is trained here on {0:,} images, then the loss "
                                      "is evaluated at {1:,} points around where it ended; the bar below the "
                                      "button shows how far it has got.").format(
                self.base_settings.train_images, (self.grid_spin.value() | 1) ** 2))
            return
        result, settings, names = self.result, self.settings, optimizer_names()
        runs = self.tr(" and ").join(
            "{0} ({1}): {2}".format(names[name], i18n.code(f"γ = {hyper['learning_rate']:g}"),
                                    i18n.code(f"{result.final_losses[name]:.3f}"))
            for name, hyper in settings.runs)
        plane = (self.tr("the two principal directions of the runs' weight snapshots ({0:.0%} and {1:.0%} of "
                         "their variance)").format(*result.explained) if result.direction == "pca"
                 else self.tr("two filter-normalised random directions ({0})").format(i18n.name("Li et al., 2018")))
        self.info.setText(self.tr(
            "Network {0}, trained here for {1} epochs on {2:,} MNIST training images. "
            "Grid {3}; every point is {4} on the same {5:,} training images. "
            "Plane: {6}, centred (★) on the first run's final weights. Final loss: {7}.").format(
            i18n.code(f"784 → {settings.hidden} → 10"), settings.epochs, settings.train_images,
            i18n.code(f"{len(result.alphas)} × {len(result.betas)}"), i18n.code_html("model.evaluate"),
            result.subsample, plane, runs))

    def retranslate_ui(self) -> None:
        self.set_explanation(self.tr(
            "The loss depends on all 407,050 weights; a picture can show one flat slice through them. "
            "Random directions, scaled unit by unit like the weights, show the shape of the valley the "
            "training ended in, but the path barely appears: in so many dimensions a random direction is "
            "almost perpendicular to it. The principal directions of the path itself show where the "
            "optimizers really went."))
        self.controls_box.setTitle(self.tr("Slice"))
        # Along the path first: there both paths are seen (random directions hide them, issue 27, item 8)
        fill_combo(self.direction_combo, {"pca": self.tr("Along the path (PCA)"),
                                          "random": self.tr("Random (filter-normalised)")})
        self.direction_label.setText(self.tr("Plane:"))
        self.grid_label.setText(self.tr("Grid:"))
        self.subsample_label.setText(self.tr("Images:"))
        self.direction_combo.setToolTip(self.tr("Which two directions span the plane of the picture"))
        self.grid_spin.setToolTip(self.tr("Points per side: more is finer, and the wait grows as the square"))
        self.subsample_spin.setToolTip(self.tr(
            "How many training images each loss value is computed on (the same ones at every point)"))
        self.compare_check.setText(self.tr("Also train Adam from the same start"))
        self.retranslate_play()
        self.play_button.setToolTip(self.tr("Start: train the runs and compute the landscape. Stop: cancel."))
        plots.set_texts(self.plot, self.tr("Loss around the trained weights (log scale)"), "α", "β")
        self._phase_text()
        self._info_text()

    def shutdown(self) -> None:
        self.stop()
        self.worker.close()


def _report_to(job):
    """A ``progress(fraction, phase)`` callback for the computation: it is called after every
    training batch, so it checks for Cancel each time but sends the GUI only visible changes
    (a new phase or another 0.5 %), not hundreds of signals a second."""
    last = [None, -1.0]

    def progress(fraction: float, phase: str) -> None:
        if phase != last[0] or fraction - last[1] >= 0.005:
            last[:] = [phase, fraction]
            job.report((fraction, phase))
        else:
            job.check()
    return progress
