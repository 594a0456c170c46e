"""Training runs as the app and the command line see them: a run's settings (:class:`RunConfig`),
its record on disk, the network a config describes, and the metrics shown while it learns.

Qt-free; the engine itself is :mod:`nnlab.core`.
"""
