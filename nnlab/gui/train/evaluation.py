"""The evaluation view: how well the trained network does on the test set, and where it fails.

Shows an :class:`~nnlab.training.metrics.Evaluation` computed by the worker: the test accuracy, the
accuracy for every class as bars, the confusion matrix (rows: the true class, columns: the
network's answer) and a gallery of the most confident mistakes with their probabilities.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.data.datasets import CLASS_NAMES_CONTEXT, DATASETS
from nnlab.gui import i18n, plots
from nnlab.gui.accessibility import describe_for_screen_readers
from nnlab.gui.i18n import Retranslatable
from nnlab.gui.pixels import to_qimage
from nnlab.palette import BLUE


def class_names(dataset: str) -> list[str]:
    """Readable names of the ten classes of a data set: nnlab.data's names, translated."""
    spec = DATASETS.get(dataset, DATASETS["mnist"])
    return [QCoreApplication.translate(CLASS_NAMES_CONTEXT, name) for name in spec.class_names]


def _heat(fraction: float, base: QColor) -> QColor:
    """From the table's background to Okabe-Ito blue as ``fraction`` goes from 0 to 1."""
    blue = QColor(BLUE)
    f = max(0.0, min(1.0, fraction)) ** 0.5
    return QColor(round(base.red() + (blue.red() - base.red()) * f),
                  round(base.green() + (blue.green() - base.green()) * f),
                  round(base.blue() + (blue.blue() - base.blue()) * f))


def digit_pixmap(image: np.ndarray, size: int = 56) -> QPixmap:
    """A 28×28 uint8 image as a pixmap ``size`` pixels wide (pixels kept sharp)."""
    return QPixmap.fromImage(to_qimage(image)).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.FastTransformation)


class EvaluationView(Retranslatable, QWidget):
    """Test accuracy, per-class bars, confusion matrix and the misclassified gallery."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._evaluation = None
        self._names = class_names("mnist")
        self.accuracy_label = QLabel(objectName="testAccuracyLabel", textFormat=Qt.TextFormat.RichText,
                                     wordWrap=True)
        self.bars = pg.PlotWidget()
        self.bars.setObjectName("perClassPlot")  # the keyword argument would name its PlotItem, not the widget
        self.bars.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.bars.setMenuEnabled(False)
        self.bars.setMouseEnabled(x=False, y=False)
        plots.leave_room_for_the_last_x_label(self.bars)
        self.bars.hideButtons()
        self.bars.setYRange(0, 1, padding=0.02)
        self.bars.setMinimumWidth(150)
        self.bar_item = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=BLUE)
        self.bars.addItem(self.bar_item)

        self.matrix = QTableWidget(10, 10, objectName="confusionMatrix")
        self.matrix.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        small = self.matrix.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        self.matrix.setFont(small)
        for header in (self.matrix.horizontalHeader(), self.matrix.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(17)
            header.setFont(small)
        self.matrix.setMinimumWidth(250)

        self.gallery = QListWidget(objectName="mistakesGallery")
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(48, 48))
        self.gallery.setGridSize(QSize(78, 88))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setWordWrap(True)
        self.gallery.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        # titles wrap: the three columns share a page that also fits beside the lesson panel at 1280x720
        self.bars_title, self.matrix_title, self.gallery_title = (
            QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText) for _ in range(3))  # their own bold words only
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)
        outer.addWidget(self.accuracy_label)  # across the page: in the narrow first column its big line was cut
        columns = QHBoxLayout()
        columns.setSpacing(14)
        for title, widget, stretch in ((self.bars_title, self.bars, 2), (self.matrix_title, self.matrix, 4),
                                       (self.gallery_title, self.gallery, 4)):
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(title)
            column.addWidget(widget, 1)
            columns.addLayout(column, stretch)
        outer.addLayout(columns, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.bars_title.setText(self.tr("<b>Accuracy per class</b>"))
        self.matrix_title.setText(self.tr("<b>Confusion matrix</b> (row: true class, column: answer)"))
        # the arrow is drawn as the captions draw it, left to right (pictures read left to right: nnlab.gui.i18n)
        true, answer = self.tr("true", "the class of a test image"), self.tr("answer", "the network's answer")
        self.gallery_title.setText(self.tr("<b>Most confident mistakes</b> ({0})").format(
            i18n.code_html(f"{true} → {answer}")))
        self.bars.setToolTip(self.tr("For each class, the share of its test images the network recognised."))
        self.matrix.setToolTip(self.tr("How many test images of each true class (row) got each answer (column); "
                                  "everything off the diagonal is a mistake."))
        self.gallery.setToolTip(self.tr("Test images the network got wrong, the most confident mistakes first."))
        self.bars.setAccessibleName(self.tr("Accuracy per class"))
        self.matrix.setAccessibleName(self.tr("Confusion matrix"))
        self.gallery.setAccessibleName(self.tr("Misclassified test images"))
        self.bars.setLabel("left", self.tr("accuracy"))
        describe_for_screen_readers(self)
        self._show()

    def clear(self) -> None:
        self._evaluation = None
        self._show()

    def show_evaluation(self, evaluation, test_images: np.ndarray | None, dataset: str = "mnist") -> None:
        """Show ``evaluation`` (from ``nnlab.training.metrics.evaluate_classifier``); ``test_images`` are
        the uint8 test images its mistake indices refer to."""
        self._evaluation = (evaluation, test_images)
        self._names = class_names(dataset)
        self._show()

    def _show(self) -> None:
        palette = self.palette()
        self.bars.setBackground(palette.color(QPalette.ColorRole.Base))
        axis = self.bars.getPlotItem().getAxis("bottom")
        axis.setTicks([[(i, name[:7]) for i, name in enumerate(self._names)]])
        headers = [name[:6] for name in self._names]
        self.matrix.setHorizontalHeaderLabels(headers)
        self.matrix.setVerticalHeaderLabels(headers)
        if self._evaluation is None:
            self.accuracy_label.setText(self.tr("<span style='font-size:15pt'>No evaluation yet</span>&nbsp;&nbsp; "
                                                "Train a network: it is tested on the test set at the end."))
            self.bar_item.setOpts(height=np.zeros(10))
            self.bars.setYRange(0, 1, padding=0.02)
            self.matrix.clearContents()
            self.gallery.clear()
            return
        evaluation, images = self._evaluation
        self.accuracy_label.setText(self.tr("<span style='font-size:15pt; font-weight:600'>{0:.2%}</span>"
                                            "&nbsp;&nbsp; test accuracy (loss {1:.4f})").format(evaluation.accuracy,
                                                                                      evaluation.loss))
        per_class = np.nan_to_num(evaluation.per_class)
        self.bar_item.setOpts(height=per_class)
        # Zoom in on the top of the scale: 97 % and 99 % look the same on a 0-100 % axis.
        lowest = float(per_class.min()) if len(per_class) else 0.0
        self.bars.setYRange(max(0.0, np.floor((lowest - 0.02) * 20) / 20), 1.0, padding=0.02)
        self._fill_matrix(evaluation.confusion, palette)
        self._fill_gallery(evaluation, images)

    def _fill_matrix(self, confusion: np.ndarray, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        totals = confusion.sum(axis=1)
        for row in range(confusion.shape[0]):
            for column in range(confusion.shape[1]):
                count = int(confusion[row, column])
                share = count / totals[row] if totals[row] else 0.0
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                colour = _heat(share, base)
                item.setBackground(QBrush(colour))
                item.setForeground(QBrush(QColor("white") if colour.lightnessF() < 0.55 else
                                          palette.color(QPalette.ColorRole.Text)))
                item.setToolTip(self.tr("{0} test images of {1} were answered {2}").format(
                    count, self._names[row], self._names[column]))
                self.matrix.setItem(row, column, item)

    def _fill_gallery(self, evaluation, images) -> None:
        self.gallery.clear()
        if images is None:
            return
        for index, true, probs in zip(evaluation.mistakes, evaluation.labels, evaluation.mistake_probs):
            answer = int(np.argmax(probs))
            item = QListWidgetItem(digit_pixmap(images[index], 48), "{0}\n{1:.0%}".format(
                i18n.code(f"{self._names[true][:7]} → {self._names[answer][:7]}"), probs[answer]))
            top = np.argsort(-probs)[:3]
            item.setToolTip(self.tr("Test image {0}: it is {1}, the network answered {2}.\n{3}").format(
                int(index), self._names[true], self._names[answer],
                "\n".join(f"{self._names[k]}: {probs[k]:.1%}" for k in top if not math.isnan(probs[k]))))
            self.gallery.addItem(item)
