"""The book's first notebook ("2.1 a first look at a neural network") runs on nnlab with only the
import changed, and docs/first_look_at_a_neural_network.ipynb is that notebook, executed."""

import ast
import contextlib
import io
import re
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "docs" / "first_look_at_a_neural_network.ipynb"

# The book's cells, word for word (Keras).
BOOK_CELLS = [
    "import keras\nkeras.__version__",
    "from keras.datasets import mnist\n\n(train_images, train_labels), (test_images, test_labels) = mnist.load_data()",
    "train_images.shape",
    "len(train_labels)",
    "train_labels",
    "test_images.shape",
    "len(test_labels)",
    "test_labels",
    "from keras import models\nfrom keras import layers\n\n"
    "network = models.Sequential()\n"
    "network.add(layers.Dense(512, activation='relu', input_shape=(28 * 28,)))\n"
    "network.add(layers.Dense(10, activation='softmax'))",
    "network.compile(optimizer='rmsprop',\n                loss='categorical_crossentropy',\n"
    "                metrics=['accuracy'])",
    "train_images = train_images.reshape((60000, 28 * 28))\ntrain_images = train_images.astype('float32') / 255\n\n"
    "test_images = test_images.reshape((10000, 28 * 28))\ntest_images = test_images.astype('float32') / 255",
    "from keras.utils import to_categorical\n\n"
    "train_labels = to_categorical(train_labels)\ntest_labels = to_categorical(test_labels)",
    "network.fit(train_images, train_labels, epochs=5, batch_size=128)",
    "test_loss, test_acc = network.evaluate(test_images, test_labels)",
    "print('test_acc:', test_acc)",
]

TIME = r"(\d+s|\d+:\d\d(:\d\d)?)"  # Keras' elapsed time: 3s, 1:05, 1:02:03
EPOCH_LINE = re.compile(rf"^469/469 ━{{20}} {TIME} \d+(ms|s)/step - accuracy: 0\.\d{{4}} - loss: 0\.\d{{4}}$")


def on_nnlab(cell: str) -> str:
    """The one change: the imports name nnlab.keras instead of keras."""
    cell = re.sub(r"^import keras$", "import nnlab.keras as keras", cell, flags=re.M)
    return re.sub(r"^from keras\b", "from nnlab.keras", cell, flags=re.M)


NNLAB_CELLS = [on_nnlab(cell) for cell in BOOK_CELLS]


def run_cell(source: str, namespace: dict):
    """Execute a cell as Jupyter does: the value of a last bare expression is the cell's result."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "<cell>", "exec"), namespace)
    return eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace) if last else None


def rendered(text: str) -> list[str]:
    return [re.sub(r"\x1b\[[0-9;]*m", "", line.split("\r")[-1]).rstrip() for line in text.split("\n")]


def test_only_the_imports_differ_from_the_book():
    changed = [(book, ours) for book, ours in zip(BOOK_CELLS, NNLAB_CELLS) if book != ours]
    assert len(changed) == 4 and all("keras" in ours for _, ours in changed)
    for book, ours in changed:
        assert [line for line in book.splitlines() if "import" not in line] == \
               [line for line in ours.splitlines() if "import" not in line]


@pytest.mark.slow
def test_the_book_notebook_trains_to_the_textbook_accuracy(mnist_dir, monkeypatch):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(mnist_dir))
    import nnlab.keras
    nnlab.keras.utils.set_random_seed(0)  # set-up, not a cell: the run is the same every time
    namespace, results, printed = {}, [], []
    for cell in NNLAB_CELLS:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            results.append(run_cell(cell, namespace))
        printed.append(out.getvalue())
    assert results[2] == (60000, 28, 28) and results[3] == 60000 and results[5] == (10000, 28, 28)
    assert results[6] == 10000 and list(results[4][:5]) == [5, 0, 4, 1, 9]
    assert namespace["train_labels"].shape == (60000, 10)
    fit_lines = [line for line in rendered(printed[12]) if line]
    assert fit_lines[0::2] == [f"Epoch {i}/5" for i in range(1, 6)]
    assert all(EPOCH_LINE.match(line) for line in fit_lines[1::2]), fit_lines
    assert re.match(rf"^313/313 ━{{20}} {TIME} \d+(ms|us)/step - accuracy: 0\.\d{{4}} - loss: 0\.\d{{4}}$",
                    rendered(printed[13])[0])
    assert namespace["test_acc"] >= 0.977
    assert printed[14] == f"test_acc: {namespace['test_acc']}\n"


def test_the_docs_notebook_is_the_book_on_nnlab_executed_with_outputs():
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [cell.source for cell in code[:len(NNLAB_CELLS)]] == NNLAB_CELLS
    assert all(cell.execution_count for cell in code), "run docs/run_notebooks.py to execute it"
    fit_output = "".join(output.get("text", "") for output in code[12].outputs)
    lines = [line for line in rendered(fit_output) if line]
    assert len(lines) == 10 and all(EPOCH_LINE.match(line) for line in lines[1::2]), lines
    accuracy = float(code[14].outputs[0]["text"].split(":")[1])
    assert accuracy >= 0.977
    live = [o for cell in code[len(NNLAB_CELLS):] for o in cell.outputs if "image/svg+xml" in o.get("data", {})]
    assert live and "<polyline" in live[-1]["data"]["image/svg+xml"]
