"""The Train page inside the main window: remembered settings, damaged settings, closing while training."""

import json

import pytest
from PySide6.QtWidgets import QPushButton
from synthetic_training import synthetic_dataset

from nnlab.gui.main_window import MainWindow
from nnlab.gui.settings import open_settings
from nnlab.training.config import RunConfig


def _window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_a_session_starts_from_the_lecture_unless_the_student_saved_defaults(qtbot):
    window = _window(qtbot)
    controls = window.train_page.controls
    controls.lr_spin.setValue(10.0)                 # a divergence experiment...
    window.train_page.bottom_tabs.setCurrentIndex(1)
    window.close()
    again = _window(qtbot)
    assert again.train_page.controls.config() == RunConfig()   # ...does not become the next start value
    assert again.train_page.bottom_tabs.currentIndex() == 1
    controls = again.train_page.controls
    controls.epochs_spin.setValue(7)
    controls.optimizer_combo.setCurrentIndex(6)  # Adam
    again.findChild(QPushButton, "saveDefaultsButton").click()
    again.close()
    third = _window(qtbot)
    config = third.train_page.controls.config()
    assert config.epochs == 7 and config.optimizer == "adam"


def _defaults(**fields) -> bytes:
    return b"[train]\ndefaults=" + json.dumps(json.dumps({**RunConfig().to_dict(), **fields})).encode() + b"\n"


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe garbage [[[ \n defaults=\x01\x02",
    b"[train]\ndefaults=\"{not json\ntab=@Invalid(\nsplitter=@ByteArray(\\0\\xff)\n",
    b"[train]\ndefaults=" + json.dumps(json.dumps({"optimizer": "nope", "batch_size": -3})).encode() + b"\n",
    _defaults(hidden=[1, 2, 3, 4, 5]), _defaults(seed=2**31), _defaults(batch_size=2**40), _defaults(epochs=10**9),
    _defaults(hidden=[2**31]), _defaults(validation_split=5), _defaults(hyper={"learning_rate": "fast"}),
    _defaults(hyper={"learning_rate": 1e-3, "rho": 2.0, "epsilon": 1e-7}), _defaults(seed=-1),
    b"[train]\ndefaults=" + json.dumps("[" * 100000).encode() + b"\ntab=99999999999999\n",
])
def test_a_damaged_settings_file_falls_back_to_the_lecture_defaults(qtbot, content):
    path = open_settings().fileName()
    import pathlib
    pathlib.Path(path).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(path).write_bytes(content)
    window = _window(qtbot)
    assert window.train_page.controls.config() == RunConfig()
    assert window.train_page.bottom_tabs.currentIndex() == 0


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
    qtbot.waitUntil(lambda: len(page.current_run.batches) > 0)
    window.close()
    assert not page.controller.worker.busy and len(page.current_run.epochs) < 500  # stopped, not finished
