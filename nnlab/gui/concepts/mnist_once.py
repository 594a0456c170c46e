"""MNIST for the Concepts demos' workers, read from disk at most once.

Concepts 10 and 11 need the training images. The session's are used when a page has loaded them;
otherwise the files are read once (under a lock: two demos' workers may ask at the same time), kept,
and handed to the session from the GUI thread, so no page reads them again (issue 27, item 11: the
landscape spent 5 of its 97 seconds reading MNIST a second time).
"""

from __future__ import annotations

import threading


class MnistOnce:
    """``get()`` in a worker: ``((x_train, y_train), (x_test, y_test))``; ``share()`` in the GUI thread."""

    def __init__(self, session):
        self.session = session
        self._data = None
        self._lock = threading.Lock()

    def get(self):
        """The session's MNIST, or the local files read once (never a download: that is the Train
        page's job); raises DatasetError with the message to show when they are not on this computer."""
        data = self.session.dataset("mnist") if self.session is not None else None
        if data is not None:
            return data
        with self._lock:
            if self._data is None:
                from nnlab.data import load_dataset
                self._data = load_dataset("mnist", download=False)
            return self._data

    def share(self) -> None:
        """Give what was read to the session (GUI thread only), so that every page uses it."""
        if self._data is not None and self.session is not None and self.session.dataset("mnist") is None:
            self.session.set_dataset("mnist", self._data)
