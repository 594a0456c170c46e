"""Code reads left to right inside the Persian window, checked in what Qt draws.

``reading_order.py`` (run in a subprocess: antialiasing must be off before Qt starts) draws each code
span of every label, button, text view, plot text, table cell, tooltip, menu item and message box of
every page, Concepts demo and lesson step alone, left to right, and looks for it in the real drawing.
"""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "reading_order.py"


def run(*args: str) -> tuple[int, list[str]]:
    result = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600)
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0 and len(lines) >= 2 and lines[-1].startswith("["), result.stderr[-3000:]
    checked = int(lines[-2].split()[-1])
    return checked, json.loads(lines[-1])


def test_the_check_catches_code_that_is_not_isolated_and_passes_code_that_is():
    checked, problems = run("--self-check")
    assert checked == 4  # two spans in each label
    assert problems == ["self-check QLabel#bad: '10 → 512 → 784'", "self-check QLabel#bad: '(3, 4)'"]


def test_every_code_span_of_the_persian_window_is_drawn_in_reading_order():
    checked, problems = run()
    assert checked > 250, f"only {checked} code spans were looked at: the walk missed pages"
    assert problems == [], "code drawn out of reading order or cut:\n" + "\n".join(problems)
