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
    assert space is not None and space.prototypes.shape[1] == 196 and len(space.prototypes) <= 2000
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
    good = np.zeros((3, 196), np.uint8)
    np.savez(tmp_path / "shape.npz", prototypes=np.zeros((3, 5), np.uint8), non_digits=good, limits=np.ones(6))
    with pytest.raises(ValueError, match="shape"):
        load_space(tmp_path / "shape.npz")
    np.savez(tmp_path / "others.npz", prototypes=good, non_digits=np.zeros((0, 196), np.uint8), limits=np.ones(6))
    with pytest.raises(ValueError, match="non_digits"):
        load_space(tmp_path / "others.npz")
    np.savez(tmp_path / "old.npz", prototypes=good, limits=np.ones(5))  # before non-digits were calibrated
    with pytest.raises(ValueError, match="not a digit space"):
        load_space(tmp_path / "old.npz")
    np.savez(tmp_path / "nan.npz", prototypes=good, non_digits=good, limits=np.full(6, np.nan))
    with pytest.raises(ValueError, match="damaged"):
        load_space(tmp_path / "nan.npz")
    np.savez_compressed(tmp_path / "bomb.npz", prototypes=np.zeros((40000, 196), np.uint8), non_digits=good,
                        limits=np.ones(6))
    with pytest.raises(ValueError, match="larger"):
        load_space(tmp_path / "bomb.npz")


def test_a_saved_space_reads_back(tmp_path):
    space = bundled_space()
    save_space(space, tmp_path / "copy.npz")
    again = load_space(tmp_path / "copy.npz")
    np.testing.assert_allclose(again.prototypes, space.prototypes, atol=1 / 255)
    np.testing.assert_allclose(again.non_digits, space.non_digits, atol=1 / 255)
    assert again.max_distance == space.max_distance and again.ink_range == space.ink_range
    assert again.max_letter == space.max_letter


def test_hand_drawn_letters_and_symbols_kept_apart_from_the_calibration_are_flagged(mnist_dir):
    """Issue 27, item 3: "A" was "4, 65% sure", "*" "4, 78%"; 27 of 34 letters and symbols passed as
    digits. Glyphs drawn with other seeds than the calibration's: most flagged; MNIST's held-out
    test digits still accepted as before (the letter measure keeps 99.8% of the calibration digits)."""
    from nnlab.digits import glyphs

    images, _ = glyphs.sample(370, seed=likeness.GLYPH_SEED + 101)
    flagged = [not verdict(image).looks_like_a_digit for image in images]
    assert np.mean(flagged) > 0.95
    test = read_idx(mnist_dir / "t10k-images-idx3-ubyte.gz")
    held_out = prepared(test[likeness.CALIBRATION_DIGITS:])
    accepted = np.mean([judge(image, bundled_space()).looks_like_a_digit for image in held_out])
    assert accepted >= 0.9922  # as many as before letters were calibrated (98.98% with the first calibration)


def test_the_limits_together_accept_the_fitted_share_of_the_calibration_digits(mnist_dir):
    """The one figure a student meets, how many real digits pass all five measures, is the fitted
    one: the letter limit is the tightest that keeps ACCEPTED_FRACTION of the calibration digits
    (not each limit its own 99.8%, which together turned away 1% of MNIST's held-out digits)."""
    from nnlab.digits import glyphs

    train = read_idx(mnist_dir / "train-images-idx3-ubyte.gz")[:3000]  # all of them make centres here
    calibration = read_idx(mnist_dir / "t10k-images-idx3-ubyte.gz")[:2000]
    non_digits, _ = glyphs.sample(400, likeness.GLYPH_SEED)
    space = likeness.build_space(train, calibration, non_digits, count=100, iterations=4)
    verdicts = [judge(image, space) for image in prepared(calibration)]
    accepted = np.mean([verdict.looks_like_a_digit for verdict in verdicts])
    assert likeness.ACCEPTED_FRACTION <= accepted <= likeness.ACCEPTED_FRACTION + 1 / len(calibration)
    assert any("letter" in verdict.reasons for verdict in verdicts)  # the letter limit is what was fitted


@pytest.mark.usefixtures("qapp")
def test_letters_and_symbols_printed_in_fonts_never_seen_are_mostly_flagged():
    """The calibration never saw a font: glyphs printed in four families, regular and bold (and
    letters it never saw drawn) are read with the bundled network; most are flagged, and a flagged
    one is never called "sure"."""
    from nnlab import load_pretrained
    from nnlab.digits import glyphs
    from tests.digits.printed import printed

    model = load_pretrained()
    readings = [read_digit(picture, model) for picture in printed([*glyphs.GLYPHS, *"Hkuvwx"])]
    flagged = [not reading.looks_like_a_digit for reading in readings]
    assert np.mean(flagged) > 0.75
    assert not any(reading.sure for reading, doubtful in zip(readings, flagged) if doubtful)
