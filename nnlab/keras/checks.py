"""What Keras refuses before training, refused here with Keras' kind of message (and the fix).

The engine itself is forgiving (it flattens images, accepts class indices for categorical
cross-entropy); ``nnlab.keras`` must not be, or code that works here would fail in real Keras.
"""

from __future__ import annotations

import numpy as np

from nnlab.core import losses as _core_losses


def as_data(x, argument: str) -> np.ndarray:
    """A non-empty numeric array."""
    array = np.asarray(x)
    if array.dtype == object or not (np.issubdtype(array.dtype, np.number) or array.dtype == bool):
        raise ValueError(f"Unrecognized data type: {argument} must be an array of numbers, "
                         f"got an array of {array.dtype}")
    if array.ndim == 0 or len(array) == 0:
        raise ValueError(f"Expected input data to be non-empty. Received: {argument}.shape={array.shape}")
    return array


MAX_WEIGHTS = 200_000_000  # 800 MB of float32: far beyond chapter 2, and beyond a student's laptop


def check_size(layers, input_dim: int) -> None:
    """Refuse, before any allocation, a network whose weights would not fit in memory."""
    total, width = 0, input_dim
    for layer in layers:
        total += (width + 1) * layer.units
        width = layer.units
    if total > MAX_WEIGHTS:
        raise ValueError(f"This network would have {total:,} weights ({total * 4 / 2**30:.1f} GB): too large "
                         f"for nnlab (at most {MAX_WEIGHTS:,}). Use fewer units or a smaller input.")


def check_inputs(model, x) -> np.ndarray:
    """x must be a batch of vectors of the width the first layer expects."""
    x = as_data(x, "x")
    expected = model.expected_input_dim()
    if x.ndim != 2 or (expected is not None and x.shape[1] != expected):
        layer = model.layers[0]
        want = f"to have value {expected}" if expected is not None else "to be a vector (rank 2 input)"
        message = (f'Input 0 of layer "{layer.name}" is incompatible with the layer: expected axis -1 of '
                   f"input shape {want}, but received input with shape {x.shape}")
        if x.ndim > 2:
            flat = " * ".join(map(str, x.shape[1:]))
            message += f". Flatten each sample first: x = x.reshape(({len(x)}, {flat}))"
        raise ValueError(message)
    if expected is None:
        check_size(model.layers, x.shape[1])
    return x


def check_labels(model, y, samples: int) -> np.ndarray:
    """y must have one label per sample, in the form the compiled loss expects."""
    y = as_data(y, "y")
    if len(y) != samples:
        raise ValueError(f"Data cardinality is ambiguous: x sizes: {samples}, y sizes: {len(y)}. "
                         "Make sure all arrays contain the same number of samples.")
    units = model.layers[-1].units
    output = f"output.shape=(None, {units})"
    if isinstance(model.loss, _core_losses.SparseCategoricalCrossentropy):
        if y.ndim == 2 and y.shape[1] == 1:
            y = y[:, 0]
        if y.ndim != 1:
            raise ValueError(f"Arguments `target` and `output` must have the same shape up until the last "
                             f"dimension: target.shape={y.shape}, {output}. sparse_categorical_crossentropy "
                             "takes integer labels such as 7; for one-hot labels use categorical_crossentropy")
        if not np.all(np.isfinite(y)) or np.any(y != np.round(y)) or y.min() < 0 or y.max() >= units:
            bad = y[~np.isfinite(y) | (y != np.round(y)) | (y < 0) | (y >= units)][0]
            raise ValueError(f"Received a label value of {bad} which is outside the valid range of "
                             f"[0, {units}): the last layer has {units} units, one per class")
        return y.astype(np.intp)
    if y.ndim == 1 and units == 1:
        y = y[:, None]
    if y.shape[1:] != (units,):
        name = model.loss.name
        hint = (" Turn integer labels into one-hot rows with keras.utils.to_categorical(labels), or compile "
                "with loss=\"sparse_categorical_crossentropy\"") if y.ndim == 1 else ""
        raise ValueError(f"Arguments `target` and `output` must have the same shape. Received: "
                         f"target.shape={y.shape}, {output} (loss {name}).{hint}")
    return y


def check_count(value, argument: str, minimum: int) -> int:
    """A whole-number argument such as epochs or batch_size."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{argument} must be a whole number >= {minimum}. Received: {argument}={value!r}")
    return int(value)


def check_verbose(verbose) -> int:
    if verbose == "auto":
        return 1
    if verbose not in (0, 1, 2) or isinstance(verbose, bool):
        raise ValueError(f'verbose must be "auto", 0, 1 or 2. Received: verbose={verbose!r}')
    return int(verbose)
