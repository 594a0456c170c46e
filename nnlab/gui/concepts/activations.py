from nnlab.gui.concepts.base import DemoWidget


class ActivationsDemo(DemoWidget):
    def retranslate_ui(self):
        pass
