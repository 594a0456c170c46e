"""One training step of the book's from-scratch network, recorded on a gradient tape, ready to be
stepped through: the forward operations in the order the tape wrote them, then the backward pass
from the loss to every weight, one operation at a time, then the update.

The program is fixed (the book's ``NaiveDense`` / ``one_training_step``, :data:`BOOK_STEP`): the
window runs it, never code typed by a student. It runs on nnlab's tape, so what is shown is what
``tape.gradient`` really did: the shapes come from ``tape.operations``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

import nnlab.tf as tf
from nnlab.autodiff import Operation

LEARNING_RATE = 1e-3
BATCH_SIZE = 128
VARIABLE_NAMES = ("W₁", "b₁", "W₂", "b₂")  # the variables in the order the step first uses them

BOOK_STEP = '''\
class NaiveDense:
    def __init__(self, input_size, output_size, activation):
        self.activation = activation
        w_shape = (input_size, output_size)
        w_initial_value = tf.random.uniform(w_shape, minval=0, maxval=1e-1)
        self.W = tf.Variable(w_initial_value)
        b_shape = (output_size,)
        b_initial_value = tf.zeros(b_shape)
        self.b = tf.Variable(b_initial_value)

    def __call__(self, inputs):
        return self.activation(tf.matmul(inputs, self.W) + self.b)

model = NaiveSequential([
    NaiveDense(input_size=28 * 28, output_size=512, activation=tf.nn.relu),
    NaiveDense(input_size=512, output_size=10, activation=tf.nn.softmax)
])

def one_training_step(model, images_batch, labels_batch):
    with tf.GradientTape() as tape:
        predictions = model(images_batch)
        per_sample_losses = tf.keras.losses.sparse_categorical_crossentropy(
            labels_batch, predictions)
        average_loss = tf.reduce_mean(per_sample_losses)
    gradients = tape.gradient(average_loss, model.weights)
    update_weights(gradients, model.weights)
    return average_loss

def update_weights(gradients, weights):
    for g, w in zip(gradients, weights):
        w.assign_sub(g * learning_rate)      # learning_rate = 1e-3
'''

# Each operation's forward formula and, per input, its backward rule (the slide's chain rule), with
# {o} the output's name and {0}, {1} the inputs'. Inputs without a rule get no gradient (the labels).
FORMULAS = {
    "matmul": ("{o} = {0} · {1}", ("∂L/∂{0} = ∂L/∂{o} · {1}ᵀ", "∂L/∂{1} = {0}ᵀ · ∂L/∂{o}")),
    "add": ("{o} = {0} + {1}", ("∂L/∂{0} = ∂L/∂{o}", "∂L/∂{1} = Σᵢ (∂L/∂{o})ᵢ")),
    "subtract": ("{o} = {0} − {1}", ("∂L/∂{0} = ∂L/∂{o}", "∂L/∂{1} = −∂L/∂{o}")),
    "multiply": ("{o} = {0} ⊙ {1}", ("∂L/∂{0} = ∂L/∂{o} ⊙ {1}", "∂L/∂{1} = ∂L/∂{o} ⊙ {0}")),
    "relu": ("{o} = relu({0})", ("∂L/∂{0} = ∂L/∂{o} ⊙ [{0} > 0]",)),
    "sigmoid": ("{o} = σ({0})", ("∂L/∂{0} = ∂L/∂{o} ⊙ {o}(1 − {o})",)),
    "tanh": ("{o} = tanh({0})", ("∂L/∂{0} = ∂L/∂{o} ⊙ (1 − {o}²)",)),
    "softmax": ("{o} = softmax({0})", ("∂L/∂{0} = {o} ⊙ (∂L/∂{o} − Σ ∂L/∂{o} ⊙ {o})",)),
    "sparse_categorical_crossentropy": ("{o}ᵢ = −log {1}ᵢ[{0}ᵢ]", ("", "∂L/∂{1}ᵢ[{0}ᵢ] = −∂L/∂{o}ᵢ / {1}ᵢ[{0}ᵢ]")),
    "categorical_crossentropy": ("{o}ᵢ = −Σ {0}ᵢⱼ log {1}ᵢⱼ", ("", "∂L/∂{1} = −∂L/∂{o} ⊙ {0} / {1}")),
    "mean": ("{o} = mean({0})", ("∂L/∂{0} = ∂L/∂{o} / N",)),
    "sum": ("{o} = Σ {0}", ("∂L/∂{0} = ∂L/∂{o}",)),
}
_SYMBOLS = {"matmul": "m", "add": "z", "subtract": "d", "multiply": "u", "divide": "q", "negative": "n", "relu": "a",
            "sigmoid": "a", "tanh": "a", "softmax": "p", "sparse_categorical_crossentropy": "ℓ",
            "categorical_crossentropy": "ℓ", "mean": "L", "sum": "s", "cast": "c"}
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def output_names(operations) -> list[str]:
    """A name for each operation's output, as on the slide: m₁ = images · W₁, z₁, a₁, …, p, ℓ, L.
    A letter used more than once gets its number as a subscript."""
    letters = [_SYMBOLS.get(op.name, "t") for op in operations]
    seen: dict[str, int] = {}
    names = []
    for letter in letters:
        seen[letter] = seen.get(letter, 0) + 1
        names.append(letter + str(seen[letter]).translate(_SUBSCRIPTS) if letters.count(letter) > 1 else letter)
    return names


def input_names(operation: Operation, outputs: list[str]) -> list[str]:
    """The inputs as the slide names them: images, labels, W₁, b₁, or an earlier output."""
    names = []
    for position, (kind, index) in enumerate(operation.sources):
        if kind == "variable":
            names.append(VARIABLE_NAMES[index] if index < len(VARIABLE_NAMES) else f"v{index + 1}")
        elif kind == "op":
            names.append(outputs[index])
        elif kind == "watched":
            names.append("x" + str(index + 1).translate(_SUBSCRIPTS))
        elif operation.name.endswith("categorical_crossentropy") and position == 0:
            names.append("labels")
        elif len(operation.input_shapes[position]) == 0:
            names.append("c")
        else:
            names.append("images")
    return names


def forward_text(operation: Operation, outputs: list[str]) -> str:
    """``m₁ = images · W₁``: what the operation computed."""
    template = FORMULAS.get(operation.name, ("{o} = " + operation.name + "(…)", ()))[0]
    return template.format(*input_names(operation, outputs), o=outputs[operation.index])


def rule_texts(operation: Operation, outputs: list[str]) -> list[tuple[str, tuple]]:
    """The chain rule the backward pass applied at ``operation``, one ``(rule, gradient shape)`` per
    input a gradient went to: ``("∂L/∂W₁ = imagesᵀ · ∂L/∂m₁", (784, 512))``."""
    names = input_names(operation, outputs)
    rules = FORMULAS.get(operation.name, ("", ()))[1]
    result = []
    for position, shape in enumerate(operation.gradient_shapes or []):
        if shape is not None:
            rule = rules[position] if position < len(rules) and rules[position] else f"∂L/∂{{{position}}}"
            result.append((rule.format(*names, o=outputs[operation.index]), shape))
    return result


class NaiveDense:
    """The book's layer (second edition), on nnlab's ``tf``."""

    def __init__(self, input_size, output_size, activation):
        self.activation = activation
        self.W = tf.Variable(tf.random.uniform((input_size, output_size), minval=0, maxval=1e-1))
        self.b = tf.Variable(tf.zeros((output_size,)))

    def __call__(self, inputs):
        return self.activation(tf.matmul(inputs, self.W) + self.b)

    @property
    def weights(self):
        return [self.W, self.b]


@dataclass
class RecordedStep:
    """What one training step left: the tape's operations (shapes only) and the loss before and after."""

    number: int
    operations: list[Operation]
    loss: float
    loss_after: float
    batch: int
    batches: int

    def positions(self) -> int:
        """Forward recorded, each backward operation, the update: what the student steps through."""
        return len(self.operations) + 2


class TapeLesson:
    """The book's network and a batch generator over ``images``/``labels``; :meth:`step` runs the
    book's ``one_training_step`` on the next batch and returns what the tape recorded."""

    def __init__(self, images: np.ndarray, labels: np.ndarray, seed: int = 0):
        if len(images) == 0 or len(images) != len(labels):
            raise ValueError("the lesson needs as many labels as images, and at least one of each")
        self.images = np.asarray(images, dtype=np.float32).reshape(len(images), -1)
        if self.images.shape[1] != 28 * 28:
            raise ValueError(f"the book's network reads 28 × 28 images, got {self.images.shape[1]} pixels each")
        self.labels = np.asarray(labels).astype(np.intp)
        np.random.seed(seed)
        self.layers = [NaiveDense(28 * 28, 512, tf.nn.relu), NaiveDense(512, 10, tf.nn.softmax)]
        self.index = self.steps = 0
        self.batches = math.ceil(len(self.images) / BATCH_SIZE)

    @property
    def weights(self):
        return [w for layer in self.layers for w in layer.weights]

    def predict(self, images):
        x = images
        for layer in self.layers:
            x = layer(x)
        return x

    def loss(self, images, labels) -> float:
        return float(tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, self.predict(images))))

    def step(self) -> RecordedStep:
        """``one_training_step`` on the next batch (the generator starts over after the last one)."""
        if self.index >= len(self.images):
            self.index = 0
        batch = self.index // BATCH_SIZE
        images = self.images[self.index:self.index + BATCH_SIZE]
        labels = self.labels[self.index:self.index + BATCH_SIZE]
        self.index += BATCH_SIZE
        with tf.GradientTape() as tape:
            predictions = self.predict(images)
            per_sample_losses = tf.keras.losses.sparse_categorical_crossentropy(labels, predictions)
            average_loss = tf.reduce_mean(per_sample_losses)
        gradients = tape.gradient(average_loss, self.weights)
        for g, w in zip(gradients, self.weights):
            w.assign_sub(g * LEARNING_RATE)
        self.steps += 1
        return RecordedStep(self.steps, tape.operations, float(average_loss), self.loss(images, labels),
                            batch, self.batches)


def stand_in_digits(count: int = 1024, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Images when MNIST is not on this computer: each label's own blurred stroke pattern, so the
    network has something learnable (the shapes and the gradients' flow are the lesson's point)."""
    rng = np.random.default_rng(seed)
    patterns = rng.random((10, 28, 28)) < 0.15
    labels = rng.integers(0, 10, count)
    noise = rng.random((count, 28, 28)) < 0.05
    images = (patterns[labels] ^ noise).astype(np.float32)
    return images.reshape(count, 784), labels
