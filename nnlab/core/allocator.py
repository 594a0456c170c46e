"""Giving freed memory back to the operating system after a training run.

glibc's malloc keeps the memory a thread freed in that thread's arena, for the next allocation,
instead of returning it; a run at batch 30,000 frees hundreds of MB of batch buffers, and a
window that keeps training run after run (a lesson in class) grew by 76-186 MB over twelve runs
although a kept run holds only its weights (README, "Measured"). ``malloc_trim(0)`` hands every
arena's free pages back. Elsewhere (Windows, macOS, musl) the call does not exist and this is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


_TRIM = _malloc_trim()


def give_back_freed_memory() -> bool:
    """Return the allocator's free pages to the system; True if the C library can (glibc)."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True
