"""Shared by the benchmarks: other programs keeping cores busy, and the machine's load to report with a figure."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys


@contextlib.contextmanager
def busy_processes(count: int):
    """``count`` other programs, each keeping one core busy (pure Python: one thread each), while inside."""
    processes = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for process in processes:
            process.kill()
            process.wait()


def load_average() -> str:
    """The load averages (1, 5, 15 minutes) and the CPU count, to print beside every measurement."""
    if not hasattr(os, "getloadavg"):
        return "load average: not available on this system"
    one, five, fifteen = os.getloadavg()
    return f"machine load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min) on {os.cpu_count()} CPUs"
