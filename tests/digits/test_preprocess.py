"""MNIST's preprocessing recipe: crop, shrink to 20x20 with area averaging, centre by mass in 28x28."""

import functools

import numpy as np
import pytest

import nnlab
from nnlab.digits.preprocess import (
    NothingDrawnError,
    ink_bounding_box,
    is_empty,
    preprocess_steps,
    resampling_matrix,
    to_mnist,
)
from nnlab.resources import resource_path

BUNDLED = resource_path("models", "lecture_network.npz")


def centre_of_mass(image):
    rows, cols = np.indices(image.shape)
    return (rows * image).sum() / image.sum(), (cols * image).sum() / image.sum()


def canvas_with_rectangle(height, width, top=40, left=60, size=(300, 400)):
    canvas = np.zeros(size, np.float32)
    canvas[top:top + height, left:left + width] = 1.0
    return canvas


def seven(size=200, bar=0.1):
    """A lopsided '7' (its ink is mostly at the top right), so centring by mass is not centring the box."""
    image = np.zeros((size, size), np.float32)
    thickness = max(1, int(size * bar))
    image[:thickness, :] = 1.0
    for row in range(thickness, size):
        col = int(size - (row - thickness) * 0.6)
        image[row, max(0, col - size // 10):col] = 1.0
    return image


# -- resampling ----------------------------------------------------------------------------------
def test_shrinking_averages_exact_areas():
    # three pixels into two: each output pixel covers 1.5 input pixels
    np.testing.assert_allclose(resampling_matrix(3, 2), [[2 / 3, 1 / 3, 0], [0, 1 / 3, 2 / 3]], atol=1e-6)
    np.testing.assert_allclose(resampling_matrix(4, 2), [[0.5, 0.5, 0, 0], [0, 0, 0.5, 0.5]])


@pytest.mark.parametrize("n_in, n_out", [(7, 20), (20, 20), (57, 20), (280, 13), (1000, 20)])
def test_resampling_keeps_brightness(n_in, n_out):
    matrix = resampling_matrix(n_in, n_out)
    assert matrix.shape == (n_out, n_in)
    np.testing.assert_allclose(matrix.sum(axis=1), 1.0, atol=1e-5)
    assert matrix.min() >= 0


def test_fine_detail_is_averaged_not_picked():
    # one-pixel stripes shrunk five times: area averaging gives grey 0.2, nearest neighbour 0 or 1
    canvas = np.zeros((200, 200), np.float32)
    stripes = canvas[50:150, 50:150]
    stripes[:, ::5] = 1.0
    stripes[0, :] = stripes[-1, :] = stripes[:, -1] = 1.0  # so the ink's box is the whole 100x100
    steps = preprocess_steps(canvas)
    assert steps.scaled.shape == (20, 20)
    np.testing.assert_allclose(steps.scaled[5:15, 5:15], 0.2, atol=1e-5)


# -- cropping, aspect ratio, centring ------------------------------------------------------------
@pytest.mark.parametrize("height, width, expected", [(200, 50, (20, 5)), (60, 240, (5, 20)),
                                                     (90, 90, (20, 20)), (12, 3, (20, 5))])
def test_longer_side_becomes_20_keeping_aspect_ratio(height, width, expected):
    steps = preprocess_steps(canvas_with_rectangle(height, width))
    assert steps.box == (40, 40 + height, 60, 60 + width)
    assert steps.scaled.shape == expected


@pytest.mark.parametrize("top, left, size", [(0, 0, 50), (150, 300, 90), (20, 200, 260), (260, 10, 30)])
def test_centre_of_mass_lands_on_14_14(top, left, size):
    canvas = np.zeros((400, 500), np.float32)
    digit = seven(size)
    canvas[top:top + size, left:left + size] = digit[:400 - top, :500 - left]
    image = to_mnist(canvas)
    row, col = centre_of_mass(image)
    assert abs(row - 14) <= 1 and abs(col - 14) <= 1
    assert image.shape == (28, 28) and image.dtype == np.float32
    assert image.min() >= 0 and image.max() == pytest.approx(1.0)


def test_very_lopsided_ink_stays_inside_the_field():
    # a bar as thick as half the digit: centring its mass exactly would push the box off the field;
    # MNIST would have lost ink there, we keep it all and put the box at the edge instead
    canvas = np.zeros((200, 200), np.float32)
    canvas[50:150, 50:150] = seven(100, bar=0.5)
    steps = preprocess_steps(canvas)
    assert steps.offset[0] == 28 - steps.scaled.shape[0]
    assert steps.centred.sum() == pytest.approx(steps.scaled.sum(), rel=1e-5)


def test_position_and_size_do_not_matter():
    small = np.zeros((300, 300), np.float32)
    small[10:70, 200:260] = seven(60)
    large = np.zeros((300, 300), np.float32)
    large[40:280, 30:270] = seven(240)
    assert np.abs(to_mnist(small) - to_mnist(large)).mean() < 0.02


def test_mnist_digits_come_back_unchanged(mnist_test):
    images, _ = mnist_test
    for image in images[:300]:
        # only the brightness can change (the strongest ink becomes exactly 1)
        np.testing.assert_allclose(to_mnist(image), image / image.max(), atol=1e-6)


# -- colours and types ---------------------------------------------------------------------------
def test_dark_ink_on_light_paper_is_inverted():
    light_on_dark = np.zeros((200, 150), np.float32)
    light_on_dark[30:170, 40:110] = seven(140)[:, :70]
    photo = 0.85 - 0.7 * light_on_dark  # grey paper, dark ink: like a photographed page
    light_steps, photo_steps = preprocess_steps(light_on_dark), preprocess_steps(photo)
    assert not light_steps.inverted and photo_steps.inverted
    np.testing.assert_allclose(photo_steps.centred, light_steps.centred, atol=1e-5)


def test_a_noisy_photo_of_a_page_reads_like_a_clean_drawing():
    clean = np.zeros((300, 280), np.float32)
    clean[60:220, 70:230] = seven(160)
    rng = np.random.default_rng(1)
    photo = np.clip(0.8 - 0.65 * clean + rng.normal(0, 0.03, clean.shape), 0, 1)
    photo = np.round(photo * 255).astype(np.uint8)  # as a camera would store it
    steps = preprocess_steps(photo)
    assert steps.inverted
    assert steps.box == (60, 220, 70, 230)
    assert np.abs(steps.centred - to_mnist(clean)).mean() < 0.03


def test_uint8_and_float_give_the_same_result():
    image = np.zeros((120, 160), np.float32)
    image[20:100, 50:130] = seven(80)
    as_uint8 = (image * 255).astype(np.uint8)
    np.testing.assert_allclose(to_mnist(as_uint8), to_mnist(image), atol=1 / 255)
    np.testing.assert_allclose(to_mnist(as_uint8.astype(np.uint16) * 257), to_mnist(image), atol=1 / 255)


@pytest.mark.parametrize("blank", [np.zeros((280, 280)), np.ones((280, 280)), np.full((50, 80), 0.4),
                                   np.full((280, 280), 255, np.uint8), np.zeros((0, 0))])
def test_blank_pictures_are_nothing_drawn(blank):
    assert is_empty(blank)
    steps = preprocess_steps(blank)
    assert steps.empty and steps.crop is None
    assert steps.centred.shape == (28, 28) and not steps.centred.any()
    with pytest.raises(NothingDrawnError):
        to_mnist(blank)


def test_faint_noise_is_not_a_digit():
    noise = np.random.default_rng(0).uniform(0, 0.1, (280, 280))
    assert is_empty(noise)
    noise[100:180, 130:140] = 1.0
    assert not is_empty(noise)
    assert ink_bounding_box(preprocess_steps(noise).ink) == (100, 180, 130, 140)


def test_not_a_grey_picture_is_refused():
    with pytest.raises(ValueError, match="2-D"):
        to_mnist(np.zeros((28, 28, 3)))


# -- the requirement: drawn anywhere, at any size, recognised as well as MNIST itself -------------
def bilinear(image, height, width):
    """Enlarge with plain bilinear interpolation (independent of the code under test)."""
    rows = np.clip((np.arange(height) + 0.5) * image.shape[0] / height - 0.5, 0, image.shape[0] - 1)
    cols = np.clip((np.arange(width) + 0.5) * image.shape[1] / width - 0.5, 0, image.shape[1] - 1)
    tall = np.array([np.interp(rows, np.arange(image.shape[0]), column) for column in image.T]).T
    return np.array([np.interp(cols, np.arange(image.shape[1]), row) for row in tall])


def paste_randomly(images, rng, canvas_shape=(300, 400)):
    """Each digit enlarged to 28..200 pixels at a random place; every second one inverted, every
    third one as uint8."""
    for index, image in enumerate(images):
        size = int(rng.integers(28, 201))
        top = rng.integers(0, canvas_shape[0] - size + 1)
        left = rng.integers(0, canvas_shape[1] - size + 1)
        canvas = np.zeros(canvas_shape)
        canvas[top:top + size, left:left + size] = bilinear(image / 255.0, size, size)
        if index % 2:
            canvas = 1.0 - canvas
        if index % 3 == 0:
            canvas = np.round(canvas * 255).astype(np.uint8)
        yield canvas


@functools.lru_cache(maxsize=1)
def read_test_set(folder):
    from nnlab.data.idx import read_idx
    return read_idx(folder / "t10k-images-idx3-ubyte.gz"), read_idx(folder / "t10k-labels-idx1-ubyte.gz")


@pytest.fixture
def mnist_test(mnist_dir):
    """MNIST's test images (10000, 28, 28) uint8 and labels, read once per test run."""
    return read_test_set(mnist_dir)


def test_pasted_digits_are_recognised_as_well_as_mnist(mnist_test):
    if not BUNDLED.is_file():
        pytest.skip(f"the bundled model {BUNDLED} is not there yet (it is made by `nnlab train`)")
    model = nnlab.load_pretrained()
    images, labels = mnist_test[0][:1500], mnist_test[1][:1500]
    original = np.mean(model.predict(images.reshape(-1, 784) / 255.0).argmax(axis=1) == labels)
    pasted = np.array([to_mnist(canvas) for canvas in paste_randomly(images, np.random.default_rng(4))])
    accuracy = np.mean(model.predict(pasted.reshape(-1, 784)).argmax(axis=1) == labels)
    assert accuracy >= original - 0.01, f"pasted {accuracy:.2%} vs original {original:.2%}"
