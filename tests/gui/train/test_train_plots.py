"""The plots: a fixed epoch axis, curves per run, markers, and the style key."""

import numpy as np
import pyqtgraph as pg
import pytest
from synthetic_training import shown

from nnlab.gui.train.plots import ChangeMarkers, TrainingPlots
from nnlab.gui.train.run_model import RunListModel
from nnlab.training.config import RunConfig
from nnlab.training.runs import Run


def _plots(qtbot):
    """Plots observing a run list, as on the Train page."""
    plots, model = TrainingPlots(), RunListModel()
    plots.observe(model)
    qtbot.addWidget(plots)
    return plots, model


def _run(epochs=50, name="r"):
    return Run(name, RunConfig(epochs=epochs))


def _feed(run, start, count, steps_per_epoch=422):
    x = np.arange(start + 1, start + count + 1) / steps_per_epoch
    loss = 2 * np.exp(-x) + 0.05
    run.batches.append_rows(np.c_[x, loss, 1 - loss / 3, loss, 1 - loss / 3])


def test_the_epoch_axis_spans_the_planned_run_and_stays_put(qtbot):
    """x auto-range with clip-to-view fed back into itself and repainted forever; the axis is fixed."""
    plots, model = _plots(qtbot)
    plots.resize(900, 400)
    plots.show()
    run = _run(epochs=50)
    entry = model.add(run)
    for start in range(0, 4000, 200):
        _feed(run, start, 200)
        model.update(entry)
        qtbot.wait(5)
    for widget in plots.plots.values():
        low, high = widget.getPlotItem().viewRange()[0]
        assert low == pytest.approx(-1.5, abs=0.1) and high == pytest.approx(52.0, abs=0.1)
    shorter = _run(epochs=5, name="short")
    model.set_shown(entry, False)
    model.add(shorter)
    assert plots.loss_plot.getPlotItem().viewRange()[0][1] == pytest.approx(5.2, abs=0.05)


def test_runs_get_curves_and_markers_and_leave_cleanly(qtbot):
    plots, model = _plots(qtbot)
    run = _run(epochs=2)
    _feed(run, 0, 100, steps_per_epoch=50)
    run.epochs = [{"epoch": 1, "loss": 0.5, "accuracy": 0.8, "val_loss": 0.6, "val_accuracy": 0.75}]
    run.changes = [{"x": 0.5, "optimizer": "adam", "previous_optimizer": "rmsprop",
                    "hyper": {"learning_rate": 0.01}}]
    entry = model.add(run)
    curves = plots.curves(entry, "loss")
    assert len(curves.smooth.xData) == 100 and list(curves.val.yData) == [0.6]
    assert curves.markers.positions() == [0.5]
    assert [shown(label) for label in curves.markers.visible_labels()] == ["Adam, lr 0.01"]
    assert not plots.empty_text.isVisible()
    plots.raw_check.setChecked(False)
    assert curves.raw.xData is None or len(curves.raw.xData) == 0
    model.remove(entry)
    assert plots.shown_runs() == [] and plots.empty_text.isVisible()
    items = plots.loss_plot.getPlotItem().items
    assert curves.smooth not in items and curves.markers not in items


def test_the_style_key_stays_above_the_runs_after_a_language_switch(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent
    plots, model = _plots(qtbot)
    model.add(_run(name="first"))
    QCoreApplication.sendEvent(plots, QEvent(QEvent.Type.LanguageChange))
    assert plots.key_labels() == ["mini-batches, smoothed", "training, per epoch", "validation, per epoch", "first"]
    assert plots.loss_plot.getPlotItem().legend is None     # the key is under the plots, off the data


def test_any_number_of_runs_can_be_shown_and_each_looks_different(qtbot):
    """Ticking a 9th run once recursed through itemChanged and crashed; the palette has 8 colours."""
    plots, model = _plots(qtbot)
    entries = [model.add(_run(epochs=1, name=f"run {n}"), shown=False) for n in range(40)]
    for entry in entries:
        _feed(entry.run, 0, 10, steps_per_epoch=10)
        assert model.setData(model.index(model.row_of(entry), 0), 2, 10)  # Qt.CheckStateRole: ticked
    assert plots.shown_entries() == entries
    assert len({entry.appearance for entry in entries[:32]}) == 32     # colour x dash: all distinct
    assert entries[8].appearance.colour == entries[0].appearance.colour and entries[8].appearance.dash
    model.set_shown(entries[3], False)
    model.set_shown(entries[3], True)
    assert len({entry.appearance for entry in entries[:32]}) == 32


def test_outside_names_are_escaped_in_the_legend_and_read_out(qtbot):
    plots, model = _plots(qtbot)
    run = _run(epochs=1, name='<img src="/dev/zero" width=10>')
    _feed(run, 0, 10, steps_per_epoch=10)
    model.add(run)
    assert "<img" not in plots.key.text() and "&lt;img" in plots.key.text()
    assert "&lt;img" in plots.readout_text(0.5) and "<img" not in plots.readout_text(0.5)


def test_partial_epochs_are_drawn_where_they_stopped(qtbot):
    plots, model = _plots(qtbot)
    run = _run(epochs=3)
    _feed(run, 0, 60, steps_per_epoch=50)
    run.epochs = [{"epoch": 1, "x": 1.0, "loss": 0.5, "accuracy": 0.8},
                  {"epoch": 2, "x": 1.2, "loss": 0.4, "accuracy": 0.85}]
    entry = model.add(run)
    assert list(plots.curves(entry, "loss").train.xData) == [1.0, 1.2]


def test_a_diverged_run_is_drawn_up_to_its_explosion_and_marked_there(qtbot):
    plots, model = _plots(qtbot)
    run = _run(epochs=2)
    _feed(run, 0, 30, steps_per_epoch=50)
    entry = model.add(run)
    curves = plots.curves(entry, "loss")
    assert curves.explosion.xData is None or len(curves.explosion.xData) == 0
    run.status = "diverged"
    model.update(entry)
    assert list(curves.explosion.xData) == [pytest.approx(30 / 50)]
    assert list(curves.explosion.yData) == [pytest.approx(run.batches.column("loss_smooth")[-1])]


def test_90000_live_changes_are_one_item_and_draw_at_once(qtbot, peak_mb):
    """One InfiniteLine and TextItem per change: 5,000 changes took 11 s and 450 MB, 90,000 crashed."""
    plots, model = _plots(qtbot)
    run = _run(epochs=2)
    _feed(run, 0, 100, steps_per_epoch=50)
    run.changes = [{"x": 2 * i / 90_000, "optimizer": "sgd", "hyper": {"learning_rate": 0.01}} for i in range(90_000)]
    entries = []
    assert peak_mb(lambda: entries.append(model.add(run))) < 50
    plot_item = plots.loss_plot.getPlotItem()
    before = len(plot_item.items)
    plots.loss_plot.grab()  # paints every item
    markers = plots.curves(entries[0], "loss").markers
    assert len(markers.positions()) == 90_000 and markers.visible_labels() == []  # too many in view to label
    assert len(plot_item.items) == before and sum(isinstance(item, pg.InfiniteLine) for item in plot_item.items) <= 1
    plot_item.setXRange(0.0, 2 * 5 / 90_000, padding=0)  # zoomed in to a few: labelled, at staggered heights
    plots.loss_plot.grab()
    assert 1 <= len(markers.visible_labels()) <= ChangeMarkers.MAX_LABELS
    heights = markers.label_heights()
    assert heights[0] != heights[1]
