"""Model files from outside: every malformed one is a ValueError naming its problem, found before
anything large is allocated (hostile files are built in tmp_path)."""

import io
import json
import os
import zipfile

import numpy as np
import pytest

from nnlab.core import Dense, Sequential, load_model, optimizers

MB = 1 << 20


def small_model(compiled=True) -> Sequential:
    model = Sequential([Dense(8, activation="relu", input_shape=(4,)), Dense(3, activation="softmax")], seed=0)
    if compiled:
        model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def npy_bytes(array=None, header=None, extra=b"") -> bytes:
    """A .npy member: a real array, or a bare header (``{"descr", "fortran_order", "shape"}``) that may lie."""
    buffer = io.BytesIO()
    if header is None:
        np.save(buffer, array, allow_pickle=False)
    else:
        np.lib.format.write_array_header_1_0(buffer, header)
    return buffer.getvalue() + extra


def write_zip(path, members: dict) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def write_model(path, config: dict, weights) -> None:
    members = {f"w{i}.npy": npy_bytes(w) for i, w in enumerate(weights)}
    members["config.npy"] = npy_bytes(np.array(json.dumps(config)))
    write_zip(path, members)


def changed(**fields) -> dict:
    model = small_model()
    return {**model.get_config(), **fields}, model.get_weights()


def test_a_saved_model_loads_back(tmp_path):
    model = small_model()
    model.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    x = np.random.default_rng(0).random((5, 4))
    np.testing.assert_array_equal(loaded.predict(x), model.predict(x))
    assert loaded.metrics == ["accuracy"] and loaded.optimizer.name == "adam"


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_every_optimizer_survives_the_file(tmp_path, name):
    """SGD, momentum and Nesterov store ``nesterov`` as true/false: once refused as "not a finite number"."""
    model = Sequential([Dense(8, activation="relu", input_shape=(4,)), Dense(3, activation="softmax")], seed=0)
    model.compile(name, "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(np.random.default_rng(0).random((8, 4)), np.arange(8) % 3, epochs=1, batch_size=4, verbose=0)
    model.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.optimizer.get_config() == model.optimizer.get_config()
    np.testing.assert_array_equal(loaded.get_weights()[0], model.get_weights()[0])


@pytest.mark.parametrize("hyper, named", [({"nesterov": 1}, "nesterov"), ({"momentum": True}, "momentum"),
                                          ({"learning_rate": 10 ** 400}, "learning_rate")])
def test_a_switch_or_a_number_of_the_wrong_kind_is_refused(tmp_path, hyper, named):
    config, weights = changed(optimizer={"name": "sgd", "learning_rate": 0.01, "momentum": 0.0, "nesterov": False,
                                         **hyper})
    write_model(tmp_path / "m.npz", config, weights)
    with pytest.raises(ValueError, match=f'"optimizer" is not usable .*{named}'):
        load_model(tmp_path / "m.npz")


def test_a_config_declaring_300000_units_is_refused_before_allocating(tmp_path, peak_mb):
    config, weights = changed()
    config["layers"][0]["units"] = 300_000
    write_model(tmp_path / "big.npz", config, weights)
    with pytest.raises(ValueError, match=r"layers\[0\]\.units"):
        load_model(tmp_path / "big.npz")
    config["layers"][0]["units"] = 60_000
    config["input_dim"] = 60_000
    write_model(tmp_path / "wide.npz", config, weights)

    def load():
        with pytest.raises(ValueError, match="more than nnlab loads"):
            load_model(tmp_path / "wide.npz")
    assert peak_mb(load) < 20


def test_an_npy_header_that_lies_about_its_shape_is_refused_before_reading(tmp_path):
    config, weights = changed()
    path = tmp_path / "liar.npz"
    members = {f"w{i}.npy": npy_bytes(w) for i, w in enumerate(weights)}
    members["w0.npy"] = npy_bytes(header={"descr": "<f4", "fortran_order": False, "shape": (784, 10**12)})
    members["config.npy"] = npy_bytes(np.array(json.dumps(config)))
    write_zip(path, members)
    assert path.stat().st_size < 4096
    with pytest.raises(ValueError, match=r"w0 has shape \(784, 1000000000000\)"):
        load_model(path)


def test_a_zip_bomb_stops_at_the_expected_size(tmp_path, peak_mb):
    config, weights = changed()
    path = tmp_path / "bomb.npz"
    members = {f"w{i}.npy": npy_bytes(w) for i, w in enumerate(weights)}
    members["w0.npy"] = npy_bytes(weights[0], extra=bytes(300 * MB))  # right header, 300 MB of zeros behind it
    members["config.npy"] = npy_bytes(np.array(json.dumps(config)))
    write_zip(path, members)
    assert path.stat().st_size < 2 * MB

    def load():
        with pytest.raises(ValueError, match="w0 holds .* bytes of data; its header announces 128"):
            load_model(path)
    assert peak_mb(load) < 20


def test_a_zip_listing_thousands_of_members_is_refused(tmp_path):
    config, weights = changed()
    members = {f"w{i}.npy": npy_bytes(w) for i, w in enumerate(weights)}
    members.update({f"junk{i}": b"" for i in range(5000)})
    members["config.npy"] = npy_bytes(np.array(json.dumps(config)))
    write_zip(tmp_path / "many.npz", members)
    with pytest.raises(ValueError, match="lists 5,005 members"):
        load_model(tmp_path / "many.npz")


@pytest.mark.parametrize("dtype", ["object", "U10", "bool", "complex128", "int32", None, ["float32"]])
def test_only_float_dtypes_are_accepted_in_the_config(tmp_path, dtype):
    config, weights = changed(dtype=dtype)
    write_model(tmp_path / "m.npz", config, weights)
    with pytest.raises(ValueError, match='"dtype" is'):
        load_model(tmp_path / "m.npz")


@pytest.mark.parametrize("dtype", [bool, np.complex128, np.int64, "U3"])
def test_only_float_weight_arrays_are_accepted(tmp_path, dtype):
    config, weights = changed()
    weights[2] = np.zeros(weights[2].shape, dtype=dtype)
    write_model(tmp_path / "m.npz", config, weights)
    with pytest.raises(ValueError, match="the array w2 has dtype"):
        load_model(tmp_path / "m.npz")


def test_an_object_weight_array_is_refused_without_unpickling(tmp_path):
    config, weights = changed()
    members = {f"w{i}.npy": npy_bytes(w) for i, w in enumerate(weights)}
    members["w1.npy"] = npy_bytes(header={"descr": "|O", "fortran_order": False, "shape": (8,)}, extra=b"cos\nsystem\n")
    members["config.npy"] = npy_bytes(np.array(json.dumps(config)))
    write_zip(tmp_path / "m.npz", members)
    with pytest.raises(ValueError, match="the array w1 has dtype object"):
        load_model(tmp_path / "m.npz")


@pytest.mark.parametrize("fields, named", [
    ({"optimizer": [1, 2]}, '"optimizer"'),
    ({"optimizer": {"name": "adam", "learning_rate": "fast"}}, '"optimizer"'),
    ({"optimizer": {"name": "teleport"}}, '"optimizer"'),
    ({"loss": ["mse"]}, '"loss"'),
    ({"metrics": "accuracy"}, '"metrics"'),
    ({"metrics": [{"a": 1}]}, '"metrics"'),
    ({"input_dim": True}, '"input_dim"'),
    ({"input_dim": -4}, '"input_dim"'),
    ({"layers": {"units": 3}}, '"layers"'),
    ({"layers": [[8, "relu"], [3, "softmax"]]}, r'"layers\[0\]"'),
    ({"layers": [{"units": 8, "activation": "relu"}, {"units": 3.5, "activation": "softmax"}]},
     r'"layers\[1\]\.units"'),
    ({"layers": [{"units": 8, "activation": "relu"}, {"units": 3, "activation": ["x"]}]}, r'"layers\[1\]\.activation"'),
    ({"version": 99}, '"version"'),
])
def test_every_malformed_field_is_named(tmp_path, fields, named):
    config, weights = changed(**fields)
    write_model(tmp_path / "m.npz", config, weights)
    with pytest.raises(ValueError, match=named):
        load_model(tmp_path / "m.npz")


def test_a_deeply_nested_config_is_a_clear_error(tmp_path):
    members = {"config.npy": npy_bytes(np.array("[" * 100_000 + "]" * 100_000))}
    write_zip(tmp_path / "deep.npz", members)
    with pytest.raises(ValueError, match="not JSON"):
        load_model(tmp_path / "deep.npz")


@pytest.mark.parametrize("metrics", ["missing", [], None])
def test_a_model_saved_without_metrics_still_evaluates(tmp_path, metrics):
    config, weights = changed(metrics=metrics)
    if metrics == "missing":
        del config["metrics"]
    write_model(tmp_path / "m.npz", config, weights)
    model = load_model(tmp_path / "m.npz")
    assert model.metrics == []
    x, y = np.random.default_rng(1).random((6, 4)), np.arange(6) % 3
    assert np.isfinite(model.evaluate(x, y))


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_infinite_weights_are_refused(tmp_path, bad):
    config, weights = changed()
    weights[2][1, 1] = bad
    write_model(tmp_path / "m.npz", config, weights)
    with pytest.raises(ValueError, match="NaN or infinite"):
        load_model(tmp_path / "m.npz")


def test_weights_too_large_for_the_models_dtype_are_refused(tmp_path):
    config, weights = changed()
    weights[0] = weights[0].astype(np.float64)
    weights[0][0, 0] = 1e300
    write_model(tmp_path / "m.npz", config, weights)
    with pytest.raises(ValueError, match="too large for float32"):
        load_model(tmp_path / "m.npz")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_a_device_is_refused_without_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.npz")
    with pytest.raises(ValueError, match="not a regular file"):
        load_model(tmp_path / "pipe.npz")
    (tmp_path / "zero.npz").symlink_to("/dev/zero")
    with pytest.raises(ValueError, match="not a regular file"):
        load_model(tmp_path / "zero.npz")


def test_a_missing_file_is_still_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_model(tmp_path / "nothing.npz")


def test_weights_that_would_not_load_again_are_not_saved(tmp_path):
    model = small_model()
    model.layers[0].W[0, 0] = 1e6  # beyond float16's range
    model.save(tmp_path / "fine.npz")
    with pytest.raises(ValueError, match="not all finite numbers in float16"):
        model.save(tmp_path / "half.npz", weights_dtype="float16")
    model.layers[0].W[0, 0] = np.nan
    with pytest.raises(ValueError, match="not all finite"):
        model.save(tmp_path / "nan.npz")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fine.npz"]
