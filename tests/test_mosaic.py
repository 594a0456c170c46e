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


def test_a_right_to_left_mosaic_starts_each_row_on_the_right_without_mirroring_tiles():
    tiles = np.arange(3 * 2 * 2, dtype=float).reshape(3, 2, 2)
    ltr, rtl = mosaic(tiles, 2, gap=1), mosaic(tiles, 2, gap=1, right_to_left=True)
    np.testing.assert_array_equal(ltr[:2, :2], tiles[0])
    np.testing.assert_array_equal(rtl[:2, 3:], tiles[0])
    np.testing.assert_array_equal(rtl[:2, :2], tiles[1])
    np.testing.assert_array_equal(rtl[3:, 3:], tiles[2])
