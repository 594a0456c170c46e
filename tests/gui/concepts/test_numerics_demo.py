"""The numbers-in-a-computer demo under pytest-qt: every card runs its experiment in the worker
and shows the result; Stop cancels; a missing MNIST is reported on the card, not as a crash."""

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from nnlab.gui.concepts import numerics as numerics_demo
from nnlab.gui.concepts.numerics import EXPERIMENTS, NumericsDemo
from nnlab.gui.session import Session


@pytest.fixture
def demo(qtbot, monkeypatch):
    rng = np.random.default_rng(0)
    images = ((rng.random((300, 28, 28)) < 0.15) * 255).astype(np.uint8)
    labels = (images.reshape(300, -1) / 255.0 @ rng.standard_normal((784, 10))).argmax(axis=1)
    session = Session()
    session.set_dataset("mnist", ((images, labels), (images[:60], labels[:60])))
    monkeypatch.setattr(numerics_demo, "FORMAT_IMAGES", 64)  # float16 has no fast matrix product
    monkeypatch.setattr(numerics_demo, "TEST_IMAGES", 30)
    demo = NumericsDemo(session)
    qtbot.addWidget(demo)
    demo.resize(1200, 760)
    demo.show()
    yield demo
    demo.shutdown()


def card_text(demo, name):
    return demo.findChild(QLabel, f"{name}Result").text()


def test_each_card_has_a_sentence_and_a_button(demo):
    for name in EXPERIMENTS:
        assert demo.findChild(QLabel, f"{name}Sentence").text().endswith(".")
        assert demo.findChild(QPushButton, f"{name}Button").text()


@pytest.mark.parametrize("name, expected", [("softmax", "nan"), ("log_zero", "inf"), ("denormal", "ms")])
def test_instant_experiments_show_the_failure_and_the_fix(demo, qtbot, name, expected):
    with qtbot.waitSignal(demo.experiment_done, timeout=30_000):
        demo.findChild(QPushButton, f"{name}Button").click()
        assert card_text(demo, name) == "Computing…"
    assert expected in card_text(demo, name)


def test_start_runs_all_six_then_stops(demo, qtbot):
    demo.start()
    qtbot.waitUntil(lambda: not demo.is_running(), timeout=120_000)
    assert set(demo.results) == set(EXPERIMENTS)
    assert "float16" in card_text(demo, "formats") and "%" in card_text(demo, "formats")
    xs, _ = demo.scaling_curves["scaled"].getData()
    assert len(xs) == 3  # 300 images in batches of 128: one point per batch
    heights = demo.vanishing_bars["sigmoid"].opts["height"]
    assert len(heights) == 8 and heights[0] < heights[-2]


def test_stop_cancels_waiting_experiments(demo, qtbot):
    demo.start()
    with qtbot.waitSignal(demo.quick_worker.cancelled, timeout=30_000):
        demo.stop()
    buttons = [demo.findChild(QPushButton, f"{name}Button") for name in EXPERIMENTS]
    qtbot.waitUntil(lambda: all(button.isEnabled() for button in buttons), timeout=30_000)  # every job answered
    assert len(demo.results) < len(EXPERIMENTS) and not demo.is_running()
    assert "formats" not in demo.results and not demo.worker.busy  # the training Start had not begun stays undone


@pytest.mark.usefixtures("without_mnist")
def test_without_mnist_the_card_says_so(qtbot):
    demo = NumericsDemo(Session())
    qtbot.addWidget(demo)
    with qtbot.waitSignal(demo.experiment_done, timeout=30_000):
        demo.findChild(QPushButton, "scalingButton").click()
    assert "MNIST" in card_text(demo, "scaling")
    demo.shutdown()


def test_an_instant_experiment_never_waits_behind_a_training(demo, qtbot):
    """Issue 27, item 11: Start queued the trivial softmax card behind three trainings."""
    order = []
    demo.experiment_done.connect(order.append)
    demo.start()
    qtbot.waitUntil(lambda: not demo.is_running(), timeout=120_000)
    assert sorted(order) == sorted(numerics_demo.EXPERIMENTS)
    assert max(order.index(name) for name in ("softmax", "log_zero")) < order.index("formats")


def test_the_formats_card_shows_where_the_training_is_and_the_time_left(demo, qtbot, monkeypatch):
    """Issue 27, item 11: float16 trains for seconds while the card said only "Computing…"."""
    monkeypatch.setattr(numerics_demo, "FORMAT_IMAGES", 300)  # three batches in each format
    seen = []
    demo.worker.progress.connect(lambda job_id, where: seen.append(card_text(demo, "formats")))
    with qtbot.waitSignal(demo.experiment_done, timeout=60_000):
        demo.findChild(QPushButton, "formatsButton").click()
    assert any("float16" in text and "batch 1 of 3" in text for text in seen)  # as soon as it begins
    assert any("float16" in text and "batch 2 of 3" in text and "At most about" in text for text in seen)
    assert any("Testing" in text and "About" in text for text in seen)
    # the formats already trained are on the card while float16 still trains
    assert any("float32" in text and "%" in text and "float16" in text for text in seen)
    assert "float16" in card_text(demo, "formats") and "s left" not in card_text(demo, "formats")


def test_no_other_experiment_waits_behind_the_formats_training(demo, qtbot, monkeypatch):
    """Issue 27, item 11: a fraction of a second's experiment (scaling, the gradients) never queues
    behind float16's seconds of training."""
    monkeypatch.setattr(numerics_demo, "FORMAT_IMAGES", 300)
    formats = demo.findChild(QPushButton, "formatsButton")
    with qtbot.waitSignal(demo.worker.progress, timeout=30_000):  # the formats training is under way
        formats.click()
    done = []
    demo.experiment_done.connect(done.append)
    for name in ("scaling", "vanishing", "softmax"):
        demo.findChild(QPushButton, f"{name}Button").click()
    qtbot.waitUntil(lambda: {"scaling", "vanishing", "softmax"} <= set(done), timeout=30_000)
    assert "formats" not in done and not formats.isEnabled()  # still training
    qtbot.waitUntil(lambda: "formats" in done, timeout=60_000)


def test_start_trains_the_formats_alone_after_the_quick_experiments(demo, qtbot):
    """The formats card shows seconds: trainings beside it on two cores would change them."""
    done, done_when_formats_started = [], []
    demo.experiment_done.connect(done.append)
    demo.worker.started.connect(lambda job_id: done_when_formats_started.append(sorted(done)))
    demo.start()
    qtbot.waitUntil(lambda: not demo.is_running(), timeout=120_000)
    assert done_when_formats_started == [sorted(set(EXPERIMENTS) - {"formats"})]
    assert done[-1] == "formats"
