"""The tensor explorer: a safe evaluator for the lecture's NumPy expressions that explains every
shape rule it applies (:mod:`nnlab.explorer.rules`). Qt-free."""
