"""How many threads the maths library (BLAS) may use: one policy for the window and the command line.

BLAS splits each matrix product evenly over its threads and waits for the slowest. When the GUI
thread (painting the live plots) or another program takes one of those cores, the product waits
for a time slice: on a two-core laptop training became 5-20 times slower. With one core left free,
training runs at full speed for its threads and the window stays smooth.

Measured on the 2-core machine (``benchmarks/train_speed.py``, lecture run, seconds per epoch):
two BLAS threads barely beat one on the lecture's small products when the machine is quiet, and
on a busy machine one thread is several times faster (README, "Measured"). So the window
(``nnlab.gui.app.run``) and ``nnlab train`` (``nnlab.cli``) both call :func:`leave_a_core_free`:
one thread on two cores, all but one on bigger machines.
"""

from __future__ import annotations

import os


def leave_a_core_free():
    """Let BLAS use every core but one; returns the limit (``restore_original_limits()`` undoes it)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(max(1, (os.cpu_count() or 2) - 1), user_api="blas")
