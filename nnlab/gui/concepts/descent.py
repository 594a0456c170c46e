"""Demo 6, gradient descent on loss surfaces: step by step, three learning rates side by side, and
the race of the seven core optimizers from one start. Each step is a single ``apply_gradients`` on
a point of one or two numbers, so the timer runs them directly (microseconds per frame)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnlab.concepts import surfaces
from nnlab.core import optimizers
from nnlab.gui import i18n, names, plain, plots
from nnlab.gui.concepts.base import DemoWidget, ValueSlider

TRIO_COLORS = (plots.SKY, plots.GREEN, plots.VERMILION)


def coordinates(values, digits: int = 3) -> str:
    """``0.250, −1.000``: numbers for the readout, with no "−0.000" for values that round to zero."""
    return ", ".join(f"{v:.{digits}f}" if round(v, digits) != 0 else f"{0:.{digits}f}" for v in values)


class SurfaceView:
    """A loss surface in a plot (a curve in 1-D, shading and contours in 2-D) with descent paths on it.

    ``on_click(point)`` is called with the clicked coordinates: the demo uses it to choose the start.
    ``keep_aspect`` draws 2-D surfaces to scale (a round bowl looks round); narrow side-by-side views
    leave it off so the surface fills them.
    """

    def __init__(self, on_click=None, keep_aspect: bool = True):
        self.keep_aspect = keep_aspect
        self.plot = plots.make_plot()
        self.field = plots.FieldView(self.plot, contours=9)
        self.curve = plots.curve(self.plot, "#5b6770", 2.5)
        self.marks = plots.dots(self.plot, plots.YELLOW, size=13, symbol="star", edge="#333333")
        self.paths: list = []
        self.surface = None
        self.on_click = on_click
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def set_surface(self, surface: surfaces.Surface) -> None:
        self.surface = surface
        b = surface.bounds
        self.plot.setAspectLocked(self.keep_aspect and surface.dim == 2)
        if surface.dim == 1:
            xs, values = surface.grid(300)
            self.field.image.setVisible(False)
            self.curve.setData(xs, values)
            self.marks.setData([m[0] for m in surface.minima], [surface.value(m) for m in surface.minima])
            self.plot.setRange(xRange=b, yRange=(values.min() - 0.3, values.max() + 0.3), padding=0.02)
        else:
            xs, ys, values = surface.grid(120)
            self.field.image.setVisible(True)
            self.field.show(xs, ys, values, log=surface.log_shading)
            self.curve.setData([], [])
            self.marks.setData([m[0] for m in surface.minima], [m[1] for m in surface.minima])
            self.plot.setRange(xRange=b[:2], yRange=b[2:], padding=0.0)
        self.plot.getPlotItem().vb.disableAutoRange()

    def set_paths(self, descents, colors) -> None:
        """Draw each descent's path (a line with a dot per step) and its current point (a big dot)."""
        while len(self.paths) < len(descents):
            line = self.plot.plot([], [], antialias=True)
            head = plots.dots(self.plot, "#000000", size=12, edge="#ffffff")
            self.paths.append((line, head))
        for (line, head), descent, color in zip(self.paths, descents, colors):
            path = descent.path_array()
            xs, ys = (path[:, 0], np.array(descent.losses)) if self.surface.dim == 1 else (path[:, 0], path[:, 1])
            line.setData(xs, ys, pen=pg.mkPen(color, width=2), symbol="o", symbolSize=4,
                         symbolBrush=pg.mkBrush(color), symbolPen=None)
            head.setData(xs[-1:], ys[-1:], symbolBrush=pg.mkBrush(color))
        for line, head in self.paths[len(descents):]:
            line.setData([], [])
            head.setData([], [])

    def _clicked(self, event) -> None:
        if self.on_click is None or self.surface is None or event.button() != Qt.MouseButton.LeftButton:
            return
        p = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        b = self.surface.bounds
        if self.surface.dim == 1 and b[0] <= p.x() <= b[1]:
            self.on_click((p.x(),))
        elif self.surface.dim == 2 and b[0] <= p.x() <= b[1] and b[2] <= p.y() <= b[3]:
            self.on_click((p.x(), p.y()))


class SurfaceView3D:
    """The same 2-D surface as a wireframe seen at an angle, with the descent path on it.

    Drawn with plain 2-D lines (see ``surfaces.Projection``): no OpenGL, so it works everywhere.
    """

    def __init__(self):
        self.plot = plots.picture_plot()
        self.mesh = plots.curve(self.plot, "#9db3c9", 1)
        self.line = plots.curve(self.plot, plots.VERMILION, 2.5)
        self.head = plots.dots(self.plot, plots.VERMILION, size=12)
        self.projection = None

    def set_surface(self, surface: surfaces.Surface, azimuth: float) -> None:
        self.projection = surfaces.Projection(surface, azimuth) if surface.dim == 2 else None
        self.plot.setVisible(self.projection is not None)
        self._draw_mesh()

    def set_azimuth(self, azimuth: float) -> None:
        if self.projection is not None:
            self.projection.azimuth = azimuth
            self._draw_mesh()

    def _draw_mesh(self) -> None:
        if self.projection is None:
            return
        x, y = self.projection.wireframe()
        self.mesh.setData(x, y, connect="finite")
        self.plot.setRange(xRange=(-1.45, 1.45), yRange=(np.nanmin(y) - 0.05, np.nanmax(y) + 0.05), padding=0)

    def set_path(self, descent) -> None:
        if self.projection is None:
            return
        x, y = self.projection.path(descent)
        self.line.setData(x, y)
        self.head.setData(x[-1:], y[-1:])


class MomentumPicture:
    """Momentum's memory, drawn on the race: the previous step (a broad band), the velocity it
    leaves (μ times that step, an arrow from the current point) and the gradient step added to it
    (dashed); the two arrows end where the next step lands. Arrow heads keep a readable size in
    pixels however short the step."""

    def __init__(self, plot: pg.PlotWidget, color: str):
        band = QColor(color)
        band.setAlpha(110)
        self.previous = plot.plot([], [], pen=pg.mkPen(band, width=9), antialias=True)
        self.velocity = plots.curve(plot, color, 3)
        self.gradient = plots.curve(plot, "#222222", 2, Qt.PenStyle.DashLine)
        self.heads = [pg.ArrowItem(headLen=13, tipAngle=35, brush=pg.mkBrush(c), pen=None) for c in (color, "#222222")]
        for item in (self.previous, self.velocity, self.gradient, *self.heads):
            item.setZValue(10)
        for head in self.heads:
            plot.addItem(head)

    def show(self, descent) -> None:
        arrows = surfaces.momentum_arrows(descent)
        for head in self.heads:
            head.setVisible(arrows is not None)
        if arrows is None:
            for item in (self.previous, self.velocity, self.gradient):
                item.setData([], [])
            return
        before, velocity, gradient_step = arrows
        point = descent.point
        self.previous.setData([before[0], point[0]], [before[1], point[1]])
        for line, head, start, vector in ((self.velocity, self.heads[0], point, velocity),
                                          (self.gradient, self.heads[1], point + velocity, gradient_step)):
            tip = start + vector
            line.setData([start[0], tip[0]], [start[1], tip[1]])
            head.setPos(tip[0], tip[1])
            head.setStyle(angle=180 - np.degrees(np.arctan2(vector[1], vector[0])))  # 0 points left


class DescentDemo(DemoWidget):
    frame_ms = 60

    def __init__(self, session=None, parent=None):
        super().__init__(session, parent)
        self.tabs = QTabWidget(objectName="descentTabs", documentMode=True)
        self.single = SurfaceView(self.choose_start)
        self.single_3d = SurfaceView3D()
        self.azimuth_slider = ValueSlider(-180, 180, 1, -35, 0, "azimuthSlider")
        self.trio_views = [SurfaceView(self.choose_start) for _ in range(3)]
        self.race_view = SurfaceView(self.choose_start)
        self.momentum_picture = MomentumPicture(self.race_view.plot, plots.SEVEN[optimizers.NAMES.index("momentum")])
        self.race_loss = plots.make_plot()
        self.race_lines = [plots.curve(self.race_loss, color, 2) for color in plots.SEVEN]
        self.tabs.addTab(self._single_tab(), "")
        self.tabs.addTab(self._trio_tab(), "")
        self.tabs.addTab(self._race_tab(), "")
        self.body.addWidget(self.tabs)
        self._build_controls()
        self.retranslate_ui()
        self.surface_combo.setCurrentIndex(self.surface_combo.findData("valley"))
        self.surface_combo.currentIndexChanged.connect(self.change_surface)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.change_surface()

    # -- layout ----------------------------------------------------------------------------------
    def _single_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.single.plot, 1)
        layout.addWidget(self.single_3d.plot, 1)
        row = QHBoxLayout()
        self.azimuth_label = plain.label()
        row.addWidget(self.azimuth_label)
        row.addWidget(self.azimuth_slider, 1)
        layout.addLayout(row)
        self.azimuth_slider.valueChanged.connect(self._turn)
        return tab

    def _turn(self, *_) -> None:
        self.single_3d.set_azimuth(self.azimuth_slider.value())
        self.single_3d.set_path(self.walker)

    def _trio_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        self.trio_captions = []
        # One above the other, each drawn to scale: a long valley needs wide, low views (side by side,
        # to scale, it was a thin strip in a tall empty box; stretched, its contours looked round).
        for row, view in enumerate(self.trio_views):
            caption = plain.label(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
            caption.setFixedWidth(150)
            self.trio_captions.append(caption)
            grid.addWidget(view.plot, row, 0)
            grid.addWidget(caption, row, 1)
        grid.setColumnStretch(0, 1)
        return tab

    def _race_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        self.race_legend = QLabel(textFormat=Qt.TextFormat.RichText, objectName="raceLegend")
        self.race_legend.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid.addWidget(self.race_view.plot, 0, 0)
        grid.addWidget(self.race_legend, 0, 1)
        grid.addWidget(self.race_loss, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        return tab

    def _build_controls(self) -> None:
        self.surface_combo = QComboBox(objectName="surfaceCombo")
        self.rate_spin = QDoubleSpinBox(objectName="descentLearningRateSpin", minimum=0.0001, maximum=3.0, decimals=4,
                                        singleStep=0.01, value=0.2)
        self.form = QFormLayout()
        self.surface_label = self.add_row(self.form, self.surface_combo)
        self.rate_label = self.add_row(self.form, self.rate_spin)
        self.controls.addLayout(self.form)
        self.step_button = QPushButton(objectName="descentStepButton")
        self.reset_button = QPushButton(objectName="descentResetButton")
        self.add_button_row(self.step_button, self.play_button)
        self.controls.addWidget(self.reset_button)
        self.readout = QLabel(objectName="descentReadout", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.controls.addWidget(self.readout)
        self.step_button.clicked.connect(self.tick)
        self.reset_button.clicked.connect(self.restart)
        self.rate_spin.valueChanged.connect(self._rate_changed)

    # -- state -----------------------------------------------------------------------------------
    @property
    def surface(self) -> surfaces.Surface:
        return surfaces.SURFACES[self.surface_combo.currentData()]

    def change_surface(self, *_) -> None:
        surface = self.surface
        self.start_point = surface.start
        self.rate_spin.blockSignals(True)
        self.rate_spin.setValue(surface.rates[1])
        self.rate_spin.blockSignals(False)
        for view in [self.single, self.race_view, *self.trio_views]:
            view.set_surface(surface)
        self.single_3d.set_surface(surface, self.azimuth_slider.value())
        self.azimuth_slider.setVisible(surface.dim == 2)
        self.azimuth_label.setVisible(surface.dim == 2)
        self.restart()

    def choose_start(self, point) -> None:
        self.start_point = tuple(point)
        self.restart()

    def restart(self) -> None:
        """Every walker back to the start, with fresh optimizer state."""
        surface, start = self.surface, self.start_point
        self.walker = surfaces.gradient_descent(surface, start, self.rate_spin.value())
        self.trio = surfaces.learning_rate_trio(surface, start)
        self.race = surfaces.optimizer_race(surface, start)
        self.redraw()

    def _rate_changed(self, value: float) -> None:
        self.walker.optimizer.learning_rate = value  # applies at the next step, as in real training

    def _tab_changed(self, index: int) -> None:
        self.rate_spin.setEnabled(index == 0)
        self.redraw()

    def max_steps(self) -> int:
        return 2000 if self.surface.key == "rosenbrock" else 300

    def active(self) -> list:
        return [[self.walker], self.trio, list(self.race.values())][self.tabs.currentIndex()]

    # -- animation -------------------------------------------------------------------------------
    def finished(self, walkers) -> bool:
        return all(w.diverged or len(w.path) > self.max_steps() for w in walkers)

    def on_start(self) -> None:
        """Start again from the start point when the last run already went all the way."""
        if self.finished(self.active()):
            self.restart()

    def tick(self) -> None:
        per_frame = 8 if self.surface.key == "rosenbrock" else 1
        walkers = self.active()
        for _ in range(per_frame):
            for walker in walkers:
                walker.step()
        if self.finished(walkers):
            self.stop()
        self.redraw()

    def redraw(self) -> None:
        index = self.tabs.currentIndex()
        if index == 0:
            self.single.set_paths([self.walker], [plots.VERMILION])
            self.single_3d.set_path(self.walker)
        elif index == 1:
            for view, walker, color in zip(self.trio_views, self.trio, TRIO_COLORS):
                view.set_paths([walker], [color])
        else:
            self.race_view.set_paths(list(self.race.values()), plots.SEVEN)
            self.momentum_picture.show(self.race["momentum"])
            for line, walker in zip(self.race_lines, self.race.values()):
                line.setData(np.arange(len(walker.losses)), walker.losses)
        self._update_texts()

    # -- texts -----------------------------------------------------------------------------------
    def _point_text(self, walker) -> str:
        point = coordinates(walker.point)
        return self.tr("flew off (diverged)") if walker.diverged else self.tr("step {0}: loss {1} at {2}").format(
            len(walker.path) - 1, i18n.code_html(f"{walker.losses[-1]:.4g}"), i18n.code_html(f"({point})"))

    def _update_texts(self) -> None:
        if not hasattr(self, "walker"):
            return
        start = coordinates(self.start_point, 2)
        if self.tabs.currentIndex() == 0:
            gradient = coordinates(self.surface.gradient(self.walker.point))
            where = self.tr("{0}<br>gradient {1}").format(self._point_text(self.walker),
                                                          i18n.code_html(f"({gradient})"))
        else:
            steps = len(self.active()[0].losses) - 1
            where = self.tr("step {0}").format(steps)
        self.readout.setText(self.tr("<b>Start</b>: {0}<br>{1}<br><br>Click a plot to start somewhere else.").format(
            i18n.code_html(f"({start})"), where))
        kinds = [self.tr("Too small"), self.tr("About right"), self.tr("Too large")]
        for view, caption, kind, walker, rate in zip(self.trio_views, self.trio_captions, kinds, self.trio,
                                                     self.surface.rates):
            plots.set_texts(view.plot, self.tr("{0}: {1}").format(kind, i18n.code_html(f"η = {rate:g}")))
            caption.setText(self._point_text(walker))
        names_ = names.optimizer_names()
        rows = "".join(
            f"<tr><td><span style='color:{color}; font-size:16px'>■</span> {names_[name]}</td>"
            f"<td align='right'>&nbsp;&nbsp;{self._race_cell(walker)}</td></tr>"
            for name, color, walker in zip(optimizers.NAMES, plots.SEVEN, self.race.values()))
        self.race_legend.setText(f"<table>{rows}</table><br>" + self._momentum_key())

    def _momentum_key(self) -> str:
        """What the arrows on the race mean, under the legend."""
        color = plots.SEVEN[optimizers.NAMES.index("momentum")]
        return self.tr(
            "<b>Momentum remembers:</b><br><span style='color:{0}'>▬</span> its previous step<br>"
            "<span style='color:{0}'>{1}</span> velocity: {2} × previous step<br>"
            "<span style='color:#222222'>{3}</span> {4}, the gradient step<br>"
            "The next step is their sum.").format(color, i18n.code_html("→"), i18n.code_html("μ"), i18n.code_html("⇢"),
                                                  i18n.code_html("−η·∇L"))

    def _race_cell(self, walker) -> str:
        return self.tr("diverged") if walker.diverged else self.tr("loss {0:.4f}").format(walker.losses[-1])

    def retranslate_ui(self) -> None:
        self.set_explanation(i18n.with_code(self.tr(
            "Gradient descent steps against the gradient: {0}. Too small a learning rate {1} crawls, "
            "too large a one overshoots and can fly off. In a narrow valley plain steps zigzag, momentum "
            "speeds along it, and adaptive optimizers give each coordinate its own step; the race runs "
            "the core's own seven optimizers."), "w ← w − η·∇L", "η"))
        self.controls_box.setTitle(self.tr("Descent"))
        for index, text in enumerate((self.tr("Step by step"), self.tr("Learning rate"), self.tr("Optimizer race"))):
            self.tabs.setTabText(index, text)
        names.fill_combo(self.surface_combo, names.surface_names())
        self.surface_label.setText(self.tr("Surface:"))
        self.rate_label.setText(i18n.with_code(self.tr("Learning rate {0}:"), "η"))
        self.surface_combo.setToolTip(self.tr("The loss function to descend"))
        self.rate_spin.setToolTip(self.tr("The step size of the step-by-step descent"))
        self.step_button.setText(self.tr("One step"))
        self.step_button.setToolTip(self.tr("Take a single gradient step"))
        self.reset_button.setText(self.tr("Back to the start"))
        self.reset_button.setToolTip(self.tr("Put every walker back at the start point"))
        self.retranslate_play()
        plots.set_texts(self.single.plot, self.tr("Click to choose the start"), "w₁", "w₂")
        plots.set_texts(self.single_3d.plot, self.tr("The same surface in 3-D"))
        self.azimuth_label.setText(self.tr("Turn the 3-D view:"))
        self.azimuth_slider.setToolTip(self.tr("Look at the surface from another side"))
        plots.set_texts(self.race_view.plot, self.tr("Seven optimizers, one start"), "w₁", "w₂")
        plots.set_texts(self.race_loss, self.tr("Loss per step"), self.tr("step"), self.tr("loss"))
        self._update_texts()
