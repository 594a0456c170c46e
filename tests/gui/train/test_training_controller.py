"""The TrainingController, the one owner of training runs, through its public signals.

Replaces a test that ran a copy of the old QThread pattern in a subprocess: these drive the real
controller, its worker and its run list with a tiny synthetic data set.
"""

import gc
import threading
import weakref

import pytest
from synthetic_training import synthetic_dataset

from nnlab.gui.session import Session
from nnlab.gui.train.controller import RunRequest, State, TrainingController
from nnlab.training.config import RunConfig

TINY = RunConfig(hidden=(8,), batch_size=50, epochs=2, seed=3, validation_split=0.1)


@pytest.fixture
def controller(qtbot):
    session = Session()
    session.set_dataset("mnist", synthetic_dataset(train=300, test=50))
    controller = TrainingController(session)
    yield controller
    controller.shutdown()


def _training_threads():
    return [thread for thread in threading.enumerate() if thread.name == "nnlab-training"]


def test_a_run_streams_in_order_and_ends_once(qtbot, controller):
    seen = []
    controller.run_started.connect(lambda entry: seen.append(("started", entry.run.status)))
    controller.run_updated.connect(lambda entry: seen.append(("updated", len(entry.run.batches))))
    controller.run_finished.connect(lambda entry: seen.append(("finished", entry.run.status)))
    states = []
    controller.state_changed.connect(states.append)
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:
        assert controller.start([RunRequest(TINY)])
    entry = blocker.args[0]
    assert seen[0] == ("started", "running") and seen[-1] == ("finished", "completed")
    assert [kind for kind, _ in seen].count("finished") == 1
    counts = [value for kind, value in seen if kind == "updated"]
    assert counts == sorted(counts) and counts[-1] == len(entry.run.batches) == 2 * 6
    assert states == [State.RUNNING, State.IDLE] and controller.state == "idle"
    assert entry.evaluation is not None and entry.run.test_accuracy == entry.evaluation.accuracy
    assert controller.runs.entries() == [entry]


def test_start_is_refused_unless_idle(qtbot, controller):
    assert controller.start([RunRequest(RunConfig(**{**TINY.to_dict(), "epochs": 500}))])
    assert not controller.start([RunRequest(TINY)])
    controller.stop()
    assert controller.state == State.STOPPING
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:
        pass
    assert blocker.args[0].run.status == "stopped" and len(controller.runs.entries()) == 1


def test_a_finished_run_keeps_its_record_and_model_but_not_the_worker_or_its_data(qtbot, controller):
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:
        controller.start([RunRequest(TINY)])
    entry = blocker.args[0]
    model = weakref.ref(entry.run.model)
    qtbot.waitUntil(lambda: not _training_threads(), timeout=10000)  # the worker's thread ends when idle
    assert controller.session.model is entry.run.model   # a completed run becomes the current model
    controller.session.set_model(None)                  # (until the student opens another one)
    assert controller.remove(entry)
    del entry, blocker
    gc.collect()
    assert model() is None                      # removing a run frees its network
    assert controller.session.offered_models() == []


def test_shutdown_returns_within_a_second_while_training(qtbot, controller):
    controller.start([RunRequest(RunConfig(**{**TINY.to_dict(), "epochs": 500, "batch_size": 1}))])
    qtbot.waitUntil(lambda: controller.current is not None and len(controller.current.run.batches) > 0)
    run = controller.current.run
    finished = []
    controller.run_finished.connect(finished.append)
    assert controller.shutdown()                # the run noticed the stop within the close timeout
    assert not _training_threads() and len(run.epochs) < 500
    qtbot.wait(50)
    assert finished == []                       # nothing is delivered after shutdown
    assert not controller.start([RunRequest(TINY)])


def test_a_failing_run_is_reported_and_the_series_ends(qtbot, controller, monkeypatch):
    from nnlab.gui.train import worker as train_worker

    def broken(config, initial_weights=None):
        raise MemoryError("Unable to allocate 10.6 GiB")
    monkeypatch.setattr(train_worker, "build_model", broken)
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:
        controller.start([RunRequest(TINY), RunRequest(TINY)])
    run = blocker.args[0].run
    assert run.status == "error" and "10.6 GiB" in run.message
    assert controller.state == State.IDLE and controller.queued == 0 and len(controller.runs.entries()) == 1


def test_stop_takes_effect_within_about_a_second_even_inside_one_long_step(qtbot, controller, monkeypatch):
    from nnlab.gui.train import worker as train_worker
    release, entered, returned = threading.Event(), threading.Event(), threading.Event()
    original = train_worker.build_model

    def slow_model(config, initial_weights=None):
        model = original(config, initial_weights)
        step = model._train_step

        def endless_step(x, y):  # one step that ignores stop_training, like a huge full-batch product
            entered.set()
            release.wait(60)
            returned.set()
            return step(x, y)
        model._train_step = endless_step
        return model
    monkeypatch.setattr(train_worker, "build_model", slow_model)
    controller.start([RunRequest(TINY)])
    try:
        qtbot.waitUntil(entered.is_set, timeout=10000)
        with qtbot.waitSignal(controller.run_finished, timeout=30000) as blocker:
            controller.stop()
        assert not returned.is_set()  # the run ended while its step was still stuck: it did not wait for it
        run = blocker.args[0].run
        assert run.status == "stopped" and run.model is None and "long step" in run.message
        assert controller.state == State.IDLE
    finally:
        release.set()
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:  # the next run is not held up
        assert controller.start([RunRequest(TINY)])
    assert blocker.args[0].run.status == "completed"


def test_full_batch_curves_are_not_smoothed_into_lagging(qtbot, controller):
    config = RunConfig(**{**TINY.to_dict(), "batch_size": 10**5, "epochs": 4})  # one step an epoch
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:
        controller.start([RunRequest(config)])
    batches = blocker.args[0].run.batches
    assert len(batches) == 4
    assert list(batches.column("loss_smooth")) == list(batches.column("loss"))
