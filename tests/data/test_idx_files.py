"""The IDX reader: the real MNIST files, a battery of malformed files, and write/read round trips."""

from __future__ import annotations

import gzip
import hashlib
import struct
import tracemalloc
import zlib

import numpy as np
import pytest

from nnlab.data import IdxError, read_idx, write_idx
from nnlab.data.idx import decode_idx, idx_sha256

MNIST_TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
MNIST_TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def header(code: int, *dims: int) -> bytes:
    return struct.pack(f">BBBB{len(dims)}I", 0, 0, code, len(dims), *dims)


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def refused(path, match: str) -> int:
    """Read ``path``, expecting an IdxError matching ``match``: the peak bytes allocated meanwhile
    (a lie refused from the header allocates next to nothing, whatever the machine's speed)."""
    tracemalloc.start()
    try:
        with pytest.raises(IdxError, match=match):
            read_idx(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- the real files -------------------------------------------------------------------------------

def test_reads_the_real_mnist_training_labels_and_images(mnist_dir):
    labels = read_idx(mnist_dir / "train-labels-idx1-ubyte.gz")
    assert labels.shape == (60000,) and labels.dtype == np.uint8
    assert labels[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    assert np.bincount(labels).tolist() == MNIST_TRAIN_COUNTS
    images = read_idx(mnist_dir / "train-images-idx3-ubyte.gz")
    assert images.shape == (60000, 28, 28) and images.dtype == np.uint8
    assert images.flags.writeable and images.flags.c_contiguous
    assert images.mean() == pytest.approx(33.32, abs=0.01)
    assert images[0, 5:23, 5:23].any() and not images[0, :3].any()  # the "5" sits in the middle


def test_reads_the_real_mnist_test_files(mnist_dir):
    labels = read_idx(mnist_dir / "t10k-labels-idx1-ubyte.gz")
    assert labels[:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]
    assert np.bincount(labels).tolist() == MNIST_TEST_COUNTS
    assert read_idx(mnist_dir / "t10k-images-idx3-ubyte.gz").shape == (10000, 28, 28)


def test_content_checksum_matches_the_published_uncompressed_md5(mnist_dir):
    """idx_sha256 hashes exactly the uncompressed file: its bytes give the published MD5."""
    labels = read_idx(mnist_dir / "t10k-labels-idx1-ubyte.gz")
    raw = header(0x08, 10000) + labels.tobytes()
    assert hashlib.md5(raw).hexdigest() == "27ae3e4e09519cfbb04c329615203637"
    assert idx_sha256(labels) == hashlib.sha256(raw).hexdigest()


# --- malformed files ------------------------------------------------------------------------------

GOOD = header(0x08, 3, 2) + bytes(range(6))
RANDOM = np.random.default_rng(1).integers(0, 256, 1000, dtype=np.uint8).tobytes()  # incompressible
VALID_GZ = gz(GOOD)

MALFORMED = {
    # name: (file name, content, words the message must contain)
    "empty": ("a.idx", b"", "empty"),
    "empty gz": ("a.idx.gz", b"", "empty"),
    "shorter than magic": ("a.idx", b"\0\0\x08", "too short"),
    "dims cut": ("a.idx", header(0x08, 3, 2)[:9], "ends after 9 bytes"),
    "payload cut": ("a.idx", GOOD[:-1], "truncated"),
    "wrong magic": ("a.idx", b"\x01\x02\x08\x01" + GOOD[4:], "magic"),
    "text file": ("a.idx", b"hello, this is not IDX", "magic"),
    "unknown type code": ("a.idx", header(0x0A, 6) + bytes(6), "type code 0x0A"),
    "no dimensions": ("a.idx", b"\0\0\x08\0", "0 dimensions"),
    "claims more than it holds": ("a.idx", header(0x08, 1000) + bytes(10), "has only 18 bytes"),
    "trailing bytes": ("a.idx", GOOD + b"\0\0", "2 unexpected bytes"),
    "gz name, neither gzip nor idx": ("a.idx.gz", b"PK\x03\x04 a zip file", "not a gzip file"),
    "gz: empty content": ("a.gz", gz(b""), "too short"),
    "gz: wrong magic inside": ("a.gz", gz(b"\x01\x02\x08\x01" + GOOD[4:]), "magic"),
    "gz: unknown type code": ("a.gz", gz(header(0x07, 6) + bytes(6)), "type code 0x07"),
    "gz: payload shorter than header claims": ("a.gz", gz(header(0x08, 2000) + RANDOM), "holds only 1,000"),
    "gz: trailing bytes inside": ("a.gz", gz(GOOD + b"xyz"), "unexpected bytes"),
    "gz: garbage after the stream": ("a.gz", VALID_GZ + b"garbage", "after the end of the gzip stream"),
    "gz: stream cut short": ("a.gz", gz(header(0x08, 1000) + RANDOM)[:-30], "cut short"),
    "gz: trailer cut off": ("a.gz", VALID_GZ[:-4], "cut short"),
    "gz: broken deflate data": ("a.gz", VALID_GZ[:10] + b"\xff" * 8 + VALID_GZ[18:], "broken gzip"),
    "gz: wrong crc": ("a.gz", VALID_GZ[:-8] + b"\0\0\0\0" + VALID_GZ[-4:], "broken gzip"),
    "gz: gzip header cut": ("a.gz", VALID_GZ[:5], "cut short"),
    "gz: unknown compression method": ("a.gz", VALID_GZ[:2] + b"\x07" + VALID_GZ[3:], "broken gzip"),
}


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_malformed_file_raises_idx_error_naming_file_and_problem(tmp_path, case):
    filename, content, words = MALFORMED[case]
    path = tmp_path / filename
    path.write_bytes(content)
    with pytest.raises(IdxError) as caught:
        read_idx(path)
    assert str(path) in str(caught.value)
    assert words in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gz"])
def test_header_claiming_a_terabyte_is_refused_without_allocating(tmp_path, compress):
    content = header(0x08, 1_000_000, 1_000_000) + bytes(100)
    path = tmp_path / ("lie.gz" if compress else "lie.idx")
    path.write_bytes(gz(content) if compress else content)
    assert refused(path, "1000000 x 1000000") < 1 << 20


def test_gzip_claim_beyond_what_deflate_can_hold_is_refused_before_inflating(tmp_path):
    """50 MB claimed by a file of ~100 bytes: impossible even for perfect compression."""
    path = tmp_path / "lie.gz"
    path.write_bytes(gz(header(0x08, 50_000_000) + bytes(64)))
    assert refused(path, "more than a gzip file of") < 1 << 20


def test_gzip_bomb_inflates_no_further_than_the_header_claims(tmp_path):
    """20 MB of zeros behind a header claiming 1 kB: the reader stops after 1 kB + 1 byte."""
    path = tmp_path / "bomb.gz"
    path.write_bytes(gz(header(0x08, 1000) + bytes(20_000_000)))
    assert refused(path, "unexpected bytes") < 2 << 20


def test_max_bytes_limits_what_is_accepted(tmp_path):
    path = write_idx(tmp_path / "a.idx", np.zeros(100, np.uint8))
    assert read_idx(path, max_bytes=100).shape == (100,)
    with pytest.raises(IdxError, match="more than the 99 bytes"):
        read_idx(path, max_bytes=99)


def test_missing_file_is_an_os_error_not_an_idx_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_idx(tmp_path / "nothing.gz")


# --- writing and round trips ----------------------------------------------------------------------

DTYPES = [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64]


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("suffix", [".idx", ".idx.gz"])
@pytest.mark.parametrize("shape", [(7,), (3, 4, 5), (2, 1, 3, 2)], ids=["1d", "3d", "4d"])
def test_write_read_round_trip(tmp_path, dtype, suffix, shape):
    info = np.iinfo(dtype) if np.issubdtype(dtype, np.integer) else np.finfo(dtype)
    rng = np.random.default_rng(0)
    array = rng.uniform(-100, 100, shape).astype(dtype)
    array.flat[0], array.flat[-1] = info.min, info.max
    back = read_idx(write_idx(tmp_path / f"a{suffix}", array))
    assert back.dtype == np.dtype(dtype) and back.dtype.isnative
    assert back.shape == shape
    np.testing.assert_array_equal(back, array)
    assert back.flags.writeable


def test_gz_suffix_decides_compression_when_writing(tmp_path):
    array = np.arange(10, dtype=np.uint8)
    assert write_idx(tmp_path / "a.gz", array).read_bytes()[:2] == b"\x1f\x8b"
    assert write_idx(tmp_path / "a.idx", array).read_bytes() == header(0x08, 10) + array.tobytes()


def test_multibyte_values_are_big_endian_on_disk(tmp_path):
    path = write_idx(tmp_path / "a.idx", np.array([1, -2], dtype=np.int32))
    assert path.read_bytes() == header(0x0C, 2) + b"\0\0\0\x01\xff\xff\xff\xfe"
    handmade = header(0x0D, 2) + struct.pack(">2f", 1.5, -0.25)
    assert decode_idx(handmade).tolist() == [1.5, -0.25]
    assert decode_idx(header(0x0B, 1) + b"\x01\x02").tolist() == [258]


def test_compression_is_detected_by_content_not_name(tmp_path):
    array = np.arange(12, dtype=np.int16).reshape(3, 4)
    plain_named_gz = tmp_path / "plain.gz"
    plain_named_gz.write_bytes(write_idx(tmp_path / "a.idx", array).read_bytes())
    gzip_named_plain = tmp_path / "compressed.idx"
    gzip_named_plain.write_bytes(write_idx(tmp_path / "b.gz", array).read_bytes())
    np.testing.assert_array_equal(read_idx(plain_named_gz), array)
    np.testing.assert_array_equal(read_idx(gzip_named_plain), array)


def test_writer_output_is_deterministic_and_plain_gzip(tmp_path):
    array = np.arange(50, dtype=np.float32)
    first = write_idx(tmp_path / "a.gz", array).read_bytes()
    assert write_idx(tmp_path / "b.gz", array).read_bytes() == first
    assert zlib.decompress(first, wbits=31) == header(0x0D, 50) + array.astype(">f4").tobytes()


@pytest.mark.parametrize("bad", [np.zeros(3, np.int64), np.zeros(3, np.float16), np.zeros(3, bool)],
                         ids=["int64", "float16", "bool"])
def test_writer_refuses_types_idx_cannot_store(tmp_path, bad):
    with pytest.raises(TypeError, match="IDX cannot store"):
        write_idx(tmp_path / "a.idx", bad)
    with pytest.raises(ValueError, match="1 to 255 dimensions"):
        write_idx(tmp_path / "b.idx", np.uint8(3))
