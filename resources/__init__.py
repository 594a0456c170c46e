"""Files that ship with nnlab: the pretrained model, translations, fonts and icons.

In the source tree this is the top-level ``resources/`` folder; installed, it is the package
``nnlab.resources`` (see ``[tool.setuptools] package-dir`` in pyproject.toml).
"""

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``resource_path("models", "lecture_network.npz")``."""
    return _HERE.joinpath(*parts)
