"""Before a run starts: how much memory it needs and about how long it takes, in plain words.

Batch 60000 with three hidden layers of 4096 units once took 10.6 GB and 67 s per step with no
warning. The page asks :func:`estimate` first: it refuses a run that would not fit in the memory
the machine has free, and says how long a long one will take.

The figures are deliberately simple (the network's size times the batch): the arrays ``fit``
allocates are the inputs as float32, per layer three (batch, units) buffers, and about six copies
of the weights (weights, gradients, the divergence guard's copy, up to two optimizer states and a
scratch array). The time assumes the speed the last run reached on this machine, or a modest
default before the first run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from nnlab.training.runs import RunConfig

BYTES = 4                       # float32
WEIGHT_COPIES = 6
DEFAULT_FLOPS = 1e10            # multiply-adds x 2 per second before any run was measured
MEMORY_SHARE = 0.8              # refuse a run needing more than this share of the free memory


@dataclass(frozen=True)
class Budget:
    bytes: int
    seconds: float
    available: int | None       # free memory of the machine (None: unknown)

    @property
    def fits(self) -> bool:
        return self.available is None or self.bytes <= MEMORY_SHARE * self.available


def available_memory() -> int | None:
    """Bytes the machine can still give this process (MemAvailable on Linux), None when unknown."""
    try:
        with open("/proc/meminfo") as stream:
            for line in stream:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def estimate(config: RunConfig, train_samples: int, other_samples: int = 0, flops: float | None = None,
             available: int | None = None) -> Budget:
    """Memory and time of training ``config`` on ``train_samples`` images (``other_samples`` more are
    only evaluated: validation and test)."""
    sizes = config.layer_sizes()
    params = config.count_params()
    batch = max(1, min(int(config.batch_size), max(1, train_samples)))
    inputs = (train_samples + other_samples) * sizes[0] * BYTES
    buffers = 3 * batch * sum(sizes[1:]) * BYTES + batch * sizes[0] * BYTES
    memory = inputs + buffers + WEIGHT_COPIES * params * BYTES
    work = 6.0 * params * train_samples * config.epochs + 2.0 * params * other_samples * config.epochs
    seconds = work / (flops or DEFAULT_FLOPS)
    return Budget(int(memory), seconds, available_memory() if available is None else available)
