"""LivePlot: curves in the nnlab plot window (Qt, offscreen here) or as an image in a notebook cell."""

import sys

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTimer

import nnlab.keras as keras
from nnlab.keras import layers
from nnlab.keras.callbacks import LivePlot
from nnlab.keras.svgplot import curves_svg


def data(n=200):
    rng = np.random.default_rng(0)
    return rng.normal(size=(n, 6)).astype("float32"), rng.integers(0, 3, n)


def model():
    keras.utils.set_random_seed(0)
    net = keras.Sequential([layers.Dense(8, activation="relu", input_shape=(6,)),
                            layers.Dense(3, activation="softmax")])
    net.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return net


def test_the_window_shows_loss_and_accuracy_while_fit_runs(qtbot, tmp_path):
    plot = LivePlot(window=True)
    x, y = data()
    model().fit(x, y, epochs=3, batch_size=20, validation_split=0.2, callbacks=[plot], verbose=0)
    window = plot.view
    qtbot.addWidget(window)
    assert window.objectName() == "livePlotWindow" and window.isVisible()
    for name in ("livePlotLoss", "livePlotAccuracy"):
        widget = window.findChild(pg.PlotWidget, name)
        batches, smoothed, validation = (item for item in widget.getPlotItem().listDataItems())
        xs, ys = batches.getData()
        assert len(xs) == 3 * 8 and xs[-1] == pytest.approx(3.0)  # 8 batches per epoch
        assert len(smoothed.getData()[0]) == len(xs)
        assert list(validation.getData()[0]) == [1.0, 2.0, 3.0]
    smoothed_loss = plot.series["loss_smoothed"][1]
    assert smoothed_loss[-1] < smoothed_loss[0]
    assert window.grab().save(str(tmp_path / "liveplot.png"))


def test_the_image_has_both_panels_and_survives_nan_huge_and_empty_data():
    empty = curves_svg([("loss", {"batches": ([], [])})], epochs=5)
    assert empty.startswith("<svg") and "waiting for the first batch" in empty
    hostile = {"batches": ([0.5, 1.0, 1.5], [2.0, float("nan"), 1e400]), "validation": ([1.0], [float("inf")])}
    image = curves_svg([("loss", hostile), ("accuracy", {"smoothed": ([1.0], [0.5])})], epochs=2)
    assert ">loss<" in image and ">accuracy<" in image and "nan" not in image and "inf" not in image
    flat = curves_svg([("loss", {"smoothed": ([0.5, 1.0], [0.3, 0.3])})], epochs=1)
    assert "<polyline" in flat  # a flat curve still gets a visible range
    many = curves_svg([("loss", {"batches": (list(range(100_000)), [1.0] * 100_000)})], epochs=1)
    assert len(many) < 30_000  # long runs are thinned to a few hundred points


def test_without_ipython_liveplot_says_so_clearly(monkeypatch):
    monkeypatch.setitem(sys.modules, "IPython", None)  # makes `import IPython` fail, as when not installed
    x, y = data()
    with pytest.raises(RuntimeError, match="IPython is not installed.*LivePlot\\(window=True\\)"):
        model().fit(x, y, callbacks=[LivePlot(window=False)], verbose=0)


def test_outside_a_notebook_liveplot_says_so_clearly():
    pytest.importorskip("IPython")
    x, y = data()
    with pytest.raises(RuntimeError, match="this is not a notebook"):
        model().fit(x, y, callbacks=[LivePlot()], verbose=0)


def test_the_window_is_chosen_when_qts_event_loop_runs(qtbot):
    plot = LivePlot()
    assert not plot.in_window  # a QApplication exists (pytest-qt) but its loop is not running
    seen = []
    QTimer.singleShot(0, lambda: seen.append(plot.in_window))
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)  # runs Qt's event loop until the timer has fired
    assert seen == [True]


def test_in_jupyter_the_curves_go_to_the_cell_output():
    """A real kernel: what a student runs. (Its ``%gui qt`` is not run here: ipykernel's Qt
    integration sometimes misses a message and hangs the kernel; ``gui_qt`` below covers the choice.)"""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    source = ("import numpy as np\nimport nnlab.keras as keras\nfrom nnlab.keras.callbacks import LivePlot\n"
              "x = np.random.default_rng(0).normal(size=(200, 6))\ny = (x[:, 0] > 0).astype(int)\n"
              "net = keras.Sequential([keras.layers.Dense(2, activation='softmax', input_shape=(6,))])\n"
              "net.compile(loss='sparse_categorical_crossentropy', metrics=['accuracy'])\n"
              "net.fit(x, y, epochs=2, validation_split=0.2, verbose=0, callbacks=[LivePlot()]);")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
    nbclient.NotebookClient(notebook, timeout=300, startup_timeout=300, kernel_name="python3").execute()
    outputs = notebook.cells[0].outputs
    images = [o["data"]["image/svg+xml"] for o in outputs if "image/svg+xml" in o.get("data", {})]
    assert len(images) == 1, outputs  # one image, updated in place
    assert images[0].count("<polyline") >= 4 and ">accuracy<" in images[0]


class FakeShell:
    """IPython's shell as ``%gui qt`` leaves it (``active_eventloop`` names the loop)."""

    active_eventloop = "qt"


def test_after_gui_qt_the_window_is_chosen_and_show_gives_no_hint(qtbot, monkeypatch, capsys):
    fake_ipython = type(sys)("IPython")
    fake_ipython.get_ipython = lambda: FakeShell()
    monkeypatch.setitem(sys.modules, "IPython", fake_ipython)
    plot = LivePlot()
    assert plot.in_window
    x, y = data()
    model().fit(x, y, epochs=1, callbacks=[plot], verbose=0)
    qtbot.addWidget(plot.view)
    assert plot.view.isVisible()
    import nnlab
    window = nnlab.show(model())
    qtbot.addWidget(window)
    assert "%gui qt" not in capsys.readouterr().err
