"""The Qt window. Widgets only: every number shown here is computed by ``nnlab.core``."""

from nnlab.gui.main_window import MainWindow

__all__ = ["MainWindow"]
