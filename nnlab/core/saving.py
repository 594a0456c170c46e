"""Saving and loading models: one ``.npz`` file with the weights and a JSON config."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

from nnlab.atomic import atomic_write
from nnlab.core import optimizers
from nnlab.core.layers import Dense
from nnlab.core.model import Sequential


def save_model(model: Sequential, path, weights_dtype=None) -> None:
    """Write the weights and a JSON config to one ``.npz`` file, atomically.

    The file is written under a temporary name in the same folder and then renamed, so a crash
    or a full disk never leaves a half-written model where a good one was.
    ``weights_dtype="float16"`` halves the file (the bundled model is stored that way).
    """
    path = Path(path)
    arrays = {f"w{i}": (p if weights_dtype is None else p.astype(weights_dtype))
              for i, p in enumerate(model._params())}
    arrays["config"] = np.array(json.dumps(model.get_config()))
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    atomic_write(path, buffer.getvalue())


def load_model(path) -> Sequential:
    """Read a model written by ``Sequential.save`` (``allow_pickle=False``: a model file cannot run code)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            config = json.loads(str(data["config"]))
            weights = [data[f"w{i}"] for i in range(2 * len(config["layers"]))]
    except FileNotFoundError:
        raise
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile) as error:
        raise ValueError(f"{path} is not an nnlab model file ({error})") from error
    if config.get("format") != "nnlab-model":
        raise ValueError(f"{path} is not an nnlab model file (no nnlab configuration inside)")
    try:
        model = Sequential(dtype=config.get("dtype", "float32"))
        for i, layer in enumerate(config["layers"]):
            model.add(Dense(layer["units"], activation=layer["activation"],
                            input_shape=(config["input_dim"],) if i == 0 else None))
        model.set_weights(weights)
        if "optimizer" in config:
            hyper = {k: v for k, v in config["optimizer"].items() if k != "name"}
            model.compile(optimizers.get(config["optimizer"]["name"], **hyper), config["loss"],
                          config.get("metrics"))
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path} is a damaged nnlab model file ({error})") from error
    return model
