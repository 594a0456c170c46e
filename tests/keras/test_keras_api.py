"""nnlab.keras: Keras' API over the engine, and Keras' refusals with the fix in the message."""

import numpy as np
import pytest

import nnlab.keras as keras
from nnlab.core import optimizers as engine_optimizers
from nnlab.keras import layers, losses, models, optimizers, utils
from nnlab.keras.missing import NotInThisChapter


def blobs(n=240, classes=3, seed=0):
    """Three separable clouds in 4-D: learnable in a few epochs."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, classes, n)
    centres = rng.normal(0, 3, (classes, 4))
    return (centres[labels] + rng.normal(0, 0.5, (n, 4))).astype("float32"), labels


def small_model(loss="sparse_categorical_crossentropy", metrics=("accuracy",), optimizer=None):
    keras.utils.set_random_seed(1)
    optimizer = optimizer or optimizers.Adam(learning_rate=0.02)
    model = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(16, activation="relu"),
                              layers.Dense(3, activation="softmax")])
    model.compile(optimizer=optimizer, loss=loss, metrics=list(metrics))
    return model


def test_fit_returns_keras_history_and_evaluate_returns_loss_and_accuracy():
    x, y = blobs()
    model = small_model()
    history = model.fit(x, y, epochs=4, batch_size=16, validation_split=0.25, verbose=0)
    assert list(history.history) == ["accuracy", "loss", "val_accuracy", "val_loss"]
    assert history.epoch == [0, 1, 2, 3] and all(len(v) == 4 for v in history.history.values())
    assert history.history["loss"][-1] < history.history["loss"][0]
    loss, accuracy = model.evaluate(x, y, verbose=0)
    assert accuracy > 0.9 and 0 < loss < 1
    assert model.evaluate(x, y, verbose=0, return_dict=True) == {"accuracy": accuracy, "loss": loss}
    assert model.predict(x[:5], verbose=0).shape == (5, 3)


def test_without_metrics_evaluate_returns_the_loss_alone_and_history_has_no_accuracy():
    x, y = blobs()
    model = small_model(metrics=())
    assert list(model.fit(x, y, epochs=1, verbose=0).history) == ["loss"]
    assert isinstance(model.evaluate(x, y, verbose=0), float)


def test_same_seed_same_training():
    x, y = blobs()
    runs = [small_model().fit(x, y, epochs=2, verbose=0).history["loss"] for _ in range(2)]
    assert runs[0] == runs[1]


def test_one_hot_labels_with_categorical_crossentropy_and_to_categorical():
    x, y = blobs()
    model = small_model(loss="categorical_crossentropy")
    model.fit(x, utils.to_categorical(y), epochs=3, verbose=0)
    assert model.evaluate(x, utils.to_categorical(y), verbose=0)[1] > 0.9
    assert utils.to_categorical([5, 0, 4]).shape == (3, 6)
    np.testing.assert_array_equal(utils.to_categorical([[2], [0]], num_classes=3), [[0, 0, 1], [1, 0, 0]])


def test_a_keras_callback_sees_running_averages_and_can_stop_training():
    class StopAfterTwoBatches(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.batch_logs = []

        def on_train_batch_end(self, batch, logs=None):
            self.batch_logs.append(dict(logs))
            if batch == 1:
                self.model.stop_training = True

    x, y = blobs()
    callback = StopAfterTwoBatches()
    small_model().fit(x, y, epochs=5, batch_size=8, callbacks=[callback], verbose=0)
    assert len(callback.batch_logs) == 2 and list(callback.batch_logs[0]) == ["accuracy", "loss"]
    assert callback.params == {"epochs": 5, "steps": 30, "verbose": 0}


def test_optimizers_take_keras_names_and_defaults():
    adagrad = optimizers.Adagrad()
    assert isinstance(adagrad, engine_optimizers.Adagrad) and adagrad.learning_rate == 0.001
    sgd = optimizers.SGD(learning_rate=0.1, momentum=0.9, nesterov=True, name="my_sgd")
    assert (sgd.learning_rate, sgd.momentum, sgd.nesterov) == (0.1, 0.9, True)
    assert optimizers.Adam(beta_1=0.8).beta_1 == 0.8 and optimizers.RMSprop().rho == 0.9
    assert optimizers.Adadelta().learning_rate == 0.001
    x, y = blobs()
    small_model(optimizer=optimizers.SGD(learning_rate=0.05, momentum=0.9)).fit(x, y, verbose=0)


def test_summary_prints_keras_table(capsys):
    model = models.Sequential()
    model.add(layers.Dense(512, activation="relu", input_shape=(28 * 28,)))
    model.add(layers.Dense(10, activation="softmax"))
    model.summary()
    out = capsys.readouterr().out
    assert "(Dense)" in out and "(None, 512)" in out and "401,920" in out and "5,130" in out
    assert "Total params: 407,050 (1.55 MB)" in out


@pytest.mark.parametrize("name", ["Conv2D", "Dropout", "Flatten", "LSTM"])
def test_other_layers_are_not_in_this_chapter(name):
    with pytest.raises(NotInThisChapter, match=f"keras.layers.{name} is not part of this chapter's engine"):
        getattr(layers, name)


@pytest.mark.parametrize("expression, message", [
    (lambda: keras.applications, "keras.applications is not part"),
    (lambda: optimizers.Nadam, "keras.optimizers.Nadam is not part"),
    (lambda: keras.callbacks.EarlyStopping, "keras.callbacks.EarlyStopping is not part"),
    (lambda: keras.datasets.cifar10, "keras.datasets.cifar10 is not part"),
    (lambda: layers.Dense(4, activation="gelu"), "activation 'gelu' is not part"),
    (lambda: layers.Dense(4, use_bias=False), "use_bias=False"),
    (lambda: optimizers.RMSprop(centered=True), "centered=True"),
    (lambda: optimizers.Adam(amsgrad=True), "amsgrad=True"),
    (lambda: optimizers.get("nadam"), "'nadam' is not part"),
    (lambda: layers.Dense(4)(keras.Input(shape=(3,))), "functional API. is not part"),
    (lambda: keras.Model, "keras.Model is not part"),
    (lambda: losses.get("binary_crossentropy"), "'binary_crossentropy' is not part"),
    (lambda: small_model(metrics=["auc"]), "'auc' is not part"),
    (lambda: small_model().fit(*blobs(), class_weight={0: 2.0}), r"fit\(class_weight=...\) is not part"),
    (lambda: small_model().evaluate(*blobs(), steps=3), r"evaluate\(steps=...\) is not part"),
    (lambda: small_model().fit(*blobs(), sample_weight=np.ones(240)), r"fit\(sample_weight=...\) is not part"),
])
def test_keras_features_beyond_chapter_two_are_refused_clearly(expression, message):
    with pytest.raises(NotInThisChapter, match=message):
        expression()


def test_private_names_still_raise_attribute_error():
    assert not hasattr(layers, "__wrapped__")
    from nnlab.keras.datasets import mnist  # the Keras spelling works
    assert mnist.load_data


@pytest.mark.parametrize("expression, message", [
    (lambda: layers.Dense(4, activation="relux"), "Could not interpret activation function identifier: 'relux'"),
    (lambda: layers.Dense(0), "expected a positive integer. Received: units=0"),
    (lambda: layers.Dense(4, input_shape=(28, 28)), r"use input_shape=\(28 \* 28,\)"),
    (lambda: optimizers.RMSprop(lr=0.01), "Argument.s. not recognized.*learning_rate"),
    (lambda: small_model(optimizer="momentum"), "Could not interpret optimizer identifier"),
    (lambda: small_model(loss="crossentropy"), "Could not interpret loss identifier"),
    (lambda: utils.to_categorical([1, -1]), "whole-number class labels from 0 up, got -1"),
    (lambda: utils.to_categorical([1.5]), "got 1.5"),
    (lambda: utils.to_categorical([3], num_classes=2), "label 3 does not fit num_classes=2"),
    (lambda: utils.to_categorical([10**9, 1] * 1000), "too many for a one-hot matrix"),
    (lambda: utils.to_categorical(["a"]), "integer class labels"),
])
def test_bad_arguments_get_keras_messages(expression, message):
    with pytest.raises(ValueError, match=message):
        expression()


def test_wrong_input_shape_is_refused_with_the_reshape_that_fixes_it():
    model = small_model()
    images = np.zeros((8, 2, 2), "float32")
    with pytest.raises(ValueError, match=r'layer "dense.*" is incompatible.*to have value 4, but received input '
                                         r"with shape \(8, 2, 2\).*x.reshape\(\(8, 2 \* 2\)\)"):
        model.fit(images, np.zeros(8, int), verbose=0)
    with pytest.raises(ValueError, match="to have value 4, but received input with shape \\(8, 5\\)"):
        model.predict(np.zeros((8, 5)), verbose=0)


def test_labels_that_do_not_match_the_loss_are_refused():
    x, y = blobs(n=20)
    with pytest.raises(ValueError, match=r"target.shape=\(20,\), output.shape=\(None, 3\).*to_categorical"):
        small_model(loss="categorical_crossentropy").fit(x, y, verbose=0)
    with pytest.raises(ValueError, match="same shape up until the last dimension.*use categorical_crossentropy"):
        small_model().fit(x, utils.to_categorical(y), verbose=0)
    with pytest.raises(ValueError, match=r"label value of 3 which is outside the valid range of \[0, 3\)"):
        small_model().fit(x, np.full(20, 3), verbose=0)
    with pytest.raises(ValueError, match="Data cardinality is ambiguous: x sizes: 20, y sizes: 19"):
        small_model().fit(x, y[:19], verbose=0)
    with pytest.raises(ValueError, match="label value of nan"):
        small_model().fit(x, np.full(20, np.nan), verbose=0)


@pytest.mark.parametrize("kwargs, message", [
    ({"epochs": -1}, "epochs must be a whole number >= 0"),
    ({"batch_size": 0}, "batch_size must be a whole number >= 1"),
    ({"epochs": 1.5}, "epochs must be a whole number"),
    ({"verbose": 3}, "verbose must be"),
    ({"validation_split": 1.0}, "validation_split must be between 0 and 1"),
    ({"validation_split": "0.1"}, "validation_split must be between 0 and 1"),
    ({"validation_data": (np.zeros((2, 4)),)}, "validation_data must be a tuple"),
    ({"callbacks": ["not a callback"]}, "callbacks must be"),
])
def test_bad_fit_arguments_are_refused(kwargs, message):
    x, y = blobs(n=20)
    with pytest.raises((ValueError, TypeError), match=message):
        small_model().fit(x, y, **kwargs)


def test_a_network_too_large_for_memory_is_refused_before_allocating():
    with pytest.raises(ValueError, match="would have 785,000,000,000 weights"):
        keras.Sequential([layers.Dense(10**9, input_shape=(784,))])
    model = keras.Sequential([layers.Dense(10**6), layers.Dense(10**6)])  # no input shape: built from data
    model.compile(loss="mse")
    with pytest.raises(ValueError, match="too large for nnlab"):
        model.predict(np.zeros((1, 4)))


def test_nan_inputs_end_training_with_the_engines_divergence_message():
    x, y = blobs(n=20)
    x[3] = np.nan
    with pytest.warns(RuntimeWarning, match="nan") as warned:
        history = small_model().fit(x, y, epochs=2, verbose=0)
    assert history.history == {} and warned[0].filename == __file__


def test_keras_arguments_at_their_off_values_are_accepted_and_unknown_ones_refused():
    x, y = blobs(n=20)
    model = small_model()
    model.fit(x, y, verbose=0, class_weight=None, initial_epoch=0)
    with pytest.raises(TypeError, match="fit.. got an unexpected keyword argument 'epoch'"):
        model.fit(x, y, epoch=3)


def test_training_before_compile_and_adding_a_non_layer_are_refused():
    model = keras.Sequential([layers.Dense(3, input_shape=(4,))])
    with pytest.raises(RuntimeError, match="You must call `compile\\(\\)`"):
        model.fit(np.zeros((2, 4)), np.zeros(2, int))
    with pytest.raises(TypeError, match="Only instances of `keras.Layer`"):
        model.add("Dense")
    with pytest.raises(ValueError, match="Expected input data to be non-empty"):
        small_model().fit(np.zeros((0, 4)), np.zeros(0, int), verbose=0)


def test_both_import_spellings_give_the_same_module():
    from nnlab import keras as spelled_from

    assert spelled_from is keras and keras.Sequential is models.Sequential and keras.Input is layers.Input


def test_mnist_loads_as_keras_gives_it(mnist_dir):
    (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data(path=str(mnist_dir))
    assert (x_train.shape, y_train.shape, x_test.shape, y_test.shape) == \
           ((60000, 28, 28), (60000,), (10000, 28, 28), (10000,))
    assert x_train.dtype == y_train.dtype == np.uint8 and list(y_train[:3]) == [5, 0, 4]
