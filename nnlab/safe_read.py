"""Opening files that come from outside: regular files of a sane size, nothing else.

A path a student picks (or a record folder someone handed in) may be a FIFO, which blocks the
reader forever, or a symlink to ``/dev/zero``, which never ends. Both are refused before a byte is
read, and so is a file larger than the caller can sensibly hold, so no reader allocates what a
file merely claims to be.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_NON_BLOCKING = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_BINARY = getattr(os, "O_BINARY", 0)


def open_regular_file(path, max_bytes: int, what: str = "file") -> BinaryIO:
    """``path`` opened for binary reading, once it is known to be a regular file of at most ``max_bytes``.

    Raises ``FileNotFoundError`` / ``OSError`` as ``open`` does, and ``ValueError`` (naming ``what``
    and the path) for anything that is not a regular file or is too large.
    """
    path = Path(path)
    descriptor = os.open(path, os.O_RDONLY | _NON_BLOCKING | _BINARY)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"{path} is not a regular file (it is a device, a pipe or a folder); "
                             f"nnlab reads a {what} only from an ordinary file")
        if info.st_size > max_bytes:
            raise ValueError(f"{path} has {info.st_size:,} bytes, more than a {what} can have "
                             f"(at most {max_bytes:,})")
        if _NON_BLOCKING:
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular_file(path, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of ``path``, checked as :func:`open_regular_file` does (a file that grows past
    ``max_bytes`` while being read is refused too; one that grows less is read as it was)."""
    with open_regular_file(path, max_bytes, what) as stream:
        size = os.fstat(stream.fileno()).st_size  # read() preallocates what it is asked for: ask for no more
        data = stream.read(size + 1)
    if len(data) > max_bytes:
        raise ValueError(f"{path} grew past {max_bytes:,} bytes while it was read; a {what} cannot be that large")
    return data
