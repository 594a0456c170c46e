from nnlab.gui.concepts.base import DemoWidget


class BatchingDemo(DemoWidget):
    def retranslate_ui(self):
        pass
