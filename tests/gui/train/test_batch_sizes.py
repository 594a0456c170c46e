"""Batch, mini-batch and stochastic gradient descent on the Train page.

The comparison trains the three on the same samples seen (a subset of the training set, the same
epochs); a run with thousands of steps an epoch is plotted in samples while its first epoch runs,
and one that will take minutes says so and suggests a subset.
"""

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from synthetic_training import finished, synthetic_dataset

from nnlab.gui.train import page as page_module
from nnlab.gui.train.series import BATCH_EPOCHS, BATCH_SUBSET, batch_size_series
from nnlab.training.config import ConfigError, RunConfig
from nnlab.training.record_files import load_record, save_record
from nnlab.training.runs import Run


def with_2160_training_images(page):
    """The Train page of test_train_page.py, with 2,400 synthetic images (2,160 for training)."""
    page.session.set_dataset("mnist", synthetic_dataset(train=2400, test=100))
    return page


def test_compare_batch_sizes_trains_three_runs_on_the_same_samples_seen(qtbot, page):
    with_2160_training_images(page)
    page.controls.subset_spin.setValue(200)     # a smaller subset than the series' 2,000 is kept (fast test)
    qtbot.mouseClick(page.findChild(type(page.start_button), "compareBatchSizesButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.runs.entries()) == 3 and page.state == "idle", timeout=60000)
    runs = [entry.run for entry in page.runs.entries()]
    assert [run.status for run in runs] == ["completed"] * 3
    assert [run.config.batch_size for run in runs] == [200, 32, 1]
    assert {run.config.train_subset for run in runs} == {200}
    assert {run.config.epochs for run in runs} == {BATCH_EPOCHS} and {run.config.optimizer for run in runs} == {"sgd"}
    # The same samples seen: few exact steps, a balance, many noisy ones, all ending at epoch 5.
    steps = [len(run.batches) for run in runs]
    assert steps == [BATCH_EPOCHS, BATCH_EPOCHS * math.ceil(200 / 32), BATCH_EPOCHS * 200]
    assert all(run.batches.column("x")[-1] == pytest.approx(BATCH_EPOCHS) for run in runs)
    assert all("of 200 images" in run.name for run in runs)  # the subset is named


def test_compare_batch_sizes_uses_2000_images_of_a_larger_training_set():
    requests = batch_size_series(RunConfig(train_subset=0))
    assert [request.config.batch_size for request in requests] == [BATCH_SUBSET, 32, 1]
    assert {request.config.train_subset for request in requests} == {BATCH_SUBSET}
    assert batch_size_series(RunConfig(train_subset=50000))[0].config.train_subset == BATCH_SUBSET
    assert all("2,000" in request.name for request in requests)


def test_the_batch_size_comparison_shows_smoothed_curves_on_an_epoch_axis(qtbot, page):
    page.controls.subset_spin.setValue(64)
    page.start_comparison("batch_size")
    qtbot.waitUntil(lambda: len(page.runs.entries()) == 3 and page.state == "idle", timeout=60000)
    assert page.plots.shown_entries() == page.runs.entries()
    assert page.plots.x_axis_label() == "epoch"  # the fair axis: samples seen / N
    raw = page.findChild(type(page.plots.raw_check), "showBatchesCheck")
    assert not raw.isChecked()  # 10,000 single-image values would bury the smoothed curves
    page.controls.epochs_spin.setValue(1)
    page.start()                                # the next run shows every mini-batch again
    assert raw.isChecked()
    finished(qtbot, page)


def test_a_long_first_epoch_is_plotted_in_samples_then_in_epochs(qtbot, page):
    with_2160_training_images(page)
    page.controls.batch_spin.setValue(1)  # stochastic: 2,160 steps an epoch
    page.controls.epochs_spin.setValue(2)
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        page.step()                                 # one step, then it waits
    assert page.plots.x_axis_label() == "samples seen (first epoch)"
    left, right = page.plots.loss_plot.getPlotItem().viewRange()[0]
    assert right < 0.01                             # zoomed to the one sample seen, not 0..2 epochs
    axis = page.plots.loss_plot.getPlotItem().getAxis("bottom")
    assert axis.tickStrings([0.5, 1.0], 1, 0.5) == ["1,080", "2,160"]
    assert page.plots.loss_plot.getPlotItem().getAxis("bottom").tickSpacing(0, 1000 / 2160, 400)[0][0] \
        * 2160 == pytest.approx(200)          # ticks at round numbers of samples
    assert page.plots.readout_text(0.5).startswith("sample 1,080")
    page.toggle_pause()
    finished(qtbot, page)
    assert page.plots.x_axis_label() == "epoch"
    assert page.plots.loss_plot.getPlotItem().viewRange()[0][1] > 2
    assert axis.tickStrings([1.0], 1, 1)[0] == "1"


def test_a_run_stopped_in_its_long_first_epoch_stays_in_samples_until_another_run_is_shown(qtbot, page):
    with_2160_training_images(page)
    page.controls.batch_spin.setValue(1)
    page.controls.epochs_spin.setValue(1)
    page.start()
    finished(qtbot, page)                       # completed: the whole run, in epochs
    first = page.runs.entries()[0]
    assert page.plots.x_axis_label() == "epoch"
    with qtbot.waitSignal(page.controller.run_waiting, timeout=10000):
        page.step()
    page.stop()
    finished(qtbot, page)
    assert page.current_run.status == "stopped"
    assert page.plots.x_axis_label() == "samples seen (first epoch)"
    page.runs.set_shown(first, True)            # two runs: back to the fair axis, epochs
    assert page.plots.x_axis_label() == "epoch"
    assert page.plots.loss_plot.getPlotItem().viewRange()[0][1] >= 1


def test_a_mini_batch_run_keeps_its_epoch_axis_and_no_slowness_banner(qtbot, page, monkeypatch):
    with_2160_training_images(page)
    monkeypatch.setattr(page_module, "LONG_RUN_SECONDS", 0)
    page.start()
    finished(qtbot, page)
    assert page.plots.x_axis_label() == "epoch" and not page.banner.isVisible()


def test_a_slow_stochastic_run_says_how_long_and_suggests_a_subset(qtbot, page, monkeypatch):
    with_2160_training_images(page)
    monkeypatch.setattr(page_module, "LONG_RUN_SECONDS", 0)  # every run counts as long here
    page.controls.batch_spin.setValue(1)
    page.controls.epochs_spin.setValue(1)
    page.start()
    finished(qtbot, page)
    text = page.banner.text()
    assert page.banner.isVisible() and "Training images" in text and "Compare batch sizes" in text
    assert "2,160 separate steps" in text


def test_the_training_subset_trains_on_the_first_images_only(qtbot, page):
    with_2160_training_images(page)
    spin = page.findChild(type(page.controls.subset_spin), "trainSubsetSpin")
    assert spin.text() == "all 2,160" and page.controls.config().train_subset == 0
    spin.setValue(100)
    page.controls.epochs_spin.setValue(1)
    assert page.controls.config().train_subset == 100
    page.start()
    finished(qtbot, page)
    assert len(page.current_run.batches) == math.ceil(100 / 32)
    details = page.findChild(QLabel, "runDetails")
    assert "first 100 training images" in details.text()
    page.controls.batch_spin.setValue(100)
    assert page.controls.mode_buttons["batch"].isChecked()  # 100 of 100 images: a full batch


def test_the_training_subset_round_trips_through_records_and_is_validated(tmp_path):
    config = RunConfig(hidden=(4,), train_subset=2000).validate()
    save_record(Run(name="subset", config=config, status="completed"), tmp_path / "record")
    assert load_record(tmp_path / "record").config.train_subset == 2000
    assert RunConfig.from_dict({"hidden": [4]}).train_subset == 0  # records from before the field
    for bad in (-1, 60001, 2.5, "2000", True, float("nan"), 10**30):
        with pytest.raises(ConfigError) as error:
            RunConfig(train_subset=bad).validate()
        assert error.value.field == "train_subset"
