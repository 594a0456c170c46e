"""Downloading one file safely, and a text progress bar for the command line.

A download is written to a temporary file beside its destination, checked against its pinned
SHA-256 and only then renamed into place, so a cut connection, a wrong file or a cancel never
leaves a half-written or foreign file where the loader would find it.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from nnlab import __version__
from nnlab.atomic import atomic_open
from nnlab.data.errors import DownloadCancelled, DownloadError

Progress = Callable[[int, int | None, str], bool | None]
"""``progress(done_bytes, total_bytes, filename)``; ``total_bytes`` is None while unknown.

Called once with ``done_bytes == 0`` before the first byte, after every chunk, and a last time with
``done_bytes == total_bytes`` when the file is complete. Return False (or raise
:class:`DownloadCancelled`) to cancel. It runs in the downloading thread.
"""


def fetch_url(url: str, dest: str | os.PathLike, sha256: str | None = None, progress: Progress | None = None,
              *, size: int | None = None, timeout: float = 30.0, chunk_size: int = 1 << 16,
              urlopen=urllib.request.urlopen) -> Path:
    """Download ``url`` to ``dest`` atomically, verifying its SHA-256 and its ``size`` when given.

    A server that announces or sends more than ``size`` bytes is cut off at once (one that streams
    zeros forever never fills the disk). Raises :class:`DownloadError` (unreachable, HTTP error,
    cut connection, wrong size or checksum; the message names the URL), :class:`DownloadCancelled`,
    or ``OSError`` if ``dest`` cannot be written. ``urlopen`` is injectable for tests; any URL it
    understands works (http, https, file).
    """
    dest = Path(dest)
    with atomic_open(dest) as out:
        digest = _copy(url, out, dest.name, progress, timeout, chunk_size, urlopen, size)
        if sha256 is not None and digest != sha256.lower():
            raise DownloadError(f"{url}: the downloaded file is not the expected one (SHA-256 {digest}, "
                                f"expected {sha256}); the mirror may serve a different version")
    return dest


def _copy(url, out, name, progress, timeout, chunk_size, urlopen, size) -> str:
    """Stream the response into ``out``; return the SHA-256 of what was received."""
    digest, done = hashlib.sha256(), 0
    request = urllib.request.Request(url, headers={"User-Agent": f"nnlab/{__version__}"})
    try:
        response = urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        raise DownloadError(f"{url}: the server answered HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        raise DownloadError(f"{url}: cannot connect ({getattr(error, 'reason', error)})") from None
    with response:
        length = response.headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        if size is not None and total is not None and total != size:
            raise DownloadError(f"{url}: the server offers {total:,} bytes, the file has {size:,}; "
                                "the mirror may serve a different version")
        expected = total if total is not None else size
        _report(progress, 0, expected, name)
        limit = expected
        while chunk := _read(response, chunk_size if limit is None else min(chunk_size, limit + 1 - done),
                             url, done, total):
            if limit is not None and done + len(chunk) > limit:
                raise DownloadError(f"{url}: the server sent more than the {limit:,} bytes of the file; "
                                    "the download was stopped")
            out.write(chunk)
            digest.update(chunk)
            done += len(chunk)
            _report(progress, done, expected, name)
    if total is not None and done != total:
        raise DownloadError(_cut_message(url, done, total))
    if total is None:
        _report(progress, done, done, name)
    return digest.hexdigest()


def _read(response, chunk_size: int, url: str, done: int, total: int | None) -> bytes:
    try:
        return response.read(chunk_size)
    except (http.client.HTTPException, OSError) as error:
        raise DownloadError(f"{_cut_message(url, done, total)} ({error.__class__.__name__})") from None


def _cut_message(url: str, done: int, total: int | None) -> str:
    of_total = f" of {total:,}" if total is not None else ""
    return f"{url}: the connection broke after {done:,}{of_total} bytes"


def _report(progress: Progress | None, done: int, total: int | None, name: str) -> None:
    if progress is not None and progress(done, total, name) is False:
        raise DownloadCancelled(f"the download of {name} was cancelled")


def text_progress(stream: TextIO | None = None, width: int = 30) -> Progress:
    """A progress callback that draws a bar on a terminal (for ``nnlab train``).

    On a terminal it redraws one line per file; when the output is redirected to a log it writes
    one line when a file starts and one when it is complete, instead of a wall of carriage returns.
    """
    stream = stream if stream is not None else sys.stderr
    interactive = bool(getattr(stream, "isatty", lambda: False)())
    last_draw = [0.0]

    def show(done: int, total: int | None, name: str) -> None:
        finished = total is not None and done >= total
        if not interactive:
            if done == 0 or finished:
                stream.write(f"{name}: {'done, ' + _megabytes(done) if finished else 'downloading'}\n")
                stream.flush()
            return
        now = time.monotonic()
        if not finished and done and now - last_draw[0] < 0.1:
            return
        last_draw[0] = now
        stream.write("\r" + _bar_line(done, total, name, width) + ("\n" if finished else ""))
        stream.flush()

    return show


def _bar_line(done: int, total: int | None, name: str, width: int) -> str:
    if not total:
        return f"{name}  {_megabytes(done)}"
    filled = width * done // total
    return f"{name}  [{'#' * filled}{'.' * (width - filled)}] {100 * done // total:3d}%  " \
           f"{done / 1e6:.1f}/{_megabytes(total)}"


def _megabytes(count: int) -> str:
    return f"{count / 1e6:.1f} MB"
