"""The network a run's settings describe: one builder for the window, the command line and lessons."""

from __future__ import annotations

from nnlab.core import Dense, Sequential, optimizers
from nnlab.training.config import RunConfig


def build_model(config: RunConfig, initial_weights=None) -> Sequential:
    """The network a config describes, compiled with its optimizer (weights from the seed or given)."""
    sizes = config.layer_sizes()
    layers = [Dense(units, activation=config.activation, input_shape=(sizes[0],) if i == 0 else None)
              for i, units in enumerate(sizes[1:-1])]
    layers.append(Dense(sizes[-1], activation="softmax", input_shape=None if layers else (sizes[0],)))
    model = Sequential(layers, seed=config.seed)
    model.compile(optimizer=optimizers.get(config.optimizer, **config.hyper),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    if initial_weights is not None:
        model.set_weights(initial_weights)
    return model
