"""The Draw page (placeholder until its issue lands)."""

from nnlab.gui.placeholder import PlaceholderPage


class DrawPage(PlaceholderPage):
    pass
