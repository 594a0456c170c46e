"""A run's per-batch history: columns that grow and answer a hover."""

import numpy as np
import pytest

from nnlab.training.runs import Columns


def test_columns_grow_and_find_the_nearest_point():
    columns = Columns(capacity=2)
    columns.append_rows([[0.1 * i, 2.0 - 0.1 * i, 0.5, 1.0, 0.4] for i in range(1, 11)])
    assert len(columns) == 10
    np.testing.assert_allclose(columns.column("x"), 0.1 * np.arange(1, 11))
    assert columns.nearest("loss", 0.52) == pytest.approx(1.5)
    assert columns.nearest("loss", 100) == pytest.approx(1.0)
    assert columns.nearest("loss", -5) == pytest.approx(1.9)
    with pytest.raises(ValueError):
        columns.column("x")[0] = 3  # views handed to plots are read-only
