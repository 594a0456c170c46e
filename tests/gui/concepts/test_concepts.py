"""The Concepts page under pytest-qt: it builds, every demo animates and stops, nothing stalls."""

import threading
from collections import Counter

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from nnlab.core import Dense, Sequential, optimizers
from nnlab.gui import i18n
from nnlab.gui.concepts.page import DEMOS, ConceptsPage
from nnlab.gui.pixels import WeightColourBar, weight_colour_map
from nnlab.gui.session import Session


@pytest.fixture
def session():
    """A session that already holds a small image network, so no demo loads files in the background."""
    session = Session()
    model = Sequential([Dense(16, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy")
    session.set_model(model)
    return session


@pytest.fixture
def page(qtbot, session):
    page = ConceptsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    yield page
    page.shutdown()


def show(page, qtbot, name):
    index = [n for n, _ in DEMOS].index(name)
    page.demo_list.setCurrentRow(index)
    demo = page.current_demo()
    assert demo.objectName() == name and page.stack.currentWidget() is demo
    return demo


def test_page_lists_nine_demos_and_builds_each_on_first_show(page, qtbot):
    assert page.demo_list.count() == len(DEMOS)
    assert page.demos[0] is not None and all(d is None for d in page.demos[1:])
    for name, cls in DEMOS:
        demo = show(page, qtbot, name)
        assert isinstance(demo, cls) and demo.title_label.text() and demo.explanation_label.text()
        assert demo.play_button.text() == ("Run" if name == "trainingLoopView" else "Start")  # the slide's word


def test_every_demo_starts_animates_and_stops(page, qtbot):
    for name, _ in DEMOS:
        demo = show(page, qtbot, name)
        if name == "trainingLoopView":  # it trains on MNIST's training set, which this session lacks
            qtbot.waitUntil(lambda demo=demo: not demo.play_button.isEnabled(), timeout=20_000)
            continue
        demo.start()
        assert demo.is_running() and demo.play_button.text() == "Stop"
        demo.tick()  # one frame by hand, in case its timer is slow (backprop: one line per 0.9 s)
        qtbot.wait(60)
        demo.stop()
        assert not demo.is_running()
        assert not getattr(getattr(demo, "training", None), "running", False)  # a training loop ends with it
    # Moving to another demo stops the one that was running.
    first = show(page, qtbot, DEMOS[0][0])
    first.start()
    show(page, qtbot, DEMOS[1][0])
    assert not first.is_running()


def test_decision_demo_trains_off_the_gui_thread_and_really_stops(page, qtbot, monkeypatch):
    demo = show(page, qtbot, "decisionDemo")
    classifier = demo.training.classifiers[0]
    gate, trained_in = threading.Event(), []
    train = classifier.train

    def gated_train(steps):
        trained_in.append(threading.current_thread())
        gate.wait(5)  # the GUI thread goes on below while the worker waits here
        return train(steps)

    monkeypatch.setattr(classifier, "train", gated_train)
    demo.start()
    qtbot.waitUntil(lambda: len(trained_in) == 1, timeout=5000)
    assert demo.losses == []  # nothing drawn yet: the result cannot arrive before the step ends
    gate.set()
    qtbot.waitUntil(lambda: len(demo.losses) >= 3, timeout=10000)
    assert threading.main_thread() not in trained_in
    demo.stop()
    assert not demo.training.running
    assert not any(t.name == "nnlab-demo-loop" for t in threading.enumerate())  # really stopped
    assert demo.losses[-1] < demo.losses[0]


def test_a_failing_training_step_is_reported_and_stops_the_demo(page, qtbot, monkeypatch):
    demo = show(page, qtbot, "decisionDemo")
    monkeypatch.setattr(demo.training.classifiers[0], "train",
                        lambda steps: (_ for _ in ()).throw(FloatingPointError("overflow")))
    demo.start()
    qtbot.waitUntil(lambda: not demo.is_running(), timeout=5000)
    assert "overflow" in demo.status.text() and not demo.training.running


def test_object_names_are_unique_in_the_window(qtbot):
    from nnlab.gui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    concepts = window.findChild(ConceptsPage, "conceptsPage")
    for index in range(len(DEMOS)):
        concepts.demo(index)
    qt_own = {"ScrollLeftButton", "ScrollRightButton"}  # names Qt gives the arrows of every tab bar
    ours = [w.objectName() for root in (concepts, window.findChild(QWidget, "drawPage"))
            for w in root.findChildren(QWidget)
            if w.objectName() and not w.objectName().startswith("qt_") and w.objectName() not in qt_own]
    everywhere = Counter(w.objectName() for w in window.findChildren(QWidget))
    assert "descentLearningRateSpin" in ours and "descentStepButton" in ours
    assert {name: everywhere[name] for name in ours if everywhere[name] > 1} == {}
    window.close()


def test_collapse_demo_shows_the_single_equivalent_matrix(page, qtbot):
    demo = show(page, qtbot, "collapseDemo")
    matrix, bias, gap = demo.collapsed
    assert matrix.shape == (2, 2) and bias.shape == (2,) and gap < 1e-5
    assert "2×2" in demo.matrix_label.text()


def test_descent_race_uses_the_core_optimizers_from_one_start(page, qtbot):
    demo = show(page, qtbot, "descentDemo")
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("bowl"))
    demo.tabs.setCurrentIndex(2)
    demo.choose_start((2.0, -1.5))
    for _ in range(40):
        demo.tick()
    assert list(demo.race) == optimizers.NAMES
    for name, walker in demo.race.items():
        assert type(walker.optimizer) is type(optimizers.get(name))
        assert walker.path[0] == pytest.approx([2.0, -1.5])
        assert walker.losses[-1] < walker.losses[0]
    assert "Adam" in demo.race_legend.text()


def test_the_race_shows_momentum_remembering_its_previous_step(page, qtbot):
    demo = show(page, qtbot, "descentDemo")
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("valley"))
    demo.tabs.setCurrentIndex(2)
    assert demo.momentum_picture.velocity.getData()[0] is None or not len(demo.momentum_picture.velocity.getData()[0])
    for _ in range(4):
        demo.tick()
    walker = demo.race["momentum"]
    mu = walker.optimizer.momentum
    xs, ys = demo.momentum_picture.velocity.getData()
    np.testing.assert_allclose([xs[0], ys[0]], walker.path[-1])  # the arrow starts at the ball ...
    np.testing.assert_allclose([xs[1] - xs[0], ys[1] - ys[0]], mu * (walker.path[-1] - walker.path[-2]))
    gx, gy = demo.momentum_picture.gradient.getData()
    landing = np.array([gx[1], gy[1]])
    head = demo.momentum_picture.heads[1]
    assert head.isVisible() and np.allclose([head.pos().x(), head.pos().y()], landing)
    demo.tick()
    np.testing.assert_allclose(walker.path[-1], landing)  # ... and velocity + gradient step is the next step
    assert "previous step" in demo.race_legend.text()


def test_descent_learning_rate_trio_and_step_button(page, qtbot):
    demo = show(page, qtbot, "descentDemo")
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("parabola"))
    demo.step_button.click()
    assert len(demo.walker.path) == 2
    demo.tabs.setCurrentIndex(1)
    for _ in range(30):
        demo.tick()
    small, right, large = demo.trio
    assert right.losses[-1] < small.losses[-1] and (large.diverged or large.losses[-1] > large.losses[0])


def test_batching_demo_compares_three_ways_then_replays(page, qtbot):
    demo = show(page, qtbot, "batchingDemo")
    with qtbot.waitSignal(demo.computed, timeout=10000):
        demo.epochs_spin.setValue(10)
    assert [demo.table.item(row, 2).text() for row in range(3)] == ["1", "64", "8"]
    demo.replay()
    for _ in range(5):
        demo.tick()
    assert 0 < demo.progress < demo.epochs_spin.value()
    demo.stop()


def test_backprop_demo_steps_through_and_updates(page, qtbot):
    demo = show(page, qtbot, "backpropDemo")
    demo.next_step()
    assert demo.position == 1 and demo.step_label.text().startswith("h₁ = σ(z₁)")
    demo.previous_step()
    assert demo.position == 0 and not demo.previous_button.isEnabled()
    assert demo.core_gap < 1e-12 and demo.numeric_gap < 1e-8
    loss_before = demo.trace.loss
    demo.apply_update()
    assert demo.position == 0 and demo.trace.loss < loss_before


def test_backprop_demo_shows_perturbing_as_a_method_with_its_cost(page, qtbot):
    from PySide6.QtWidgets import QLabel, QTableWidget

    from nnlab.training.config import RunConfig
    demo = show(page, qtbot, "backpropDemo")
    table = demo.findChild(QTableWidget, "nudgeTable")
    assert table.rowCount() == 9
    for row in range(9):
        nudged, backprop = float(table.item(row, 3).text()), float(table.item(row, 4).text())
        assert nudged == pytest.approx(backprop, abs=2e-6)
    lecture = RunConfig().count_params()
    cost = demo.findChild(QLabel, "nudgeCost").text()
    assert f"{2 * lecture:,}" in cost and "814,100" in cost and "18" in cost and "one backward pass" in cost
    demo.x1_spin.setValue(1.5)  # a new example: both columns follow
    assert float(table.item(0, 3).text()) == pytest.approx(float(table.item(0, 4).text()), abs=2e-6)
    assert float(table.item(0, 4).text()) == pytest.approx(float(demo.trace.grads[0][0, 0]), abs=1e-6)


def test_inside_demo_shows_the_session_network_and_a_digit(page, qtbot, session):
    images = np.zeros((3, 28, 28), np.uint8)
    images[:, 6:22, 12:16] = 255
    session.set_dataset("mnist", ((images, np.array([1, 1, 1])), (images, np.array([1, 7, 1]))))
    demo = show(page, qtbot, "insideDemo")
    assert demo.model is session.model and not demo.is_pretrained
    assert demo.weights_image.image.shape == (2 * 30 - 2, 8 * 30 - 2)  # 16 units: 2 rows of 8 tiles
    demo.index_spin.setValue(1)
    assert demo.label == 7 and demo.hidden_image.image.size == 16
    assert "Prediction" in demo.readout.text()


def test_inside_demo_uses_the_app_wide_weight_colours(page, qtbot):
    demo = show(page, qtbot, "insideDemo")
    bar = demo.findChild(WeightColourBar, "insideWeightColourBar")
    assert bar.isVisible() and bar.scale == pytest.approx(demo.weight_scale)
    lut = demo.weights_image.getColorMap().getLookupTable(nPts=5)
    np.testing.assert_array_equal(lut, weight_colour_map().getLookupTable(nPts=5))
    assert "vermillion: positive, blue: negative" in demo.explanation_label.text()


def test_inside_demo_names_the_run_it_shows_and_ignores_a_diverged_offer(page, qtbot, session):
    demo = show(page, qtbot, "insideDemo")
    shown = demo.model
    diverged = Sequential([Dense(16, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=9)
    session.offer_model("run:2", "Run 2: SGD", diverged, "diverged", 0.1)
    assert demo.model is shown  # an offer is not a choice
    session.offer_model("run:1", "Run 1: RMSprop", shown, "completed", 0.95)
    assert "Run 1: RMSprop, 95.0%" in demo.readout.text()


def test_inside_demo_without_any_network_says_so(qtbot, monkeypatch):
    import nnlab
    monkeypatch.setattr(nnlab, "load_pretrained", lambda: (_ for _ in ()).throw(OSError("no file")))
    page = ConceptsPage(Session())
    qtbot.addWidget(page)
    demo = show(page, qtbot, "insideDemo")
    qtbot.waitUntil(lambda: "Train page" in demo.message.text(), timeout=5000)
    assert demo.model is None
    page.shutdown()


def test_language_switch_retranslates_every_demo(page, qtbot):
    for name, _ in DEMOS:
        show(page, qtbot, name)
    page.retranslate_ui()
    for demo in page.demos:
        demo.retranslate_ui()
        assert demo.explanation_label.text()


def test_descent_3d_view_turns_and_follows_the_path(page, qtbot):
    demo = show(page, qtbot, "descentDemo")
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("bowl"))
    assert demo.single_3d.plot.isVisibleTo(demo)
    before = demo.single_3d.mesh.getData()[0].copy()
    demo.azimuth_slider.setValue(40)
    assert not np.allclose(np.nan_to_num(before), np.nan_to_num(demo.single_3d.mesh.getData()[0]))
    demo.tick()
    assert len(demo.single_3d.line.getData()[0]) == 2  # the start and one step
    demo.surface_combo.setCurrentIndex(demo.surface_combo.findData("parabola"))
    assert not demo.single_3d.plot.isVisibleTo(demo)  # a 1-D curve has no 3-D picture


def test_plots_stay_left_to_right_in_a_right_to_left_window(qtbot, session):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = ConceptsPage(session)
        qtbot.addWidget(page)
        demo = show(page, qtbot, "batchingDemo")
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for plot in (demo.loss_plot, demo.path_plot):
            assert plot.getPlotItem().layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert demo.table.layoutDirection() == Qt.LayoutDirection.LeftToRight
        page.shutdown()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def right_to_left(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.usefixtures("right_to_left")
def test_collapse_sentence_keeps_its_formulas_left_to_right_in_persian(qtbot, session):
    page = ConceptsPage(session)
    qtbot.addWidget(page)
    demo = show(page, qtbot, "collapseDemo")
    text = demo.findChild(QWidget, "collapsedMatrix").text()
    for formula in ("softmax(x·W + b)", "W₃·W₂·W₁", "x·W₁·W₂·W₃", "2×6 · 6×6 · 6×2"):
        assert i18n.code(formula) in text
    assert "<table dir='ltr'>" in text
    page.shutdown()


def test_inside_demo_most_excited_units_read_left_to_right_in_persian_too(page, qtbot, session):
    from PySide6.QtCore import Qt

    from nnlab.concepts import inside
    from nnlab.mosaic import mosaic
    demo = show(page, qtbot, "insideDemo")
    units, _ = demo.top_units
    tiles = inside.first_layer_images(demo.model, units)
    demo.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    demo.show_digit()
    np.testing.assert_array_equal(demo.top_image.image, mosaic(tiles, 4, gap=3))
    np.testing.assert_array_equal(demo.top_image.image[:28, :28], tiles[0])  # the strongest unit, top left


def test_regression_uses_the_slides_letters_and_names_the_least_squares_cost(page, qtbot):
    """Issue 27, item 7: the slide writes y = ax + b and axⁿ + bxⁿ⁻¹ + …, and J = Σ eᵢ²."""
    demo = show(page, qtbot, "regressionDemo")
    explanation = demo.explanation_label.text().replace("\u00a0", " ").replace("\u2060", "")
    assert "y = ax + b" in explanation and "axⁿ + bxⁿ⁻¹ + …" in explanation and "J = Σ eᵢ²" in explanation
    assert "a₀" not in explanation
    a, b = np.polyfit(demo.x, demo.y, 1)  # highest power first, as the slide's letters
    info = demo.findChild(QWidget, "regressionInfo").text().replace("−", "-").replace("\u2066", "").replace(
        "\u2069", "").replace("\u00a0", " ").replace("\u2060", "")
    assert "y = ax + b" in info and f"a = {a:.2f}" in info and f"b = {b:.2f}" in info
    assert "J = Σ eᵢ² =" in info
    demo.findChild(QWidget, "regressionDegreeSpin").setValue(2)
    info = demo.findChild(QWidget, "regressionInfo").text().replace("−", "-").replace("\u2066", "").replace(
        "\u2069", "").replace("\u00a0", " ").replace("\u2060", "")
    a, b, c = np.polyfit(demo.x, demo.y, 2)
    assert "y = ax² + bx + c" in info and f"c = {c:.2f}" in info


def test_the_narrow_valley_is_drawn_to_scale_in_the_learning_rate_tab(page, qtbot):
    """Issue 27, item 8: 0.1x² + 2y² is a valley 4.5 times longer than wide; the learning-rate tab
    stretched it until its contours looked round. One unit is as long across as up, in every view."""
    demo = show(page, qtbot, "descentDemo")
    assert demo.surface_combo.currentData() == "valley"
    demo.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    for view in demo.trio_views:
        across, up = view.plot.getPlotItem().vb.viewPixelSize()
        assert across == pytest.approx(up, rel=0.05)
