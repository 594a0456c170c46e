"""A small reverse-mode automatic differentiation over NumPy: the gradient tape of chapter 2, readable.

    from nnlab.autodiff import GradientTape, Variable, ops

    W = Variable(np.random.uniform(0, 0.1, (784, 512)).astype("float32"))
    with GradientTape() as tape:
        loss = ops.reduce_mean(ops.sparse_categorical_crossentropy(labels, ops.softmax(images @ W)))
    dW = tape.gradient(loss, W)

It exists to be read: :mod:`~nnlab.autodiff.tape` records and walks back, :mod:`~nnlab.autodiff.ops`
holds each operation's backward rule in a line or two. ``nnlab.tf`` and ``nnlab.keras.ops`` give it
the book's names. Never imports Qt.
"""

from nnlab.autodiff import ops
from nnlab.autodiff.tape import GradientTape, Operation
from nnlab.autodiff.tensor import Tensor, Variable, as_tensor

__all__ = ["GradientTape", "Operation", "Tensor", "Variable", "as_tensor", "ops"]
