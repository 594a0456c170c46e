"""docs/from_scratch.ipynb is the book's from-scratch section (2nd edition) with only the imports
changed, executed: its saved outputs show the 10 epochs and the book's accuracy."""

import re
from pathlib import Path

import book_code  # beside this file: the book's code as printed
import nbformat

NOTEBOOK = Path(__file__).resolve().parents[2] / "docs" / "from_scratch.ipynb"


def code_cells():
    return [cell for cell in nbformat.read(NOTEBOOK, as_version=4).cells if cell.cell_type == "code"]


def test_the_notebook_holds_the_book_s_code_with_only_the_imports_changed():
    sources = [cell.source for cell in code_cells()]
    assert "\n\n".join(sources).startswith(book_code.SECOND_EDITION.strip("\n"))
    imports = [line for source in sources for line in source.splitlines() if re.match(r"(import|from) ", line)]
    assert [line for line in imports if "tensorflow" in line or line.startswith("import keras")] == []
    assert "import nnlab.tf as tf" in imports and "from nnlab.tf.keras import optimizers" in imports
    assert any("fit(model, train_images, train_labels, epochs=10, batch_size=128)" in s for s in sources)
    assert book_code.EVALUATE_SECOND_EDITION.strip("\n") in sources


def test_the_saved_outputs_show_ten_epochs_and_the_book_s_accuracy():
    text = "".join(output.get("text", "") for cell in code_cells() for output in cell.outputs)
    assert re.findall(r"^Epoch (\d+)$", text, flags=re.M) == [str(e) for e in range(10)]
    losses = [float(v) for v in re.findall(r"^loss at batch \d+: (\d+\.\d\d)$", text, flags=re.M)]
    assert len(losses) == 50 and losses[-1] < losses[0] / 2
    accuracy = float(re.search(r"^accuracy: (0\.\d\d)$", text, flags=re.M).group(1))
    assert 0.76 <= accuracy <= 0.88  # the book: 0.81
    assert "(784, 512)" in text  # the tape's read-back: W1's gradient shape
