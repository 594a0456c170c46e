"""The Train page's progress text changes 25 times a second while a run trains: a new text of the same
height must only repaint it, not lay the page out again; a text that needs more lines must still get them."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from nnlab.gui.plain import SteadyLabel


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_new_text_of_the_same_height_asks_for_no_layout_and_a_longer_one_gets_its_lines(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label = SteadyLabel("Epoch 1 of 5, batch 10 of 422", objectName="progressLabel")
    layout.addWidget(label.holder)
    layout.addStretch(1)
    page.resize(300, 300)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()  # the first layout done
    requests = LayoutRequests()
    page.installEventFilter(requests)
    one_line = label.height()
    for batch in range(11, 40):
        label.setText(f"Epoch 1 of 5, batch {batch} of 422")
        QApplication.processEvents()  # what the new text posted
    assert requests.count == 0
    assert page.findChild(QLabel, "progressLabel").text() == "Epoch 1 of 5, batch 39 of 422"

    label.setText("Run 16 diverged after 40 batches: the loss is no longer a number. " * 3)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) > one_line)
    assert requests.count > 0


def test_it_shows_outside_text_as_plain_text(qtbot):
    label = SteadyLabel('<img src="/dev/zero">')
    qtbot.addWidget(label.holder)
    assert label.text() == '<img src="/dev/zero">' and label.textFormat() == label.textFormat().PlainText
