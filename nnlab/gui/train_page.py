"""The Train page (placeholder until its issue lands)."""

from PySide6.QtCore import Signal

from nnlab.gui.placeholder import PlaceholderPage


class TrainPage(PlaceholderPage):
    training_started = Signal()
    training_finished = Signal(str)
