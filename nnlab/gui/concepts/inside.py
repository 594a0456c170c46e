from nnlab.gui.concepts.base import DemoWidget


class InsideDemo(DemoWidget):
    def retranslate_ui(self):
        pass
