from nnlab.gui.concepts.base import DemoWidget


class GeometryDemo(DemoWidget):
    def retranslate_ui(self):
        pass
