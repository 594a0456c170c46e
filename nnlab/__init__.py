"""nnlab: a desktop teaching lab for the mathematical building blocks of neural networks.

The package is split the way the lecture is: ``nnlab.core`` is the pure-NumPy engine (what the
slides compute), ``nnlab.data`` reads the data sets, and ``nnlab.gui`` is the Qt window that lets a
student watch the engine work.
"""

__version__ = "0.1.0"


def load_pretrained():
    """Return the bundled, pretrained lecture network (784 -> 512 relu -> 10 softmax).

    It lets the draw-a-digit demo work offline, the moment the app is installed.
    """
    from nnlab.core import load_model
    from nnlab.resources import resource_path

    return load_model(resource_path("models", "lecture_network.npz"))


def show(model):
    """Open the nnlab window on the Draw page with ``model`` (from a notebook: run ``%gui qt`` first).

    Draw a digit and watch the model read it, as the window does with its own networks. Returns the
    window. Qt is imported here, not before, so ``import nnlab`` stays light.
    """
    from nnlab.gui.notebook import show_model

    return show_model(model)


def show_tape(tape):
    """Open a window on what ``tape`` recorded (from a notebook: run ``%gui qt`` first).

    Each operation with the shapes of its inputs and output; Next lets the gradient flow back from
    the loss one operation at a time, with the chain rule each applies. Returns the window.
    """
    from nnlab.gui.notebook import show_tape as show

    return show(tape)
