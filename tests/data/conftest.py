"""Fixtures for the data tests: a loopback HTTP server and a tiny data set registered beside MNIST.

The download code is tested only against a server on 127.0.0.1 that the test starts itself, so
no test ever touches the real network.
"""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading

import numpy as np
import pytest

from nnlab.data import datasets
from nnlab.data.idx import idx_header, idx_sha256, write_idx


@pytest.fixture(autouse=True)
def _no_real_network(monkeypatch):
    """Any attempt to resolve a host other than 127.0.0.1 fails the test instead of going online."""
    resolve = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost"):
            raise AssertionError(f"a data test tried to reach the network ({host})")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


class LoopbackServer:
    """Serves ``routes[path]`` = bytes, or ("cut", bytes, sent), ("no-length", bytes), ("endless", at most
    so many zero bytes, counted in ``streamed``), or ("status", code); else 404.

    ``requests`` records every path asked for, so tests can check which mirror was tried.
    """

    def __init__(self):
        self.routes: dict[str, object] = {}
        self.requests: list[str] = []
        self.streamed = 0
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                if isinstance(route, bytes):
                    self._send(route, len(route))
                elif isinstance(route, tuple) and route[0] == "cut":
                    self._send(route[1][:route[2]], len(route[1]))  # announce all, send part, close
                elif isinstance(route, tuple) and route[0] == "no-length":
                    self.send_response(200)
                    self.end_headers()
                    self.wfile.write(route[1])
                elif isinstance(route, tuple) and route[0] == "endless":  # zeros until the client hangs up
                    self.send_response(200)
                    self.end_headers()
                    server.streamed = 0
                    try:
                        while server.streamed < route[1]:
                            self.wfile.write(bytes(1 << 16))
                            server.streamed += 1 << 16
                    except OSError:
                        pass
                    self.close_connection = True
                else:
                    self.send_error(route[1] if isinstance(route, tuple) else 404)

            def _send(self, body, length):
                self.send_response(200)
                self.send_header("Content-Length", str(length))
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                self.close_connection = True

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def url(self, prefix: str = "") -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{prefix}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    loopback = LoopbackServer()
    yield loopback
    loopback.close()


def tiny_arrays(seed: int = 0) -> list[np.ndarray]:
    """A data set shaped like MNIST, only small: 24 train and 12 test images of 28 x 28."""
    rng = np.random.default_rng(seed)
    return [rng.integers(0, 256, (24, 28, 28), dtype=np.uint8), rng.integers(0, 10, 24, dtype=np.uint8),
            rng.integers(0, 256, (12, 28, 28), dtype=np.uint8), rng.integers(0, 10, 12, dtype=np.uint8)]


def register_dataset(name: str, arrays, tmp_path, monkeypatch):
    """Registers data set ``name`` with MNIST's file names holding ``arrays``, pinned like MNIST's
    files; returns (spec, {name: gz bytes}, arrays)."""
    names = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
             "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")
    blobs, files = {}, []
    source = tmp_path / f"{name}-source"
    source.mkdir()
    for file_name, array in zip(names, arrays):
        blobs[file_name] = write_idx(source / file_name, array).read_bytes()
        files.append(datasets.DataFile(file_name, len(blobs[file_name]), hashlib.sha256(blobs[file_name]).hexdigest(),
                                       idx_sha256(array), len(idx_header(array)) + array.nbytes))
    spec = datasets.DatasetSpec(name=name, title=name.title(), folder=name, files=tuple(files),
                                mirrors=("http://127.0.0.1:9/unused/",), homepage="https://example.invalid/",
                                class_names=tuple("0123456789"))
    monkeypatch.setitem(datasets.DATASETS, name, spec)
    return spec, blobs, arrays


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    """Registers data set "tiny" (files pinned like MNIST's) and returns (spec, {name: gz bytes}, arrays)."""
    return register_dataset("tiny", tiny_arrays(), tmp_path, monkeypatch)


@pytest.fixture
def other(tmp_path, monkeypatch):
    """Data set "other": the same file names as "tiny" with other content, as Fashion-MNIST beside MNIST."""
    return register_dataset("other", tiny_arrays(seed=7), tmp_path, monkeypatch)
