"""Many small images as one picture, in either reading direction."""

import numpy as np
import pytest

from nnlab.mosaic import mosaic


def test_mosaic_places_tiles_with_gaps():
    tiles = np.arange(3 * 2 * 2, dtype=float).reshape(3, 2, 2)
    out = mosaic(tiles, columns=2, gap=1)
    assert out.shape == (5, 5)
    assert out[0:2, 0:2] == pytest.approx(tiles[0]) and out[0:2, 3:5] == pytest.approx(tiles[1])
    assert out[3:5, 0:2] == pytest.approx(tiles[2]) and np.isnan(out[2]).all() and np.isnan(out[3:, 3:]).all()
