"""Shared test set-up: headless Qt, isolated settings, and the real MNIST files when present."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NNLAB_LANG", "en")

MNIST_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "mnist"


@pytest.fixture
def mnist_dir():
    """The folder with the four canonical MNIST .gz files (``../shared/data/mnist``)."""
    if not (MNIST_DIR / "train-images-idx3-ubyte.gz").is_file():
        pytest.skip(f"the real MNIST files are not at {MNIST_DIR} (they come with the project's shared/ folder)")
    return MNIST_DIR


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's settings and data cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
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
