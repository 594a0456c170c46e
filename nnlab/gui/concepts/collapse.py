from nnlab.gui.concepts.base import DemoWidget


class CollapseDemo(DemoWidget):
    def retranslate_ui(self):
        pass
