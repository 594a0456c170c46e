"""The Tensors page (placeholder until its issue lands)."""

from nnlab.gui.placeholder import PlaceholderPage


class TensorsPage(PlaceholderPage):
    pass
