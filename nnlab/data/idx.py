"""Reading and writing IDX files, the format MNIST and Fashion-MNIST ship in.

An IDX file is a 4-byte magic number ``00 00 TT NN`` (TT: element type, NN: number of dimensions),
NN big-endian uint32 sizes, then the elements in C order, big-endian. The canonical files are
gzip-compressed. Files come from the network and from users' folders, so every malformed file
must fail with a message a student can act on, and a header that lies about its size must never
make us allocate what it claims: sizes are checked against the bytes that really exist (for gzip,
against what really decompresses, decompressed with a bound).
"""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from pathlib import Path

import numpy as np

from nnlab.atomic import atomic_write

# Element type code -> big-endian NumPy dtype, as defined by the IDX format.
TYPE_CODES = {
    0x08: np.dtype("u1"),
    0x09: np.dtype("i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
_CODE_OF_KIND = {(dtype.kind, dtype.itemsize): code for code, dtype in TYPE_CODES.items()}

GZIP_MAGIC = b"\x1f\x8b"
MAX_BYTES = 4 << 30
"""Largest payload we accept (4 GiB): far above any IDX data set, far below a lying header's 10^12."""

# Deflate cannot compress better than about 1032:1, so a gzip file of n bytes cannot hold more
# than this many bytes per compressed byte; anything more is a lie we can reject before inflating.
_DEFLATE_MAX_RATIO = 1032


class IdxError(ValueError):
    """A file is not a well-formed IDX file; the message names the file and the problem."""


def read_idx(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> np.ndarray:
    """Read an IDX file (plain or gzip-compressed) into a writable, native-endian array.

    Compression is recognised by the content, not the name, so a renamed file still reads.
    Raises :class:`IdxError` for every malformed file and ``OSError`` if it cannot be opened.
    """
    path = Path(path)
    with open(path, "rb") as handle:
        start = handle.read(4 + 4 * 255)
        if start[:2] == b"\0\0":  # plain: check the header against the file size before reading it all
            dtype, shape, header_size = _parse_header(start, str(path), max_bytes)
            _check_plain_size(os.fstat(handle.fileno()).st_size, header_size, dtype, shape, str(path))
        raw = start + handle.read()
    return decode_idx(raw, name=str(path), max_bytes=max_bytes)


def decode_idx(raw: bytes, name: str = "<bytes>", max_bytes: int = MAX_BYTES) -> np.ndarray:
    """Decode the bytes of an IDX file (plain or gzip); ``name`` is used in error messages."""
    if not raw:
        raise IdxError(f"{name}: the file is empty (0 bytes); it should hold an IDX data file")
    if raw[:2] == GZIP_MAGIC:
        return _decode_gzip(raw, name, max_bytes)
    if name.endswith(".gz") and raw[:2] != b"\0\0":
        raise IdxError(f"{name}: not a gzip file (it starts with {raw[:4].hex(' ')}, gzip starts with "
                       "1f 8b) and not a plain IDX file either (that starts with 00 00)")
    dtype, shape, header_size = _parse_header(raw, name, max_bytes)
    _check_plain_size(len(raw), header_size, dtype, shape, name)
    return _to_array(raw, header_size, dtype, shape)


def write_idx(path: str | os.PathLike, array: np.ndarray) -> Path:
    """Write ``array`` as an IDX file, gzip-compressed when the name ends in ``.gz``.

    Exists so tests (and users preparing their own data) can produce files exactly in the format
    :func:`read_idx` reads. Supported dtypes: uint8, int8, int16, int32, float32, float64.
    """
    path = Path(path)
    array = np.asarray(array)
    header, body = idx_header(array), _big_endian(array).tobytes()
    data = header + body
    if path.suffix == ".gz":
        data = _gzip(data)
    atomic_write(path, data)
    return path


def idx_header(array: np.ndarray) -> bytes:
    """The IDX header (magic number and sizes) that describes ``array``."""
    code = _CODE_OF_KIND.get((array.dtype.kind, array.dtype.itemsize))
    if code is None:
        raise TypeError(f"IDX cannot store dtype {array.dtype}; use one of "
                        f"{', '.join(str(d.newbyteorder('=')) for d in TYPE_CODES.values())}")
    if not 1 <= array.ndim <= 255 or any(size >= 1 << 32 for size in array.shape):
        raise ValueError(f"IDX needs 1 to 255 dimensions each below 2**32, not shape {array.shape}")
    return struct.pack(f">BBBB{array.ndim}I", 0, 0, code, array.ndim, *array.shape)


def idx_sha256(array: np.ndarray) -> str:
    """SHA-256 of the uncompressed IDX file that holds ``array``.

    Lets a data set be verified by content, so an uncompressed or recompressed copy of a canonical
    file is recognised even though its own bytes (and checksum) differ from the original .gz.
    """
    digest = hashlib.sha256(idx_header(array))
    digest.update(memoryview(np.ascontiguousarray(_big_endian(array))).cast("B"))
    return digest.hexdigest()


def _parse_header(data: bytes, name: str, max_bytes: int) -> tuple[np.dtype, tuple[int, ...], int]:
    """Check the magic number and sizes; return (dtype, shape, header length in bytes)."""
    if len(data) < 4:
        raise IdxError(f"{name}: only {len(data)} bytes, too short for an IDX header (at least 4 bytes)")
    zero, zero2, code, ndim = data[:4]
    if zero or zero2:
        raise IdxError(f"{name}: not an IDX file: the magic number {data[:4].hex(' ')} should start with "
                       "00 00")
    if code not in TYPE_CODES:
        known = ", ".join(f"0x{c:02X}" for c in TYPE_CODES)
        raise IdxError(f"{name}: unknown IDX element type code 0x{code:02X} (known codes: {known})")
    if ndim == 0:
        raise IdxError(f"{name}: the IDX header declares 0 dimensions; it must have at least one")
    header_size = 4 + 4 * ndim
    if len(data) < header_size:
        raise IdxError(f"{name}: the header declares {ndim} dimensions ({header_size} header bytes) "
                       f"but the data ends after {len(data)} bytes")
    shape = struct.unpack(f">{ndim}I", data[4:header_size])
    dtype = TYPE_CODES[code]
    size = _payload_size(dtype, shape)
    if size > max_bytes:
        raise IdxError(f"{name}: the header claims {_shape_text(shape)} ({size:,} bytes), more than the "
                       f"{max_bytes:,} bytes this reader accepts; the header is corrupt")
    return dtype, shape, header_size


def _check_plain_size(actual: int, header_size: int, dtype: np.dtype, shape: tuple[int, ...], name: str):
    expected = header_size + _payload_size(dtype, shape)
    if actual < expected:
        raise IdxError(f"{name}: the header announces {_shape_text(shape)} ({expected:,} bytes in all) but the "
                       f"file has only {actual:,} bytes; it is truncated or the header is wrong")
    if actual > expected:
        raise IdxError(f"{name}: {actual - expected:,} unexpected bytes after the {expected:,} bytes "
                       f"that the header announces ({_shape_text(shape)})")


def _decode_gzip(raw: bytes, name: str, max_bytes: int) -> np.ndarray:
    """Inflate with a bound: never more than the header announces (plus one byte to spot extras)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        head = _inflate(inflater, raw, 4)
        if len(head) == 4 and head[:2] == b"\0\0":
            head += _inflate(inflater, inflater.unconsumed_tail, 4 * head[3])
        try:
            dtype, shape, header_size = _parse_header(head, f"{name} (after gunzip)", max_bytes)
        except IdxError:
            if not inflater.eof and not inflater.unconsumed_tail:  # input used up mid-stream
                raise IdxError(f"{name}: the gzip stream is cut short after {len(head)} bytes, inside the "
                               "IDX header; the file is truncated, download it again") from None
            raise
        size = _payload_size(dtype, shape)
        if size > _DEFLATE_MAX_RATIO * len(raw):
            raise IdxError(f"{name}: the header claims {_shape_text(shape)} ({size:,} bytes), more than a "
                           f"gzip file of {len(raw):,} bytes can possibly hold; the header is corrupt")
        payload = _inflate(inflater, inflater.unconsumed_tail, size)
        extra = _inflate(inflater, inflater.unconsumed_tail, 1)
    except zlib.error as error:
        raise IdxError(f"{name}: broken gzip data ({error}); the file is damaged, download it again") from None
    if len(payload) < size and not inflater.eof:
        raise IdxError(f"{name}: the gzip stream is cut short after {header_size + len(payload):,} of the "
                       f"{header_size + size:,} bytes the header announces; the file is truncated, download it "
                       "again")
    if len(payload) < size:
        raise IdxError(f"{name}: the header announces {_shape_text(shape)} ({size:,} bytes) but the file "
                       f"holds only {len(payload):,}; it is truncated or the header is wrong")
    if extra:
        raise IdxError(f"{name}: unexpected bytes after the {size:,} bytes of data that the header "
                       f"announces ({_shape_text(shape)})")
    if not inflater.eof:
        raise IdxError(f"{name}: the gzip stream is cut short (its end marker and checksum are missing); "
                       "the file is truncated, download it again")
    if inflater.unused_data:
        raise IdxError(f"{name}: {len(inflater.unused_data):,} unexpected bytes after the end of the gzip "
                       "stream")
    return _to_array(payload, 0, dtype, shape)


def _inflate(inflater, data: bytes, limit: int) -> bytes:
    """At most ``limit`` bytes; guards zlib's reading of ``max_length=0`` as "no limit"."""
    return inflater.decompress(data, limit) if limit > 0 else b""


def _to_array(data: bytes, offset: int, dtype: np.dtype, shape: tuple[int, ...]) -> np.ndarray:
    """View the payload and convert it to a writable native-endian array (one copy, no Python loops)."""
    view = np.frombuffer(data, dtype=dtype, count=int(np.prod(shape, dtype=np.int64)), offset=offset)
    return view.astype(dtype.newbyteorder("="), copy=True).reshape(shape)


def _payload_size(dtype: np.dtype, shape: tuple[int, ...]) -> int:
    """Bytes of element data; Python ints, so absurd sizes cannot overflow."""
    size = dtype.itemsize
    for dim in shape:
        size *= dim
    return size


def _big_endian(array: np.ndarray) -> np.ndarray:
    return array.astype(array.dtype.newbyteorder(">"), copy=False)


def _gzip(data: bytes) -> bytes:
    """gzip at the canonical files' level 6, with no timestamp, so the same array gives the same bytes."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _shape_text(shape: tuple[int, ...]) -> str:
    return "shape " + " x ".join(str(d) for d in shape)
