"""The BLAS thread count is chosen by timing steps while training, and given back afterwards."""

import numpy as np
import pytest
from threadpoolctl import threadpool_info

from nnlab.core import Dense, Sequential
from nnlab.core.blas_tuner import BlasTuner


def blas_threads() -> list[int]:
    return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]


def small_fit(callbacks, steps: int):
    rng = np.random.default_rng(0)
    x, y = rng.random((steps * 16, 20), dtype=np.float32), rng.integers(0, 3, steps * 16)
    model = Sequential([Dense(8, activation="relu", input_shape=(20,)), Dense(3, activation="softmax")], seed=0)
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    return model.fit(x, y, epochs=1, batch_size=16, callbacks=callbacks)


class ThreadsSeen(BlasTuner):
    """Records the thread count BLAS had at every step, to check that the probe really switched."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen = []

    def on_batch_begin(self, batch, logs):
        self.seen.append(blas_threads()[0])
        super().on_batch_begin(batch, logs)


def test_the_tuner_times_each_candidate_then_keeps_one_and_restores_the_limits():
    if not blas_threads():
        pytest.skip("this NumPy has no BLAS that threadpoolctl can control")
    before = blas_threads()
    tuner = ThreadsSeen(candidates=(1, 2), period=20, probe=3)
    small_fit([tuner], steps=50)
    assert tuner.seen[:8] == [1, 1, 1, 1, 2, 2, 2, 2]   # one settling step and three timed per candidate
    assert [step for step, _ in tuner.choices] == [8, 28, 48]  # a probe every `period` steps
    assert all(threads in (1, 2) for _, threads in tuner.choices)
    step, chosen = tuner.choices[0]
    assert set(tuner.seen[8:20]) == {chosen}
    assert blas_threads() == before


def test_a_single_candidate_changes_nothing():
    before = blas_threads()
    tuner = BlasTuner(candidates=(1,))
    small_fit([tuner], steps=10)
    assert tuner.choices == [] and blas_threads() == before
