"""load_dataset from files on disk: where it looks, what it accepts, what it says when it cannot."""

from __future__ import annotations

import gzip
import hashlib
import os
import struct
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from nnlab.data import (
    CorruptFileError,
    DatasetError,
    DatasetMissingError,
    cache_dir,
    download_dir,
    is_available,
    load_dataset,
    search_dirs,
    write_idx,
)
from nnlab.data.datasets import FASHION_MNIST

NAMES = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
         "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")


def link_files(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        (folder / name).symlink_to(source / name)
    return folder


def place(folder: Path, blobs: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, blob in blobs.items():
        (folder / name).write_bytes(blob)
    return folder


def assert_equal_sets(loaded, arrays):
    (x_train, y_train), (x_test, y_test) = loaded
    for got, expected in zip((x_train, y_train, x_test, y_test), arrays):
        np.testing.assert_array_equal(got, expected)


def test_mnist_from_data_dir_is_what_keras_returns(mnist_dir):
    (x_train, y_train), (x_test, y_test) = load_dataset("mnist", data_dir=mnist_dir, download=False)
    assert x_train.shape == (60000, 28, 28) and y_train.shape == (60000,)
    assert x_test.shape == (10000, 28, 28) and y_test.shape == (10000,)
    assert {a.dtype for a in (x_train, y_train, x_test, y_test)} == {np.dtype(np.uint8)}
    assert y_train[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    assert np.bincount(y_test).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    assert x_train.max() == 255 and x_train.min() == 0


def test_mnist_found_through_env_var_subfolder(mnist_dir, tmp_path, monkeypatch):
    link_files(mnist_dir, tmp_path / "data" / "mnist")
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "data"))
    assert is_available("mnist")
    (_, y_train), _ = load_dataset("mnist", download=False)
    assert y_train[:3].tolist() == [5, 0, 4]


def test_search_order_data_dir_then_env_then_cache_then_system(tmp_path, monkeypatch):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "env"))
    dirs = search_dirs("fashion_mnist", tmp_path / "mine")
    assert dirs == [tmp_path / "mine", tmp_path / "mine" / "fashion-mnist", tmp_path / "env" / "fashion-mnist",
                    tmp_path / "env", cache_dir() / "fashion-mnist", Path("/usr/share/datasets/fashion-mnist")]
    assert download_dir("fashion_mnist", tmp_path / "mine") == tmp_path / "mine" / "fashion-mnist"
    monkeypatch.delenv("NNLAB_DATA_DIR")
    assert download_dir("mnist") == cache_dir() / "mnist"


def test_first_folder_wins_so_a_bad_copy_later_is_never_read(tiny, tmp_path, monkeypatch):
    spec, blobs, arrays = tiny
    place(tmp_path / "mine", blobs)
    place(tmp_path / "env" / "tiny", {name: b"garbage" for name in blobs})
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "env"))
    assert_equal_sets(load_dataset("tiny", data_dir=tmp_path / "mine", download=False), arrays)
    with pytest.raises(CorruptFileError):
        load_dataset("tiny", download=False)


@pytest.mark.parametrize("platform, env, expected", [
    ("linux", {"XDG_CACHE_HOME": "/x/cache"}, "/x/cache/nnlab"),
    ("linux", {"XDG_CACHE_HOME": "", "HOME": "/home/ann"}, "/home/ann/.cache/nnlab"),
    ("darwin", {"HOME": "/Users/ann"}, "/Users/ann/Library/Caches/nnlab"),
    ("win32", {"LOCALAPPDATA": "/c/Users/ann/AppData/Local"}, "/c/Users/ann/AppData/Local/nnlab"),
])
def test_cache_dir_follows_the_platform_convention(monkeypatch, platform, env, expected):
    monkeypatch.setattr(sys, "platform", platform)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert cache_dir() == Path(expected)


def test_missing_files_without_download_say_exactly_what_to_put_where(tiny, tmp_path):
    spec, blobs, _ = tiny
    place(cache_dir() / "tiny", {NAMES[1]: blobs[NAMES[1]]})
    assert not is_available("tiny")
    with pytest.raises(DatasetMissingError) as caught:
        load_dataset("tiny", download=False)
    message = str(caught.value)
    assert caught.value.folder == cache_dir() / "tiny"
    assert caught.value.files == [NAMES[0], NAMES[2], NAMES[3]]
    assert f"Put these files into the folder {cache_dir() / 'tiny'}" in message
    for file in spec.files:
        assert (file.name in message) == (file.name != NAMES[1])
    assert spec.files[0].sha256 in message and "NNLAB_DATA_DIR" in message
    assert isinstance(caught.value, DatasetError)


def test_uncompressed_and_recompressed_copies_are_recognised_by_content(tiny, tmp_path):
    spec, blobs, arrays = tiny
    folder = tmp_path / "copies"
    folder.mkdir()
    for name, array in zip(NAMES[:2], arrays[:2]):
        write_idx(folder / name.removesuffix(".gz"), array)
    for name, blob in list(blobs.items())[2:]:
        (folder / name).write_bytes(gzip.compress(gzip.decompress(blob), compresslevel=9, mtime=123))
        assert (folder / name).read_bytes() != blob
    assert_equal_sets(load_dataset("tiny", data_dir=folder, download=False), arrays)


def test_file_with_wrong_content_is_reported_as_corrupt(tiny, tmp_path):
    spec, blobs, arrays = tiny
    folder = place(cache_dir() / "tiny", blobs)
    wrong = arrays[1].copy()
    wrong[0] ^= 1
    write_idx(folder / NAMES[1], wrong)
    with pytest.raises(CorruptFileError) as caught:
        load_dataset("tiny", download=False)
    assert caught.value.path == folder / NAMES[1]
    assert f"{folder / NAMES[1]} is not the Tiny file {NAMES[1]}" in str(caught.value)
    assert "Delete it" in str(caught.value)


def test_truncated_cached_file_is_reported_as_corrupt_with_the_reason(tiny):
    spec, blobs, _ = tiny
    folder = place(cache_dir() / "tiny", blobs)
    (folder / NAMES[0]).write_bytes(blobs[NAMES[0]][:-100])
    with pytest.raises(CorruptFileError, match="cut short") as caught:
        load_dataset("tiny", download=False)
    assert str(folder / NAMES[0]) in str(caught.value)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="known: mnist, fashion_mnist"):
        load_dataset("cifar10", download=False)


@pytest.mark.skipif(not all((Path("/usr/share/datasets/fashion-mnist") / n).is_file() for n in NAMES),
                    reason="Debian's dataset-fashion-mnist package is not installed")
def test_fashion_mnist_from_debians_package():
    """Debian recompressed the files, so they are accepted by their content checksum."""
    assert FASHION_MNIST.system_dirs[0] in search_dirs("fashion_mnist")
    (x_train, y_train), (x_test, y_test) = load_dataset("fashion_mnist", download=False)
    assert x_train.shape == (60000, 28, 28) and x_test.shape == (10000, 28, 28)
    assert y_train[:10].tolist() == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5]
    assert np.bincount(y_train).tolist() == [6000] * 10 and np.bincount(y_test).tolist() == [1000] * 10


def test_cache_folder_is_isolated_by_the_test_setup():
    """Guard for every test here: downloads and corrupt files land in a temporary cache only."""
    assert str(cache_dir()).startswith(os.environ["XDG_CACHE_HOME"]) and "pytest" in str(cache_dir())


# -- another data set's files under the same names are never called damaged ---------------------

def test_another_data_sets_files_are_skipped_and_the_search_goes_on(tiny, other, tmp_path, monkeypatch):
    spec, blobs, arrays = tiny
    _, other_blobs, other_arrays = other
    place(tmp_path / "shared", other_blobs)  # NNLAB_DATA_DIR holds the other set under the same names
    write_idx(tmp_path / "shared" / NAMES[1].removesuffix(".gz"), other_arrays[1])  # and an uncompressed copy
    recompressed = gzip.compress(gzip.decompress(other_blobs[NAMES[2]]), compresslevel=1, mtime=5)
    place(tmp_path / "shared" / "tiny", {NAMES[2]: recompressed})
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "shared"))
    assert not is_available("tiny")
    with pytest.raises(DatasetMissingError) as caught:  # missing, not corrupt: nothing offered for deletion
        load_dataset("tiny", download=False)
    assert caught.value.files == list(NAMES)
    place(cache_dir() / "tiny", blobs)
    assert is_available("tiny")
    assert_equal_sets(load_dataset("tiny", download=False), arrays)
    assert_equal_sets(load_dataset("other", download=False), other_arrays)
    assert sorted(p.name for p in (tmp_path / "shared").iterdir()) == sorted([*NAMES, "tiny",
                                                                              NAMES[1].removesuffix(".gz")])


def test_real_mnist_beside_fashion_is_not_called_damaged(mnist_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(mnist_dir))
    with pytest.raises(DatasetMissingError) as caught:
        load_dataset("fashion_mnist", download=False)
    assert len(caught.value.files) == 4 and caught.value.folder == cache_dir() / "fashion-mnist"


def test_downloads_go_to_a_folder_of_the_data_sets_own(tiny, tmp_path):
    spec, blobs, arrays = tiny

    def fetch(url, dest, sha256=None, size=None, progress=None):
        Path(dest).parent.mkdir(parents=True, exist_ok=True)
        Path(dest).write_bytes(blobs[Path(dest).name])
        return Path(dest)

    place(tmp_path / "mine", {name: b"mnist's, say" for name in NAMES[:1]})
    (tmp_path / "mine" / NAMES[0]).unlink()
    assert_equal_sets(load_dataset("tiny", data_dir=tmp_path / "mine", fetch=fetch), arrays)
    assert sorted(p.name for p in (tmp_path / "mine" / "tiny").iterdir()) == sorted(NAMES)
    assert_equal_sets(load_dataset("tiny", fetch=fetch), arrays)
    assert sorted(p.name for p in (cache_dir() / "tiny").iterdir()) == sorted(NAMES)


def test_only_files_in_nnlabs_own_folder_are_offered_for_deletion(tiny, tmp_path, monkeypatch):
    spec, blobs, arrays = tiny
    wrong = arrays[1].copy()
    wrong[0] ^= 1
    place(tmp_path / "shared" / "tiny", blobs)
    write_idx(tmp_path / "shared" / "tiny" / NAMES[1], wrong)
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "shared"))
    with pytest.raises(CorruptFileError) as caught:
        load_dataset("tiny", download=False)
    assert caught.value.path is None and caught.value.file == tmp_path / "shared" / "tiny" / NAMES[1]
    assert "Delete it" not in str(caught.value) and "Replace it" in str(caught.value)
    monkeypatch.delenv("NNLAB_DATA_DIR")
    place(cache_dir() / "tiny", blobs)
    write_idx(cache_dir() / "tiny" / NAMES[1], wrong)
    with pytest.raises(CorruptFileError) as caught:
        load_dataset("tiny", download=False)
    assert caught.value.path == cache_dir() / "tiny" / NAMES[1]


def test_the_message_says_which_sum_is_expected_and_which_is_the_files(tiny):
    spec, blobs, arrays = tiny
    folder = place(cache_dir() / "tiny", blobs)
    wrong = arrays[3].copy()
    wrong[0] ^= 1
    actual = hashlib.sha256(write_idx(folder / NAMES[3], wrong).read_bytes()).hexdigest()
    with pytest.raises(CorruptFileError) as caught:
        load_dataset("tiny", download=False)
    assert f"its SHA-256 is {actual}, the canonical file's is {spec.files[3].sha256}" in str(caught.value)


# -- sizes are checked before anything is read or inflated --------------------------------------

def test_a_gzip_bomb_named_like_a_data_file_is_refused_without_inflating_it(tiny, peak_mb):
    spec, blobs, _ = tiny
    folder = place(cache_dir() / "tiny", blobs)
    header = struct.pack(">BBBBIII", 0, 0, 8, 3, 200_000, 28, 28)  # 157 MB of images where 24 belong
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    data = bomb.compress(header) + b"".join(bomb.compress(bytes(1 << 20)) for _ in range(20)) + bomb.flush()
    assert len(data) < spec.files[0].max_copy_size  # small enough to be read: the header is the lie
    (folder / NAMES[0]).write_bytes(data)

    def load():
        with pytest.raises(CorruptFileError, match="more than the"):
            load_dataset("tiny", download=False)
    assert peak_mb(load) < 20


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_huge_sparse_file_a_fifo_or_a_device_named_like_a_data_file_is_never_read(tiny, peak_mb):
    spec, blobs, _ = tiny
    folder = place(cache_dir() / "tiny", blobs)
    with open(folder / NAMES[0], "wb") as sparse:
        sparse.truncate(3 << 30)

    def load():
        with pytest.raises(CorruptFileError, match="more than a Tiny file can have"):
            load_dataset("tiny", download=False)
    assert peak_mb(load) < 20
    (folder / NAMES[0]).unlink()
    os.mkfifo(folder / NAMES[0])
    (folder / NAMES[1]).unlink()
    (folder / NAMES[1]).symlink_to("/dev/zero")
    with pytest.raises(DatasetMissingError) as caught:  # not ordinary files: as good as missing, never opened
        load_dataset("tiny", download=False)
    assert caught.value.files == list(NAMES[:2])


def test_a_data_folder_that_cannot_be_one_is_refused_never_replaced(tiny, tmp_path, monkeypatch):
    import os

    from nnlab.data import DataFolderError
    spec, blobs, arrays = tiny
    place(cache_dir() / "tiny", blobs)  # the usual place holds a good copy: it must not be used instead
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    file = tmp_path / "file"
    file.write_text("x")
    for folder, expected in ((fifo, "is not a folder"), (file, "is not a folder"), ("/dev/null", "is not a folder"),
                             ("", "empty name"), (" ", "empty name")):
        with pytest.raises(DataFolderError, match=expected):
            load_dataset("tiny", data_dir=folder, download=False)
