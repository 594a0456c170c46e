"""The Tensors page: typing expressions, history, results, explanations, the workspace and the tools."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnlab.explorer.evaluator import evaluate
from nnlab.gui import i18n
from nnlab.gui.session import Session
from nnlab.gui.tensors.examples import BATCH_EXPRESSION
from nnlab.gui.tensors.page import TensorsPage


def small_mnist(train=300, test=50):
    rng = np.random.default_rng(0)
    return ((rng.integers(0, 256, (train, 28, 28), dtype=np.uint8), rng.integers(0, 10, train, dtype=np.uint8)),
            (rng.integers(0, 256, (test, 28, 28), dtype=np.uint8), rng.integers(0, 10, test, dtype=np.uint8)))


@pytest.fixture
def page(qtbot):
    widget = TensorsPage(Session(), load_function=lambda name, progress=None: small_mnist())
    widget.setObjectName("tensorsPage")
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    yield widget
    widget.shutdown()


def type_expression(qtbot, page, text):
    """Type ``text`` and press Enter (with the completer as it is), then wait for the answer."""
    edit = page.expression_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    popup = edit.name_completer.popup()  # where Qt sends the keys while the completion list is open
    with qtbot.waitSignal(page.evaluated, timeout=5000) as answer:
        qtbot.keyClick(popup if popup.isVisible() else edit, Qt.Key.Key_Return)
    assert answer.args[0] == text
    return answer.args[1]


def answer_to(qtbot, page, action):
    """Do ``action`` (a click, a slider move) and wait for the expression it evaluates."""
    with qtbot.waitSignal(page.evaluated, timeout=5000) as answer:
        action()
    return answer.args[1]


def plain(text: str) -> str:
    """Without the isolates, no-break spaces and word joiners that keep code whole and readable in Persian."""
    return text.replace("\u2066", "").replace("\u2069", "").replace("\u00a0", " ").replace("\u2060", "")


def shape_text(page):
    return plain(page.shape_label.text())


def explanation_text(page):
    return plain(page.explanation.toPlainText())


def test_typing_an_expression_shows_shape_values_and_explanation(qtbot, page):
    type_expression(qtbot, page, "x.reshape((6, 1))")
    assert "2D tensor of shape" in shape_text(page) and "(6, 1)" in shape_text(page) and "float64" in shape_text(page)
    assert (page.values_model.rowCount(), page.values_model.columnCount()) == (6, 1)
    assert page.values_model.data(page.values_model.index(5, 0)) == "5"
    assert page.result_tabs.currentIndex() == 1
    explanation = explanation_text(page)
    assert "Reshaping x" in explanation and "both hold 6 elements" in explanation


def test_a_shape_error_is_explained_without_a_traceback(qtbot, page):
    type_expression(qtbot, page, "np.ones((3, 4)) + np.ones((5,))")
    assert "Not possible" in shape_text(page) and "cannot be broadcast" in shape_text(page)
    explanation = explanation_text(page)
    assert "Axis 1: the sizes 4 / 5 differ and none of them is 1" in explanation
    assert "Traceback" not in explanation and "Error" not in explanation
    assert page.values_model.rowCount() == 0 and not page.picture.has_picture()
    type_expression(qtbot, page, "np.dot(np.ones((128, 784)), np.ones((512, 10)))")
    assert "inner sizes 784 and 512 differ" in explanation_text(page)


def test_hostile_input_gets_a_friendly_refusal(qtbot, page):
    for text in ["().__class__.__bases__", "__import__('os').system('true')", "np.ones((100000, 100000))"]:
        type_expression(qtbot, page, text)
        assert "Not possible" in shape_text(page)
        assert "Traceback" not in explanation_text(page)


def test_up_and_down_walk_through_the_history(qtbot, page):
    type_expression(qtbot, page, "a * b")
    type_expression(qtbot, page, "np.dot(a, b)")
    edit = page.expression_edit
    qtbot.keyClicks(edit, "draft")
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "np.dot(a, b)"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "a * b"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "a * b"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "np.dot(a, b)draft"


def test_names_complete(qtbot, page):
    edit = page.expression_edit
    qtbot.keyClicks(edit, "np.transpose(matr")
    assert edit.name_completer.completionCount() >= 1
    assert edit.name_completer.currentCompletion() == "matrix"
    popup = edit.name_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)  # takes the name instead of moving on to the next button
    assert edit.text() == "np.transpose(matrix" and not popup.isVisible()


@pytest.mark.parametrize("text", ["x", "a*b", "np.ones((128, 512)) + b1", "matr"])
def test_enter_evaluates_even_while_names_are_offered(qtbot, page, text):
    qtbot.waitUntil(lambda: "b1" in page.workspace, timeout=5000)
    edit = page.expression_edit
    qtbot.keyClicks(edit, text)
    assert edit.name_completer.popup().isVisible()
    with qtbot.waitSignal(page.evaluated, timeout=5000) as answer:
        qtbot.keyClick(edit.name_completer.popup(), Qt.Key.Key_Return)
    assert answer.args[0] == text and not edit.name_completer.popup().isVisible()


def test_enter_on_a_highlighted_name_takes_it_and_evaluates(qtbot, page):
    edit = page.expression_edit
    qtbot.keyClicks(edit, "matr")
    qtbot.keyClick(edit.name_completer.popup(), Qt.Key.Key_Down)
    with qtbot.waitSignal(page.evaluated, timeout=5000) as answer:
        qtbot.keyClick(edit.name_completer.popup(), Qt.Key.Key_Return)
    assert answer.args[0] == "matrix" and answer.args[1].value.shape == (3, 5)


def test_assignments_join_the_workspace(qtbot, page):
    type_expression(qtbot, page, "y2 = x * 2")
    assert page.categories["y2"] == "user" and np.array_equal(page.workspace["y2"], page.workspace["x"] * 2)
    assert "stored as" in shape_text(page)
    assert "y2" in page.tree.names_in("user")
    type_expression(qtbot, page, "y2.shape")
    assert "(3, 2)" in page.printed.toPlainText()


def test_the_data_set_loads_into_the_workspace_and_batches_follow_the_slider(qtbot, page):
    assert page.load_button.isVisible() and "train_images" not in page.workspace
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "train_images" in page.workspace, timeout=5000)
    assert not page.load_button.isVisible()
    assert page.tree.names_in("data") == ["train_images", "train_labels", "test_images", "test_labels"]
    assert page.batch_slider.maximum() == 2  # 300 images: batches 0, 1 and 2 (the last one has 44)
    qtbot.waitUntil(lambda: "train_images" in page.summaries, timeout=5000)
    page.batch_slider.setValue(1)
    answer_to(qtbot, page, lambda: qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton))
    assert page.expression_edit.text() == BATCH_EXPRESSION and "(128, 28, 28)" in shape_text(page)
    assert page.result_tabs.currentIndex() == 0 and page.picture.has_picture()
    assert "positions 128, 129, …, 255" in explanation_text(page)
    assert answer_to(qtbot, page, lambda: page.batch_slider.setValue(2)).value.shape == (44, 28, 28)
    assert "(44, 28, 28)" in shape_text(page)
    type_expression(qtbot, page, "train_images[:, 7:-7, 7:-7]")
    assert "(300, 14, 14)" in shape_text(page) and page.picture.has_picture()


def test_the_model_weights_and_layer_shapes_follow_the_session(qtbot, page):
    from nnlab.core import Dense, Sequential
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    model.build(784)
    page.session.set_model(model)
    assert [name for name, kind in page.categories.items() if kind == "model"] == ["W1", "b1", "W2", "b2"]
    assert page.workspace["W1"].shape == (784, 512) and not page.workspace["W1"].flags.writeable
    flow = plain(page.shape_flow.view.toPlainText())
    assert "(128, 784) . (784, 512) -> (128, 512)" in flow and "(128, 512) + (512,) -> (128, 512)" in flow
    page.shape_flow.batch_spin.setValue(32)
    assert "(32, 784) . (784, 512) -> (32, 512)" in plain(page.shape_flow.view.toPlainText())
    type_expression(qtbot, page, "np.ones((128, 512)) + b1")
    assert "(128, 512)" in shape_text(page) and "stretched to 128" in explanation_text(page)
    assert "bundled" not in page.tree.category_titles["model"]
    page.session.set_model(None)
    assert "lecture's network" in page.shape_flow.model_label.text()
    qtbot.waitUntil(lambda: "bundled" in page.tree.category_titles["model"], timeout=5000)
    assert page.categories["W1"] == "model"


def test_real_world_data_tensors_can_be_inspected(qtbot, page):
    answer_to(qtbot, page, page.data_tensors.buttons[2].click)  # images, channels-last
    assert "(2, 8, 8, 3)" in shape_text(page) and page.picture.has_picture()
    assert len(page.data_tensors.buttons) == 5


def test_vectorisation_is_timed_in_the_background(qtbot, page):
    panel = page.vectorization
    panel.size_spin.setValue(10)
    panel.run_button.click()
    assert not panel.run_button.isEnabled()
    qtbot.waitUntil(lambda: panel.results.rowCount() == 1, timeout=10000)
    assert "times faster" in panel.speedup_label.text() and panel.run_button.isEnabled()
    panel.op_combo.setCurrentIndex(1)
    assert "naive_matrix_dot" in panel.code_view.toPlainText() and panel.size_spin.maximum() == 300


def test_code_stays_left_to_right_in_a_right_to_left_window(page):
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for widget in (page.expression_edit, page.values_table, page.printed, page.vectorization.code_view):
            assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_important_widgets_have_names_and_tooltips(page):
    for name in ["expressionEdit", "shapeLabel", "workspaceTree", "evaluateButton", "examplesButton", "batchSlider",
                 "explanationView", "resultTabs", "valuesTable", "loadDatasetButton", "shapeFlowView",
                 "dataTensorsTable", "vectorRunButton", "speedupLabel", "cancelEvaluationButton",
                 "restoreTensorsButton", "layerShapesBatchSpin"]:
        assert page.findChild(object, name) is not None, name
    for widget in (page.expression_edit, page.evaluate_button, page.batch_slider, page.tree,
                   page.vectorization.run_button):
        assert widget.toolTip()


def test_every_lecture_example_in_the_menu_works(qtbot, page):
    page.session.set_dataset("mnist", small_mnist())
    from nnlab.core import Dense, Sequential
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    model.build(784)
    page.session.set_model(model)
    for action in page.examples_button.actions_by_expression.values():
        answer_to(qtbot, page, action.trigger)
        expected_error = "np.ones((512, 10))" in page.expression_edit.text()
        assert ("Not possible" in shape_text(page)) == expected_error, page.expression_edit.text()


def test_without_a_model_the_bundled_network_lends_its_weights(qtbot, page):
    qtbot.waitUntil(lambda: "W1" in page.workspace, timeout=5000)
    assert page.workspace["W1"].shape == (784, 512) and page.workspace["b2"].shape == (10,)
    assert "bundled" in page.tree.category_titles["model"]
    type_expression(qtbot, page, "np.ones((128, 512)) + b1")
    assert "(128, 512)" in shape_text(page)


def test_data_set_names_before_loading_get_a_hint(qtbot, page):
    type_expression(qtbot, page, "train_images[:, 14:, 14:]")
    assert "not loaded yet" in shape_text(page) and "Load MNIST" in shape_text(page)


def test_the_workspace_list_inserts_names_and_removes_yours(qtbot, page):
    type_expression(qtbot, page, "mine = np.arange(4)")
    group = next(page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())
                 if page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "user")
    item = group.child(0)
    page.expression_edit.clear()
    page.tree.itemActivated.emit(item, 0)
    assert page.expression_edit.text() == "mine"
    page.tree.setCurrentItem(item)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert "mine" not in page.workspace and page.tree.names_in("user") == []


def test_assigning_n_moves_the_batch_slider(qtbot, page):
    type_expression(qtbot, page, "n = 7")
    assert page.batch_slider.value() == 7 and int(page.workspace["n"]) == 7
    assert "images 896 to 1023" in page.batch_value.text()


def test_your_tensors_have_a_memory_budget(qtbot, page, monkeypatch):
    monkeypatch.setattr("nnlab.gui.tensors.page.MAX_USER_BYTES", 1000)
    type_expression(qtbot, page, "big = np.zeros(1000)")
    assert "Not possible" in shape_text(page) and "big" not in page.workspace
    type_expression(qtbot, page, "small = np.zeros(10)")
    assert "small" in page.workspace


def test_a_language_switch_re_renders_what_is_shown(qtbot, page):
    from PySide6.QtCore import QEvent
    type_expression(qtbot, page, "np.ones((3, 4)) + np.ones((5,))")
    page.explanation.clear()
    page.shape_label.clear()
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert "cannot be broadcast" in shape_text(page) and "Axis 1" in explanation_text(page)


def test_a_long_evaluation_can_be_cancelled(qtbot, page, monkeypatch):
    import threading
    started = threading.Event()

    def endless(text, workspace, stop):  # stands in for an evaluation of many long operations
        started.set()
        while True:
            stop()
            threading.Event().wait(0.01)
    monkeypatch.setattr("nnlab.gui.tensors.page.evaluate", endless)
    qtbot.keyClicks(page.expression_edit, "np.sort(X)")
    qtbot.keyClick(page.expression_edit, Qt.Key.Key_Return)
    assert started.wait(5)
    assert page.cancel_button.isVisible() and "Computing" in shape_text(page)
    with qtbot.waitSignals([page.evaluation_cancelled, page.worker.cancelled], timeout=5000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelled" in shape_text(page) and "np.sort(X)" in shape_text(page)
    assert not page.cancel_button.isVisible()
    monkeypatch.undo()
    assert type_expression(qtbot, page, "X.shape").value == (32, 10)
    assert "Computing" not in shape_text(page) and not page.cancel_button.isVisible()


def test_a_new_expression_replaces_one_still_computing(qtbot, page, monkeypatch):
    import threading
    release = threading.Event()
    real_evaluate = evaluate

    def slow_then_real(text, workspace, stop):
        if text == "a * 2":
            release.wait(5)
        return real_evaluate(text, workspace, stop)
    monkeypatch.setattr("nnlab.gui.tensors.page.evaluate", slow_then_real)
    answers = []
    page.evaluated.connect(lambda text, outcome: answers.append(text))
    page.try_expression("a * 2")
    with qtbot.waitSignal(page.evaluated, timeout=5000):
        page.try_expression("b * 3")
        release.set()
    assert answers == ["b * 3"] and "(3,)" in shape_text(page)


def user_row(page, name):
    group = next(page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())
                 if page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "user")
    return next(group.child(j) for j in range(group.childCount())
                if group.child(j).data(0, Qt.ItemDataRole.UserRole) == name)


def test_a_data_set_tensor_can_be_shadowed_and_always_comes_back(qtbot, page):
    page.session.set_dataset("mnist", small_mnist())
    assert not page.restore_button.isVisible()
    type_expression(qtbot, page, "train_images = train_images.reshape((300, 28 * 28))")
    assert page.workspace["train_images"].shape == (300, 784) and page.categories["train_images"] == "user"
    assert page.tree.names_in("data", hidden=True) == ["train_images"]
    assert "train_images" not in page.tree.names_in("data")
    assert page.restore_button.isVisible() and "train_images" in page.restore_button.text()
    page.tree.setCurrentItem(user_row(page, "train_images"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # deleting yours brings the data set's back
    assert page.workspace["train_images"].shape == (300, 28, 28) and page.categories["train_images"] == "data"
    assert not page.restore_button.isVisible() and page.tree.names_in("data", hidden=True) == []
    type_expression(qtbot, page, "train_labels = train_labels[:10]")
    type_expression(qtbot, page, "x = 5")
    assert page.restore_button.text() == "Restore " + i18n.code("train_labels, x")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.workspace["train_labels"].shape == (300,) and page.workspace["x"].shape == (3, 2)
    assert page.tree.names_in("user") == [] and not page.restore_button.isVisible()


def test_new_weights_do_not_overwrite_your_tensor_of_the_same_name(qtbot, page):
    qtbot.waitUntil(lambda: "W1" in page.workspace, timeout=5000)
    type_expression(qtbot, page, "W1 = np.zeros(3)")
    from nnlab.core import Dense, Sequential
    model = Sequential([Dense(4, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")], seed=0)
    model.build(784)
    page.session.set_model(model)
    assert page.workspace["W1"].shape == (3,) and page.workspace["W2"].shape == (4, 10)
    page.remove_tensor("W1")
    assert page.workspace["W1"].shape == (784, 4) and page.categories["W1"] == "model"


def test_the_slides_lines_are_answered_at_the_prompt(qtbot, page):
    type_expression(qtbot, page, "layers.Dense(512, activation='relu', input_shape=(784,))")
    assert "Not possible" not in shape_text(page) and "(784, 512)" in shape_text(page)
    assert "(128, 784) . (784, 512) -> (128, 512)" in explanation_text(page)
    type_expression(qtbot, page, "import numpy as np")
    assert "is already there: NumPy is available as" in shape_text(page) and "Not possible" not in shape_text(page)
    type_expression(qtbot, page, "def naive_relu(x):")
    assert "Vectorisation tab" in shape_text(page)
    type_expression(qtbot, page, "np.ones(3, 4)")
    assert "np.ones((3, 4))" in shape_text(page)


def test_results_read_as_at_the_numpy_prompt(qtbot, page):
    type_expression(qtbot, page, "np.dot(vector, vector)")
    assert page.printed.toPlainText() == "434" and "434" in shape_text(page)
    type_expression(qtbot, page, "n = 3")
    assert page.printed.toPlainText() == "3"
    type_expression(qtbot, page, "(vector.sum(), 3)")
    assert page.printed.toPlainText() == "(42, 3)"


def test_counts_read_as_english_grammar(qtbot, page):
    from nnlab.gui import i18n
    i18n.set_language("en")
    type_expression(qtbot, page, "vector.ndim")
    assert "vector has 1 axis, so it is a 1D tensor" in explanation_text(page)
    type_expression(qtbot, page, "tensor3.ndim")
    assert "tensor3 has 3 axes" in explanation_text(page)
    type_expression(qtbot, page, "np.zeros(3, 'uint8').nbytes")
    text = explanation_text(page)
    assert "Every entry takes 1 byte." in text and "All of them take 3 bytes" in text
    type_expression(qtbot, page, "np.exp(np.ones(1))")
    assert "np.exp is applied to the 1 entry on its own" in explanation_text(page)
    type_expression(qtbot, page, "np.exp(a)")
    assert "np.exp is applied to each of the 3 entries on its own" in explanation_text(page)
    page.shape_flow.batch_spin.setValue(1)
    assert "stretched over the 1 sample)" in plain(page.shape_flow.view.toPlainText())


def test_shutdown_keeps_its_promise_during_a_long_evaluation(qtbot, page, monkeypatch):
    import threading
    started, finish, returned = threading.Event(), threading.Event(), threading.Event()

    def long_call(text, workspace, stop):
        started.set()
        finish.wait(60)  # never checks stop: like one long NumPy call
        returned.set()
        raise RuntimeError("finished after the page closed")
    monkeypatch.setattr("nnlab.gui.tensors.page.evaluate", long_call)
    page.try_expression("x + 1")
    assert started.wait(5)
    page.shutdown()
    still_running = not returned.is_set()
    finish.set()  # let the abandoned daemon thread end
    assert still_running  # shutdown abandoned the call instead of waiting for it (Page.shutdown's promise)


def test_ndim_and_shape_are_described_alike_as_the_slides_do(qtbot, page):
    """Issue 27, item 9: ndim is the rank, an integer (not a 0D tensor); shape a tuple of integers."""
    type_expression(qtbot, page, "tensor3.ndim")
    assert "An integer" in shape_text(page) and "scalar" not in shape_text(page)
    assert "rank" in explanation_text(page)
    type_expression(qtbot, page, "tensor3.shape")
    assert "A tuple of 3 integers" in shape_text(page)
    assert "tuple of integers" in explanation_text(page)
    type_expression(qtbot, page, "np.array(12)")
    assert "A scalar (0D tensor)" in shape_text(page)


def test_the_slides_layer_formula_works_with_the_slides_names(qtbot, page):
    """Issue 27, item 6: ``relu(dot(input, W) + b)`` as the slide writes it: input a batch of images as
    the lecture prepares them, W and b the first layer's, each step explained as in Layer shapes."""
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "W1" in page.workspace and "input" in page.workspace, timeout=5000)
    result = type_expression(qtbot, page, "relu(dot(input, W) + b)")
    images = page.workspace["train_images"][:128].reshape((128, 784)).astype("float32") / 255
    expected = np.maximum(np.dot(images, page.workspace["W1"]) + page.workspace["b1"], 0)
    np.testing.assert_allclose(result.value, expected, rtol=1e-5)
    assert "(128, 512)" in shape_text(page)
    explained = explanation_text(page)
    for step in ("input: a batch of 128 MNIST images", "W: the weights of the first layer",
                 "b: the biases of the first layer", "(128, 784) . (784, 512) -> (128, 512)",
                 "stretched to 128", "relu works entry by entry"):
        assert step in explained, step
    type_expression(qtbot, page, "softmax(dot(relu(dot(input, W1) + b1), W2) + b2)")
    assert "(128, 10)" in shape_text(page) and "add up to 1" in explanation_text(page)
    assert type_expression(qtbot, page, "b").value.shape == (3,)  # alone, b is still the slides' [4, 5, 6]
    page.batch_slider.setValue(1)
    result = type_expression(qtbot, page, "dot(input, W).shape")
    assert result.value == (128, 512) and "batch n = 1" in explanation_text(page)
