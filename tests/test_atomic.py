"""The one atomic writer: the umask is honoured, parts of killed writes vanish, targets are checked early."""

import os
import subprocess
import sys

import pytest

from nnlab.atomic import (
    NotAFileError,
    atomic_write,
    check_writable,
    recover_folder,
    replace_folder,
    temporary_folder,
)
from nnlab.core import Dense, Sequential


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_honour_the_umask(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        atomic_write(tmp_path / "a.txt", "text")
        Sequential([Dense(2, input_shape=(3,))]).save(tmp_path / "m.npz")
    finally:
        os.umask(previous)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == mode
    assert (tmp_path / "m.npz").stat().st_mode & 0o777 == mode


def test_a_killed_save_leaves_nothing_behind_after_the_next_one(tmp_path):
    killed = tmp_path / f".m.npz.{dead_pid()}.1a2b3c4d.part"
    killed.write_bytes(b"half a model")
    running = tmp_path / f".m.npz.{os.getppid()}.5e6f7a8b.part"  # a live process's: not ours to remove
    running.write_bytes(b"being written")
    unrelated = tmp_path / ".notes.txt.part"
    unrelated.write_bytes(b"someone else's")
    Sequential([Dense(2, input_shape=(3,))]).save(tmp_path / "m.npz")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([running.name, unrelated.name, "m.npz"])


def test_a_save_killed_midway_leaves_only_a_part_of_our_naming(tmp_path):
    code = ("import os, nnlab.atomic as a\n"
            f"with a.atomic_open({str(tmp_path / 'm.npz')!r}) as f:\n"
            "    f.write(b'half'); f.flush(); os._exit(9)\n")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    parts = [p.name for p in tmp_path.iterdir()]
    assert len(parts) == 1 and parts[0].startswith(".m.npz.") and parts[0].endswith(".part")
    atomic_write(tmp_path / "m.npz", b"whole")
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"]


def test_check_writable_refuses_empty_names_folders_and_unwritable_places(tmp_path):
    with pytest.raises(ValueError, match="empty"):
        check_writable("")
    with pytest.raises(ValueError, match="is a folder"):
        check_writable(tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError):
        check_writable(tmp_path / "file" / "model.npz")  # a file where a folder should be
    assert check_writable(tmp_path / "new" / "model.npz") == tmp_path / "new" / "model.npz"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["file", "new"]  # the probe is gone


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("make", ["fifo", "device link"])
def test_a_device_or_a_pipe_is_never_replaced(tmp_path, make):
    """As root, renaming over /dev/null replaced the device node with a file; a FIFO became a file too."""
    target = tmp_path / "m.npz"
    os.mkfifo(target) if make == "fifo" else target.symlink_to("/dev/null")
    for write in (lambda: atomic_write(target, b"data"), lambda: check_writable(target)):
        with pytest.raises(NotAFileError, match="not an ordinary file; nnlab replaces only ordinary files"):
            write()
    assert (target.is_fifo() if make == "fifo" else os.readlink(target) == "/dev/null")
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"]  # no part left behind


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_train_save_onto_a_pipe_is_refused_before_training(tmp_path, capsys):
    from nnlab.cli import main

    os.mkfifo(tmp_path / "m.npz")
    # An empty data folder: the refusal must come before the data set is even looked for.
    (tmp_path / "empty").mkdir()
    assert main(["train", "--save", str(tmp_path / "m.npz"), "--data-dir", str(tmp_path / "empty"),
                 "--no-download", "--epochs", "1"]) == 1
    captured = capsys.readouterr()
    assert "--save" in captured.err and "not an ordinary file" in captured.err and "Epoch" not in captured.out
    assert (tmp_path / "m.npz").is_fifo()


KILLED_BETWEEN_RENAMES = """
import os, signal, sys
from pathlib import Path
import nnlab.atomic as atomic
atomic._exchange = lambda *paths: False  # the two-rename way, as where no exchange exists
folder = Path(sys.argv[1])
staging = atomic.temporary_folder(folder)
(staging / "run.json").write_text("new")
renames = []
real_replace = os.replace
def replace(*args):
    renames.append(args)
    if len(renames) == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # the old folder moved aside, the new one not yet in
    real_replace(*args)
os.replace = replace
atomic.replace_folder(staging, folder)
"""


def test_a_folder_replace_killed_between_its_renames_is_recovered(tmp_path):
    folder = tmp_path / "record"
    folder.mkdir()
    (folder / "run.json").write_text("old")
    process = subprocess.run([sys.executable, "-c", KILLED_BETWEEN_RENAMES, str(folder)])
    assert process.returncode == -9 and not folder.exists()  # the moment the issue describes
    assert recover_folder(folder) and (folder / "run.json").read_text() == "old"
    (tmp_path / "other").mkdir()
    assert not recover_folder(tmp_path / "other")


def test_a_folder_replace_swaps_in_one_step_where_it_can(tmp_path):
    folder = tmp_path / "record"
    folder.mkdir()
    (folder / "run.json").write_text("old")
    staging = temporary_folder(folder)
    (staging / "run.json").write_text("new")
    replace_folder(staging, folder)
    assert (folder / "run.json").read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["record"]
