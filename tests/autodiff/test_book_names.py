"""The book's names with one import changed: ``nnlab.tf`` (2nd edition) and ``nnlab.keras``'s
``Variable``, ``ops``, ``optimizers.SGD().apply_gradients`` and ``model(images)`` (3rd edition)."""

import numpy as np
import pytest

from nnlab import keras, tf
from nnlab.keras import NotInThisChapter, layers, ops, optimizers


def test_the_second_edition_s_tensorflow_names():
    x = tf.Variable(0.)
    with tf.GradientTape() as tape:
        y = 2 * x + 3
    assert float(tape.gradient(y, x)) == 2.0
    W = tf.Variable(tf.random.uniform((2, 2)))
    b = tf.Variable(tf.zeros((2,)))
    inputs = tf.random.uniform((2, 2))
    with tf.GradientTape() as tape:
        y = tf.matmul(inputs, W) + b
    grad_W, grad_b = tape.gradient(y, [W, b])
    np.testing.assert_allclose(grad_W.numpy(), np.repeat(inputs.numpy().sum(axis=0)[:, None], 2, axis=1))
    assert W.dtype == np.float32 and grad_b.numpy().tolist() == [2.0, 2.0]
    uniform = tf.random.uniform((1000,), minval=0, maxval=1e-1).numpy()
    assert uniform.dtype == np.float32 and 0 <= uniform.min() and uniform.max() < 0.1
    assert tf.ones((2, 3)).shape == (2, 3) and tf.keras is keras
    assert x.dtype == np.float32 and tf.Variable(np.zeros(2)).dtype == np.float64  # TensorFlow's dtypes
    assert float(tf.reduce_mean(tf.constant([1.0, 2.0, 6.0]))) == 3.0
    np.testing.assert_allclose(tf.nn.softmax(tf.constant([[0.0, 0.0]])).numpy(), [[0.5, 0.5]])
    assert tf.nn.relu(tf.constant([-1.0, 2.0])).numpy().tolist() == [0.0, 2.0]
    loss = tf.keras.losses.sparse_categorical_crossentropy(np.array([1]), tf.constant([[0.5, 0.5]]))
    assert loss.numpy() == pytest.approx([np.log(2)])


def test_from_tensorflow_keras_imports_become_from_nnlab_tf_keras():
    from nnlab.tf.keras import optimizers as tf_optimizers
    from nnlab.tf.keras.datasets import mnist

    assert tf_optimizers is optimizers and mnist is keras.datasets.mnist


def test_the_third_edition_s_keras_variable_and_ops():
    W = keras.Variable(shape=(784, 512), initializer="uniform")
    b = keras.Variable(shape=(512,), initializer="zeros")
    assert W.dtype == np.float32 and -0.05 <= W.numpy().min() and W.numpy().max() <= 0.05
    assert b.numpy().tolist() == [0.0] * 512 and W.name != b.name
    v = keras.Variable(np.array([1.0, 2.0]))
    v.assign(v - np.array([1.0, 1.0]) * 0.5)
    assert v.numpy().tolist() == [0.5, 1.5]
    with pytest.raises(ValueError, match="shape"):
        keras.Variable(initializer="zeros")
    with pytest.raises(NotInThisChapter):
        keras.Variable(shape=(2,), initializer="orthogonal")
    predictions = ops.softmax(ops.matmul(np.ones((3, 784), np.float32), W) + b)
    assert predictions.shape == (3, 512)
    matches = ops.argmax(predictions, axis=1) == np.zeros(3)
    assert f"{ops.mean(matches):.2f}" in {"0.00", "0.33", "0.67", "1.00"}


def test_sgd_apply_gradients_updates_variables_in_place():
    w = keras.Variable(np.array([1.0, 2.0]))
    array = w.value
    optimizer = optimizers.SGD(learning_rate=0.5)
    optimizer.apply_gradients(zip([ops.convert_to_tensor([2.0, -2.0])], [w]))
    assert w.value is array and w.numpy().tolist() == [0.0, 3.0]
    with pytest.warns(UserWarning, match="Gradients do not exist"):
        optimizer.apply_gradients([(None, keras.Variable([1.0])), (np.ones(2), w)])
    with pytest.raises(ValueError, match="No gradients provided"):
        optimizer.apply_gradients([(None, w)])
    with pytest.raises(ValueError, match="shape"):
        optimizer.apply_gradients([(np.ones(3), w)])


def test_calling_a_keras_model_predicts_and_inside_a_tape_gives_every_layer_s_gradient():
    model = keras.Sequential([layers.Dense(8, activation="relu"), layers.Dense(3, activation="softmax")])
    images = np.random.default_rng(0).random((5, 4), dtype=np.float32)
    predictions = model(images)
    np.testing.assert_allclose(predictions.numpy(), model.predict(images, verbose=0), rtol=1e-6)
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    labels = np.array([0, 1, 2, 1, 0])
    with tf.GradientTape() as tape:
        loss = ops.mean(ops.sparse_categorical_crossentropy(labels, model(images)))
    gradients = tape.gradient(loss, model.weights)
    engine_loss, engine_grads = model.engine.loss_and_grads(images, labels)
    assert float(loss) == pytest.approx(engine_loss, rel=1e-5)
    for got, want in zip(gradients, engine_grads):
        np.testing.assert_allclose(got.numpy(), want, rtol=1e-4, atol=1e-6)
    before = model.get_weights()[0].copy()
    optimizers.SGD(learning_rate=0.1).apply_gradients(zip(gradients, model.weights))
    np.testing.assert_allclose(model.get_weights()[0], before - 0.1 * engine_grads[0], rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("name", ["tf.linalg", "tf.nn.conv2d", "tf.random.shuffle", "keras.ops.conv",
                                  "tf.function"])
def test_what_the_chapter_does_not_use_answers_not_in_this_chapter(name):
    module = {"tf": tf, "tf.nn": tf.nn, "tf.random": tf.random, "keras.ops": ops}[name.rsplit(".", 1)[0]]
    with pytest.raises(NotInThisChapter, match="not part of this chapter's engine"):
        getattr(module, name.rsplit(".", 1)[1])


@pytest.mark.parametrize("make", [lambda: tf.zeros((10**6, 10**6)), lambda: tf.random.uniform((-1, 3)),
                                  lambda: tf.ones((2.5, 3)), lambda: ops.zeros("abc"),
                                  lambda: keras.Variable(shape=(10**5, 10**5), initializer="uniform")])
def test_impossible_or_huge_shapes_are_refused_before_anything_is_allocated(make, peak_mb):
    def attempt():
        with pytest.raises(ValueError, match="shape"):
            make()
    assert peak_mb(attempt) < 1
