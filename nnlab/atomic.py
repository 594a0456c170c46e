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

import ctypes
import errno
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


def replace_folder(staging, folder) -> None:
    """Put the finished folder ``staging`` (from :func:`temporary_folder`) at ``folder``, replacing what is there.

    On Linux the two are exchanged in one step (``renameat2(RENAME_EXCHANGE)``), so a kill at any
    moment leaves either the old folder or the new one in place. Elsewhere (or on a file system
    without the exchange) the old folder is first renamed to a part marked ``old``; a kill before
    the new one is in place leaves that part, which :func:`recover_folder` (called by every later
    write and read of ``folder``) renames back.
    """
    staging, folder = Path(staging), Path(folder)
    if not os.path.lexists(folder):
        os.replace(staging, folder)
    elif _exchange(staging, folder):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the old folder
    else:
        old, _ = _create(folder, _unused, marker="old")
        os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)
    remove_stale_parts(folder)


def recover_folder(folder) -> bool:
    """If ``folder`` is missing because a replace was killed halfway, put the old folder back; True if it did."""
    folder = Path(folder)
    if os.path.lexists(folder):
        return False
    with suppress(OSError):
        olds = [part for part in folder.parent.glob(f".{_glob_escape(folder.name)}.*.old*.part")
                if part.is_dir() and not part.is_symlink() and _abandoned(part)]
        if olds:
            os.replace(max(olds, key=lambda part: part.lstat().st_mtime), folder)
            return True
    return False


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
    """Remove temporary files and folders of ``path`` left behind by processes that were killed
    (after putting back an old folder a killed replace left instead of ``path``)."""
    path = Path(path)
    recover_folder(path)
    with suppress(OSError):
        for part in path.parent.glob(f".{_glob_escape(path.name)}.*.part"):
            with suppress(OSError):
                if _abandoned(part):
                    shutil.rmtree(part) if part.is_dir() and not part.is_symlink() else part.unlink()


def _new_file(name) -> int:
    return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)


def _create(path: Path, make, marker: str = ""):
    """``make(name)`` on a fresh ``.<name>.<pid>.<marker><random>.part`` name beside ``path``; (name, result).
    ``make`` raises ``FileExistsError`` when the name is taken, and another is tried."""
    while True:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{marker}{secrets.token_hex(4)}.part")
        try:
            return temporary, make(temporary)
        except FileExistsError:
            continue


def _unused(name) -> None:
    if os.path.lexists(name):
        raise FileExistsError(name)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where that is not available."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(-100, os.fsencode(first), -100, os.fsencode(second), 2) == 0:  # AT_FDCWD, RENAME_EXCHANGE
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):  # no exchange on this file system
        return False
    raise OSError(error, os.strerror(error), str(second))


def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # an old C library
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    function.restype = ctypes.c_int
    return function


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
