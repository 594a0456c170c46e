"""The one atomic writer: the umask is honoured, parts of killed writes vanish, targets are checked early."""

import os
import subprocess
import sys

import pytest

from nnlab.atomic import atomic_write, check_writable
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
