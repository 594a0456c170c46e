"""The plots: a fixed epoch axis, curves per run, markers, and the style key."""

import numpy as np
import pytest

from nnlab.gui.train.plots import TrainingPlots
from nnlab.training.runs import Run, RunConfig


def _run(epochs=50, name="r"):
    return Run(name, RunConfig(epochs=epochs))


def _feed(run, start, count, steps_per_epoch=422):
    x = np.arange(start + 1, start + count + 1) / steps_per_epoch
    loss = 2 * np.exp(-x) + 0.05
    run.batches.append_rows(np.c_[x, loss, 1 - loss / 3, loss, 1 - loss / 3])


def test_the_epoch_axis_spans_the_planned_run_and_stays_put(qtbot):
    """x auto-range with clip-to-view fed back into itself and repainted forever; the axis is fixed."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(900, 400)
    plots.show()
    run = _run(epochs=50)
    plots.show_run(run, "#0072B2")
    for start in range(0, 4000, 200):
        _feed(run, start, 200)
        plots.update_run(run)
        qtbot.wait(5)
    for widget in plots.plots.values():
        low, high = widget.getPlotItem().viewRange()[0]
        assert low == pytest.approx(-1.5, abs=0.1) and high == pytest.approx(52.0, abs=0.1)
    shorter = _run(epochs=5, name="short")
    plots.hide_run(run)
    plots.show_run(shorter, "#D55E00")
    assert plots.loss_plot.getPlotItem().viewRange()[0][1] == pytest.approx(5.2, abs=0.05)


def test_runs_get_curves_and_markers_and_leave_cleanly(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    run = _run(epochs=2)
    _feed(run, 0, 100, steps_per_epoch=50)
    run.epochs = [{"epoch": 1, "loss": 0.5, "accuracy": 0.8, "val_loss": 0.6, "val_accuracy": 0.75}]
    run.changes = [{"x": 0.5, "optimizer": "adam", "previous_optimizer": "rmsprop",
                    "hyper": {"learning_rate": 0.01}}]
    plots.show_run(run, "#0072B2")
    curves = plots._runs[id(run)][2]["loss"]
    assert len(curves.smooth.xData) == 100 and list(curves.val.yData) == [0.6]
    assert curves.markers[0].value() == 0.5 and curves.markers[0].label.toPlainText() == "Adam, lr 0.01"
    assert not plots.empty_text.isVisible()
    plots.raw_check.setChecked(False)
    assert curves.raw.xData is None or len(curves.raw.xData) == 0
    plots.hide_run(run)
    assert plots.shown_runs() == [] and plots.empty_text.isVisible()
    items = plots.loss_plot.getPlotItem().items
    assert curves.smooth not in items and curves.markers[0] not in items


def test_the_style_key_stays_above_the_runs_after_a_language_switch(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show_run(_run(name="first"), "#0072B2")
    QCoreApplication.sendEvent(plots, QEvent(QEvent.Type.LanguageChange))
    labels = [label.text for _sample, label in plots.legends["loss"].items]
    assert labels == ["mini-batches, smoothed", "training, per epoch", "validation, per epoch", "first"]
