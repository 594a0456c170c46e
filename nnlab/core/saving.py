"""Saving and loading models: one ``.npz`` file with the weights and a JSON config.

A model file may come from a classmate, a download or a damaged disk, so reading one trusts
nothing in it. Before any weight is read, the zip directory, the config and every array's header
(``np.lib.format``) are checked against each other and against sane limits: the arrays must be
floats of exactly the shapes the layers need, and no member may inflate to more than its shape
says (a zip bomb stops at the first byte too many). Every malformed field is a ``ValueError``
naming it, so the GUI and ``nnlab evaluate`` can say what is wrong instead of crashing, and
``allow_pickle`` is never used: a model file cannot run code.
"""

from __future__ import annotations

import io
import json
import math
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np

from nnlab.atomic import atomic_write
from nnlab.core import activations, losses, optimizers
from nnlab.core.layers import Dense
from nnlab.core.model import Sequential
from nnlab.safe_read import open_regular_file

FORMAT, VERSION = "nnlab-model", 1
FLOAT_DTYPES = ("float16", "float32", "float64")
METRICS = ("accuracy",)
MAX_LAYERS = 16
MAX_UNITS = 65536
MAX_PARAMS = 64_000_000  # the Train page's largest network (3 x 4096 hidden units) has 37 million
MAX_FILE_BYTES = 1 << 30
MAX_CONFIG_BYTES = 1 << 20
_MAX_DIRECTORY_BYTES = 1 << 16  # the zip's list of members: a few dozen names
_ENCRYPTED = 0x41  # zip flag bits: encrypted, strongly encrypted


def save_model(model: Sequential, path, weights_dtype=None) -> None:
    """Write the weights and a JSON config to one ``.npz`` file, atomically.

    The file is written under a temporary name in the same folder and then renamed, so a crash
    or a full disk never leaves a half-written model where a good one was.
    ``weights_dtype="float16"`` halves the file (the bundled model is stored that way).
    Weights that are NaN or infinite (or become so in ``weights_dtype``) are refused with
    ``ValueError``, as :func:`load_model` would refuse the file.
    """
    with np.errstate(over="ignore"):
        arrays = {f"w{i}": (p if weights_dtype is None else p.astype(weights_dtype))
                  for i, p in enumerate(model._params())}
    if not all(np.isfinite(array).all() for array in arrays.values()):
        raise ValueError(f"the weights are not all finite numbers{' in ' + str(weights_dtype) if weights_dtype else ''}"
                         "; such a model could not be loaded again, so it is not saved")
    arrays["config"] = np.array(json.dumps(model.get_config()))
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    atomic_write(Path(path), buffer.getvalue())


def load_model(path) -> Sequential:
    """Read a model written by :func:`save_model`; ``ValueError`` naming the problem for anything else."""
    path = Path(path)
    try:
        with open_regular_file(path, MAX_FILE_BYTES, "model file") as stream:
            _check_directory(stream)
            with zipfile.ZipFile(stream) as archive:
                config = _read_config(archive)
                shapes = _check_config(config)
                weights = [_read_weights(archive, f"w{i}", shape) for i, shape in enumerate(shapes)]
    except (FileNotFoundError, IsADirectoryError):
        raise
    except _Damaged as error:
        raise ValueError(f"{path} is a damaged nnlab model file: {error}") from None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error,
            NotImplementedError) as error:  # zipfile's word for versions and methods it does not read
        raise ValueError(f"{path} is not an nnlab model file ({error})") from None
    except MemoryError:
        raise ValueError(f"{path} needs more memory to read than this computer has free") from None
    return _build(config, weights, path)


class _Damaged(Exception):
    """The file is an nnlab model but something in it is wrong (the message says what)."""


def _check_directory(stream) -> None:
    """Refuse a zip whose member list is larger than a model's before ``zipfile`` reads it all."""
    size = stream.seek(0, io.SEEK_END)
    tail_size = min(size, 22 + 0xFFFF)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        raise ValueError("not a zip archive")
    entries, directory_bytes = struct.unpack("<HL", tail[end + 10:end + 16])
    if end >= 20 and tail[end - 20:end - 16] == b"PK\x06\x07" or entries > 2 * MAX_LAYERS + 1 \
            or directory_bytes > _MAX_DIRECTORY_BYTES:
        raise ValueError(f"the archive lists {entries:,} members in {directory_bytes:,} bytes; a model "
                         f"has at most {2 * MAX_LAYERS + 1}")
    stream.seek(0)


def _read_config(archive: zipfile.ZipFile) -> dict:
    if "config.npy" not in archive.namelist():
        raise ValueError("no nnlab configuration inside")
    text = _read_array(archive, "config", "U", (), MAX_CONFIG_BYTES).item()
    try:
        config = json.loads(text)
    except (ValueError, RecursionError, MemoryError) as error:
        raise ValueError(f"its configuration is not JSON ({type(error).__name__})") from None
    if not isinstance(config, dict) or config.get("format") != FORMAT:
        raise ValueError("no nnlab configuration inside")
    return config


def _check_config(config: dict) -> list[tuple[int, ...]]:
    """Check every field the model is built from; return the shapes of [W1, b1, W2, b2, ...]."""
    if config.get("version", VERSION) != VERSION:
        raise _Damaged(f'"version" is {_show(config.get("version"))}; this nnlab reads version {VERSION}')
    dtype = config.get("dtype", "float32")
    if dtype not in FLOAT_DTYPES:
        raise _Damaged(f'"dtype" is {_show(dtype)}; it must be one of {", ".join(FLOAT_DTYPES)}')
    fan_in = _count(config.get("input_dim"), "input_dim")
    layers = config.get("layers")
    if not isinstance(layers, list) or not 1 <= len(layers) <= MAX_LAYERS:
        raise _Damaged(f'"layers" must be a list of 1 to {MAX_LAYERS} layers, not {_show(layers)}')
    shapes = []
    for i, layer in enumerate(layers):
        if not isinstance(layer, dict):
            raise _Damaged(f'"layers[{i}]" must be an object with "units" and "activation", not {_show(layer)}')
        units = _count(layer.get("units"), f"layers[{i}].units")
        if layer.get("activation") not in activations.NAMES:
            raise _Damaged(f'"layers[{i}].activation" is {_show(layer.get("activation"))}; it must be one of '
                           f'{", ".join(activations.NAMES)}')
        shapes += [(fan_in, units), (units,)]
        fan_in = units
    params = sum(math.prod(shape) for shape in shapes)
    if params > MAX_PARAMS:
        raise _Damaged(f"its layers have {params:,} weights, more than nnlab loads ({MAX_PARAMS:,})")
    if "optimizer" in config:
        _check_training_fields(config)
    return shapes


def _check_training_fields(config: dict) -> None:
    """The optimizer, loss and metrics of a compiled model (all optional together)."""
    optimizer = config["optimizer"]
    if not isinstance(optimizer, dict) or not isinstance(optimizer.get("name"), str):
        raise _Damaged(f'"optimizer" must be an object with a "name", not {_show(optimizer)}')
    try:
        optimizers.get(optimizer["name"], **_hyperparameters(optimizer))
    except (TypeError, ValueError) as error:
        raise _Damaged(f'"optimizer" is not usable ({error})') from None
    loss = config.get("loss")
    try:
        losses.get(loss if isinstance(loss, str) else "")
    except ValueError as error:
        raise _Damaged(f'"loss" is {_show(loss)} ({error})') from None
    metrics = config.get("metrics")
    if metrics is not None and (not isinstance(metrics, list) or any(m not in METRICS for m in metrics)):
        raise _Damaged(f'"metrics" is {_show(metrics)}; it must be a list such as ["accuracy"], or []')


def _hyperparameters(optimizer: dict) -> dict:
    """The stored hyperparameters: numbers, or true/false for a switch (SGD's ``nesterov``); the
    optimizer itself checks each against its range (and refuses a switch given as a number)."""
    hyper = {key: value for key, value in optimizer.items() if key != "name"}
    for key, value in hyper.items():
        if isinstance(value, bool):
            continue
        if not isinstance(value, (int, float)) or not abs(value) <= 1e300:  # NaN, inf, 400 digits
            raise ValueError(f"{key} is {_show(value)}, not a finite number")
    return hyper


def _count(value, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_UNITS:
        raise _Damaged(f'"{field}" is {_show(value)}; it must be a whole number from 1 to {MAX_UNITS:,}')
    return value


def _read_weights(archive: zipfile.ZipFile, name: str, shape: tuple[int, ...]) -> np.ndarray:
    array = _read_array(archive, name, "f", shape, MAX_FILE_BYTES)
    if not np.isfinite(array).all():
        raise _Damaged(f"the weights {name} hold NaN or infinite values (saved after training diverged?); "
                       "a network with them cannot compute anything")
    return array


def _read_array(archive: zipfile.ZipFile, name: str, kind: str, shape: tuple[int, ...], max_bytes: int):
    """One ``.npy`` member, its header checked (dtype kind, shape, size) before its data is read."""
    try:
        info = archive.getinfo(f"{name}.npy")
    except KeyError:
        raise _Damaged(f"the array {name} is missing") from None
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & _ENCRYPTED:
        raise _Damaged(f"the array {name} is encrypted or compressed in a way numpy never writes")
    if info.file_size > max_bytes:
        raise _Damaged(f"the array {name} inflates to {info.file_size:,} bytes, more than it may ({max_bytes:,})")
    with archive.open(info) as member:
        version = np.lib.format.read_magic(member)
        read_header = {(1, 0): np.lib.format.read_array_header_1_0,
                       (2, 0): np.lib.format.read_array_header_2_0}.get(version)
        if read_header is None:
            raise _Damaged(f"the array {name} is in .npy format {version}, which nnlab does not read")
        found_shape, fortran, dtype = read_header(member)
        if dtype.kind != kind or dtype.hasobject or (kind == "f" and dtype.itemsize not in (2, 4, 8)):
            wanted = "a float16, float32 or float64" if kind == "f" else "a text"
            raise _Damaged(f"the array {name} has dtype {dtype}; it must be {wanted} array")
        if kind == "f" and found_shape != shape:
            raise _Damaged(f"the array {name} has shape {found_shape}; the layers need {shape}")
        size = math.prod(found_shape) * dtype.itemsize
        if info.file_size != member.tell() + size:
            raise _Damaged(f"the array {name} holds {info.file_size - member.tell():,} bytes of data; its "
                           f"header announces {size:,}")
        data = member.read(size)
    if len(data) != size:
        raise _Damaged(f"the array {name} ends after {len(data):,} of its {size:,} bytes")
    return np.frombuffer(data, dtype=dtype).reshape(found_shape, order="F" if fortran else "C")


def _build(config: dict, weights: list[np.ndarray], path: Path) -> Sequential:
    model = Sequential(dtype=config.get("dtype", "float32"))
    for i, layer in enumerate(config["layers"]):
        model.add(Dense(layer["units"], activation=layer["activation"],
                        input_shape=(config["input_dim"],) if i == 0 else None))
    with np.errstate(over="ignore"):  # float64 weights beyond float32's range: refused just below
        model.set_weights(weights)
    if not all(np.isfinite(weight).all() for weight in model._params()):
        raise ValueError(f"{path} is a damaged nnlab model file: its weights are too large for "
                         f"{config.get('dtype', 'float32')} (they become infinite)")
    if "optimizer" in config:
        model.compile(optimizers.get(config["optimizer"]["name"], **_hyperparameters(config["optimizer"])),
                      config["loss"], config.get("metrics") or [])
    return model


def _show(value) -> str:
    """A field's value for an error message, never longer than a line."""
    text = json.dumps(value) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
