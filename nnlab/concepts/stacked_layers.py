"""Two and three layers, as the slides write them: h = f(W1 x + b1), s = W2 h + b2, and
h1 = f(W1 x + b1), h2 = f(W2 h1 + b2), s = W3 h2 + b3.

The slides write W x (one column x, W of shape outputs × inputs); Keras and nnlab store the
transpose, inputs × outputs, and compute x · W for a row x. Both give the same numbers: this
module hands the view every matrix in the slide's orientation, with its real shape.

The two-layer network is the bundled pretrained lecture network (784 → 512 → 10). The three-layer
one (784 → 256 → 128 → 10) is trained here, quickly, on part of MNIST's training set; without
MNIST it stays untrained, and the view says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab.blas import ThreadTuner
from nnlab.core import Dense, Sequential
from nnlab.training.metrics import to_inputs

QUICK_IMAGES = 12_000  # training images for the three-layer net: about a second on a quiet laptop
QUICK_EPOCHS = 2


@dataclass
class Stage:
    """One layer as the slide writes it: ``output = f(W · input + b)``."""

    weights: np.ndarray    # (outputs, inputs): the slide's W
    bias: np.ndarray       # (outputs,)
    input: np.ndarray      # the vector the layer reads
    output: np.ndarray     # the vector it produces
    activation: str

    @property
    def parameters(self) -> int:
        return self.weights.size + self.bias.size


def three_layer_network(seed: int = 0) -> Sequential:
    """784 → 256 relu → 128 relu → 10 softmax, compiled as the lecture compiles its network."""
    model = Sequential([Dense(256, activation="relu", input_shape=(784,)), Dense(128, activation="relu"),
                        Dense(10, activation="softmax")], seed=seed)
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def quick_train(model: Sequential, train, test, images: int = QUICK_IMAGES, epochs: int = QUICK_EPOCHS,
                seed: int = 0) -> float:
    """Train ``model`` on ``images`` random training images for ``epochs`` and return its accuracy
    on the test set: enough for the three-layer net to read digits, quick enough to wait for."""
    (x_train, y_train), (x_test, y_test) = train, test
    chosen = np.random.default_rng(seed).choice(len(x_train), size=min(images, len(x_train)), replace=False)
    # One BLAS thread: the window stays smooth on a two-core laptop while this trains beside it
    # (fit's own tuner would try every core, and the GUI thread would wait for one).
    model.fit(to_inputs(x_train[chosen]), y_train[chosen], epochs=epochs, batch_size=128, verbose=0,
              callbacks=[ThreadTuner(candidates=(1,))])
    _, accuracy = model.evaluate(to_inputs(x_test), y_test)
    return float(accuracy)


def stages(model: Sequential, image: np.ndarray) -> list[Stage]:
    """Every layer of ``model`` for one 28×28 image: its matrix (slide orientation), bias, input and output."""
    vector = to_inputs(np.asarray(image)[np.newaxis])
    outputs = [np.asarray(out)[0] for out in model.layer_outputs(vector)]
    inputs = [vector[0], *outputs[:-1]]
    return [Stage(np.asarray(layer.W).T, np.asarray(layer.b), x, out, layer.activation)
            for layer, x, out in zip(model.layers, inputs, outputs)]
