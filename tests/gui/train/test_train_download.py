"""The first Start downloads the data set with a cancellable progress dialog (loopback server only)."""

import functools
import http.server
import threading
import time

import pytest
from PySide6.QtCore import Qt

from nnlab.data import load_dataset
from nnlab.gui.session import Session
from nnlab.gui.train.page import TrainPage
from nnlab.training.config import RunConfig

# Every test here downloads MNIST from its loopback server: no other copy may be found first.
pytestmark = pytest.mark.usefixtures("without_mnist")


class FileServer:
    """Serves the files of a folder on 127.0.0.1; ``delay`` seconds between 64 KB chunks; with a
    ``gate`` (a threading.Event) every file stops after its first chunk until the gate opens."""

    def __init__(self, folder, delay=0.0, missing=False, gate=None):
        files = {path.name: path.read_bytes() for path in folder.glob("*.gz")}

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                body = files.get(self.path.rsplit("/", 1)[-1])
                if body is None or missing:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    for start in range(0, len(body), 1 << 16):
                        self.wfile.write(body[start:start + (1 << 16)])
                        if gate is not None:
                            self.wfile.flush()
                            gate.wait(60)
                        time.sleep(delay)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/mnist/"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def make_page(qtbot, server, data_dir):
    page = TrainPage(Session(), load_function=functools.partial(load_dataset, data_dir=data_dir,
                                                                mirrors=[server.url]))
    qtbot.addWidget(page)
    page.controls.set_config(RunConfig(hidden=(16,), batch_size=256, epochs=1))
    page.show()
    return page


@pytest.fixture
def warnings():
    """``warnings()``: the (title, text) of every message box showing now."""
    from PySide6.QtWidgets import QApplication, QMessageBox
    return lambda: [(box.windowTitle(), box.text()) for box in QApplication.topLevelWidgets()
                    if isinstance(box, QMessageBox) and box.isVisible()]


def test_first_start_downloads_with_progress_then_trains(qtbot, mnist_dir, tmp_path):
    server = FileServer(mnist_dir)
    page = make_page(qtbot, server, tmp_path)
    progress = []
    page.controller.loader.progressed.connect(lambda done, total, name: progress.append((done, total, name)))
    try:
        page.start()
        assert page.state == "loading" and page.controller.loader.dialog is not None
        assert not page.start_button.isEnabled() and not page.step_button.isEnabled()
        qtbot.waitUntil(lambda: page.state == "running", timeout=60000)
        assert page.session.dataset("mnist")[0][0].shape == (60000, 28, 28)
        assert page.controller.loader.dialog is None
        names = {name for _, _, name in progress}
        assert "train-images-idx3-ubyte.gz" in names
        assert max(done for done, _, _ in progress) == 9912422
        page.stop()
        qtbot.waitUntil(lambda: page.state == "idle", timeout=20000)
    finally:
        page.shutdown()
        server.close()
    assert (tmp_path / "mnist" / "train-images-idx3-ubyte.gz").stat().st_size == 9912422  # the data set's folder


def test_cancelling_the_download(qtbot, mnist_dir, tmp_path, warnings):
    server = FileServer(mnist_dir, delay=0.02)
    page = make_page(qtbot, server, tmp_path)
    try:
        page.start()
        qtbot.waitUntil(lambda: page.controller.loader.dialog is not None
                        and page.controller.loader.dialog.value() > 0, timeout=20000)
        from PySide6.QtWidgets import QPushButton
        qtbot.mouseClick(page.controller.loader.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.state == "idle", timeout=10000)
        assert page.session.dataset("mnist") is None and page.current_run is None
        assert "cancelled" in page.progress_label.text() and not warnings()
        assert page.start_button.isEnabled()
        assert not (tmp_path / "mnist" / "train-images-idx3-ubyte.gz").exists()
    finally:
        page.shutdown()
        server.close()


def test_an_unreachable_data_set_gives_a_clear_message(qtbot, mnist_dir, tmp_path, warnings):
    server = FileServer(mnist_dir, missing=True)
    page = make_page(qtbot, server, tmp_path)
    try:
        page.start()
        qtbot.waitUntil(lambda: page.state == "idle", timeout=20000)
        assert warnings() and "train-images-idx3-ubyte.gz" in warnings()[0][1]
        assert page.banner.isVisible() and str(tmp_path) in page.banner.text()
        assert page.start_button.isEnabled()
    finally:
        page.shutdown()
        server.close()


def test_a_damaged_file_can_be_deleted_and_downloaded_again(qtbot, mnist_dir, tmp_path, warnings, monkeypatch):
    (tmp_path / "mnist").mkdir()  # the folder nnlab downloads MNIST into: its files may be replaced
    for path in mnist_dir.glob("*.gz"):
        (tmp_path / "mnist" / path.name).write_bytes(path.read_bytes())
    damaged = tmp_path / "mnist" / "t10k-labels-idx1-ubyte.gz"
    damaged.write_bytes(b"not a gzip file at all")
    server = FileServer(mnist_dir)
    page = make_page(qtbot, server, tmp_path)
    asked = []
    monkeypatch.setattr(page, "ask_to_replace_corrupt_file", lambda path, message: asked.append(path) or True)
    try:
        page.start()
        qtbot.waitUntil(lambda: page.state == "running", timeout=60000)
        assert asked == [str(damaged)] and not warnings()
        assert page.session.dataset("mnist")[1][1].shape == (10000,)
        assert damaged.read_bytes()[:2] == b"\x1f\x8b"          # the real file, downloaded again
        page.stop()
        qtbot.waitUntil(lambda: page.state == "idle", timeout=20000)
    finally:
        page.shutdown()
        server.close()


def test_closing_during_a_download_returns_at_once(qtbot, mnist_dir, tmp_path):
    gate = threading.Event()  # the server holds back the rest of the file until the test ends...
    watchdog = threading.Timer(30, gate.set)  # ...or a shutdown that waits for the download lets it go on
    server = FileServer(mnist_dir, gate=gate)
    page = make_page(qtbot, server, tmp_path)
    try:
        page.start()
        qtbot.waitUntil(lambda: page.controller.loader.dialog is not None
                        and page.controller.loader.dialog.value() > 0, timeout=20000)
        watchdog.start()
        page.shutdown()
        assert not gate.is_set(), "shutdown waited for the download instead of abandoning it"
        assert not (tmp_path / "mnist" / "train-images-idx3-ubyte.gz").exists()
    finally:
        watchdog.cancel()
        gate.set()
        server.close()
