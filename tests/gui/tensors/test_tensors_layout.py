"""The Tensors page fits a classroom projector's 1280 x 720 and a laptop's 1280 x 820, in both languages."""

import pytest

from nnlab.gui import i18n
from nnlab.gui.main_window import MainWindow


@pytest.fixture(params=["en", "fa"])
def window(qtbot, request):
    i18n.load_fonts()
    i18n.set_language(request.param)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    main.tabs.setCurrentWidget(main.tensors_page)
    yield main
    main.close()
    i18n.set_language("en")


def fully_visible(widget) -> bool:
    """Not clipped by a scroll area or the window: its visible region is its whole rectangle."""
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("height", [720, 820])
def test_the_vectorisation_panel_fits_without_scrolling(qtbot, window, height):
    page = window.tensors_page
    window.resize(1280, height)
    page.tool_tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.vectorization.isVisible(), timeout=2000)
    qtbot.wait(50)  # the layouts settle
    panel = page.vectorization
    for widget in (panel.op_combo, panel.size_spin, panel.run_button, panel.speedup_label, panel.status_label):
        assert fully_visible(widget), widget.objectName() or widget.text()
    scroll = page.tool_tabs.currentWidget()
    assert scroll.verticalScrollBar().maximum() == 0 and scroll.horizontalScrollBar().maximum() == 0
    assert panel.results.height() >= 44 and panel.code_view.height() >= 44


def test_the_expression_row_fits(qtbot, window):
    page = window.tensors_page
    window.resize(1280, 720)
    qtbot.wait(50)
    for widget in (page.expression_edit, page.evaluate_button, page.examples_button, page.batch_button,
                   page.shape_label):
        assert fully_visible(widget), widget.objectName()


def test_the_pages_widget_names_are_unique_in_the_window(window):
    from collections import Counter

    from PySide6.QtWidgets import QWidget
    names = Counter(widget.objectName() for widget in window.findChildren(QWidget))
    ours = {widget.objectName() for widget in window.tensors_page.findChildren(QWidget)
            if widget.objectName() and not widget.objectName().startswith(("qt_", "Scroll"))}
    assert ours and {name for name in ours if names[name] > 1} == set()


def test_code_grows_with_the_zoom(qtbot, window):
    from nnlab.gui import zoom
    page = window.tensors_page
    before = {widget: widget.font().pointSizeF() for widget in (page.expression_edit, page.printed,
                                                                page.vectorization.code_view)}
    zoom.apply(window, 2.0)
    try:
        qtbot.waitUntil(lambda: window.font().pointSizeF() == pytest.approx(2 * before[page.printed]), timeout=2000)
        qtbot.wait(20)  # the font change reaches every widget through the event loop
        for widget, size in before.items():
            assert widget.font().pointSizeF() == pytest.approx(2 * size), widget.objectName()
            assert widget.font().fixedPitch() or "mono" in widget.font().family().lower()
    finally:
        zoom.apply(window, 1.0)
