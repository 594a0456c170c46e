"""Writing files so that nothing is ever lost: a temporary file beside the target, renamed at the end.

A crash, a full disk or a cut download in the middle of writing leaves the old file untouched and
no half-written one where the app would find it: ``os.replace`` swaps the finished file in at once.
Temporary files and folders are named ``.<target>.<pid>.<random>.part``; one left by a process
that was killed is removed by the next write of the same target (once its process is gone, or
after a day where process ids cannot be checked), so a killed save leaves nothing behind for good.
Files and folders are created the ordinary way, so they honour the user's umask.

Only an ordinary file is ever replaced: a target that exists and is a device, a pipe or a folder is
refused (:class:`NotAFileError`) before anything is written, since renaming over ``/dev/null`` (as
root) replaces the device node itself. Callers that spend work before writing (training, rendering)
call :func:`check_writable` first, so the refusal comes before the work.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import sys
import time
from contextlib import contextmanager, suppress
from pathlib import Path

STALE_AFTER = 24 * 3600  # seconds; a part this old is abandoned even if its process id is taken again


class NotAFileError(OSError):
    """The target exists and is not an ordinary file (a device, a pipe, a socket or a folder)."""


def check_target(path) -> None:
    """Raise :class:`NotAFileError` unless ``path`` is missing or an ordinary file (links are followed)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError:
        return  # unreadable metadata: the write itself will say why it fails
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device, a pipe or a socket"
        raise NotAFileError(f"{path} exists and is {kind}, not an ordinary file; nnlab replaces only ordinary "
                            "files: choose another name")


@contextmanager
def atomic_open(path, mode: str = "wb", encoding: str | None = None, newline: str | None = None):
    """``with atomic_open(path) as stream: ...``; the file appears at ``path`` only if the block succeeds."""
    path = Path(path)
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(path)
    temporary, handle = _create(path, _new_file)
    try:
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        check_target(path)  # it may have appeared while the file was written
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


def temporary_folder(path) -> Path:
    """A new, empty folder beside ``path`` (named as a part of it) to build a folder in before renaming."""
    path = Path(path)
    remove_stale_parts(path)
    folder, _ = _create(path, lambda name: os.mkdir(name, 0o777))
    return folder


def check_writable(path) -> Path:
    """Make sure a file can be written at ``path`` later, before any work is spent producing it.

    Raises ``ValueError`` for an empty path or a folder, :class:`NotAFileError` for a device or a pipe,
    ``OSError`` when the place is not writable.
    (The parent folders are created, as saving would; a test file is written and removed.)
    """
    if not str(path).strip():
        raise ValueError("the file name is empty")
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path} is a folder; give the name of a file to write")
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    probe, handle = _create(path, _new_file)
    os.close(handle)
    os.unlink(probe)
    return path


def remove_stale_parts(path) -> None:
    """Remove temporary files and folders of ``path`` left behind by processes that were killed."""
    path = Path(path)
    with suppress(OSError):
        for part in path.parent.glob(f".{_glob_escape(path.name)}.*.part"):
            with suppress(OSError):
                if _abandoned(part):
                    shutil.rmtree(part) if part.is_dir() and not part.is_symlink() else part.unlink()


def _new_file(name) -> int:
    return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)


def _create(path: Path, make):
    """``make(name)`` on a fresh ``.<name>.<pid>.<random>.part`` name beside ``path``; (name, result)."""
    while True:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
        try:
            return temporary, make(temporary)
        except FileExistsError:
            continue


def _abandoned(part: Path) -> bool:
    if time.time() - part.lstat().st_mtime > STALE_AFTER:
        return True
    pid = part.name.removesuffix(".part").split(".")[-2]
    if sys.platform == "win32" or not pid.isdigit() or int(pid) == os.getpid():
        return False  # os.kill(pid, 0) would end the process on Windows
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _glob_escape(name: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)
