"""Walk the nnlab window on a real screen and list every place it does not fit.

Run by ``tests/gui/test_real_screen.py`` in a subprocess on an X server of the classroom's size
(Xvfb 1280x720), because offscreen Qt has no screen to be too small for: the promise "fits
1280x720" once passed its offscreen tests and failed on a real screen. Also a tool:

    Xvfb :99 -screen 0 1280x720x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb NNLAB_LANG=fa python tests/gui/screen_walk.py [--shots DIR]

It opens the window as a student does (no saved settings), then walks every page, every inner tab,
every Concepts demo and every lesson step, with the lesson panel closed and open, and reports:

- a window frame, or a window minimum size, larger than the available screen;
- a button, check box, radio button, tab or one-line label narrower than its text, and a
  word-wrapped label shorter than its text (the text is cut);
- a plot drawn wider than its place (a long title), or whose x axis has a tick in view whose label
  does not fit inside the plot (pyqtgraph then leaves the label out: a plot flush with its right
  edge reads as cut, "1.0" missing at its end);
- a layout that never settles (it keeps asking to be laid out again while nothing happens);

as one JSON list of strings on the last line of stdout (empty: everything fits). ``--shots DIR``
also saves a screenshot of each page and demo there.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

SLACK = 3  # pixels: rounding in size hints, not a cut letter
UNSETTLED = 200  # layout requests while idle: a settled window makes a few


def main(argv: list[str]) -> int:
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = tempfile.mkdtemp()  # a student's first start: no saved geometry or lesson progress
    shots = argv[argv.index("--shots") + 1] if "--shots" in argv else None
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, QThread
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QLabel,
        QPushButton,
        QRadioButton,
        QTabBar,
        QTabWidget,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    from nnlab.gui import i18n
    from nnlab.gui.concepts.page import DEMOS
    from nnlab.gui.main_window import MainWindow

    language = os.environ.get("NNLAB_LANG", "en")
    i18n.load_fonts()
    i18n.set_language(language)
    window = MainWindow()
    window.show()

    class LayoutRequests(QObject):
        """Counts layout requests: a window that keeps asking has a layout that never settles (a wrapped
        text and a scroll bar that show and hide each other), which spins the CPU and shakes the page."""
        count = 0

        def eventFilter(self, watched, event):  # Qt's name
            if event.type() == QEvent.Type.LayoutRequest:
                self.count += 1
            return False

    requests = LayoutRequests()
    app.installEventFilter(requests)

    def settle(rounds: int = 6) -> None:
        for _ in range(rounds):
            # bounded: a restless layout cannot hang the walk
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
            QThread.msleep(15)

    def restless(where: str) -> None:
        requests.count = 0
        settle(6)
        if requests.count > UNSETTLED:
            report(("restless", where), f"{where}: the layout never settles ({requests.count} layout requests "
                                        "while idle)")

    settle(20)
    problems: list[str] = []
    seen: set = set()

    def report(key, message: str) -> None:
        if key not in seen:
            seen.add(key)
            problems.append(message)

    def check_window(where: str) -> None:
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            report(("frame", frame.size().toTuple()), f"{where}: window {frame.width()}x{frame.height()} on a "
                                     f"{screen.width()}x{screen.height()} screen")
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        if least.width() > screen.width() or least.height() > screen.height():
            report(("minimum", least.toTuple()), f"{where}: window minimum size {least.width()}x{least.height()} on a "
                                       f"{screen.width()}x{screen.height()} screen")

    def shown(widget: QWidget) -> bool:
        return widget.isVisible() and widget.width() >= 2 and not widget.visibleRegion().isEmpty()

    def scan(where: str) -> None:
        restless(where)
        check_window(where)
        for plot in window.findChildren(pg.PlotWidget):  # its viewport covers it: the view's own region is empty
            if plot.isVisible() and not plot.viewport().visibleRegion().isEmpty():
                check_plot(plot, plot.objectName() or type(plot).__name__, where)
        for widget in window.findChildren(QWidget):
            if not shown(widget):
                continue
            name = widget.objectName() or type(widget).__name__
            if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
                need = widget.sizeHint().width()
                if need > widget.width() + SLACK:
                    report((widget.text(), name), f"{where}: {type(widget).__name__}#{name} '{widget.text()}' "
                                                  f"needs {need}px, has {widget.width()}")
            elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
                check_label(widget, name, where)
            elif isinstance(widget, QTabBar):
                for index in range(widget.count()):
                    need, has = widget.tabSizeHint(index).width(), widget.tabRect(index).width()
                    text = widget.tabText(index)
                    if text and need > has + SLACK:
                        report((text, "tab"), f"{where}: tab '{text}' needs {need}px, has {has}")

    def check_plot(plot, name: str, where: str) -> None:
        """Every major tick of the x axis in view has room for its label inside the plot."""
        item = plot.getPlotItem()
        if item.geometry().width() > plot.width() + SLACK:  # a long title or axis label widened it
            report(("plot width", name, where.split(" ")[0]), f"{where}: plot #{name} is drawn "
                                                              f"{item.geometry().width():.0f} px wide in "
                                                              f"{plot.width()} px: its right side is cut")
        axis = item.getAxis("bottom")
        if not axis.isVisible() or not axis.style["showValues"]:
            return
        low, high = item.getViewBox().viewRange()[0]
        levels = axis.tickValues(low, high, max(1.0, axis.geometry().width()))
        if not levels:
            return
        spacing, values = levels[0]
        values = [value for value in values if low <= value <= high]
        metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
        bounds = axis.boundingRect()  # pyqtgraph draws only the labels inside it
        for value, text in zip(values, axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)):
            scene = item.getViewBox().mapViewToScene(QPointF(value, 0))
            centre, at = plot.mapFromScene(scene).x(), axis.mapFromScene(scene).x()
            half = metrics.horizontalAdvance(text) / 2
            if centre + half > plot.width() + 0.5 or centre - half < -0.5 or at + half > bounds.right() + 0.5 \
                    or at - half < bounds.left() - 0.5:
                report(("plot", name, text), f"{where}: plot #{name}: the x label '{text}' at its "
                                             f"{'right' if centre > plot.width() / 2 else 'left'} end does not "
                                             f"fit inside the plot ({plot.width()} px wide)")

    def check_label(label: QLabel, name: str, where: str) -> None:
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK:
                report((label.text(), name), f"{where}: QLabel#{name} '{label.text()[:40]}' needs {need}px "
                                             f"of height, has {label.height()}")
            return
        need = label.sizeHint().width()
        if need > label.width() + SLACK:
            report((label.text(), name), f"{where}: QLabel#{name} '{label.text()[:40]}' needs {need}px, "
                                         f"has {label.width()}")

    def shot(name: str) -> None:
        if shots:
            window.grab().save(os.path.join(shots, f"{name}.png"))

    tabs = window.tabs
    concepts = window.concepts_page

    def walk(panel: str) -> None:
        for page_index in range(tabs.count()):
            tabs.setCurrentIndex(page_index)
            settle()
            page = tabs.widget(page_index)
            inner = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
            for tab_widget in inner:
                for index in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(index)
                    settle(2)
                    scan(f"{panel} page {page_index + 1} tab {index + 1}")
                tab_widget.setCurrentIndex(0)
            scan(f"{panel} page {page_index + 1}")
            if panel == "closed":
                shot(f"page{page_index + 1}-{language}")
        tabs.setCurrentWidget(concepts)
        for index in range(len(DEMOS)):
            concepts.demo_list.setCurrentRow(index)
            settle()
            scan(f"{panel} concepts {index + 1}")
            if panel == "closed":
                shot(f"concepts{index + 1}-{language}")

    window.lessons.dock.hide()
    settle()
    walk("closed")
    window.lessons.dock.show()
    settle()
    walk("lesson open")
    steps = len(window.lessons.lesson.steps) if window.lessons.lesson is not None else 0
    for index in range(steps):
        window.lessons.go_to(index)
        settle(3)
        scan(f"lesson step {index + 1}")
    if steps == 0:
        problems.append("the bundled lesson did not open")
    print(json.dumps(problems, ensure_ascii=False))
    sys.stdout.flush()
    os._exit(0)  # skip the slow orderly shutdown of every page's workers


if __name__ == "__main__":
    sys.exit(main(sys.argv))
