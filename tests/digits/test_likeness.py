"""Does the ink look like a digit? Calibrated on real MNIST, checked on drawings that are not digits."""

import numpy as np
import pytest

from nnlab.data.idx import read_idx
from nnlab.digits import likeness, scribbles
from nnlab.digits.likeness import bundled_space, judge, load_space, prepared, save_space
from nnlab.digits.reading import read_digit


def verdict(picture):
    return judge(prepared([picture])[0], bundled_space())


def test_the_bundled_digit_space_loads_and_is_small():
    space = bundled_space()
    assert space is not None and space.prototypes.shape[1] == 196 and len(space.prototypes) <= 1000
    low, high = space.ink_range
    assert 0 < low < high and space.max_width_ratio > 1 and space.max_crossings >= 3 and 0 < space.max_distance < 1


def test_a_clear_one_looks_like_a_digit_and_the_classroom_non_digits_do_not():
    rng = np.random.default_rng(3)
    one = scribbles.strokes_image([[(140, 40), (140, 240)]])
    assert verdict(one).looks_like_a_digit
    assert "blot" in verdict(scribbles.dot(rng)).reasons
    assert "wide" in verdict(scribbles.line(rng)).reasons
    assert "crossings" in verdict(scribbles.zigzag(rng)).reasons
    assert "faint" in verdict(scribbles.strokes_image([[(140, 40), (140, 240)]], width=1.0)).reasons


def test_the_reading_carries_the_verdict_and_is_never_sure_of_a_non_digit():
    class Certain:  # a network that is 100% sure of a 7 whatever it is shown
        built = True
        layers = [type("L", (), {"input_dim": 784, "units": 10})()]

        def layer_outputs(self, x):
            return [np.eye(10)[[7]]]

    reading = read_digit(scribbles.zigzag(np.random.default_rng(0)), Certain())
    assert reading.confidence == 1.0 and not reading.looks_like_a_digit and not reading.sure
    assert read_digit(np.zeros((50, 50)), Certain()).likeness is None  # nothing drawn: nothing to judge


def test_held_out_mnist_digits_pass_and_generated_non_digits_are_caught(mnist_dir):
    test = read_idx(mnist_dir / "t10k-images-idx3-ubyte.gz")
    held_out = prepared(test[likeness.CALIBRATION_DIGITS:likeness.CALIBRATION_DIGITS + 2000])
    flagged = np.mean([not judge(image, bundled_space()).looks_like_a_digit for image in held_out])
    assert flagged < 0.015
    rng = np.random.default_rng(11)
    makers = [*(scribbles.SHAPES[name] for name in ("dot", "line", "zigzag")),
              lambda r: scribbles.two_digits(r, test)]
    caught = [not verdict(make(rng)).looks_like_a_digit for make in makers for _ in range(15)]
    assert np.mean(caught) > 0.95


def test_a_damaged_or_foreign_file_is_refused(tmp_path):
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ValueError):
        load_space(tmp_path / "junk.npz")
    (tmp_path / "huge.npz").write_bytes(b"\0" * (likeness.MAX_FILE_BYTES + 1))
    with pytest.raises(ValueError):
        load_space(tmp_path / "huge.npz")
    np.savez(tmp_path / "other.npz", weights=np.zeros(3))
    with pytest.raises(ValueError, match="not a digit space"):
        load_space(tmp_path / "other.npz")
    np.savez(tmp_path / "shape.npz", prototypes=np.zeros((3, 5), np.uint8), limits=np.ones(5))
    with pytest.raises(ValueError, match="shape"):
        load_space(tmp_path / "shape.npz")
    np.savez(tmp_path / "nan.npz", prototypes=np.zeros((3, 196), np.uint8), limits=np.full(5, np.nan))
    with pytest.raises(ValueError, match="damaged"):
        load_space(tmp_path / "nan.npz")
    np.savez_compressed(tmp_path / "bomb.npz", prototypes=np.zeros((40000, 196), np.uint8), limits=np.ones(5))
    with pytest.raises(ValueError, match="larger"):
        load_space(tmp_path / "bomb.npz")


def test_a_saved_space_reads_back(tmp_path):
    space = bundled_space()
    save_space(space, tmp_path / "copy.npz")
    again = load_space(tmp_path / "copy.npz")
    np.testing.assert_allclose(again.prototypes, space.prototypes, atol=1 / 255)
    assert again.max_distance == space.max_distance and again.ink_range == space.ink_range
