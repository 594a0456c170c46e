from nnlab.gui.concepts.base import DemoWidget


class BackpropDemo(DemoWidget):
    def retranslate_ui(self):
        pass
