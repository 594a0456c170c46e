"""What a run frees goes back to the system (nnlab.core.allocator), on glibc where that can be checked."""

import os
import sys

import numpy as np
import pytest

from nnlab.core import allocator


def resident_bytes() -> int:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not sys.platform.startswith("linux") or allocator.give_back_freed_memory() is False,
                    reason="glibc's malloc only")
def test_a_large_array_freed_after_a_larger_one_goes_back_at_once():
    """glibc raises the size from which it maps blocks on their own each time such a block is freed:
    without a fixed threshold the 8 MB array below would come from the heap and stay resident."""
    assert allocator.return_large_blocks_at_once()
    larger = np.ones(4 * 2**20, np.float32)   # 16 MB, mapped and freed: the threshold would rise to it
    del larger
    array = np.ones(2 * 2**20, np.float32)    # 8 MB, touched
    after = np.ones(1000, np.float32)         # something allocated after it, as in a program
    with_it = resident_bytes()
    del array
    assert with_it - resident_bytes() > 7 * 2**20
    del after
