"""The optimizer-state view under pytest-qt: it draws a snapshot's images with symmetric colour
limits and one sentence each, shows the state its optimizer has, and says which unit to follow."""

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget
from synthetic_training import shown

from nnlab.core import Dense, Sequential
from nnlab.gui.train.optimizer_state import OptimizerStateView
from nnlab.training.optimizer_state import snapshot


def trained_snapshot(optimizer, inputs=784, unit=3):
    rng = np.random.default_rng(0)
    x = (rng.random((32, inputs)) < 0.2).astype(np.float32)
    model = Sequential([Dense(16, activation="relu", input_shape=(inputs,)), Dense(10, activation="softmax")], seed=0)
    model.compile(optimizer, "sparse_categorical_crossentropy")
    for _ in range(3):
        model.train_on_batch(x, rng.integers(0, 10, 32))
    return snapshot(model, unit)


@pytest.fixture
def view(qtbot):
    view = OptimizerStateView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def visible_panels(view):
    return [name for name, panel in view.panels.items() if panel.isVisible()]


def test_found_by_its_object_name_and_empty_until_a_snapshot_arrives(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    OptimizerStateView(parent)
    view = parent.findChild(QWidget, "optimizerStateView")
    assert isinstance(view, OptimizerStateView)
    assert "Train a network" in view.findChild(QLabel, "optimizerStateHeader").text()
    assert not any(panel.isVisibleTo(view) for panel in view.panels.values())


@pytest.mark.parametrize("optimizer, panels", [("sgd", 4), ("rmsprop", 5), ("adam", 6), ("adadelta", 6)])
def test_each_optimizer_shows_its_images_with_symmetric_limits(view, qtbot, optimizer, panels):
    shot = trained_snapshot(optimizer)
    with qtbot.waitSignal(view.drawn):
        view.show_snapshot(shot)
    assert len(visible_panels(view)) == panels
    for name in visible_panels(view):
        panel = view.panels[name]
        low, high = panel.levels
        assert low == -high > -np.inf and high > 0
        assert panel.image.image.shape == (28, 28)
        assert view.findChild(QLabel, f"{name}Sentence").text().endswith(".")
    np.testing.assert_allclose(view.panels["step"].image.image.ravel(), shot.step)
    assert f"step {shot.iterations}" in view.findChild(QLabel, "optimizerStateHeader").text()


def test_adam_shows_bias_corrected_m_and_v(view, qtbot):
    shot = trained_snapshot("adam")
    with qtbot.waitSignal(view.drawn):
        view.show_snapshot(shot)
    np.testing.assert_allclose(view.panels["state1"].image.image.ravel(), shot.state["m_hat"])
    assert "Corrected m" in shown(view.panels["state1"].plot.getPlotItem().titleLabel.text)


def test_the_unit_choice_is_announced(view, qtbot):
    view.show_snapshot(trained_snapshot("rmsprop", unit=7))
    spin, auto = view.findChild(QSpinBox, "optimizerStateUnit"), view.findChild(QCheckBox, "optimizerStateAuto")
    assert spin.value() == 7 and spin.maximum() == 15 and not spin.isEnabled()
    with qtbot.waitSignal(view.unitChanged) as signal:
        auto.setChecked(False)
    assert signal.args == [7] and spin.isEnabled()
    with qtbot.waitSignal(view.unitChanged) as signal:
        spin.setValue(2)
    assert signal.args == [2]
    with qtbot.waitSignal(view.unitChanged) as signal:
        auto.setChecked(True)
    assert signal.args == [None]


def test_a_feed_made_by_the_view_follows_the_unit_choice_and_reaches_the_view(view, qtbot):
    rng = np.random.default_rng(0)
    model = Sequential([Dense(16, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    model.compile("adam", "sparse_categorical_crossentropy")
    feed = view.make_feed(send=view.show_snapshot)
    assert feed.unit is None  # "most active" is checked
    view.findChild(QCheckBox, "optimizerStateAuto").setChecked(False)
    view.findChild(QSpinBox, "optimizerStateUnit").setValue(4)
    assert feed.unit == 4
    with qtbot.waitSignal(view.drawn):
        model.fit((rng.random((32, 784)) < 0.2).astype(np.float32), rng.integers(0, 10, 32), batch_size=8,
                  callbacks=[feed])
    assert view.snapshot.unit == 4 and view.snapshot.iterations == 4


def test_a_network_not_reading_images_is_explained(view):
    view.show_snapshot(trained_snapshot("rmsprop", inputs=2, unit=0))
    assert "28×28" in view.findChild(QLabel, "optimizerStateHeader").text() and not visible_panels(view)


def test_step_size_is_drawn_on_a_log_scale(view, qtbot):
    shot = trained_snapshot("rmsprop")
    with qtbot.waitSignal(view.drawn):
        view.show_snapshot(shot)
    np.testing.assert_allclose(view.panels["step_size"].image.image.ravel(), np.log10(shot.step_size))


def test_a_newer_snapshot_replaces_one_still_being_drawn(view, qtbot):
    first, second = trained_snapshot("rmsprop", unit=1), trained_snapshot("adam", unit=2)
    with qtbot.waitSignal(view.drawn):
        view.show_snapshot(first)
        view.show_snapshot(second)  # before the event loop drew any panel of the first
    np.testing.assert_allclose(view.panels["weights"].image.image.ravel(), second.weights)
    np.testing.assert_allclose(view.panels["state2"].image.image.ravel(), second.state["v_hat"])
