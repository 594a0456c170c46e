"""Writing files so that nothing is ever lost: a temporary file beside the target, renamed at the end.

A crash, a full disk or a cut download in the middle of writing leaves the old file untouched and
no half-written one where the app would find it: ``os.replace`` swaps the finished file in at once.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path


@contextmanager
def atomic_open(path, mode: str = "wb", encoding: str | None = None, newline: str | None = None):
    """``with atomic_open(path) as stream: ...``; the file appears at ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a saved model or record is an ordinary file
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def atomic_write(path, data: bytes | str) -> None:
    """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically."""
    if isinstance(data, str):
        with atomic_open(path, "w", encoding="utf-8", newline="") as stream:
            stream.write(data)
    else:
        with atomic_open(path) as stream:
            stream.write(data)
