"""A plain (non-editable) install carries every resource: the model, translations, fonts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_model_translations_and_fonts(tmp_path):
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(wheel_dir), str(ROOT)], check=True, cwd=tmp_path, timeout=300)
    wheel = next(wheel_dir.glob("nnlab-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    "--target", str(target), str(wheel)], check=True, timeout=300)
    check = (
        "import nnlab, sys\n"
        "from nnlab.resources import resource_path\n"
        f"assert nnlab.__file__.startswith({str(target)!r}), nnlab.__file__\n"
        "assert nnlab.load_pretrained().count_params() == 407050\n"
        "assert resource_path('translations', 'nnlab_fa.qm').is_file()\n"
        "assert resource_path('fonts', 'Vazirmatn-Regular.ttf').is_file()\n"
        "assert resource_path('fonts', 'OFL.txt').is_file()\n"
        "from nnlab.lessons import bundled_lesson\nassert len(bundled_lesson().steps) >= 25\n"
        "assert resource_path('translations', 'nnlab_en.qm').is_file()\n"
        "assert list(resource_path('digits').glob('*.npz')), 'the digit-likeness statistic is missing'\n"
        "import nnlab.keras, nnlab.gui.notebook, nnlab.gui.lessons.controller\n"
        "import nnlab.gui.main_window\n"
        "print('ok')\n")
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, cwd=tmp_path,
                            env=env, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
