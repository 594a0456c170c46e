"""Names vulture reports as unused that are used, by a caller it cannot see (``vulture`` reads this file too).

Only true false positives belong here: each is called by Qt, Jupyter, a user's notebook or a ``getattr``.
"""

from nnlab.autodiff.tape import GradientTape
from nnlab.autodiff.tensor import Variable
from nnlab.core.callbacks import RunStatus
from nnlab.explorer import functions
from nnlab.gui.concepts.numerics import NumericsDemo
from nnlab.gui.train.plots import ChangeMarkers
from nnlab.keras import datasets, ops
from nnlab.tf import random

RunStatus.NEW, RunStatus.ERROR  # statuses read from records and set by the GUI and the command line by value
functions.__signature__  # set on the explorer's wrapped NumPy functions for inspect.signature (the help text)
# The Keras and TensorFlow API a student's notebook calls (the book's names):
datasets.fashion_mnist, ops.convert_to_numpy, random.set_seed
GradientTape.watched_variables, Variable.assign_add
# Each experiment card's text is looked up as getattr(self, f"_text_{name}"):
NumericsDemo._text_formats, NumericsDemo._text_softmax, NumericsDemo._text_log_zero
NumericsDemo._text_scaling, NumericsDemo._text_vanishing, NumericsDemo._text_denormal
# Called by pyqtgraph when the view moves, and by Qt to draw the item:
ChangeMarkers.viewRangeChanged, ChangeMarkers.paint
