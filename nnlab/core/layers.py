"""Layers. There is one, as in the lecture: ``Dense``, output = activation(dot(input, W) + b)."""

from __future__ import annotations

import numpy as np

from nnlab.core import activations


class Dense:
    """A fully connected layer: ``a = activation(x · W + b)``.

    ``W`` has shape (inputs, units) and ``b`` shape (units,), so a batch x of shape (N, inputs)
    gives z of shape (N, units): the broadcasting slide of the lecture. The forward pass keeps
    what the backward pass needs (the input x and the output a); buffers are reused from batch to
    batch so training allocates nothing in its inner loop. The model keeps every layer's W and b
    (and dW, db) as views into one flat buffer, so the optimizer updates them all in one call.
    """

    def __init__(self, units: int, activation: str | None = None, input_shape: tuple | None = None):
        if int(units) < 1:
            raise ValueError(f"a Dense layer needs at least one unit, got {units}")
        self.units = int(units)
        self.activation_fn = activations.get(activation)
        self.input_shape = tuple(input_shape) if input_shape is not None else None
        self.W = self.b = None        # the parameters, created by build()
        self.dW = self.db = None      # their gradients, filled by backward()
        self._buffers: dict = {}  # batch size -> its arrays; "ones" -> a vector of ones

    @property
    def activation(self) -> str:
        return self.activation_fn.name

    @property
    def input_dim(self) -> int | None:
        return None if self.W is None else self.W.shape[0]

    def build(self, input_dim: int, rng: np.random.Generator, dtype=np.float32) -> None:
        """Glorot-uniform W (keeps the variance of signals equal from layer to layer), zero b."""
        limit = np.sqrt(6.0 / (input_dim + self.units))
        self.W = rng.uniform(-limit, limit, size=(input_dim, self.units)).astype(dtype)
        self.b = np.zeros(self.units, dtype=dtype)
        self.dW = np.zeros_like(self.W)
        self.db = np.zeros_like(self.b)
        self._buffers.clear()

    def count_params(self) -> int:
        return self.W.size + self.b.size

    def place(self, weights: np.ndarray, grads: np.ndarray, offset: int) -> int:
        """Move W, b into ``weights[offset:]`` and make dW, db views of ``grads`` at the same place;
        returns the offset after this layer."""
        for name, grad_name in (("W", "dW"), ("b", "db")):
            value = getattr(self, name)
            end = offset + value.size
            view = weights[offset:end].reshape(value.shape)
            view[...] = value
            setattr(self, name, view)
            setattr(self, grad_name, grads[offset:end].reshape(value.shape))
            offset = end
        return offset

    def place_gradients(self, grads: np.ndarray | None, offset: int) -> int:
        """Make dW, db views of ``grads[offset:]`` (None: no gradients kept); returns the offset after
        this layer."""
        for name, grad_name in (("W", "dW"), ("b", "db")):
            shape = getattr(self, name).shape
            end = offset + int(np.prod(shape))
            setattr(self, grad_name, None if grads is None else grads[offset:end].reshape(shape))
            offset = end
        return offset

    def release(self) -> None:
        """Forget the batch buffers and the cached batch (after training: only the weights stay)."""
        self._buffers.clear()
        self.x = self.z = self.a = None

    def _buffers_for(self, n: int):
        """(z, a, grad_z, grad_x) arrays for a batch of n, allocated once per batch size
        (grad_x, of shape (n, inputs), only when a layer below needs it). Between the forward and
        the backward pass grad_z holds what the activation keeps for its derivative (ReLU's mask)."""
        if n not in self._buffers:
            self._buffers[n] = (*(np.empty((n, self.units), dtype=self.W.dtype) for _ in range(3)), None)
        return self._buffers[n]

    def _ones(self, n: int) -> np.ndarray:
        ones = self._buffers.get("ones")
        if ones is None or len(ones) < n:
            ones = self._buffers["ones"] = np.ones(n, dtype=self.W.dtype)
        return ones[:n]

    def grad_z_buffer(self, n: int) -> np.ndarray:
        """Where dL/dz of a batch of n goes (the model writes the fused loss gradient there)."""
        return self._buffers_for(n)[2]

    def _input_grad_buffer(self, n: int) -> np.ndarray:
        z, a, grad_z, grad_x = self._buffers_for(n)
        if grad_x is None:
            grad_x = np.empty((n, self.W.shape[0]), dtype=self.W.dtype)
            self._buffers[n] = (z, a, grad_z, grad_x)
        return grad_x

    def scores(self, x: np.ndarray) -> np.ndarray:
        """z = x · W + b, the scores before the activation (a new array: for inference)."""
        return x @ self.W + self.b

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        """a = activation(x · W + b). In training the result lives in a reused buffer."""
        if not training:
            return self.activation_fn(self.scores(x))
        z, a, kept, _ = self._buffers_for(len(x))
        np.dot(x, self.W, out=z)
        z += self.b
        self.x = x
        self.z = z
        self.a = self.activation_fn.train_forward(z, out=a, kept=kept)
        return self.a

    def backward(self, grad_a: np.ndarray, need_input_grad: bool = True):
        """From dL/da to dL/dW, dL/db and (if asked) dL/dx, by the chain rule."""
        grad_z = self.activation_fn.train_backward(self.a, grad_a, kept=self.grad_z_buffer(len(grad_a)))
        return self.backward_from_z(grad_z, need_input_grad)

    def backward_from_z(self, grad_z: np.ndarray, need_input_grad: bool = True):
        """Given dL/dz (z = x · W + b):  dL/dW = xᵀ · dL/dz,  dL/db = sum over the batch,  dL/dx = dL/dz · Wᵀ.

        The sum over the batch is the product 1ᵀ · dL/dz: BLAS does it in a third of ``sum``'s time."""
        np.dot(self.x.T, grad_z, out=self.dW)
        np.dot(self._ones(len(grad_z)), grad_z, out=self.db)
        return np.dot(grad_z, self.W.T, out=self._input_grad_buffer(len(grad_z))) if need_input_grad else None

    def get_config(self) -> dict:
        return {"units": self.units, "activation": self.activation}

    def __repr__(self):
        return f"Dense({self.units}, activation={self.activation!r})"
