"""The ``nnlab`` command: ``nnlab`` opens the window, ``nnlab train`` trains from the terminal."""

from __future__ import annotations

import argparse
import sys

import nnlab


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nnlab", description="A teaching lab for neural networks.")
    parser.add_argument("--version", action="version", version=f"nnlab {nnlab.__version__}")
    parser.add_argument("--lang", choices=["en", "fa"], help="language of the window (default: system)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from nnlab.gui.app import run
    return run(args.lang)
