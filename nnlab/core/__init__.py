"""The engine: a pure-NumPy neural network with the lecture's Keras API. Never imports Qt.

    from nnlab.core import Sequential, Dense
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)),
                        Dense(10, activation="softmax")])
    model.compile(optimizer="rmsprop", loss="categorical_crossentropy", metrics=["accuracy"])
    model.fit(train_images, train_labels, epochs=5, batch_size=128)
"""

from nnlab.core import activations, estimate, losses, optimizers
from nnlab.core.callbacks import Callback, History, RunStatus
from nnlab.core.divergence import DivergenceGuard
from nnlab.core.layers import Dense
from nnlab.core.model import Sequential
from nnlab.core.saving import load_model

__all__ = ["Sequential", "Dense", "load_model", "Callback", "History", "RunStatus", "DivergenceGuard",
           "activations", "estimate", "losses", "optimizers"]
