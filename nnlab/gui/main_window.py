"""The main window: one page per activity of the lecture, menus, status bar, remembered settings."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStyle, QTabWidget

import nnlab
from nnlab.gui import i18n, plain, zoom
from nnlab.gui.concepts.page import ConceptsPage
from nnlab.gui.draw.page import DrawPage
from nnlab.gui.lessons import controller as lessons
from nnlab.gui.session import Session
from nnlab.gui.settings import open_settings, read_setting
from nnlab.gui.tensors.page import TensorsPage
from nnlab.gui.train.page import TrainPage

PREFERRED_SIZE = QSize(1280, 820)  # on a larger screen; fit_to_screen() shrinks it to the screen
FRAME_ALLOWANCE = 40  # a title bar's height, before the window manager has framed the window
FRAME_DELAY_MS = 200  # time for the window manager to frame a new window


class MainWindow(i18n.Retranslatable, QMainWindow):
    """The nnlab window. Emits ``training_started`` and ``training_finished(status)`` for the Train page,
    where status is "completed", "stopped", "diverged" or "error"."""

    training_started = Signal()
    training_finished = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setMinimumSize(900, 540)  # what the pages need is larger; they fit a 1280x720 screen with the lesson open
        self.session = Session(self)
        self.zoom_factor = 1.0

        self.tabs = QTabWidget(objectName="pageTabs", documentMode=True)
        self.train_page = TrainPage(self.session)
        self.draw_page = DrawPage(self.session)
        self.tensors_page = TensorsPage(self.session)
        self.concepts_page = ConceptsPage(self.session)
        self.pages = [self.train_page, self.draw_page, self.tensors_page, self.concepts_page]
        icons = [QStyle.StandardPixmap.SP_MediaPlay, QStyle.StandardPixmap.SP_DialogResetButton,
                 QStyle.StandardPixmap.SP_FileDialogDetailedView, QStyle.StandardPixmap.SP_DialogHelpButton]
        for page, name, icon in zip(self.pages, ["trainPage", "drawPage", "tensorsPage", "conceptsPage"], icons):
            page.setObjectName(name)
            self.tabs.addTab(page, self.style().standardIcon(icon), "")
        self.setCentralWidget(self.tabs)
        # New curves appear with each run and demo: scale them to the zoom when their page shows.
        self.tabs.currentChanged.connect(lambda _: zoom.scale_plots(self, self.zoom_factor))
        self.train_page.training_started.connect(self.training_started)
        self.train_page.training_finished.connect(self.training_finished)

        self._build_menus()
        self.statusBar()
        self.lessons = lessons.install(self)
        self.retranslate_ui()
        self._restore_settings()

    # -- menus -----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_model_action = QAction(self, shortcut=QKeySequence.StandardKey.Open,
                                         triggered=self.open_model)
        self.save_model_action = QAction(self, shortcut=QKeySequence.StandardKey.Save,
                                         triggered=self.save_model)
        self.export_plot_action = QAction(self, shortcut="Ctrl+E", triggered=self.export_plot)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addActions([self.open_model_action, self.save_model_action, self.export_plot_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.page_actions = []
        for index in range(len(self.pages)):
            action = QAction(self, shortcut=f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.page_actions.append(action)
        self.view_menu.addActions(self.page_actions)
        self.view_menu.addSeparator()
        self.zoom_in_action = QAction(self, shortcut=QKeySequence.StandardKey.ZoomIn,
                                      triggered=lambda: self.set_zoom(zoom.next_step(self.zoom_factor, 1)))
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out_action = QAction(self, shortcut=QKeySequence.StandardKey.ZoomOut,
                                       triggered=lambda: self.set_zoom(zoom.next_step(self.zoom_factor, -1)))
        self.zoom_reset_action = QAction(self, shortcut="Ctrl+0", triggered=lambda: self.set_zoom(1.0))
        self.presentation_action = QAction(self, shortcut="F11", checkable=True,
                                           triggered=self.set_presentation_mode)
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                                   self.presentation_action])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = {}
        for code, native_name in i18n.LANGUAGES.items():
            action = QAction(native_name, self, checkable=True)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents,
                                        triggered=self.show_shortcuts)
        self.about_action = QAction(self, triggered=self.show_about)
        self.help_menu.addActions([self.shortcuts_action, self.about_action])

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("nnlab: the building blocks of neural networks"))
        titles = [self.tr("&Train"), self.tr("&Draw a digit"), self.tr("T&ensors"), self.tr("&Concepts")]
        tips = [self.tr("Train the lecture's network on MNIST and watch it learn"),
                self.tr("Draw a digit and see the network recognise it"),
                self.tr("Explore tensors, slices, shapes and tensor operations by hand"),
                self.tr("Interactive demos of every idea in the chapter")]
        for index, (title, tip) in enumerate(zip(titles, tips)):
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, tip)
            self.page_actions[index].setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.open_model_action.setText(self.tr("&Open model…"))
        self.save_model_action.setText(self.tr("&Save model…"))
        self.export_plot_action.setText(self.tr("&Export plot…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.zoom_reset_action.setText(self.tr("&Actual size"))
        self.presentation_action.setText(self.tr("&Presentation mode"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About nnlab"))
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())
        i18n.keep_plots_left_to_right(self)

    # -- actions ---------------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        """Scale every page's text, plot labels and line widths (remembered between sessions)."""
        self.zoom_factor = min(zoom.LARGEST, max(zoom.SMALLEST, factor))
        zoom.apply(self, self.zoom_factor)
        if not self.presentation_action.isChecked():
            open_settings().setValue("view/zoom", self.zoom_factor)
        if self.isVisible():
            self.statusBar().showMessage(self.tr("Zoom {0:.0f}%").format(100 * self.zoom_factor), 3000)
        self.zoom_changed.emit(self.zoom_factor)

    def set_presentation_mode(self, on: bool) -> None:
        """Full screen at a large zoom for the projector; leaving it gives the previous zoom back."""
        self.presentation_action.setChecked(on)
        if on:
            self._zoom_before_presentation = self.zoom_factor
            self.showFullScreen()
            self.set_zoom(max(zoom.PRESENTATION, self.zoom_factor))
        else:
            self.showNormal()
            self.set_zoom(getattr(self, "_zoom_before_presentation", 1.0))

    def switch_language(self, code: str) -> None:
        i18n.set_language(code)
        open_settings().setValue("language", code)

    def open_model(self) -> None:
        from nnlab.core import load_model
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open model"), "",
                                              self.tr("nnlab models ({0})").format("*.npz"))
        if not path:
            return
        try:
            model = load_model(path)
        except (OSError, ValueError, KeyError) as error:
            plain.message_box(self, self.tr("Could not open the model"),
                              self.tr("The file {0} is not an nnlab model: {1}").format(i18n.name(path), error),
                              object_name="openModelErrorBox")
            return
        self.session.offer_model(f"file:{path}", Path(path).name, model, "opened")
        self.session.set_model(model)
        self.statusBar().showMessage(self.tr("Opened model {0}").format(i18n.name(path)), 5000)

    def save_model(self) -> None:
        model = self.session.model
        if model is None:
            plain.message_box(self, self.tr("No model yet"),
                              self.tr("Train a model on the Train page first, then save it."),
                              plain.Icon.Information, object_name="noModelBox")
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save model"), "model.npz",
                                              self.tr("nnlab models ({0})").format("*.npz"))
        if not path:
            return
        try:
            model.save(path)
        except (OSError, ValueError) as error:  # a full disk, or weights that are not finite numbers
            plain.message_box(self, self.tr("Could not save the model"), str(error), object_name="saveModelErrorBox")
            return
        self.statusBar().showMessage(self.tr("Saved model to {0}").format(i18n.name(path)), 5000)

    def open_lesson(self, path: str) -> bool:
        return self.lessons.open_lesson(path)

    def export_plot(self) -> None:
        self.tabs.setCurrentWidget(self.train_page)
        self.train_page.files.export_plot()

    def show_shortcuts(self) -> None:
        rows = [("Space", self.tr("Start, pause or resume training")),
                ("Ctrl+.", self.tr("Stop training")),
                ("Ctrl+Right", self.tr("Train one mini-batch")),
                ("Ctrl+1 … Ctrl+4", self.tr("Go to a page")),
                ("Ctrl+Z", self.tr("Undo the last stroke (Draw page)")),
                ("Esc / Delete", self.tr("Clear the canvas (Draw page)")),
                ("Up / Down", self.tr("Earlier expressions (Tensors page)")),
                ("Ctrl+O / Ctrl+S", self.tr("Open / save a model"))]
        table = "".join(f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td><td>{html.escape(text)}</td></tr>"
                        for keys, text in rows)
        self._rich_box(self.tr("Keyboard shortcuts"), f"<table>{table}</table>", "shortcutsBox")

    def show_about(self) -> None:
        self._rich_box(self.tr("About nnlab"), self.tr(
            "<h3>nnlab {0}</h3><p>A teaching lab for the mathematical building blocks of neural "
            "networks: tensors, tensor operations, gradient descent and backpropagation, following "
            "chapter 2 of {1}'s <i>{2}</i>.</p><p>MNIST: {3}.</p>").format(
                nnlab.__version__, i18n.name("François Chollet"), i18n.name("Deep Learning with Python"),
                i18n.name("Y. LeCun, C. Cortes, C. J. C. Burges (CC BY-SA 3.0)")),
            "aboutBox")

    def _rich_box(self, title: str, text: str, name: str) -> None:
        """A message of our own words with formatting (rich text on purpose, nothing from outside in it)."""
        box = QMessageBox(self, objectName=name, windowTitle=title, icon=QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- settings and closing --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = open_settings()
        geometry = read_setting(settings, "window/geometry", QByteArray, QByteArray())
        self._default_size = geometry.isEmpty() or not self.restoreGeometry(geometry)
        if self._default_size:
            self.resize(PREFERRED_SIZE)
        self.fit_to_screen()
        index = read_setting(settings, "window/page", int, 0, valid=range(self.tabs.count()))
        self.tabs.setCurrentIndex(index)
        factor = read_setting(settings, "view/zoom", float, 1.0, valid=lambda f: zoom.SMALLEST <= f <= zoom.LARGEST)
        self.set_zoom(factor)

    def fit_to_screen(self) -> None:
        """Size and place the window inside the screen's available area (without the task bar), frame
        included: on the students' 1280x720 laptops the preferred 1280x820, or a geometry saved on a larger
        screen, would put the bottom row of buttons off screen."""
        available = self.screen().availableGeometry()
        frame = self.frameGeometry()
        extra = QSize(frame.width() - self.width(), frame.height() - self.height())  # title bar and borders
        if not self.isVisible():  # no frame yet: leave room for a usual title bar
            extra = extra.expandedTo(QSize(0, FRAME_ALLOWANCE))
        room = available.size() - extra
        wanted = PREFERRED_SIZE if getattr(self, "_default_size", False) else self.size()  # the frame is known now
        size = wanted.boundedTo(room).expandedTo(self.minimumSize())
        if size != self.size():
            self.resize(size)
        frame = self.frameGeometry()
        if not available.contains(frame):
            self.move(max(available.left(), min(frame.left(), available.right() + 1 - frame.width())),
                      max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height())))

    def showEvent(self, event):
        super().showEvent(event)
        if not self.isFullScreen() and not self.isMaximized():
            QTimer.singleShot(FRAME_DELAY_MS, self._fit_once_framed)

    def _fit_once_framed(self) -> None:
        """The frame's size is known once the window is shown: fit again, then leave the size to the user."""
        self.fit_to_screen()
        self._default_size = False

    def closeEvent(self, event):
        self.lessons.shutdown()
        for page in self.pages:
            page.shutdown()
        settings = open_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.tabs.currentIndex())
        super().closeEvent(event)
