"""The architecture's one hard line: nothing outside ``nnlab.gui`` loads Qt."""

import pkgutil
import subprocess
import sys

import nnlab


def qt_free_modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages(nnlab.__path__, "nnlab.")
             if not info.name.startswith(("nnlab.gui", "nnlab.resources", "nnlab.__main__"))]
    assert "nnlab.core.model" in names and "nnlab.explorer.evaluator" in names
    assert "nnlab.autodiff.tape" in names and "nnlab.tf" in names and "nnlab.keras.ops" in names
    return names


def test_no_module_outside_the_gui_imports_qt():
    modules = qt_free_modules()
    code = ("import sys, importlib\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
            "print(','.join(loaded))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt was loaded by a Qt-free package: {result.stdout.strip()}"
