"""The Train page with tiny synthetic data: transport buttons, live changes, plots, runs, records.

The data set is 600 made-up 28×28 images (class k is a bright bar in row band k plus noise), small
enough that a 16-unit network trains an epoch in milliseconds and learns it well.
"""

import csv
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from synthetic_training import SMALL, finished, shown

from nnlab.gui.session import Session
from nnlab.gui.train.page import TrainPage
from nnlab.gui.train.run_model import Column
from nnlab.training.config import RunConfig


def opened(qtbot, page, folder):
    """Open the record in ``folder`` (read in the background); its new entry, or None when refused."""
    results = []
    page.files.record_opened.connect(results.append)
    page.files.open_failed.connect(lambda message: results.append(None))
    page.files.open_run(folder)
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    return results[0]


def hyper_names(page) -> set:
    """The hyperparameter widgets shown (objectName ``hyper_<key>``), besides the learning rate; a
    row added to the visible form is shown by its layout at the next event loop turn."""
    from PySide6.QtWidgets import QWidget
    return {widget.objectName()[len("hyper_"):] for widget in page.controls.findChildren(QWidget)
            if widget.objectName().startswith("hyper_") and not widget.isHidden()}


def step_and_wait(qtbot, page):
    """Let one mini-batch through and wait until the run waits at the gate again."""
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        page.step()


def test_lecture_network_is_summarised(qtbot):
    page = TrainPage(Session())
    qtbot.addWidget(page)
    page.controls.apply_lecture_preset()
    text = shown(page.controls.architecture_label.text())
    assert "784 → 512 → 10" in text and "407,050 parameters" in text
    config = page.controls.config()
    assert (config.hidden, config.activation, config.optimizer, config.batch_size, config.epochs) == \
        ((512,), "relu", "rmsprop", 128, 5)
    assert config.hyper["learning_rate"] == pytest.approx(1e-3)


def test_optimizer_combo_shows_only_its_hyperparameters(qtbot, page):
    combo = page.controls.optimizer_combo
    combo.setCurrentIndex(combo.findText("Adam"))
    qtbot.waitUntil(lambda: hyper_names(page) == {"beta_1", "beta_2", "epsilon"})
    assert page.controls.lr_spin.value() == pytest.approx(1e-3)
    combo.setCurrentIndex(combo.findText("SGD"))
    qtbot.waitUntil(lambda: hyper_names(page) == {"momentum", "nesterov"})
    assert page.controls.lr_spin.value() == pytest.approx(0.01)
    assert page.controls.lr_spin.minimum() == pytest.approx(1e-5) and page.controls.lr_spin.maximum() == 10


def test_learning_rate_slider_is_logarithmic(page):
    controls = page.controls
    controls.lr_spin.setValue(0.01)
    middle = controls.lr_slider.value()
    controls.lr_spin.setValue(0.1)
    assert controls.lr_slider.value() - middle == 100          # one decade = 100 slider steps
    controls.lr_slider.setValue(0)
    assert controls.lr_spin.value() == pytest.approx(1e-5)


def test_batch_size_variants_are_named(page):
    controls = page.controls
    controls.mode_buttons["stochastic"].click()
    assert controls.batch_spin.value() == 1
    controls.mode_buttons["batch"].click()
    assert controls.config().batch_size >= 540  # clamped to the whole training set by fit
    assert controls.mode_buttons["batch"].isChecked()
    controls.batch_spin.setValue(64)
    assert controls.mode_buttons["mini"].isChecked()


def test_a_run_trains_plots_and_hands_over_its_model(qtbot, page):
    started, ended = [], []
    page.training_started.connect(lambda: started.append(True))
    page.training_finished.connect(ended.append)
    models = []
    page.session.model_changed.connect(models.append)
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert started and not page.start_button.isEnabled() and page.stop_button.isEnabled()
    with qtbot.waitSignal(page.controller.run_finished, timeout=20000) as blocker:
        pass
    entry = blocker.args[0]
    run = entry.run
    assert ended == ["completed"] and run.status == "completed" and page.state == "idle"
    steps = math.ceil(540 / 32) * 3
    assert len(run.batches) == steps and len(run.epochs) == 3
    assert run.batches.column("x")[-1] == pytest.approx(3.0)
    assert run.epochs[-1]["val_accuracy"] > 0.5          # it learned the bars
    assert len(page.plots.curves(entry, "loss").smooth.xData) == steps
    assert len(page.plots.curves(entry, "accuracy").val.xData) == 3
    assert run.test_accuracy > 0.5 and page.evaluation_view.matrix.item(0, 0) is not None
    assert models == [run.model]
    [offer] = page.session.offered_models()
    assert offer.model is run.model and offer.trusted and shown(offer.label()).startswith("Run 1: RMSprop, ")
    assert page.start_button.isEnabled() and not page.pause_button.isEnabled()


def test_pause_step_resume_stop(qtbot, page):
    page.controls.epochs_spin.setValue(500)
    page.start()
    qtbot.waitUntil(lambda: len(page.current_run.batches) > 5)
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        page.toggle_pause()
    assert page.state == "paused" and page.pause_button.text() == "Resume" and page.step_button.isEnabled()
    count = len(page.current_run.batches)
    step_and_wait(qtbot, page)
    assert len(page.current_run.batches) == count + 1   # exactly one batch
    page.toggle_pause()
    assert page.state == "running"
    qtbot.waitUntil(lambda: len(page.current_run.batches) > count + 10)
    ended = []
    page.training_finished.connect(ended.append)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert not page.start_button.isEnabled() and not page.stop_button.isEnabled()
    finished(qtbot, page)
    run = page.current_run
    assert ended == ["stopped"] and run.status == "stopped" and run.model is not None
    assert page.session.model is None                   # a stopped run never silently becomes "your network"
    [offer] = page.session.offered_models()
    assert offer.model is run.model and not offer.trusted and "stopped" in offer.label()
    last_x, stopped_at = run.epochs[-1]["x"], run.batches.column("x")[-1]
    # a partial epoch is drawn where it stopped, or (stopped inside a step) not at all
    assert last_x == pytest.approx(stopped_at) or (last_x == int(last_x) and last_x < stopped_at)
    assert page.plots.curves(page.current_entry, "loss").train.xData[-1] == pytest.approx(last_x)


def test_step_from_idle_trains_exactly_one_batch(qtbot, page):
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        page.step()
    assert page.state == "paused" and len(page.current_run.batches) == 1
    step_and_wait(qtbot, page)
    assert len(page.current_run.batches) == 2 and page.controller.progress["step"] == 2
    page.stop()
    finished(qtbot, page)
    assert page.current_run.status == "stopped"


def test_live_learning_rate_change_reaches_the_optimizer_at_the_next_step(qtbot, page):
    page.controls.epochs_spin.setValue(500)
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        page.step()
    assert page.controller.progress["learning_rate"] == pytest.approx(1e-3)
    page.controls.lr_spin.setValue(0.0123)
    step_and_wait(qtbot, page)
    assert page.controller.progress["learning_rate"] == pytest.approx(0.0123)
    assert page.controller.progress["step"] == 2          # the same optimizer, changed in place
    combo = page.controls.optimizer_combo
    combo.setCurrentIndex(combo.findText("Adam"))
    step_and_wait(qtbot, page)
    assert page.controller.progress["optimizer"] == "adam" and page.controller.progress["step"] == 1  # a fresh Adam
    run, entry = page.current_run, page.current_entry
    assert [change["optimizer"] for change in run.changes] == ["rmsprop", "adam"]
    assert run.changes[0]["hyper"]["learning_rate"] == pytest.approx(0.0123)
    markers = page.plots.curves(entry, "loss").markers
    assert len(markers.positions()) == 2 and markers.positions()[1] == pytest.approx(run.changes[1]["x"])
    assert "Adam" in markers.visible_labels()[1]
    assert markers.label_heights()[0] != markers.label_heights()[1]   # quick changes: labels do not overlap
    row = page.runs.row_of(entry)
    assert page.runs.index(row, Column.OPTIMIZER).data().startswith("\u2066RMSprop\u00a0→\u00a0Adam\u00a0(")
    page.stop()
    finished(qtbot, page)


def test_divergence_is_explained_and_weights_stay_finite(qtbot, page):
    page.controls.set_config(RunConfig(hidden=(16,), batch_size=32, epochs=5, seed=1, optimizer="sgd",
                                       hyper={"learning_rate": 10.0, "momentum": 0.9, "nesterov": False}))
    ended = []
    page.training_finished.connect(ended.append)
    page.start()
    finished(qtbot, page)
    assert ended == ["diverged"] and page.current_run.status == "diverged"
    assert page.banner.isVisible()
    assert "the learning rate (10) is probably too large" in shown(page.banner.text())
    assert all(np.isfinite(w).all() for w in page.current_run.model.get_weights())
    assert page.session.model is None and "diverged" in page.session.offered_models()[0].label()
    assert page.plots.log_check.isChecked()          # the exploded curve would flatten the others...
    page.controls.set_config(SMALL)
    page.controls.epochs_spin.setValue(1)
    page.start()
    assert not page.plots.log_check.isChecked()      # ...but the next run starts on a linear scale
    finished(qtbot, page)


def test_a_divergence_caused_by_epsilon_blames_epsilon_not_the_learning_rate(qtbot, page):
    page.controls.set_config(RunConfig(hidden=(16,), batch_size=32, epochs=2, seed=1, optimizer="rmsprop",
                                       hyper={"learning_rate": 0.001, "rho": 0.9, "epsilon": 0.0}))
    page.controls.findChild(QWidget, "hyper_epsilon").setMinimum(0.0)  # a hand-edited preset could hold 0
    page.controls.findChild(QWidget, "hyper_epsilon").setValue(0.0)
    page.start()
    finished(qtbot, page)
    assert page.current_run.status == "diverged"  # dead ReLU units give gradients of exactly 0: 0 / 0
    assert "epsilon is 0" in page.banner.text() and "learning rate" not in page.banner.text()


def test_runs_overlay_in_their_own_looks_and_records_reopen(qtbot, page, tmp_path):
    page.controls.epochs_spin.setValue(1)
    page.start()
    finished(qtbot, page)
    first = page.current_entry
    page.start()
    finished(qtbot, page)
    second = page.current_entry
    assert page.plots.shown_entries() == [second]       # a new run starts alone on the plots
    page.runs.set_shown(first, True)
    assert set(page.plots.shown_entries()) == {first, second}
    assert first.appearance != second.appearance
    page.runs.set_shown(first, False)
    page.runs.set_shown(first, True)                  # ticking again never gives a look twice
    assert len({entry.appearance for entry in page.plots.shown_entries()}) == 2

    folder = page.files.save_run(second, tmp_path / "hand-in")
    for name in ("run.json", "batches.csv", "epochs.csv", "model.npz", "loss.png", "accuracy.png"):
        assert (folder / name).stat().st_size > 0, name
    reopened = opened(qtbot, page, folder)
    assert reopened.run.name == second.run.name and len(reopened.run.batches) == len(second.run.batches)
    assert reopened.run.test_accuracy == pytest.approx(second.run.test_accuracy)
    assert reopened in page.plots.shown_entries() and len(page.runs.entries()) == 3
    assert page.runs_view.current_entry() is reopened
    assert page.evaluation_view.matrix.item(0, 0) is not None

    page.continue_run(reopened)                       # continue from the saved weights
    finished(qtbot, page)
    assert page.current_run.name.endswith("(continued)") and page.current_run.status == "completed"


def test_learning_rate_comparison_trains_three_runs_from_the_same_weights(qtbot, page, monkeypatch):
    page.controls.epochs_spin.setValue(1)
    starts = []
    from nnlab.gui.train import worker as train_worker
    original = train_worker.build_model

    def recording_build(config, initial_weights=None):
        model = original(config, initial_weights)
        starts.append(model.get_weights()[0].copy())
        return model
    monkeypatch.setattr(train_worker, "build_model", recording_build)
    page.start_comparison("learning_rate")
    qtbot.waitUntil(lambda: len(page.runs.entries()) == 3 and page.state == "idle", timeout=30000)
    entries = page.runs.entries()
    rates = [entry.run.config.hyper["learning_rate"] for entry in entries]
    assert rates == [0.001, 0.5, 2.0]  # plain gradient descent, as on the slide (measured: series.py)
    assert {entry.run.config.optimizer for entry in entries} == {"sgd"}
    assert page.plots.shown_entries() == entries
    assert len({entry.appearance for entry in entries}) == 3
    assert len(starts) == 3 and all(np.array_equal(starts[0], other) for other in starts[1:])


def test_optimizer_comparison_queues_all_seven_and_stop_cancels_the_rest(qtbot, page):
    page.controls.epochs_spin.setValue(500)
    page.start_comparison("optimizers")
    assert page.controller.queued == 6
    qtbot.waitUntil(lambda: len(page.current_run.batches) > 0)
    page.stop()                                 # Stop cancels the rest of the series
    finished(qtbot, page)
    assert len(page.runs.entries()) == 1 and page.state == "idle" and page.controller.queued == 0
    assert page.current_run.config.optimizer == "sgd"


def test_export_plot_writes_png_and_csv_and_asks_once_before_replacing(qtbot, page, tmp_path, monkeypatch):
    page.controls.epochs_spin.setValue(1)
    page.start()
    finished(qtbot, page)
    png, table = page.files.export_plot(str(tmp_path / "curves.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = list(csv.DictReader(table.open()))
    assert {row["kind"] for row in rows} == {"batch", "epoch"} and rows[0]["run"] == "Run 1"
    from PySide6.QtGui import QImage
    assert QImage(str(png)).height() < page.plots.height()  # the read-out and check boxes are not in the image

    asked = []
    monkeypatch.setattr(page.files, "confirm_overwrite", lambda paths: asked.append(paths) or False)
    table.write_text("my own notes")
    assert page.files.export_plot(str(tmp_path / "curves.png")) is None
    assert asked == [[png, table]] and table.read_text() == "my own notes"


def test_keyboard_shortcuts(qtbot, page):
    page.controls.epochs_spin.setValue(500)
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.state == "running"
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.state == "paused"
    before = len(page.current_run.batches)
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        qtbot.keyClick(page.start_button, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert len(page.current_run.batches) == before + 1
    qtbot.keyClick(page.start_button, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    finished(qtbot, page)
    assert page.current_run.status == "stopped"


def test_controls_have_tooltips_and_accessible_names(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QSlider
    widgets = page.findChildren(QAbstractButton) + page.findChildren(QAbstractSpinBox) + \
        page.findChildren(QComboBox) + page.findChildren(QSlider)
    missing = [w.objectName() or w.text() for w in widgets
               if w.isVisibleTo(page) and not w.toolTip() and w.parent().objectName() != "qt_spinbox_lineedit"
               and w.objectName() != "qt_scrollarea_vcontainer"]
    assert not missing
    for name in ("startButton", "pauseButton", "stopButton", "trainStepButton"):
        assert page.findChild(QAbstractButton, name).accessibleName()
    undescribed = [w.objectName() for w in widgets if w.isVisibleTo(page) and w.toolTip()
                   and w.accessibleDescription() != w.toolTip()]
    assert not undescribed                        # screen readers say what the tooltip says


def test_hovering_a_plot_reads_out_the_values(qtbot, page):
    from PySide6.QtCore import QPointF
    page.controls.epochs_spin.setValue(1)
    page.start()
    finished(qtbot, page)
    qtbot.wait(50)
    view = page.plots.loss_plot.getPlotItem().getViewBox()
    view.setRange(xRange=(0, 1), yRange=(0, 3), padding=0)
    qtbot.mouseMove(page.plots.loss_plot, page.plots.loss_plot.mapFromScene(view.mapViewToScene(QPointF(0.5, 1.0))))
    text = page.plots.readout.text()
    run = page.current_run
    x = float(re.match(r"epoch (\d\.\d\d)", text).group(1))
    assert x == pytest.approx(0.5, abs=0.02) and "Run 1: loss" in text
    shown = re.search(r"Run 1: loss (\d+\.\d{4})", text).group(1)
    assert shown in {f"{run.batches.nearest('loss_smooth', x + dx):.4f}" for dx in (-0.005, 0, 0.005)}


def test_reset_weights_hands_a_fresh_untrained_network_to_the_session(qtbot, page):
    from nnlab.training.build import build_model
    page.controls.epochs_spin.setValue(1)
    page.start()
    assert not page.reset_button.isEnabled()
    finished(qtbot, page)
    trained = page.session.model
    page.controls.seed_spin.setValue(5)
    with qtbot.waitSignal(page.session.model_changed):
        page.reset_weights()                         # built in a background thread
    fresh = page.session.model
    assert fresh is not trained
    expected = build_model(page.controls.config()).get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(fresh.get_weights(), expected))
    assert "seed 5" in page.progress_label.text()


def test_space_keeps_its_meaning_on_a_focused_check_box_and_run(qtbot, page):
    page.controls.epochs_spin.setValue(1)
    page.start()
    finished(qtbot, page)
    page.plots.log_check.setFocus()
    qtbot.keyClick(page.plots.log_check, Qt.Key.Key_Space)
    assert page.plots.log_check.isChecked() and page.state == "idle"
    page.runs_view.table.setFocus()
    qtbot.keyClick(page.runs_view.table, Qt.Key.Key_Space)
    assert page.plots.shown_runs() == [] and page.state == "idle"


def test_a_run_that_would_not_fit_in_memory_is_refused_plainly(qtbot, page, monkeypatch):
    monkeypatch.setattr("nnlab.gui.train.page.available_memory", lambda: 50 * 10**6)
    page.controls.set_config(RunConfig(hidden=(4096, 4096, 4096), batch_size=60000, epochs=5))
    assert not page.start()
    assert page.state == "idle" and page.runs.entries() == []
    assert page.banner.isVisible() and "50 MB are free" in page.banner.text()
    page.controls.set_config(SMALL)
    monkeypatch.setattr("nnlab.gui.train.page.available_memory", lambda: 10**12)
    assert page.start()                               # a run that fits starts as usual
    page.stop()
    finished(qtbot, page)


@pytest.mark.parametrize("record", [
    '{"config": {"hidden": "abc"}}', '{"config": 5}', '[1, 2, 3]', '{"name": "x"}',
    '{"config": {}, "epochs": "many", "changes": 7}', '{"config": {}, "evaluation": {"confusion": "no"}}',
])
def test_a_malformed_record_never_leaves_a_half_built_row(qtbot, page, tmp_path, record):
    from PySide6.QtWidgets import QMessageBox
    folder = tmp_path / "record"
    folder.mkdir()
    (folder / "run.json").write_text(record)
    entry = opened(qtbot, page, folder)
    if entry is None:
        box = page.findChild(QMessageBox, "openRecordErrorBox")
        assert box.isVisible() and box.text() and page.runs.entries() == []
    else:                                              # accepted: then every column can be shown
        for column in Column:
            page.runs.index(0, column).data()
        page.runs_view.select(entry)


def test_a_record_saved_while_running_can_be_removed_and_names_are_escaped(qtbot, page, tmp_path):
    import json
    folder = tmp_path / "record"
    folder.mkdir()
    hostile = '<img src="/dev/zero" width=10>'
    (folder / "run.json").write_text(json.dumps({"name": hostile, "status": "running", "message": "<b>x</b>",
                                                 "config": RunConfig(hidden=(16,)).to_dict()}))
    entry = opened(qtbot, page, folder)
    assert entry is not None and page.runs_view.current_entry() is entry
    assert page.runs.index(0, Column.RUN).data() == hostile   # plain text in the table
    details = page.runs_view.findChild(QLabel, "runDetails").text()
    assert "<img" not in details and "&lt;img" in details
    page.controls.epochs_spin.setValue(500)
    page.start()                                       # while another run trains...
    page.runs_view.select(entry)
    assert page.runs_view.remove_button.isEnabled()    # ...the record saved as "running" can still go
    page.runs_view.remove_button.click()
    assert page.runs.entries() == [page.current_entry]
    page.runs_view.select(page.current_entry)
    assert not page.runs_view.remove_button.isEnabled()  # the run that trains cannot
    page.stop()
    finished(qtbot, page)


def test_inside_the_optimizer_tab_follows_the_running_network(qtbot, page):
    """The optimizer-state view gets live snapshots of the run: the unit's 784 weights and RMSprop's v."""
    from PySide6.QtWidgets import QWidget

    view = page.findChild(QWidget, "optimizerStateView")
    page.bottom_tabs.setCurrentWidget(view)
    with qtbot.waitSignal(page.controller.optimizer_state, timeout=20000) as blocker:
        page.start()
    snapshot = blocker.args[0]
    assert snapshot.weights.shape == (784,) and snapshot.units == 16
    with qtbot.waitSignal(view.drawn, timeout=20000):
        pass
    assert view.snapshot is not None
    finished(qtbot, page)


@pytest.mark.parametrize("optimizer", ["momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam"])
def test_no_hyperparameter_box_can_reach_a_value_the_optimizer_refuses(page, optimizer):
    """Typing the largest numbers into every box still gives an optimizer that can be built."""
    from PySide6.QtWidgets import QDoubleSpinBox, QWidget

    from nnlab.core import optimizers

    page.controls.optimizer_combo.setCurrentIndex(optimizers.NAMES.index(optimizer))
    for key in optimizers.hyperparameters(optimizer):
        box = page.controls.findChild(QWidget, f"hyper_{key}")
        if isinstance(box, QDoubleSpinBox):
            box.setValue(1e9)
            box.setValue(box.maximum())
    optimizers.get(optimizer, **page.controls.hyperparameters())  # raises ValueError if any is impossible


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam"])
def test_a_record_of_every_optimizer_opens_again_with_its_model(qtbot, page, tmp_path, optimizer):
    """Records of SGD, momentum and Nesterov runs once could not be opened ("nesterov is false, not a
    finite number" in their model file)."""
    from nnlab.core import optimizers
    from nnlab.training.build import build_model
    from nnlab.training.record_files import save_record
    from nnlab.training.runs import Run

    config = RunConfig(hidden=(8,), optimizer=optimizer, hyper=optimizers.hyperparameters(optimizer), epochs=1)
    run = Run(name=f"{optimizer} run", config=config, status="completed")
    run.changes.append({"step": 2, "x": 0.5, "optimizer": optimizer, "hyper": optimizers.hyperparameters(optimizer)})
    folder = save_record(run, tmp_path / optimizer, model=build_model(config))
    entry = opened(qtbot, page, folder)
    assert entry is not None and entry.run.model.optimizer.name == optimizer
    assert page.runs_view.current_entry() is entry and entry.run.changes == run.changes


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs")
def test_export_onto_a_pipe_is_refused_before_anything_is_drawn(qtbot, page, tmp_path, monkeypatch):
    import os
    warnings = []
    monkeypatch.setattr("nnlab.gui.plain.message_box", lambda *args, **kwargs: warnings.append(args[2]))
    os.mkfifo(tmp_path / "curves.csv")
    assert page.files.export_plot(str(tmp_path / "curves.png")) is None
    assert "curves.csv exists and is a device, a pipe or a socket" in warnings[0]
    assert (tmp_path / "curves.csv").is_fifo() and not (tmp_path / "curves.png").exists()


@pytest.mark.parametrize("hostile", ["90,000 live changes", "4 million batches", "a 400-digit seconds"])
def test_a_record_too_costly_to_draw_is_refused_in_the_background_naming_it(qtbot, page, tmp_path, monkeypatch,
                                                                           hostile):
    """90,000 changes segfaulted pyqtgraph; 4 million batches froze the window for 10 s; 400 digits raised
    on every repaint."""
    import json

    from nnlab.training.record_files import save_record
    from nnlab.training.runs import Run

    warnings = []
    monkeypatch.setattr("nnlab.gui.plain.message_box", lambda *args, **kwargs: warnings.append(args[2]))
    folder = save_record(Run(name="hostile", config=RunConfig()), tmp_path / "record")
    data = json.loads((folder / "run.json").read_text())
    if hostile == "90,000 live changes":
        data["changes"] = [{"step": 1, "x": 0.5, "optimizer": "adam", "hyper": {"learning_rate": 0.001}}] * 90_000
        expected = "run.json is damaged: it lists 0 epochs and 90,000 live changes; a run has at most"
    elif hostile == "4 million batches":
        (folder / "batches.csv").write_bytes(b"step,epoch,loss,accuracy,loss_smoothed,accuracy_smoothed\n"
                                             + b"1,1,1,1,1,1\n" * 4_000_000)
        expected = "batches.csv is damaged: it has 4,000,000 rows, but its run can have had at most 2,345"
    else:
        data["seconds"] = 10 ** 400
        expected = 'run.json is damaged: "seconds" is 1000'
    (folder / "run.json").write_text(json.dumps(data))
    assert opened(qtbot, page, folder) is None
    assert expected in warnings[0] and str(folder) in warnings[0]
    assert page.runs.entries() == []  # nothing half-added
    good = save_record(Run(name="fine", config=RunConfig()), tmp_path / "fine")
    assert opened(qtbot, page, good).run.name == "fine"  # and the page goes on working


def test_a_record_of_10000_switches_shows_their_ends(qtbot, page, tmp_path):
    """Within the cap, but every switch was written into the table cell and the details line."""
    from nnlab.training.record_files import save_record
    from nnlab.training.runs import Run

    run = Run(name="switching", config=RunConfig())
    run.changes = [{"step": i, "x": i / 5000, "optimizer": ("sgd", "adam")[i % 2], "hyper": {"learning_rate": 0.01}}
                   for i in range(10_000)]
    entry = opened(qtbot, page, save_record(run, tmp_path / "switching"))
    cell = page.runs.index(page.runs.row_of(entry), Column.OPTIMIZER).data()
    assert cell.count("→") == 5 and "…" in cell
    details = page.runs_view.findChild(QWidget, "runDetails").text()
    assert details.count("epoch ") == 12 and shown(details).endswith("epoch 2.00: Adam (lr 0.01).")
    assert len(details) < 2000
    assert len(page.plots.curves(entry, "loss").markers.positions()) == 10_000


def test_a_new_run_never_shows_the_last_runs_divergence(qtbot, page):
    """Issue 27, item 4: a banner that says the loss exploded at the old learning rate belongs to the
    run that exploded; the next run (of a comparison, or the student's Start) begins without it."""
    from nnlab.gui.train.controller import RunRequest

    diverging = RunConfig(hidden=(16,), batch_size=32, epochs=2, seed=1, optimizer="sgd",
                          hyper={"learning_rate": 10.0, "momentum": 0.9, "nesterov": False})
    seen = []
    page.controller.run_updated.connect(
        lambda entry: seen.append((entry.run.name, page.banner.isVisible() and "exploded" in page.banner.text())))
    assert page.controller.start([RunRequest(diverging, "exploding"), RunRequest(SMALL, "healthy")])
    qtbot.waitUntil(lambda: page.state == "idle" and page.current_run.name == "healthy", timeout=20000)
    assert page.runs.entries()[0].run.status == "diverged" and page.current_run.status == "completed"
    assert any(name == "healthy" for name, _ in seen)
    assert not any(stale for name, stale in seen if name == "healthy")
    assert not page.banner.isVisible()


def test_the_counts_of_training_and_validation_images_are_shown(qtbot, page):
    """Issue 27, item 12: the slide says 60,000; the page says how many of them train and how many
    are kept for validation, where the student reads the settings and when the run starts."""
    controls = page.controls
    assert controls.subset_spin.text() == "all 540" and "60 images" in controls.validation_spin.text()
    controls.validation_spin.setValue(20)
    assert controls.subset_spin.text() == "all 480" and "120 images" in controls.validation_spin.text()
    controls.validation_spin.setValue(10)
    started = []
    page.controller.run_started.connect(lambda entry: started.append(page.progress_label.text()))
    page.start()
    finished(qtbot, page)
    assert "540 training images" in started[0] and "60 kept for validation" in started[0]


def test_progress_shows_from_the_start_of_a_long_first_step(qtbot, page):
    """Issue 27, item 5: a full batch's first step took 20 s with only "Starting Run 17…" on screen.
    The run reports itself before its first step ends: which epoch and step it is in, that the speed
    is being measured, and no time left that was not measured."""
    page.controls.batch_spin.setValue(100000)  # one step an epoch: the full batch
    reports = []
    page.controller.run_updated.connect(lambda entry: reports.append(
        (dict(page.controller.progress), page.progress_label.text())))
    page.start()
    finished(qtbot, page)
    first, label = reports[0]
    assert first["batch"] == 0 and first["epoch"] == 1 and first["seconds_left"] is None
    assert "epoch 1/3 · batch 0/1" in label and "measuring the speed" in label and "Starting" not in label
    for progress, text in reports:  # milliseconds of steps here: never an unmeasured speed or time
        assert (progress["rate"] is None) == ("measuring the speed" in text) == (progress["seconds_left"] is None)
