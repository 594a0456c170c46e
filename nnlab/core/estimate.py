"""How much memory and time a training configuration needs, before it starts (no Qt, no training).

A class of students will try batch 60000 with three hidden layers of 4096 units: one such step
takes a minute and 10 GB. The window and ``nnlab train`` show :func:`estimate_training` before
starting and refuse what would not fit in the memory that is free (:meth:`Estimate.fits`).

The same arithmetic sizes the chunks a huge batch is split into (:func:`chunk_rows`): a chunk is
about ``CHUNK_FLOPS`` of arithmetic (a fraction of a second on one laptop core) and at most
``CHUNK_BYTES`` of activations, so a stop request is honoured quickly and memory stays bounded.
"""

from __future__ import annotations

import functools
import math
import os
import re
import sys
import time
from dataclasses import dataclass

import numpy as np

from nnlab.core import optimizers

CHUNK_FLOPS = 2e10
"""Arithmetic in one chunk of a training step: 0.1-0.5 s at the 40-200 GFLOP/s of a laptop."""
CHUNK_BYTES = 16 * 2**20
"""Batch buffers (activations and their gradients) of one chunk: about 2,000 rows of the lecture
network. Not more, because memory a chunk touches stays resident after the run: besides the
buffers (handed back by ``malloc_trim``), OpenBLAS packs each product's row block into a buffer of
its own that it never returns, about 1.5 KB a row (one run at batch 30,000 in 8,000-row chunks
left 10 MB more of it resident; benchmarks/many_runs.py). 2,000-row products are as fast per row."""
OVERHEAD = 2.0
"""Measured: a lecture-network epoch takes 1.6-2.6 x the time of its matrix products alone
(benchmarks/train_speed.py, "GEMM floor"): the optimizer, the activations, the loss."""
NOMINAL_FLOPS_PER_SECOND = 2e10
"""A modest laptop core, for prices that must not depend on the machine they are computed on."""
NOMINAL_BYTES_PER_SECOND = 4e9
"""The same core's memory traffic: a small batch's step is bound by reading and writing the weights."""
_CALIBRATION = (256, 784, 512)
"""The product timed to know this machine's speed: 256 images times the lecture's first layer."""


def _products(layer_sizes) -> list[int]:
    return [fan_in * fan_out for fan_in, fan_out in zip(layer_sizes, layer_sizes[1:])]


def flops_per_sample(layer_sizes) -> float:
    """Multiply-adds x 2 of one sample's step: x·W forward, xᵀ·dz for dW, dz·Wᵀ for dx (not for
    the first layer: nobody needs the gradient of the pixels)."""
    products = _products(layer_sizes)
    return 2.0 * (3 * sum(products) - products[0])


def _row_bytes(layer_sizes, itemsize: int) -> int:
    """Batch buffers per sample: z, a and dL/dz of every layer, dL/dx of every layer but the first."""
    return itemsize * (3 * sum(layer_sizes[1:]) + sum(layer_sizes[1:-1]))


def chunk_rows(layer_sizes, itemsize: int = 4) -> int:
    """The most samples one chunk of a training step holds (see the module docstring)."""
    by_time = CHUNK_FLOPS / flops_per_sample(layer_sizes)
    by_memory = CHUNK_BYTES / _row_bytes(layer_sizes, itemsize)
    return max(1, int(min(by_time, by_memory)))


@dataclass(frozen=True)
class Estimate:
    """Bytes and arithmetic of one training configuration."""

    weights: int          # weights, gradients and the divergence guard's copy (+ a chunked batch's sum)
    optimizer_state: int  # velocities, averages and scratch space of the optimizer
    activations: int      # batch buffers of one chunk and the gathered batch
    data: int             # the training and validation inputs as float arrays
    flops_per_epoch: float

    @property
    def total_bytes(self) -> int:
        return self.weights + self.optimizer_state + self.activations + self.data

    def seconds_per_epoch(self, flops_per_second: float | None = None) -> float:
        """At the measured speed of this machine's matrix products unless one is given."""
        return OVERHEAD * self.flops_per_epoch / (flops_per_second or measured_flops_per_second())

    def fits(self, available: int | None = None) -> bool:
        """Whether it fits in ``available`` bytes (the free memory by default; True if unknown)."""
        available = available_memory() if available is None else available
        return available is None or self.total_bytes <= available

    def describe(self, available: int | None = None) -> str:
        """One English sentence for the command line (the GUI words its own from the numbers)."""
        text = (f"needs about {_size(self.total_bytes)} of memory (weights {_size(self.weights)}, "
                f"optimizer {_size(self.optimizer_state)}, batch {_size(self.activations)}, "
                f"data {_size(self.data)}) and about {self.seconds_per_epoch():.3g} s per epoch")
        available = available_memory() if available is None else available
        return text if available is None else f"{text}; {_size(available)} is free"


def estimate_training(layer_sizes, batch_size: int, samples: int, optimizer: str = "rmsprop",
                      dtype="float32", validation_samples: int = 0) -> Estimate:
    """The estimate for training a Dense network of ``layer_sizes`` (inputs first) on ``samples``."""
    if len(layer_sizes) < 2 or min(layer_sizes) < 1 or batch_size < 1 or min(samples, validation_samples) < 0:
        raise ValueError(f"cannot estimate layers {list(layer_sizes)}, batch {batch_size}, samples {samples}")
    itemsize = np.dtype(dtype).itemsize
    params = sum(_products(layer_sizes)) + sum(layer_sizes[1:])
    rows = min(batch_size, chunk_rows(layer_sizes, itemsize))
    chunked = batch_size > rows
    gathered = batch_size * (layer_sizes[0] * itemsize + 8)  # the batch's inputs and labels
    forward = 2.0 * sum(_products(layer_sizes))
    return Estimate(weights=params * itemsize * (4 if chunked else 3),
                    optimizer_state=params * itemsize * optimizers.get(optimizer).arrays,
                    activations=rows * _row_bytes(layer_sizes, itemsize) + gathered,
                    data=(samples + validation_samples) * layer_sizes[0] * itemsize,
                    flops_per_epoch=samples * flops_per_sample(layer_sizes) + validation_samples * forward)


def training_seconds(layer_sizes, batch_size: int, samples: int, epochs: int, optimizer: str = "rmsprop",
                     dtype="float32") -> float:
    """Seconds to train on a modest laptop core (the NOMINAL speeds, the same everywhere): the
    arithmetic, plus every step's pass over the weights, their gradients and the optimizer's state,
    which is what a batch of 1 costs (60,000 steps of three 2048-unit layers: hours, not seconds)."""
    estimate = estimate_training(layer_sizes, batch_size, samples, optimizer, dtype)
    steps = epochs * math.ceil(samples / batch_size)
    traffic = 2 * (estimate.weights + estimate.optimizer_state)  # read and written every step
    return (epochs * OVERHEAD * estimate.flops_per_epoch / NOMINAL_FLOPS_PER_SECOND
            + steps * traffic / NOMINAL_BYTES_PER_SECOND)


@functools.lru_cache(maxsize=1)
def measured_flops_per_second() -> float:
    """This machine's speed for a lecture-sized matrix product (best of a few, about 20 ms)."""
    rows, inputs, units = _CALIBRATION
    a, b = np.ones((rows, inputs), np.float32), np.ones((inputs, units), np.float32)
    best = min(_timed(np.dot, a, b) for _ in range(5))
    return 2.0 * a.shape[0] * a.shape[1] * b.shape[1] / max(best, 1e-9)


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def available_memory() -> int | None:
    """Bytes of memory free for a new allocation, or None when this system does not say.

    Each system is asked what its own memory monitor shows as available: Linux's MemAvailable
    (free and reclaimable, as ``free`` prints it), Windows' GlobalMemoryStatusEx (Task Manager's
    "Available"), macOS's free plus inactive pages from ``vm_stat`` (as psutil counts them). Plain
    ctypes and one system command rather than a compiled dependency: a student installs nnlab with
    pip on whatever Python their laptop has, and a missing answer only turns the memory check off.
    """
    if sys.platform == "win32":
        return _windows_available_memory()
    if sys.platform == "darwin":
        return _macos_available_memory()
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def _windows_available_memory() -> int | None:
    import ctypes
    from ctypes import wintypes

    class MemoryStatus(ctypes.Structure):  # MEMORYSTATUSEX
        _fields_ = [("dwLength", wintypes.DWORD), ("dwMemoryLoad", wintypes.DWORD),
                    *((name, ctypes.c_ulonglong) for name in (
                        "ullTotalPhys", "ullAvailPhys", "ullTotalPageFile", "ullAvailPageFile",
                        "ullTotalVirtual", "ullAvailVirtual", "ullAvailExtendedVirtual"))]

    status = MemoryStatus()
    status.dwLength = ctypes.sizeof(MemoryStatus)
    try:
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.ullAvailPhys)
    except (AttributeError, OSError):
        pass
    return None


def _macos_available_memory() -> int | None:
    import subprocess

    try:
        output = subprocess.run(["/usr/bin/vm_stat"], capture_output=True, text=True, timeout=5, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return vm_stat_available(output)


def vm_stat_available(text: str) -> int | None:
    """Free plus inactive bytes in the output of macOS's ``vm_stat`` (None when it is not that)."""
    page_size = re.search(r"page size of (\d+) bytes", text)
    counts = {name: re.search(rf"^Pages {name}:\s+(\d+)\.", text, re.MULTILINE) for name in ("free", "inactive")}
    if page_size is None or None in counts.values():
        return None
    return (int(counts["free"].group(1)) + int(counts["inactive"].group(1))) * int(page_size.group(1))


def _size(count: float) -> str:
    if count < 1024:
        return f"{count:.0f} bytes"
    for unit in ("KB", "MB"):
        count /= 1024
        if count < 1024:
            return f"{count:.1f} {unit}"
    return f"{count / 1024:.1f} GB"
