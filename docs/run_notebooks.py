"""Execute the notebooks in docs/ and keep their outputs, as a student would see them.

    pip install -e ".[test]"
    NNLAB_DATA_DIR=/path/to/mnist python docs/run_notebooks.py

Carriage-return redraws of the progress bar are collapsed as Jupyter's output area collapses
them, so the saved notebook holds the finished lines only.
"""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from nnlab.atomic import atomic_write


def main() -> None:
    for path in sorted(Path(__file__).resolve().parent.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, timeout=3600, kernel_name="python3", coalesce_streams=True,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        atomic_write(path, nbformat.writes(notebook).encode("utf-8") + b"\n")
        print(f"executed {path.name}")


if __name__ == "__main__":
    main()
