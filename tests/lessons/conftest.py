"""Lesson tests: small lesson files written on the fly, and MNIST for the checks that need data."""

import textwrap

import pytest


@pytest.fixture
def write_lesson(tmp_path):
    """``write_lesson(toml_text)`` -> path of a lesson file with that (dedented) text."""
    def write(text: str, name: str = "lesson.toml"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path
    return write


@pytest.fixture
def mnist_env(mnist_dir, monkeypatch):
    """Headless grading loads MNIST from the shared folder (never from the network)."""
    monkeypatch.setenv("NNLAB_DATA_DIR", str(mnist_dir))
    return mnist_dir
