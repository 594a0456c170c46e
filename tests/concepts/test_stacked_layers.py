"""Two and three layers as the slides write them: every matrix in the slide's orientation with its
real shape, values that are the engine's own, and the parameter counts."""

import numpy as np
import pytest

import nnlab
from nnlab.concepts import stacked_layers
from nnlab.concepts.inside import builtin_digit
from nnlab.training.metrics import to_inputs
from tests.concepts.test_training_loop import small_mnist


def test_the_pretrained_two_layer_network_as_the_slide_writes_it():
    model = nnlab.load_pretrained()
    stages = stacked_layers.stages(model, builtin_digit())
    assert [stage.weights.shape for stage in stages] == [(512, 784), (10, 512)]
    assert [stage.parameters for stage in stages] == [401_920, 5_130]
    assert sum(stage.parameters for stage in stages) == model.count_params() == 407_050
    x = stages[0].input
    h = np.maximum(stages[0].weights @ x + stages[0].bias, 0)  # h = f(W1 x + b1)
    np.testing.assert_allclose(h, stages[0].output, rtol=1e-4, atol=1e-5)
    assert stages[1].input is stages[0].output or np.array_equal(stages[1].input, stages[0].output)
    s = stages[1].weights @ h + stages[1].bias  # s = W2 h + b2, then the lecture's softmax
    np.testing.assert_allclose(np.exp(s - s.max()) / np.exp(s - s.max()).sum(), stages[1].output, rtol=1e-3,
                               atol=1e-4)
    np.testing.assert_allclose(stages[1].output, model.predict(to_inputs(builtin_digit()[None]))[0], rtol=1e-6)


def test_three_layers_have_the_slides_shapes_and_learn_quickly():
    model = stacked_layers.three_layer_network(seed=1)
    stages = stacked_layers.stages(model, builtin_digit())
    assert [stage.weights.shape for stage in stages] == [(256, 784), (128, 256), (10, 128)]
    expected = 784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10
    assert model.count_params() == sum(stage.parameters for stage in stages) == expected
    images, labels = small_mnist(1200)
    train, test = (images[:1000], labels[:1000]), (images[1000:], labels[1000:])
    _, before = model.evaluate(images[1000:].reshape(200, -1) / 255.0, test[1])
    accuracy = stacked_layers.quick_train(model, train, test, images=1000, epochs=3)
    assert accuracy > before + 0.2
    assert accuracy == pytest.approx(model.evaluate(images[1000:].reshape(200, -1) / 255.0, test[1])[1], abs=1e-6)
