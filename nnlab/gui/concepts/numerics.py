"""Demo: numbers in a computer. Six experiments on the engine, each a card with one sentence, one
button and its result; every experiment runs in the demo's :class:`~nnlab.gui.workers.Worker`, so
the window stays responsive even while float16 crawls through its matrix products.

Start runs the five quick ones, then the formats training (float16 takes seconds: its card shows
which batch it is on and the time left); Stop cancels what is still running or waiting.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from nnlab.concepts import numerics
from nnlab.gui import i18n, plain, plots
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.concepts.mnist_once import MnistOnce
from nnlab.gui.workers import Worker, current_job

EXPERIMENTS = ("formats", "softmax", "log_zero", "scaling", "vanishing", "denormal")
HEAVY = ("formats",)  # float16 takes seconds: its own queue, nothing waits behind it
COLUMNS = 2  # two cards a row: beside the demo list and the lesson panel a 1280x720 screen has room for two
FORMAT_IMAGES = 1000   # float16 has no fast matrix product: a small set keeps its run to seconds
SCALING_IMAGES = 2000
TEST_IMAGES = 1000


def _plain(value: float) -> str:
    return "nan" if np.isnan(value) else "inf" if np.isinf(value) else f"{value:.4g}"


def _number(value: float) -> str:
    """A number that keeps its left-to-right order inside a Persian sentence."""
    return i18n.code(_plain(value))


def _vector(values) -> str:
    return i18n.code("[" + ", ".join(_plain(v) for v in values) + "]")


class Card(QFrame):
    """One experiment: a title, one sentence of explanation, a button, a result."""

    has_plot = False

    def __init__(self, name: str, parent=None):
        super().__init__(parent, objectName=f"{name}Card")
        self.setStyleSheet(f"QFrame#{name}Card {{ border: 1px solid #d5dde5; border-radius: 6px;"
                           " background: #ffffff; }")
        self.title = plain.label(objectName=f"{name}Title", wordWrap=True)
        self.title.setStyleSheet("font-weight: 600; color: #1a3550;")
        self.sentence = plain.label(objectName=f"{name}Sentence", wordWrap=True)
        self.button = QPushButton(objectName=f"{name}Button")
        self.result = QLabel(objectName=f"{name}Result", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.sentence, self.result):
            # Qt draws a wrapped line ending in code a few pixels wider than it measured it: room for them
            label.setContentsMargins(3, 0, 3, 0)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 8)
        for widget in (self.title, self.sentence, self.button, self.result):
            self.layout_.addWidget(widget)

    def add_plot(self, plot) -> QLabel:
        """A picture of the result under its text; it takes the card's spare height. Returns the plot's
        key, a label under it: a legend inside so small a plot would sit on the data."""
        self.layout_.addWidget(plot, 1)
        key = QLabel(objectName=f"{self.objectName()}Key", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.layout_.addWidget(key)
        self.has_plot = True
        return key


def key_text(entries) -> str:
    """A plot's key as rich text: a coloured line, then its (already translated) words, one entry a line."""
    return "<br>".join(f"<span style='color:{colour}'>━━</span>&nbsp;{text}" for colour, text in entries)


class NumericsDemo(DemoWidget):
    """Six experiment cards; results arrive from the workers, one job per experiment.
    ``experiment_done(name)`` once an experiment's result (or error) is on its card."""

    experiment_done = Signal(str)

    frame_ms = 1000  # no animation: Start runs every experiment, Stop cancels

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        # Two queues: float16's training takes seconds, the others a fraction of one and must never
        # wait behind it (issue 27, item 11: the softmax card said "Computing…" for 12 s). MNIST is
        # read once. The formats card shows its progress and the time left, measured as it goes.
        self.mnist = MnistOnce(session)
        self.worker = Worker(self, name="numerics")
        self.quick_worker = Worker(self, name="numerics-quick")
        self.worker.progress.connect(self._progress)
        self.progress: dict[str, object] = {}
        self.after_quick: list[str] = []  # Start's heavy experiments, waiting for the quick ones
        for worker in (self.worker, self.quick_worker):
            worker.finished.connect(lambda job_id, result, worker=worker: self._finished((worker, job_id), result))
            worker.failed.connect(lambda job_id, error, worker=worker: self._failed((worker, job_id), error))
            worker.cancelled.connect(lambda job_id, worker=worker: self._cancelled((worker, job_id)))
        self.jobs: dict[tuple, str] = {}
        self.results: dict[str, object] = {}
        self.errors: dict[str, str] = {}
        self.cards = {name: Card(name) for name in EXPERIMENTS}
        cards = QWidget(objectName="numericsCards")
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, name in enumerate(EXPERIMENTS):
            grid.addWidget(self.cards[name], index // COLUMNS, index % COLUMNS)
            self.cards[name].button.clicked.connect(lambda _=False, name=name: self.run(name))
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame, objectName="numericsScroll")
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # always there: a scroll bar that comes and goes changes the width the wrapped texts need
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(cards)
        self.scaling_plot = plots.make_plot()
        self.scaling_plot.setObjectName("scalingPlot")
        self.scaling_plot.setMinimumHeight(150)
        self.scaling_plot.setMaximumHeight(200)
        self.scaling_curves = {"raw": plots.curve(self.scaling_plot, plots.VERMILION),
                               "scaled": plots.curve(self.scaling_plot, plots.BLUE)}
        self.scaling_key = self.cards["scaling"].add_plot(self.scaling_plot)
        self.vanishing_plot = plots.make_plot()
        self.vanishing_plot.setObjectName("vanishingPlot")
        self.vanishing_plot.setMinimumHeight(150)
        self.vanishing_plot.setMaximumHeight(200)
        self.vanishing_bars = {"sigmoid": pg.BarGraphItem(x=[], height=[], width=0.38, brush=plots.ORANGE),
                               "relu": pg.BarGraphItem(x=[], height=[], width=0.38, brush=plots.BLUE)}
        for bars in self.vanishing_bars.values():
            self.vanishing_plot.addItem(bars)
        self.vanishing_key = self.cards["vanishing"].add_plot(self.vanishing_plot)
        for card in self.cards.values():
            if not card.has_plot:
                card.layout_.addStretch(1)
        self.body.addWidget(scroll, 1)
        self.controls.addWidget(self.play_button)
        self.status = plain.label(objectName="numericsStatus", wordWrap=True)
        self.controls.addWidget(self.status)
        self.retranslate_ui()

    # -- running ---------------------------------------------------------------------------------
    def on_start(self) -> None:
        """The quick ones first; the formats training once they are done: its seconds are a result
        on its card, and trainings running beside it on a 2-core machine would make them wrong."""
        self.after_quick = [name for name in HEAVY if name not in self.jobs.values()]
        for name in EXPERIMENTS:
            if name not in HEAVY:
                self.run(name)
        self._run_after_quick()

    def _run_after_quick(self) -> None:
        if self.after_quick and not any(worker is self.quick_worker for worker, _ in self.jobs):
            for name in self.after_quick:
                self.run(name)
            self.after_quick = []

    def on_stop(self) -> None:
        self.after_quick = []
        self.worker.cancel_all()
        self.quick_worker.cancel_all()

    def run(self, name: str) -> None:
        """Queue one experiment in the worker (its card says it is waiting until the result arrives)."""
        if name in self.jobs.values():
            return
        worker = self.worker if name in HEAVY else self.quick_worker
        job = worker.submit(self._work(name))
        self.jobs[(worker, job.id)] = name
        self.cards[name].button.setEnabled(False)
        self.errors.pop(name, None)
        self.progress.pop(name, None)
        self._show(name)

    def _work(self, name: str):
        """The function the worker runs for ``name``; the data are read inside it, off the GUI thread."""
        mnist = self.mnist

        def check():
            current_job().check()

        def with_mnist(experiment, train_count, **options):
            def job():
                (x, y), (x_test, y_test) = mnist.get()
                return experiment(x[:train_count], y[:train_count], x_test[:TEST_IMAGES], y_test[:TEST_IMAGES],
                                  check=check, **options)
            return job

        if name == "formats":
            return with_mnist(numerics.train_in_each_format, FORMAT_IMAGES,
                              progress=lambda where: current_job().report(where))
        if name == "scaling":
            return with_mnist(numerics.forgetting_to_scale, SCALING_IMAGES)
        if name == "vanishing":
            def vanishing():
                (x, y), _ = mnist.get()
                return {act: numerics.gradient_norms(x[:256], y[:256], act) for act in ("sigmoid", "relu")}
            return vanishing
        return {"softmax": numerics.softmax_of_large_logits, "log_zero": numerics.log_of_zero,
                "denormal": numerics.denormal_slowdown}[name]

    def _progress(self, job_id: int, where) -> None:
        name = self.jobs.get((self.worker, job_id))
        if name is not None:
            self.progress[name] = where
            self._show(name)

    def _ended(self, job: tuple):
        name = self.jobs.pop(job, None)
        self.progress.pop(name, None)
        self.mnist.share()
        if name is not None:
            self.cards[name].button.setEnabled(True)
        self._run_after_quick()
        if not self.jobs and self.is_running():
            self.stop()
        return name

    def _finished(self, job: tuple, result) -> None:
        name = self._ended(job)
        if name is not None:
            self.results[name] = result
            self._show(name)
            self.experiment_done.emit(name)

    def _failed(self, job: tuple, error) -> None:
        name = self._ended(job)
        if name is not None:
            self.errors[name] = str(error)
            self._show(name)
            self.experiment_done.emit(name)

    def _cancelled(self, job: tuple) -> None:
        name = self._ended(job)
        if name is not None:
            self._show(name)

    # -- showing ---------------------------------------------------------------------------------
    def _show(self, name: str) -> None:
        card = self.cards[name]
        if name in self.progress:
            card.result.setText(self._text_progress(self.progress[name]))
        elif name in self.jobs.values():
            card.result.setText(self.tr("Computing…"))
        elif name in self.errors:
            card.result.setText(self.tr("Could not run it: {0}").format(self.errors[name]))
        elif name in self.results:
            card.result.setText(getattr(self, f"_text_{name}")(self.results[name]))
            if name == "scaling":
                self._draw_scaling(self.results[name])
            elif name == "vanishing":
                self._draw_vanishing(self.results[name])
        else:
            card.result.setText("")
        self.status.setText(self.tr("{0} experiment(s) running or waiting.").format(len(self.jobs))
                            if self.jobs else "")

    def _text_progress(self, where) -> str:
        """The formats already trained, then where the current one is and the time left (estimated
        from its own measured batches: none before the first one has run). While it trains the
        estimate is for every batch, and float16 stops early when it diverges: an upper bound."""
        seconds = None if where.seconds_left is None else max(1.0, where.seconds_left)
        if where.testing:
            text = self.tr("Testing the {0} network on {1:,} images…").format(i18n.code(where.name),
                                                                             where.test_images)
            if seconds is not None:
                text += " " + self.tr("About {0:.0f} s left.").format(seconds)
        else:
            text = self.tr("Training in {0}: batch {1} of {2}…").format(
                i18n.code(where.name), min(where.batches_done + 1, where.batches), where.batches)
            if seconds is not None:
                text += " " + self.tr("At most about {0:.0f} s left.").format(seconds)
        return (self._text_formats(where.finished) + "<br>" if where.finished else "") + text

    def _text_formats(self, result) -> str:
        rows = "".join(
            f"<tr><td>{row['name']}</td><td>{_number(row['largest'])}</td><td>{_number(row['step_near_one'])}</td>"
            f"<td>{result[row['name']]['test_accuracy']:.1%}</td><td>{result[row['name']]['seconds']:.1f}</td>"
            f"<td>{self._status(result[row['name']])}</td></tr>" for row in numerics.float_formats()
            if row["name"] in result)
        head = "".join(f"<th>{text}</th>" for text in (
            self.tr("format"), self.tr("largest"), self.tr("step near 1"), self.tr("accuracy"), self.tr("seconds"),
            self.tr("training")))
        return f"<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{rows}</table>"

    def _status(self, run: dict) -> str:
        return {"completed": self.tr("fine"), "diverged": self.tr("diverged")}.get(run["status"], run["status"])

    def _text_softmax(self, r) -> str:
        return self.tr("logits {0}<br>{6}: {1}<br>naive softmax: {2}<br>engine's softmax (max subtracted): {3}<br>"
                       "loss, naive: {4}; engine's {7}: {5}").format(
            _vector(r["logits"]), _vector(r["exp"]), _vector(r["naive"]), _vector(r["engine"]),
            _number(r["naive_loss"]), _number(r["engine_loss"]), i18n.code("exp"), i18n.code("log-softmax"))

    def _text_log_zero(self, r) -> str:
        return self.tr("probability {6} of the true class in {7}: {0}<br>{4}: {1}<br>clipped to {5}: {2}<br>"
                       "{8} from the logits: {3} (the true value)").format(
            _number(r["probability"]), _number(r["naive_loss"]), _number(r["clipped_loss"]),
            _number(r["log_softmax_loss"]), i18n.code("−log p"), i18n.code("1e-12"), i18n.code("p"),
            i18n.code("float32"), i18n.code("log-softmax"))

    def _text_scaling(self, r) -> str:
        return self.tr(
            "raw pixels, {4}: test accuracy {0:.1%} ({1})<br>pixels divided by 255, {5}: test accuracy {2:.1%} ({3})"
        ).format(r["raw"]["test_accuracy"], self._status(r["raw"]), r["scaled"]["test_accuracy"],
                 self._status(r["scaled"]), i18n.code("0..255"), i18n.code("0..1"))

    def _text_vanishing(self, r) -> str:
        return self.tr("Gradient reaching the first layer: sigmoid {0}, ReLU {1} (bars: {2} of each layer's "
                       "gradient norm)").format(_number(r["sigmoid"][0]), _number(r["relu"][0]), i18n.code("log₁₀"))

    def _text_denormal(self, r) -> str:
        return self.tr("{0} RMSprop steps on {1:,} weights: {2:.1f} ms with denormal numbers, {3:.1f} ms after the "
                       "engine flushed them to zero ({4:.1f} times as fast on this computer)").format(
            r["steps"], r["size"], 1000 * r["denormal"], 1000 * r["flushed"], r["denormal"] / max(r["flushed"], 1e-9))

    def _draw_scaling(self, r) -> None:
        for name, curve in self.scaling_curves.items():
            losses = np.asarray(r[name]["losses"], dtype=float)
            curve.setData(np.arange(1, len(losses) + 1), np.log10(np.clip(losses, 1e-3, 1e30)))

    def _draw_vanishing(self, r) -> None:
        for offset, (name, bars) in zip((-0.2, 0.2), self.vanishing_bars.items()):
            heights = np.log10(np.maximum(r[name], 1e-30))
            bars.setOpts(x=np.arange(1, len(heights) + 1) + offset, height=heights)

    def retranslate_ui(self) -> None:
        self.set_explanation(self.tr(
            "A computer keeps a number in a fixed number of bits, so numbers have a largest value, a smallest "
            "step and a smallest size. Each card runs one experiment on the engine and shows where that bites "
            "a neural network and how the engine avoids it."))
        self.controls_box.setTitle(self.tr("Experiments"))
        self.retranslate_play()
        self.play_button.setToolTip(self.tr("Start: run all six experiments. Stop: cancel them."))
        texts = {
            "formats": (i18n.code("float16, float32, float64"), self.tr(
                "Fewer bits mean a smaller range and coarser steps; train the lecture network in each format "
                "on {0:,} images and compare.").format(FORMAT_IMAGES), self.tr("Train in each format")),
            "softmax": (self.tr("Softmax of large logits"), self.tr(
                "{0} is too large for any format, so the naive softmax gives {1}; subtracting the largest "
                "logit first changes nothing mathematically and fixes it.").format(
                    i18n.code("exp(1000)"), i18n.code("nan")), self.tr("Compute the softmax")),
            "log_zero": (self.tr("Cross-entropy of a probability of 0"), self.tr(
                "When the network is sure of the wrong class, {1} rounds to 0 and {0} is infinite; the engine "
                "computes the loss from the logits instead.").format(i18n.code("−log p"), i18n.code("p")),
                self.tr("Compute the loss")),
            "scaling": (self.tr("Forgetting to divide by 255"), self.tr(
                "One epoch on raw {0} pixels against pixels scaled to {1}: the same network, the same start "
                "(curves: {2} of each batch's loss).").format(i18n.code("0..255"), i18n.code("0..1"),
                                                                i18n.code("log₁₀")),
                self.tr("Train one epoch each")),
            "vanishing": (self.tr("Vanishing gradients"), self.tr(
                "In an 8-layer network each sigmoid multiplies the gradient by at most 0.25 on its way back; "
                "ReLU passes it on unchanged."), self.tr("Measure the gradients")),
            "denormal": (self.tr("Denormal numbers"), self.tr(
                "Numbers below the smallest normal float are stored a slower way; the engine flushes such "
                "tiny optimizer values to zero."), self.tr("Time the updates")),
        }
        for name, (title, sentence, button) in texts.items():
            card = self.cards[name]
            card.title.setText(title)
            card.sentence.setText(sentence)
            card.button.setText(button)
            self._show(name)
        self.scaling_key.setText(key_text((
            (plots.VERMILION, self.tr("raw pixels, {0}").format(i18n.code_html("0..255"))),
            (plots.BLUE, self.tr("pixels divided by 255, {0}").format(i18n.code_html("0..1"))))))
        self.vanishing_key.setText(key_text(((plots.ORANGE, self.tr("sigmoid")), (plots.BLUE, self.tr("ReLU")))))
        # an axis label is rich text that takes its direction from its first letter: sentence() keeps
        # the Persian one right to left although it starts with code
        plots.set_texts(self.scaling_plot, "", self.tr("batch"),
                        i18n.sentence(i18n.with_code(self.tr("{0} loss"), "log₁₀", rich=True)))
        plots.set_texts(self.vanishing_plot, "", self.tr("layer"), i18n.code_html("log₁₀ ‖dW‖"))

    def shutdown(self) -> None:
        self.stop()
        self.worker.close()
        self.quick_worker.close()
