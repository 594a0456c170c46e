"""Memory and time of a configuration, known before training starts; the chunks of a huge batch."""

import sys

import numpy as np
import pytest

from nnlab.core import estimate
from nnlab.core.estimate import chunk_rows, estimate_training

LECTURE = [784, 512, 10]


def test_the_lecture_run_is_small_and_its_parts_add_up():
    result = estimate_training(LECTURE, batch_size=128, samples=54_000, optimizer="rmsprop")
    params = 407_050
    assert result.weights == params * 4 * 3             # weights, gradients, the divergence guard's copy
    assert result.optimizer_state == params * 4 * 2     # RMSprop's average and its scratch space
    assert result.data == 54_000 * 784 * 4
    assert result.total_bytes == result.weights + result.optimizer_state + result.activations + result.data
    assert result.total_bytes < 400 * 2**20
    assert result.fits(available=2**30) and not result.fits(available=100 * 2**20)
    assert result.flops_per_epoch == 54_000 * 2 * (3 * (784 * 512 + 512 * 10) - 784 * 512)
    assert 0 < result.seconds_per_epoch(flops_per_second=1e11) < 10


def test_a_huge_configuration_is_bounded_by_chunks_and_refused_where_memory_is_short():
    huge = estimate_training([784, 4096, 4096, 4096, 10], batch_size=60_000, samples=60_000)
    assert huge.activations < 300 * 2**20                 # one chunk, not 60,000 rows of 4096 x 3 layers
    assert huge.seconds_per_epoch(flops_per_second=1e11) > 60
    assert not huge.fits(available=2**30)
    assert "GB" in huge.describe(available=2**30) and "s per epoch" in huge.describe(available=2**30)
    adam = estimate_training([784, 4096, 4096, 4096, 10], 60_000, 60_000, optimizer="adam")
    assert adam.optimizer_state == huge.optimizer_state * 3 // 2     # m, v and scratch against v and scratch


def test_chunks_are_bounded_in_time_and_memory():
    assert chunk_rows(LECTURE) > 1000                                # the lecture's batches are never split
    rows = chunk_rows([784, 4096, 4096, 4096, 10])
    assert 10 < rows < 1000
    assert rows * estimate.flops_per_sample([784, 4096, 4096, 4096, 10]) <= estimate.CHUNK_FLOPS
    assert chunk_rows([10**6, 10**6]) == 1                           # never zero


def test_the_machine_speed_and_free_memory_are_measured():
    assert estimate.measured_flops_per_second() > 1e8
    free = estimate.available_memory()
    if sys.platform in ("linux", "win32", "darwin"):  # the supported systems all say how much is free
        assert free is not None and 0 < free < 1 << 50
    else:
        assert free is None or free > 0
    assert isinstance(estimate_training(LECTURE, 32, 100).seconds_per_epoch(), float)
    assert np.isfinite(estimate_training(LECTURE, 32, 100).seconds_per_epoch())


def test_impossible_configurations_are_refused_clearly():
    for sizes, batch, samples in [([784], 128, 10), ([784, 0, 10], 128, 10), ([784, 10], 0, 10), ([784, 10], 5, -1)]:
        with pytest.raises(ValueError, match="cannot estimate"):
            estimate_training(sizes, batch, samples)


VM_STAT = """Mach Virtual Memory Statistics: (page size of 16384 bytes)
Pages free:                                3605.
Pages active:                            208154.
Pages inactive:                          205329.
Pages speculative:                         2040.
Pages wired down:                        101257.
"""


def test_macos_free_memory_is_its_free_and_inactive_pages():
    assert estimate.vm_stat_available(VM_STAT) == (3605 + 205329) * 16384
    assert estimate.vm_stat_available(VM_STAT.replace("Pages inactive", "Pages lost")) is None
    assert estimate.vm_stat_available("vm_stat: command not found") is None
