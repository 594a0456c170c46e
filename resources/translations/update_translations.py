"""Regenerate the translation sources from the code and compile them.

    python resources/translations/update_translations.py

1. ``pyside6-lupdate`` collects every ``self.tr(...)``, ``QCoreApplication.translate(...)`` and
   ``QT_TRANSLATE_NOOP(...)`` string of ``nnlab/`` into ``nnlab_fa.ts``: new strings arrive marked
   "unfinished", strings that left the code are dropped, existing translations are kept.
2. Translate the unfinished strings (Qt Linguist: ``pyside6-linguist nnlab_fa.ts``, or any editor).
3. Run this script again: ``pyside6-lrelease`` compiles ``nnlab_fa.qm``, which the app loads.

English needs translations only for plurals: ``nnlab_en.ts`` holds just the ``%n`` strings
(``lupdate -pluralonly``), with the forms for one and for many ("%n axis" / "%n axes").

``tests/gui/test_translations.py`` fails while a string has no finished Persian translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ["fa", "en"]


def qt_tool(name: str) -> str:
    """Path of ``pyside6-<name>`` (installed with PySide6 beside the Python that runs this)."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "nnlab").rglob("*.py"))


def update_ts(ts_file: Path) -> None:
    """Merge the code's current strings into ``ts_file`` (no line numbers: keeps diffs small)."""
    language = ts_file.stem.split("_")[-1]
    plurals_only = ["-pluralonly"] if language == "en" else []
    subprocess.run([qt_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none", *plurals_only,
                    "-target-language", language, "-ts", str(ts_file)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True,
                   stdout=subprocess.DEVNULL)


def main() -> None:
    for language in LANGUAGES:
        ts_file = HERE / f"nnlab_{language}.ts"
        update_ts(ts_file)
        compile_qm(ts_file, ts_file.with_suffix(".qm"))
        print(f"updated {ts_file.relative_to(ROOT)} and compiled {ts_file.with_suffix('.qm').name}")


if __name__ == "__main__":
    main()
