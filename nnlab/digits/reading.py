"""What a digit network makes of one picture: the prediction and a look inside.

The Draw page asks this after every stroke (in a worker thread): preprocess the picture the way
MNIST did, run the network, and keep the hidden layer's activations and the weights of the
first-layer units that respond most, so students can see *how* the network decided.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab.digits.likeness import Likeness, bundled_space, judge
from nnlab.digits.preprocess import MNIST_SIZE, PreprocessSteps, preprocess_steps

# Below this probability the top digit is shown as a guess ("not sure"), not as an answer.
SURE_THRESHOLD = 0.6
PIXELS = MNIST_SIZE * MNIST_SIZE
DIGITS = 10


@dataclass(frozen=True)
class DigitReading:
    """The network's view of one picture.

    ``probabilities`` (10,) and ``hidden`` (the first layer's activations, one per unit) are None
    when there is no model or nothing was drawn. ``top_units`` are the indices of the most active
    first-layer units, strongest first, and ``top_weights`` their weights as (k, 28, 28) images:
    the pattern each of those units looks for. ``likeness`` says whether the ink looks like a
    digit at all (see :mod:`nnlab.digits.likeness`); None for an empty sheet or when the bundled
    statistic is missing.
    """

    steps: PreprocessSteps
    probabilities: np.ndarray | None = None
    hidden: np.ndarray | None = None
    top_units: np.ndarray | None = None
    top_weights: np.ndarray | None = None
    likeness: Likeness | None = None

    @property
    def empty(self) -> bool:
        return self.steps.empty

    @property
    def digit(self) -> int | None:
        return None if self.probabilities is None else int(np.argmax(self.probabilities))

    @property
    def runner_up(self) -> int | None:
        """The second most likely digit: what the network hesitates with when it is not sure."""
        return None if self.probabilities is None else int(np.argsort(self.probabilities)[-2])

    @property
    def confidence(self) -> float:
        return 0.0 if self.probabilities is None else float(np.max(self.probabilities))

    @property
    def sure(self) -> bool:
        return self.confidence >= SURE_THRESHOLD and self.looks_like_a_digit

    @property
    def looks_like_a_digit(self) -> bool:
        """False when the ink is unlike every training digit: the answer then means little."""
        return self.likeness is None or self.likeness.looks_like_a_digit


def reads_digits(model) -> bool:
    """True when ``model`` takes a 28x28 picture (784 inputs) and gives ten outputs."""
    return (model is not None and getattr(model, "built", False)
            and model.layers[0].input_dim == PIXELS and model.layers[-1].units == DIGITS)


def read_digit(image, model=None, top_units: int = 6) -> DigitReading:
    """Preprocess ``image`` with MNIST's recipe and, when ``model`` reads digits, run it.

    ``image`` is any 2-D grey picture (see :func:`nnlab.digits.preprocess.to_mnist`).
    """
    steps = preprocess_steps(image)
    if steps.empty:
        return DigitReading(steps)
    space = bundled_space()
    likeness = judge(steps.centred, space) if space is not None else None
    if not reads_digits(model):
        return DigitReading(steps, likeness=likeness)
    outputs = model.layer_outputs(steps.centred.reshape(1, PIXELS))
    probabilities = outputs[-1][0]
    if len(outputs) < 2:
        return DigitReading(steps, probabilities, likeness=likeness)
    hidden = outputs[0][0]
    top = np.argsort(hidden)[::-1][:top_units]
    weights = model.layers[0].W[:, top].T.reshape(len(top), MNIST_SIZE, MNIST_SIZE)
    return DigitReading(steps, probabilities, hidden, top, np.array(weights, np.float32), likeness)
