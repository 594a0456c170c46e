"""How many threads the maths library (BLAS) may use while the window is open and not training.

BLAS splits each matrix product evenly over its threads and waits for the slowest. When the GUI
thread (painting) or another program takes one of those cores, the product waits for a time
slice; on a two-core laptop that made the window's own NumPy work stutter. So the window
(``nnlab.gui.app.run``) leaves one core to itself. While a network trains, ``fit`` measures
instead (``nnlab.core.blas_tuner``): two threads are 1.6x faster on a quiet two-core machine and
5-10x slower on a busy one, so no fixed number is right.
"""

from __future__ import annotations

import os


def leave_a_core_free():
    """Let BLAS use every core but one; returns the limit (``restore_original_limits()`` undoes it)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(max(1, (os.cpu_count() or 2) - 1), user_api="blas")
