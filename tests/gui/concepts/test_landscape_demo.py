"""The loss-landscape demo under pytest-qt: it computes in its worker with progress, draws the
paths on the plane, cancels, says plainly when there is no MNIST, and keeps the GUI responsive."""

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QProgressBar, QSpinBox

from nnlab.concepts import landscape
from nnlab.gui.concepts.landscape import LandscapeDemo
from nnlab.gui.session import Session


@pytest.fixture
def session():
    """A session holding a small, learnable 'MNIST' (random ink, labels from a fixed linear teacher)."""
    rng = np.random.default_rng(0)
    images = ((rng.random((400, 28, 28)) < 0.15) * 255).astype(np.uint8)
    labels = (images.reshape(400, -1) / 255.0 @ rng.standard_normal((784, 10))).argmax(axis=1)
    session = Session()
    session.set_dataset("mnist", ((images, labels), (images[:50], labels[:50])))
    return session


@pytest.fixture
def demo(qtbot, session):
    demo = LandscapeDemo(session)
    demo.base_settings = landscape.Settings(hidden=32, train_images=400, epochs=1, batch_size=64, snapshots=6)
    qtbot.addWidget(demo)
    demo.resize(1100, 700)
    demo.show()
    yield demo
    demo.shutdown()


def child(demo, cls, name):
    widget = demo.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_computes_in_the_worker_and_the_centre_is_model_evaluate(demo, qtbot):
    child(demo, QSpinBox, "landscapeGrid").setValue(5)
    child(demo, QSpinBox, "landscapeSubsample").setValue(100)
    bar = child(demo, QProgressBar, "landscapeProgress")
    seen = []
    demo.worker.progress.connect(lambda job, value: seen.append(value))
    with qtbot.waitSignal(demo.worker.finished, timeout=60_000):
        demo.start()
        assert demo.is_running() and demo.result is None  # start() returned at once: the work is elsewhere
    # The GUI thread's event loop delivered the progress while the worker computed.
    assert {phase for _, phase in seen} == {"training", "grid"} and bar.value() == bar.maximum()
    assert not demo.is_running() and demo.play_button.text() == "Start"
    result = demo.result
    assert result.losses.shape == (5, 5) and result.subsample == 100
    assert result.losses[2, 2] == pytest.approx(result.center_loss, rel=1e-6)
    assert set(result.paths) == {"sgd", "adam"}
    xs, ys = demo.paths["adam"].getData()
    np.testing.assert_allclose(np.column_stack([xs, ys]), result.paths["adam"])
    info = child(demo, QLabel, "landscapeInfo").text().replace("\xa0", " ")  # code keeps its spaces unbreakable
    assert "5 × 5" in info and "100" in info and "400" in info


def test_pca_plane_with_one_run_draws_only_that_path(demo, qtbot):
    combo = child(demo, QComboBox, "landscapeDirection")
    combo.setCurrentIndex(combo.findData("pca"))
    child(demo, QCheckBox, "landscapeCompare").setChecked(False)
    child(demo, QSpinBox, "landscapeGrid").setValue(5)
    child(demo, QSpinBox, "landscapeSubsample").setValue(100)
    with qtbot.waitSignal(demo.worker.finished, timeout=60_000):
        demo.start()
    assert set(demo.result.paths) == {"sgd"} and demo.result.direction == "pca"
    assert len(demo.paths["adam"].getData()[0] or []) == 0
    assert "variance" in child(demo, QLabel, "landscapeInfo").text()


def test_stop_cancels_and_keeps_the_old_picture(demo, qtbot):
    child(demo, QSpinBox, "landscapeGrid").setValue(41)
    with qtbot.waitSignal(demo.worker.progress, timeout=30_000):
        demo.start()
    with qtbot.waitSignal(demo.worker.cancelled, timeout=10_000):
        demo.stop()
    assert demo.result is None and not demo.is_running()
    assert "Cancelled" in child(demo, QLabel, "landscapePhase").text()


@pytest.mark.usefixtures("without_mnist")
def test_without_mnist_it_says_so_and_keeps_working(qtbot):
    demo = LandscapeDemo(Session())
    qtbot.addWidget(demo)
    with qtbot.waitSignal(demo.worker.failed, timeout=30_000):
        demo.start()
    assert "MNIST" in child(demo, QLabel, "landscapePhase").text() and not demo.is_running()
    demo.shutdown()


def test_overflowing_points_are_drawn_as_the_highest_finite_loss(demo):
    losses = np.arange(9.0).reshape(3, 3)
    losses[0, 0] = np.inf
    axis = np.linspace(-1, 1, 3)
    demo.show_result(landscape.Landscape(axis, axis, losses, {"sgd": np.zeros((2, 2))}, {"sgd": 1.0}))
    assert np.isfinite(demo.field.image.image).all()


def test_it_starts_along_the_path_where_both_paths_are_seen(demo):
    """Issue 27, item 8: random directions hide the paths; the demo starts with the PCA plane."""
    assert child(demo, QComboBox, "landscapeDirection").currentData() == "pca"
    assert "Press Start" in child(demo, QLabel, "landscapeInfo").text()


def test_mnist_read_for_the_landscape_is_shared_never_read_again(qtbot, mnist_dir, monkeypatch):
    """Issue 27, item 11: 5 of the 97 seconds went into reading MNIST again."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(mnist_dir))
    session = Session()
    demo = LandscapeDemo(session)
    demo.base_settings = landscape.Settings(hidden=16, train_images=300, epochs=1, batch_size=64, snapshots=6)
    qtbot.addWidget(demo)
    child(demo, QSpinBox, "landscapeGrid").setValue(5)
    child(demo, QSpinBox, "landscapeSubsample").setValue(100)
    with qtbot.waitSignal(demo.worker.finished, timeout=60_000):
        demo.start()
    assert session.dataset("mnist") is not None and len(session.dataset("mnist")[0][0]) == 60_000
    demo.shutdown()
