"""Which images a run trains, validates and is tested on."""

import numpy as np

from nnlab.training.split import split_dataset


def test_split_keeps_the_last_share_for_validation():
    x = np.arange(100 * 4, dtype=np.uint8).reshape(100, 2, 2)
    y = np.arange(100)
    parts = split_dataset(((x, y), (x[:5], y[:5])), 0.1)
    assert len(parts["train"][0]) == 90 and list(parts["validation"][1]) == list(range(90, 100))
    assert len(split_dataset(((x, y), (x, y)), 0.0)["validation"][0]) == 0
