"""The evaluation view shows what the worker computed: accuracy, per-class bars, matrix, mistakes."""

import numpy as np

from nnlab.gui import i18n
from nnlab.gui.train.evaluation import EvaluationView, class_names
from nnlab.training.metrics import evaluate_classifier


class _Model:
    def __init__(self, probs):
        self.probs = probs

    def evaluate_outputs(self, x, y):
        """(loss, outputs), as ``Sequential.evaluate_outputs`` answers; the loss is not shown here."""
        return 0.0, self.probs[:len(x)]


def _evaluation():
    labels = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 3, 5])
    probs = np.full((12, 10), 0.01, np.float32)
    answers = labels.copy()
    answers[10], answers[11] = 8, 6          # two mistakes
    probs[np.arange(12), answers] = 0.91
    probs[11, 6] = 0.6
    images = np.zeros((12, 28, 28), np.uint8)
    return evaluate_classifier(_Model(probs), images, labels), images


def test_evaluation_view_fills_matrix_bars_and_gallery(qtbot):
    view = EvaluationView()
    qtbot.addWidget(view)
    evaluation, images = _evaluation()
    view.show_evaluation(evaluation, images, "mnist")
    assert "83.33%" in view.accuracy_label.text()
    assert view.matrix.item(3, 8).text() == "1" and view.matrix.item(3, 3).text() == "1"
    assert view.gallery.count() == 2
    first = view.gallery.item(0)
    assert first.text().startswith(i18n.code("3 → 8")) and "91" in first.text()   # most confident mistake first
    assert "8: 91.0%" in first.toolTip()
    np.testing.assert_allclose(view.bar_item.opts["height"][[3, 5, 0]], [0.5, 0.5, 1.0])
    view.clear()
    assert view.gallery.count() == 0 and view.matrix.item(0, 0) is None


def test_fashion_mnist_classes_have_names(qtbot):
    view = EvaluationView()
    qtbot.addWidget(view)
    evaluation, images = _evaluation()
    view.show_evaluation(evaluation, images, "fashion_mnist")
    assert class_names("fashion_mnist")[9] == "Ankle boot"
    assert "Dress\u00a0→\u00a0Bag" in view.gallery.item(0).text() or "Dress" in view.gallery.item(0).toolTip()
