from nnlab.gui.concepts.base import DemoWidget


class DescentDemo(DemoWidget):
    def retranslate_ui(self):
        pass
