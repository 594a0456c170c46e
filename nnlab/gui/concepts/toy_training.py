"""Training toy classifiers in a background thread for the decision-boundary demos.

A :class:`~nnlab.gui.concepts.loop.DemoLoop` owns the classifiers while it runs: it takes a few
full-batch steps, computes the probability grids for the pictures, hands them to the GUI and waits
until they are drawn.
``ToyDemo`` is the demo side both decision-boundary demos share: Start, Stop, failures, closing.
"""

from __future__ import annotations

from nnlab.data.toy import make_dataset
from nnlab.gui.concepts.base import DemoWidget
from nnlab.gui.concepts.loop import DemoLoop

STEPS_PER_FRAME = 10
GRID = 90
POINTS = 240


class ToyTraining:
    """Owns classifiers and the loop that trains them; the demo only draws what it reports.

    ``work()`` runs in the loop's thread: a few full-batch steps of every classifier, then their
    probability grids (and ``extra()``, if given). Nothing else touches the classifiers while the
    thread runs.
    """

    def __init__(self, owner, on_result, extra=None):
        self.owner, self.on_result, self.extra = owner, on_result, extra
        self.classifiers = []
        self.bounds = None
        self.loop = DemoLoop(self.work, parent=owner)
        self.loop.produced.connect(lambda result: self.on_result(*result))
        self.loop.failed.connect(owner.training_failed)

    def work(self):
        logs = [c.train(STEPS_PER_FRAME)[-1] for c in self.classifiers]
        grids = [c.probability_grid(self.bounds, GRID) for c in self.classifiers]
        return (logs, grids) + ((self.extra(),) if self.extra else ())

    def grids(self):
        return [c.probability_grid(self.bounds, GRID) for c in self.classifiers]

    def start(self) -> None:
        self.loop.start()

    def stop(self) -> None:
        """Stop training; when this returns the thread no longer touches the classifiers."""
        self.loop.stop()

    @property
    def running(self) -> bool:
        return self.loop.running


class ToyDemo(DemoWidget):
    """A demo whose pictures come from a ``ToyTraining`` (``self.training``): Start, Stop, a failure
    and closing the window work the same in every such demo.

    The subclass sets ``self.data_combo`` (the toy set's name) and ``self.message_label`` (where
    a failure is reported).
    """

    def load_points(self, noise: float | None):
        """(points, labels) of the chosen toy set, or None, reported, when the set cannot be made."""
        try:
            return make_dataset(self.data_combo.currentData(), POINTS, noise, seed=0)
        except ValueError as error:
            self.message_label.setText(self.tr("The toy data set could not be made: {0}").format(error))
            self.stop()
            return None

    def on_start(self) -> None:
        if self.training.classifiers and not self.training.running:
            self.training.start()

    def on_stop(self) -> None:
        self.training.stop()

    def training_failed(self, message: str) -> None:
        self.stop()
        self.message_label.setText(self.tr("Training stopped: {0}").format(message))

    def shutdown(self) -> None:
        self.stop()
        self.training.stop()
