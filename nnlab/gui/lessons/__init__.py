"""The lesson dock, the hand-in dialog and the class review (the Qt side of :mod:`nnlab.lessons`)."""
