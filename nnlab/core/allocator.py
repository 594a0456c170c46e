"""Giving freed memory back to the operating system after a training run.

glibc's malloc keeps the memory a thread freed in that thread's arena, for the next allocation,
instead of returning it; a run at batch 30,000 frees hundreds of MB of batch buffers, and a
window that keeps training run after run (a lesson in class) grew by 76-186 MB over twelve runs
although a kept run holds only its weights (README, "Measured"). ``malloc_trim(0)`` hands every
arena's free pages back.

Trimming after a run misses what is freed later, and glibc makes that much: each time a block it
had mapped on its own (128 KB or more) is freed, it raises the size from which it maps blocks on
their own, up to 32 MB, so later arrays of a few MB come from the arenas and stay there when freed.
Twelve runs at batch 30,000 then ended anywhere between 244 and 276 MiB from one try to the next;
with the threshold fixed at 1 MB (:func:`return_large_blocks_at_once`), 236 MiB both times
(benchmarks/many_runs.py). Arrays that large are freed straight back to the system, at the cost of
mapping them afresh (a training step allocates none: a test says so).

Elsewhere (Windows, macOS, musl) these calls do not exist and both functions are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
LARGE_BLOCK = 1 << 20


def _glibc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim, mallopt = libc.malloc_trim, libc.mallopt  # glibc only
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return trim, mallopt


_GLIBC = _glibc()
_fixed = False


def return_large_blocks_at_once() -> bool:
    """Have blocks of ``LARGE_BLOCK`` bytes or more mapped on their own and returned when freed, from
    now on in this process; True if the C library can (glibc). Called by ``fit``; repeating it is free."""
    global _fixed
    if _GLIBC is None:
        return False
    if not _fixed:
        _fixed = bool(_GLIBC[1](M_MMAP_THRESHOLD, LARGE_BLOCK))
    return _fixed


def give_back_freed_memory() -> bool:
    """Return the allocator's free pages to the system; True if the C library can (glibc)."""
    if _GLIBC is None:
        return False
    _GLIBC[0](0)
    return True
