"""Shared test set-up: headless Qt, isolated settings and data folders, and the real MNIST files when present."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NNLAB_LANG", "en")

MNIST_FILES = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
               "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")
SHARED_MNIST = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "mnist"
# Read once, before any test runs: the isolation fixture below removes the variable from every test.
USER_DATA_DIR = os.environ.get("NNLAB_DATA_DIR", "")


def mnist_candidates() -> list[Path]:
    """Where the tests look for the real MNIST files: ``$NNLAB_DATA_DIR`` as the app reads it (its
    ``mnist`` subfolder, then the folder itself), then ``../shared/data/mnist`` beside the checkout."""
    candidates = []
    if USER_DATA_DIR:
        folder = Path(USER_DATA_DIR).expanduser()
        candidates += [folder / "mnist", folder]
    return candidates + [SHARED_MNIST]


@pytest.fixture
def mnist_dir():
    """The folder with the four canonical MNIST .gz files; the test is skipped when there is none."""
    for folder in mnist_candidates():
        if all((folder / name).is_file() for name in MNIST_FILES):
            return folder
    pytest.skip("the real MNIST files are in none of " + ", ".join(map(str, mnist_candidates()))
                + " (set NNLAB_DATA_DIR, or put them in the project's shared/ folder)")


@pytest.fixture
def without_mnist():
    """For tests of what the app does when MNIST is nowhere on this computer: the isolation fixture
    has already cleared ``NNLAB_DATA_DIR`` and emptied the cache; this checks that no other folder
    the app searches holds the files (else the test is skipped: it could not see the message)."""
    from nnlab.data import dataset_spec, search_dirs
    from nnlab.data.datasets import find_file

    found = [path for file in dataset_spec("mnist").files if (path := find_file(file, search_dirs("mnist")))]
    if found:
        pytest.skip(f"MNIST is installed on this computer ({found[0].parent}), so its absence cannot be shown")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's settings, data cache and data folder.

    ``NNLAB_DATA_DIR`` is cleared so that a test sees only the data it arranges itself (through
    ``mnist_dir`` or its own folders); the cache variables of every platform point to an empty folder.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv("NNLAB_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "cache"))  # Windows' cache folder
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # core tests run without Qt too
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture
def peak_mb():
    """``peak_mb(function)``: the most memory (MB, tracemalloc) ``function()`` held at once, for tests that
    show a hostile file is refused before anything large is allocated."""
    import tracemalloc

    def measure(function) -> float:
        tracemalloc.start()
        try:
            function()
        finally:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        return peak / (1 << 20)
    return measure


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_in_the_gui_thread():
    """As in the app (``nnlab.gui.app.collect_garbage_in_the_gui_thread``): a widget left in a reference
    cycle by one test must never be freed by a later test's worker thread."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # core tests run without Qt too
        yield
        return
    import gc

    from nnlab.gui.app import collect_garbage_in_the_gui_thread

    app = QApplication.instance() or QApplication([])
    collector = collect_garbage_in_the_gui_thread()
    yield
    collector.timer.stop()
    gc.enable()
    gc.collect()
    del app
