"""Downloads against a loopback server: success, cut connection, wrong checksum, fallback, cancel."""

from __future__ import annotations

import functools
import io
import os
import socket
import time
from pathlib import Path

import numpy as np
import pytest

from nnlab.data import (
    DatasetMissingError,
    DownloadCancelled,
    DownloadError,
    cache_dir,
    fetch_url,
    load_dataset,
    text_progress,
)

small_chunks = functools.partial(fetch_url, chunk_size=1024)


def files_in(folder: Path) -> list[str]:
    """Every file in ``folder``, temporary ones included."""
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def serve(server, prefix: str, blobs: dict[str, bytes]) -> str:
    for name, blob in blobs.items():
        server.routes[f"/{prefix}{name}"] = blob
    return server.url(prefix)


def test_download_fills_the_cache_reports_progress_and_loads(tiny, server):
    spec, blobs, arrays = tiny
    calls = []
    loaded = load_dataset("tiny", progress=lambda *call: calls.append(call),
                          mirrors=[serve(server, "m/", blobs)], fetch=small_chunks)
    for got, expected in zip((*loaded[0], *loaded[1]), arrays):
        np.testing.assert_array_equal(got, expected)
    assert files_in(cache_dir() / "tiny") == sorted(blobs)
    for name, blob in blobs.items():
        mine = [(done, total) for done, total, filename in calls if filename == name]
        assert mine[0] == (0, len(blob)) and mine[-1] == (len(blob), len(blob))
        assert [done for done, _ in mine] == sorted(done for done, _ in mine)
    big = spec.files[0].name
    assert sum(1 for call in calls if call[2] == big) == 2 + (len(blobs[big]) - 1) // 1024
    requests = len(server.requests)
    load_dataset("tiny", mirrors=[server.url("m/")])  # now cached: no request at all
    assert len(server.requests) == requests


def test_only_missing_files_are_downloaded(tiny, server):
    spec, blobs, _ = tiny
    folder = cache_dir() / "tiny"
    folder.mkdir(parents=True)
    for name in list(blobs)[1:]:
        (folder / name).write_bytes(blobs[name])
    load_dataset("tiny", mirrors=[serve(server, "", blobs)])
    assert server.requests == ["/" + spec.files[0].name]


def test_cut_connection_is_a_clear_error_and_leaves_no_file(tiny, server):
    spec, blobs, _ = tiny
    base = serve(server, "", blobs)
    name = spec.files[0].name
    server.routes["/" + name] = ("cut", blobs[name], 1000)
    with pytest.raises(DatasetMissingError) as caught:
        load_dataset("tiny", mirrors=[base])
    message = str(caught.value)
    assert f"{base}{name}: the connection broke after 1,000 of {len(blobs[name]):,} bytes" in message
    assert f"Put these files into the folder {cache_dir() / 'tiny'}" in message
    assert files_in(cache_dir() / "tiny") == []


def test_wrong_checksum_is_a_clear_error_and_leaves_no_file(tiny, server):
    spec, blobs, _ = tiny
    base = serve(server, "", blobs)
    name = spec.files[1].name
    damaged = bytearray(blobs[name])
    damaged[20] ^= 0xFF
    server.routes["/" + name] = bytes(damaged)
    with pytest.raises(DatasetMissingError) as caught:
        load_dataset("tiny", mirrors=[base])
    assert f"{base}{name}: the downloaded file is not the expected one" in str(caught.value)
    assert spec.files[1].sha256 in str(caught.value)
    assert files_in(cache_dir() / "tiny") == [spec.files[0].name]  # the good first file is kept
    assert caught.value.files == [f.name for f in spec.files[1:]]


def test_falls_back_to_the_next_mirror_when_the_first_answers_404(tiny, server):
    spec, blobs, arrays = tiny
    good = serve(server, "good/", blobs)
    (_, y_train), _ = load_dataset("tiny", mirrors=[server.url("gone/"), good])
    np.testing.assert_array_equal(y_train, arrays[1])
    assert server.requests[:2] == ["/gone/" + spec.files[0].name, "/good/" + spec.files[0].name]


def test_all_mirrors_failing_lists_each_failure(tiny, server):
    spec, blobs, _ = tiny
    server.routes["/busy/" + spec.files[0].name] = ("status", 503)
    with pytest.raises(DatasetMissingError) as caught:
        load_dataset("tiny", mirrors=[server.url("nothing/"), server.url("busy/")])
    message = str(caught.value)
    assert "Tiny is not on this computer yet and could not be downloaded" in message
    assert "HTTP 404" in message and "HTTP 503" in message
    assert len(server.requests) == 2  # it gives up after the first file instead of trying all four


def test_offline_error_says_which_files_to_put_where(tiny, tmp_path):
    with socket.socket() as probe:  # a port that nothing listens on: connection refused, like offline
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    with pytest.raises(DatasetMissingError) as caught:
        load_dataset("tiny", data_dir=tmp_path / "mine", mirrors=[dead])
    message = str(caught.value)
    assert "cannot connect" in message
    assert f"Put these files into the folder {tmp_path / 'mine' / 'tiny'}" in message
    assert all(f"  {file.name}  ({file.size:,} bytes" in message for file in tiny[0].files)
    assert caught.value.folder == tmp_path / "mine" / "tiny"


@pytest.mark.parametrize("how", ["return False", "raise"])
def test_cancel_from_the_progress_callback_stops_and_leaves_no_file(tiny, server, how):
    spec, blobs, _ = tiny
    base = serve(server, "", blobs)

    def progress(done, total, name):
        if done >= 2048:
            if how == "raise":
                raise DownloadCancelled("user pressed Cancel")
            return False
        return None

    with pytest.raises(DownloadCancelled):
        load_dataset("tiny", progress=progress, mirrors=[base], fetch=small_chunks)
    assert files_in(cache_dir() / "tiny") == []
    assert server.requests == ["/" + spec.files[0].name]  # cancel is final: no other mirror, no other file


def test_download_function_is_injectable(tiny, tmp_path):
    spec, blobs, arrays = tiny
    asked = []

    def fake_fetch(url, dest, sha256=None, size=None, progress=None):
        asked.append((url, Path(dest).name, sha256))
        Path(dest).parent.mkdir(parents=True, exist_ok=True)
        Path(dest).write_bytes(blobs[Path(dest).name])
        return Path(dest)

    load_dataset("tiny", mirrors=["https://mirror.invalid/x/"], fetch=fake_fetch)
    assert asked == [(f"https://mirror.invalid/x/{f.name}", f.name, f.sha256) for f in spec.files]


def test_fetch_url_without_content_length_still_reports_the_end(server, tmp_path):
    server.routes["/blob"] = ("no-length", b"x" * 5000)
    calls = []
    fetch_url(server.url("blob"), tmp_path / "blob", progress=lambda *c: calls.append(c), chunk_size=2048)
    assert (tmp_path / "blob").read_bytes() == b"x" * 5000
    assert calls[0] == (0, None, "blob") and calls[-1] == (5000, 5000, "blob")


def test_fetch_url_replaces_the_destination_only_when_verified(server, tmp_path):
    dest = tmp_path / "data.gz"
    dest.write_bytes(b"old")
    server.routes["/data.gz"] = b"new content"
    with pytest.raises(DownloadError, match="not the expected one"):
        fetch_url(server.url("data.gz"), dest, sha256="0" * 64)
    assert dest.read_bytes() == b"old" and files_in(tmp_path) == ["data.gz"]


@pytest.mark.usefixtures("without_mnist")
def test_real_mnist_over_loopback_matches_the_pinned_checksums(mnist_dir, server):
    blobs = {name: (mnist_dir / name).read_bytes() for name in
             ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
              "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")}
    (x_train, y_train), (x_test, y_test) = load_dataset("mnist", mirrors=[serve(server, "mnist/", blobs)])
    assert x_train.shape == (60000, 28, 28) and y_test.shape == (10000,)
    assert y_train[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    assert files_in(cache_dir() / "mnist") == sorted(blobs)


def test_text_progress_draws_a_bar_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    show = text_progress(out, width=10)
    show(0, 2_000_000, "f.gz")
    show(2_000_000, 2_000_000, "f.gz")
    assert out.getvalue().endswith("\rf.gz  [##########] 100%  2.0/2.0 MB\n")
    assert "\rf.gz  [..........]   0%" in out.getvalue()


def test_text_progress_writes_whole_lines_into_a_log():
    out = io.StringIO()
    show = text_progress(out)
    for done in range(0, 3_000_001, 100_000):
        show(done, 3_000_000, "f.gz")
    assert out.getvalue() == "f.gz: downloading\nf.gz: done, 3.0 MB\n"


def test_temporary_files_of_a_killed_download_are_swept_after_a_day(server, tmp_path):
    old, recent = tmp_path / ".data.gz.abc.part", tmp_path / ".data.gz.def.part"
    old.write_bytes(b"left by a killed process")
    recent.write_bytes(b"another process is downloading")
    os.utime(old, (0, time.time() - 2 * 24 * 3600))
    server.routes["/data.gz"] = b"content"
    fetch_url(server.url("data.gz"), tmp_path / "data.gz")
    assert files_in(tmp_path) == [recent.name, "data.gz"]


def test_a_server_streaming_endless_zeros_is_cut_off_at_the_expected_size(server, tmp_path):
    server.routes["/zeros.gz"] = ("endless", 2 << 30)
    with pytest.raises(DownloadError, match="more than the 100,000 bytes"):
        fetch_url(server.url("zeros.gz"), tmp_path / "zeros.gz", sha256="0" * 64, size=100_000)
    assert files_in(tmp_path) == []
    assert server.streamed < 50 << 20  # the client hung up long before 2 GB


def test_a_server_announcing_another_size_is_refused_before_reading(server, tmp_path):
    server.routes["/big.gz"] = bytes(300_000)
    with pytest.raises(DownloadError, match="offers 300,000 bytes, the file has 1,000"):
        fetch_url(server.url("big.gz"), tmp_path / "big.gz", size=1000)
    assert files_in(tmp_path) == []


def test_load_dataset_passes_the_expected_size_to_every_download(tiny, tmp_path):
    spec, blobs, _ = tiny
    sizes = {}

    def fetch(url, dest, sha256=None, size=None, progress=None):
        sizes[Path(dest).name] = size
        Path(dest).parent.mkdir(parents=True, exist_ok=True)
        Path(dest).write_bytes(blobs[Path(dest).name])
        return Path(dest)

    load_dataset("tiny", mirrors=["https://mirror.invalid/"], fetch=fetch)
    assert sizes == {file.name: file.size for file in spec.files}
