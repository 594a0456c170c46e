"""The Train page inside the main window: remembered settings, damaged settings, closing while training."""

import json

import pytest
from test_train_page import synthetic_dataset  # noqa: E402 (pytest puts tests/gui on sys.path)

from nnlab.gui.main_window import MainWindow
from nnlab.gui.settings import open_settings
from nnlab.training.runs import RunConfig


def _window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_settings_are_remembered(qtbot):
    window = _window(qtbot)
    window.train_page.controls.epochs_spin.setValue(7)
    window.train_page.controls.optimizer_combo.setCurrentIndex(6)  # Adam
    window.train_page.bottom_tabs.setCurrentIndex(1)
    window.close()
    again = _window(qtbot)
    config = again.train_page.controls.config()
    assert config.epochs == 7 and config.optimizer == "adam"
    assert again.train_page.bottom_tabs.currentIndex() == 1


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe garbage [[[ \n config=\x01\x02",
    b"[train]\nconfig=\"{not json\ntab=@Invalid(\nsplitter=@ByteArray(\\0\\xff)\n",
    b"[train]\nconfig=" + json.dumps(json.dumps({"optimizer": "nope", "batch_size": -3})).encode() + b"\n",
    b"[train]\nconfig=" + json.dumps(json.dumps({"hidden": [1, 2, 3, 4, 5]})).encode() + b"\n",
])
def test_a_damaged_settings_file_falls_back_to_the_lecture_defaults(qtbot, content):
    path = open_settings().fileName()
    import pathlib
    pathlib.Path(path).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(path).write_bytes(content)
    window = _window(qtbot)
    assert window.train_page.controls.config() == RunConfig()


def test_closing_the_window_while_training_stops_the_worker(qtbot):
    window = _window(qtbot)
    window.session.set_dataset("mnist", synthetic_dataset(train=2000))
    page = window.train_page
    page.controls.set_config(RunConfig(hidden=(16,), batch_size=16, epochs=500))
    statuses = []
    window.training_finished.connect(statuses.append)
    started = []
    window.training_started.connect(lambda: started.append(True))
    window.show()
    page.start()
    assert started
    qtbot.waitUntil(lambda: bool(page.training.worker.progress))
    thread = page.training.thread
    window.close()
    assert not thread.isRunning() and page.training is None
