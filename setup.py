"""Only what pyproject.toml cannot say: every package found under nnlab/, plus nnlab.resources,
which lives in the repository's top-level resources/ folder (see package-dir in pyproject.toml)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["nnlab", "nnlab.*"]), "nnlab.resources"])
