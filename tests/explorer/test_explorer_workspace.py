"""The explorer's starting tensors, its layer shape flow, its pictures, and the vectorisation timings."""

import numpy as np
import pytest

from nnlab.explorer.display import format_bytes, image_layout, picture, summarize
from nnlab.explorer.evaluator import evaluate
from nnlab.explorer.examples import (
    DATA_TENSORS,
    data_tensor_example,
    layer_flow,
    layer_shapes,
    lecture_examples,
)
from nnlab.explorer.vectorization import compare, naive_add, naive_matrix_dot


def test_lecture_examples_have_the_slides_ranks():
    examples = lecture_examples()
    assert [examples[name].ndim for name in ("scalar", "vector", "matrix", "tensor3")] == [0, 1, 2, 3]
    assert examples["scalar"] == 12 and examples["vector"].tolist() == [12, 3, 6, 14, 7]
    assert evaluate("x.reshape((6, 1))", examples).value.shape == (6, 1)
    assert evaluate("X + y", examples).value.shape == (32, 10)


def test_data_tensor_examples_have_the_axes_of_their_kind():
    for kind in DATA_TENSORS:
        example = data_tensor_example(kind)
        assert example.shape == kind.example_shape
        assert example.ndim == len(kind.real_shape) == kind.axes.count(",") + 1
    assert np.array_equal(data_tensor_example(DATA_TENSORS[3]),
                          np.moveaxis(data_tensor_example(DATA_TENSORS[2]), -1, 1))


def test_layer_flow_follows_the_broadcasting_slide():
    first, second = layer_flow(layer_shapes(None), 128)
    assert (first.input_shape, first.kernel_shape, first.product_shape) == ((128, 784), (784, 512), (128, 512))
    assert (first.bias_shape, first.output_shape, first.activation) == ((512,), (128, 512), "relu")
    assert (second.input_shape, second.output_shape, second.activation) == ((128, 512), (128, 10), "softmax")
    assert layer_flow(layer_shapes(None), 32)[1].output_shape == (32, 10)


def test_layer_shapes_of_a_model():
    class Layer:
        def __init__(self, inputs, units, activation):
            self.W, self.b, self.activation = np.zeros((inputs, units)), np.zeros(units), activation

    class Model:
        layers = [Layer(784, 64, "tanh"), Layer(64, 10, "softmax")]
    flows = layer_flow(layer_shapes(Model()), 16)
    assert [flow.output_shape for flow in flows] == [(16, 64), (16, 10)]
    assert flows[0].activation == "tanh"


def test_summaries_and_sizes():
    summary = summarize(np.arange(12, dtype=np.uint8).reshape(3, 4))
    assert (summary.ndim, summary.shape, summary.dtype, summary.nbytes) == (2, (3, 4), "uint8", 12)
    assert (summary.minimum, summary.maximum) == (0, 11)
    assert summarize(np.zeros(0)).minimum is None
    assert format_bytes(47_040_000) == "47.0 MB" and format_bytes(512) == "512 B"


@pytest.mark.parametrize("shape, layout", [((28, 28), "gray"), ((128, 28, 28), "gray-batch"), ((8, 8, 3), "rgb"),
                                           ((2, 8, 8, 3), "rgb-batch"), ((300, 20), None), ((3, 2), None),
                                           ((3, 3, 5), None), ((784,), None)])
def test_image_layouts(shape, layout):
    assert image_layout(shape) == layout


def test_a_batch_becomes_a_grid_of_at_most_64_dark_on_light_digits():
    batch = np.zeros((128, 28, 28), dtype=np.uint8)
    batch[:, 10, 10] = 255
    pixels, shown = picture(batch, "gray-batch")
    assert shown == 64 and pixels.shape == (8 * 29 - 1, 8 * 29 - 1) and pixels.dtype == np.uint8
    assert pixels[10, 10] == 0 and pixels[0, 0] == 255  # ink is dark, paper is white
    assert pixels[28, 0] == 200  # the gap between rows
    one, shown = picture(np.linspace(-1, 1, 64).reshape(8, 8), "gray")
    assert shown == 1 and one.min() == 0 and one.max() == 255
    colour, shown = picture(np.full((5, 8, 8, 3), 0.5), "rgb-batch")
    assert shown == 5 and colour.shape == (2 * 9 - 1, 3 * 9 - 1, 3) and colour.dtype == np.uint8  # 2 rows of 3
    large, shown = picture(np.zeros((40, 2000, 500), dtype=np.float32), "gray-batch")
    assert shown == 1 and large.shape == (2000, 500)  # large images: fewer of them, never a huge float copy


def test_the_naive_loops_compute_the_same_as_numpy():
    rng = np.random.default_rng(1)
    x, y = rng.random((4, 5)), rng.random((4, 5))
    assert np.allclose(naive_add(x, y), x + y)
    assert np.allclose(naive_matrix_dot(x, y.T), x @ y.T)


def test_timing_reports_both_and_the_speedup():
    timing = compare("add", 20)
    assert timing.naive_seconds > 0 and timing.vectorized_seconds > 0
    assert timing.speedup == pytest.approx(timing.naive_seconds / timing.vectorized_seconds)
    with pytest.raises(ValueError):
        compare("dot", 10_000)
    class Stop(Exception):
        pass

    def stop():
        raise Stop
    with pytest.raises(Stop):
        compare("dot", 50, check=stop)


def test_a_students_tensor_shadows_an_original_which_always_comes_back():
    from nnlab.explorer.workspace import Workspace
    tensors = Workspace()
    tensors.provide("train_images", np.zeros((4, 28, 28)), "data")
    tensors.assign("train_images", np.zeros((4, 784)))
    assert tensors.arrays["train_images"].shape == (4, 784) and set(tensors.hidden) == {"train_images"}
    tensors.provide("train_images", np.ones((5, 28, 28)), "data")  # a new data set: still hidden, updated
    assert tensors.arrays["train_images"].shape == (4, 784)
    tensors.remove("train_images")
    assert tensors.arrays["train_images"].shape == (5, 28, 28) and tensors.categories["train_images"] == "data"
    assert not tensors.arrays["train_images"].flags.writeable and tensors.hidden == {}
    tensors.provide("W1", np.zeros((784, 4)), "model")
    tensors.assign("W1", np.zeros(3))
    tensors.withdraw("model")  # another model arrives: the old weights go, the student's W1 stays
    assert tensors.arrays["W1"].shape == (3,) and tensors.hidden == {}
    assert tensors.user_bytes() == 24 and tensors.user_bytes(without="W1") == 0
