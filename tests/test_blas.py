"""The thread count (BLAS's and the optimizer update's) is chosen by timing steps while training, and
given back afterwards."""

import os
import sys
import threading

import numpy as np
import pytest
from threadpoolctl import threadpool_info

from nnlab.blas import ThreadTuner, yield_to_the_window
from nnlab.core import Callback, Dense, Sequential


def blas_threads() -> list[int]:
    return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]


def small_fit(callbacks, steps: int):
    rng = np.random.default_rng(0)
    x, y = rng.random((steps * 16, 20), dtype=np.float32), rng.integers(0, 3, steps * 16)
    model = Sequential([Dense(8, activation="relu", input_shape=(20,)), Dense(3, activation="softmax")], seed=0)
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    return model.fit(x, y, epochs=1, batch_size=16, callbacks=callbacks)


class ThreadsSeen(ThreadTuner):
    """Records the thread count BLAS had at every step, to check that the probe really switched, and
    the optimizer's (after the tuner's own ``on_batch_begin``, as the step sees it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen, self.update_threads = [], []

    def on_batch_begin(self, batch, logs):
        self.seen.append(blas_threads()[0])
        super().on_batch_begin(batch, logs)
        self.update_threads.append(self.model.optimizer.threads)


class SimulatedClock:
    """A clock for the tuner in which a step with n BLAS threads takes ``seconds[n]``: what the tuner
    decides from given times, whatever the machine running the test is doing meanwhile."""

    def __init__(self, seconds: dict[int, float]):
        self.seconds, self.now, self.started = seconds, 0.0, True

    def __call__(self) -> float:
        # The tuner reads the clock once as a step begins and once as it ends.
        if not self.started:
            self.now += self.seconds[blas_threads()[0]]
        self.started = not self.started
        return self.now


def test_the_tuner_times_each_candidate_then_keeps_one_and_restores_the_limits():
    if not blas_threads():
        pytest.skip("this NumPy has no BLAS that threadpoolctl can control")
    limits_before = blas_threads()
    tuner = ThreadsSeen(candidates=(1, 2), period=20, probe=3, longest=40,
                        clock=SimulatedClock({1: 0.001, 2: 0.001}))  # a tie: every probe runs to its end
    small_fit([tuner], steps=150)
    assert tuner.seen[:8] == [1, 1, 1, 1, 2, 2, 2, 2]   # one settling step and three timed per candidate
    assert all(threads in (1, 2) for _, threads in tuner.choices)
    assert tuner.choices[0][0] == 8 and len(tuner.choices) >= 3
    wait = 20                                   # after a changed choice: `period`; held: doubled, capped
    for (step, threads), (previous_step, previous) in zip(tuner.choices[1:], tuner.choices):
        assert step - previous_step == wait + 8   # the wait, then the eight steps of the probe
        wait = min(40, 2 * wait) if threads == previous else 20
    step, chosen = tuner.choices[0]
    assert set(tuner.seen[8:20]) == {chosen}
    assert tuner.update_threads == tuner.seen                # the update is split as BLAS is
    assert blas_threads() == limits_before


def test_a_candidate_that_cannot_win_is_not_probed_to_the_end():
    """Two threads on a machine whose other core is busy: a step took 20 times as long. Once its steps
    took longer than all the probe steps of one thread, the probe ends with the same choice."""
    if not blas_threads():
        pytest.skip("this NumPy has no BLAS that threadpoolctl can control")
    tuner = ThreadsSeen(candidates=(1, 2), period=20, probe=5, clock=SimulatedClock({1: 0.0035, 2: 0.07}))
    small_fit([tuner], steps=30)
    assert tuner.seen[:9] == [1] * 6 + [2, 2] + [1]  # settling and 5 timed steps; settling and 1 timed; chosen
    assert tuner.choices[0] == (8, 1)
    close = ThreadsSeen(candidates=(1, 2), period=20, probe=5, clock=SimulatedClock({1: 0.0035, 2: 0.0036}))
    small_fit([close], steps=30)
    assert close.seen[:12] == [1] * 6 + [2] * 6 and close.choices[0] == (12, 1)  # it could have won: all timed


def test_steps_that_become_slower_than_their_probe_bring_the_next_probe_at_once():
    """Another program takes a core while two threads are chosen: the tuner does not wait out its period."""
    if not blas_threads():
        pytest.skip("this NumPy has no BLAS that threadpoolctl can control")
    clock = SimulatedClock({1: 0.002, 2: 0.001})

    class BusyFromStep(Callback):
        def on_batch_end(self, batch, logs):
            if batch == 19:                      # from the 21st step on, two threads are 10 times slower
                clock.seconds[2] = 0.01

    tuner = ThreadsSeen(candidates=(1, 2), period=100, probe=3, clock=clock)
    small_fit([tuner, BusyFromStep()], steps=60)
    assert tuner.choices[0] == (8, 2)
    # steps 9-11, 12-14, 15-17, 18-20 as fast as probed; 21-23 slower: a probe at once (its two-thread
    # part cut after one timed step), one thread chosen
    assert tuner.choices[1] == (29, 1)
    assert tuner.seen[29:] == [1] * (60 - 29)


def test_the_same_tuner_in_the_next_fit_goes_on_from_its_choice():
    """Keras users call fit once an epoch: the tuner's schedule goes on instead of probing at every call."""
    if not blas_threads():
        pytest.skip("this NumPy has no BLAS that threadpoolctl can control")
    limits_before = blas_threads()
    tuner = ThreadsSeen(candidates=(1, 2), period=20, probe=3, clock=SimulatedClock({1: 0.002, 2: 0.001}))
    small_fit([tuner], steps=12)
    assert tuner.choices == [(8, 2)] and blas_threads() == limits_before
    tuner.seen.clear()
    small_fit([tuner], steps=30)
    assert tuner.seen[:16] == [2] * 16                  # its choice, until the next probe is due
    assert tuner.choices[1] == (36, 2)                  # 20 steps after the first choice, and the 8 of the probe
    assert blas_threads() == limits_before


def test_a_single_candidate_changes_nothing():
    before = blas_threads()
    tuner = ThreadTuner(candidates=(1,))
    small_fit([tuner], steps=10)
    assert tuner.choices == [] and blas_threads() == before


def test_without_a_tuner_fit_leaves_the_threads_alone():
    """The engine has no thread policy of its own: BLAS keeps its setting, the update one thread."""
    before = blas_threads()

    class Seen(Callback):
        def __init__(self):
            self.threads = set()

        def on_batch_end(self, batch, logs):
            self.threads.add((self.model.optimizer.threads, *blas_threads()))

    seen = Seen()
    small_fit([seen], steps=5)
    assert seen.threads == {(1, *before)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priorities are Linux's")
def test_a_training_thread_yields_to_the_window_and_only_itself():
    seen = {}

    def train():
        seen["yielded"] = yield_to_the_window()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    thread = threading.Thread(target=train)
    thread.start()
    thread.join()
    assert seen == {"yielded": True, "nice": max(before, 5)}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before


def test_a_tuner_driven_by_hand_without_a_model_still_probes():
    """The tape's from-scratch loops drive a tuner themselves, with no model and no optimizer."""
    tuner = ThreadTuner(candidates=(1, 2), probe=1)
    tuner.on_train_begin({})
    for step in range(6):
        tuner.on_batch_begin(step, {})
        tuner.on_batch_end(step, {})
    tuner.on_train_end({})
    assert len(tuner.choices) == 1 and tuner.choices[0][1] in (1, 2)
