"""The Concepts page (placeholder until its issue lands)."""

from nnlab.gui.placeholder import PlaceholderPage


class ConceptsPage(PlaceholderPage):
    pass
