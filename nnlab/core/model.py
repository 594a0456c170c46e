"""``Sequential``: a stack of layers with Keras' ``compile`` / ``fit`` / ``evaluate`` / ``predict``.

A training step is the lecture's loop, literally:
    1. forward: run a batch through the layers, keeping each layer's input and output;
    2. the loss: how far the predictions are from the targets;
    3. backward: the chain rule, from the loss back through the layers (dL/dW for every W);
    4. update: the optimizer moves every W a little against its gradient.

All weights live in one flat buffer (each layer's W and b are views into it), and so do their
gradients: step 4 is one optimizer call over one array. A batch too large to compute in well
under a second goes through steps 1-3 in chunks whose gradients are summed (see
``nnlab.core.estimate.chunk_rows``), so ``stop_training`` is honoured within a chunk even in a
full-batch step of a huge network. The loop of ``fit`` over epochs and batches (callbacks,
validation, stopping) is ``nnlab.core.trainer``'s: the model is the network and its step.
"""

from __future__ import annotations

import numpy as np

from nnlab.core import losses, optimizers
from nnlab.core.callbacks import Callback, History
from nnlab.core.divergence import DivergenceGuard
from nnlab.core.estimate import chunk_rows
from nnlab.core.layers import Dense
from nnlab.core.trainer import Interrupted, Trainer


class Sequential:
    """Layers applied one after the other, as in ``keras.Sequential``."""

    def __init__(self, layers=None, seed: int | None = None, dtype="float32"):
        self.layers: list[Dense] = []
        self.seed = seed
        self.dtype = np.dtype(dtype)
        self.optimizer = None
        self.loss = None
        self.metrics: list[str] = []
        self.stop_training = False  # set from any thread; honoured between batches and chunks
        self._init_rng, self._shuffle_rng = self._rngs(seed)
        self.guard: DivergenceGuard | None = None  # watches the running fit
        self._weights = self._gradients = None      # the flat buffers the layers' arrays are views of
        self._gradient_sum: np.ndarray | None = None  # a chunked batch's gradients, added up
        self._fitting = False
        for layer in layers or []:
            self.add(layer)

    @staticmethod
    def _rngs(seed):
        init, shuffle = np.random.SeedSequence(seed).spawn(2)
        return np.random.default_rng(init), np.random.default_rng(shuffle)

    # -- building -------------------------------------------------------------------------------
    def add(self, layer: Dense) -> None:
        self.layers.append(layer)
        input_dim = self._input_dim_for(len(self.layers) - 1)
        if input_dim is not None:
            layer.build(input_dim, self._init_rng, self.dtype)
        if self.built:
            self._pack()

    def _input_dim_for(self, index: int) -> int | None:
        if index > 0:
            return self.layers[index - 1].units if self.layers[index - 1].W is not None else None
        shape = self.layers[0].input_shape
        return int(np.prod(shape)) if shape else None

    @property
    def built(self) -> bool:
        return bool(self.layers) and all(layer.W is not None for layer in self.layers)

    def build(self, input_dim: int | None = None) -> None:
        """Create (or re-create, with fresh random values) every layer's weights."""
        if not self.layers:
            raise ValueError("the model has no layers yet: add a Dense layer first")
        dim = input_dim or self._input_dim_for(0) or self.layers[0].input_dim
        if dim is None:
            raise ValueError("the first layer needs input_shape, e.g. Dense(512, input_shape=(784,))")
        for layer in self.layers:
            layer.build(dim, self._init_rng, self.dtype)
            dim = layer.units
        self._pack()

    def _pack(self) -> None:
        """Move every layer's weights and gradients into one flat buffer each (layers keep views)."""
        total = self.count_params()
        self._weights, self._gradients = np.empty(total, self.dtype), np.zeros(total, self.dtype)
        offset = 0
        for layer in self.layers:
            offset = layer.place(self._weights, self._gradients, offset)
        self._gradient_sum = None

    def free_gradients(self) -> None:
        """Forget the last batch's gradients (``dW``, ``db``: as many numbers as the weights). A model
        kept after training needs only its weights (a lesson's runs in one window each kept 1.6 MB
        more); the next training step makes them again."""
        self._keep_gradients(False)

    def _keep_gradients(self, keep: bool) -> None:
        """Give the layers' dW, db a flat buffer of zeros, or none."""
        grads = np.zeros(self.count_params(), self.dtype) if keep else None
        offset = 0
        for layer in self.layers:
            offset = layer.place_gradients(grads, offset)
        self._gradients, self._gradient_sum = grads, None

    def layer_sizes(self) -> list[int]:
        """Inputs, then every layer's units: ``[784, 512, 10]`` for the lecture network."""
        return [self.layers[0].input_dim, *(layer.units for layer in self.layers)]

    def count_params(self) -> int:
        return sum(layer.count_params() for layer in self.layers)

    def summary(self) -> str:
        rows = [f"{'Layer':<36}{'Output shape':<18}{'Param #':>10}"]
        for layer in self.layers:
            rows.append(f"{repr(layer):<36}{str((None, layer.units)):<18}{layer.count_params():>10,}")
        rows.append(f"Total params: {self.count_params():,}")
        return "\n".join(rows)

    # -- weights ---------------------------------------------------------------------------------
    def _params(self) -> list[np.ndarray]:
        return [p for layer in self.layers for p in (layer.W, layer.b)]

    def _grads(self) -> list[np.ndarray]:
        return [g for layer in self.layers for g in (layer.dW, layer.db)]

    @property
    def trainable_weights(self) -> list[np.ndarray]:
        """The weights themselves (not copies), as Keras names them: the whole flat buffer."""
        return [self._weights]

    def get_weights(self) -> list[np.ndarray]:
        """Copies of ``[W1, b1, W2, b2, ...]``."""
        return [p.copy() for p in self._params()]

    def set_weights(self, weights) -> None:
        params = self._params()
        if len(weights) != len(params):
            raise ValueError(f"expected {len(params)} arrays [W1, b1, ...], got {len(weights)}")
        for i, (param, value) in enumerate(zip(params, weights)):
            value = np.asarray(value)
            if value.shape != param.shape:
                raise ValueError(f"weight {i} has shape {value.shape}, the model needs {param.shape}")
        for param, value in zip(params, weights):
            np.copyto(param, value, casting="unsafe")

    # -- compile ---------------------------------------------------------------------------------
    def compile(self, optimizer="rmsprop", loss="categorical_crossentropy", metrics=None) -> None:
        self.optimizer = optimizers.get(optimizer)
        self.loss = losses.get(loss)
        self.metrics = list(metrics or [])

    # -- forward and backward --------------------------------------------------------------------
    def _prepare_x(self, x) -> np.ndarray:
        x = np.asarray(x)
        if x.ndim < 2:
            raise ValueError(f"the inputs must be one row per sample (2-D) or images, got shape {x.shape}")
        if x.ndim > 2:  # images (N, 28, 28) -> (N, 784), as the lecture's reshape does
            x = x.reshape(len(x), -1)
        if not self.built:
            self.build(x.shape[1])
        if x.shape[1] != self.layers[0].input_dim:
            raise ValueError(f"the model expects {self.layers[0].input_dim} inputs per sample, "
                             f"the data has {x.shape[1]}")
        return np.ascontiguousarray(x, dtype=self.dtype)

    def _prepare_y(self, y) -> np.ndarray:
        y = np.asarray(y)
        if isinstance(self.loss, losses.CategoricalCrossentropy):
            if y.ndim == 2 and np.all(y.sum(axis=1) == 1) and np.all((y == 0) | (y == 1)):
                return y.argmax(axis=1)  # one-hot rows -> class indices: same loss, cheaper
            if y.ndim == 1:
                return y.astype(np.intp)
        units = self.layers[-1].units
        if y.ndim == 1 and units > 1 and np.issubdtype(y.dtype, np.integer):
            return np.eye(units, dtype=self.dtype)[y]  # class labels as one-hot targets (for mse)
        return y.reshape(len(y), units).astype(self.dtype, copy=False)

    def _forward(self, x, training=False) -> np.ndarray:
        for layer in self.layers:
            x = layer.forward(x, training=training)
        return x

    def _fused(self) -> bool:
        return getattr(self.loss, "fused_activation", None) == self.layers[-1].activation

    def _chunk_rows(self) -> int:
        return chunk_rows(self.layer_sizes(), self.dtype.itemsize)

    def _check_stop(self) -> None:
        """Inside ``fit`` (in its thread), a stop request ends the current step or validation pass."""
        if self._fitting and self.stop_training:
            raise Interrupted

    def _loss_and_backward(self, x, y) -> tuple[float, int]:
        """Forward, loss and backward for one batch: fills every layer's dW and db.
        Returns the batch's mean loss and how many samples it classified correctly.

        A batch larger than one chunk goes through chunk by chunk; each chunk's gradient is
        divided by the whole batch's size, so their sum is the batch's gradient."""
        if self._gradients is None:
            self._keep_gradients(True)
        rows = self._chunk_rows()
        if len(x) <= rows:
            return self._chunk_backward(x, y, len(x))
        if self._gradient_sum is None:
            self._gradient_sum = np.empty_like(self._gradients)
        self._gradient_sum.fill(0)
        loss = correct = 0
        for start in range(0, len(x), rows):
            self._check_stop()
            part_loss, part_correct = self._chunk_backward(x[start:start + rows], y[start:start + rows], len(x))
            self._gradient_sum += self._gradients
            loss, correct = loss + part_loss, correct + part_correct
        np.copyto(self._gradients, self._gradient_sum)
        return loss, correct

    def _chunk_backward(self, x, y, count: int) -> tuple[float, int]:
        """One chunk of ``count`` samples: its share of the mean loss, its correct count, its gradient."""
        out = self._forward(x, training=True)
        self._check_stop()
        last = self.layers[-1]
        if self._fused():
            loss = self.loss(y, out, last.z)
            grad_z = self.loss.gradient_logits(y, out, out=last.grad_z_buffer(len(out)), count=count)
            grad = last.backward_from_z(grad_z, need_input_grad=len(self.layers) > 1)
        else:
            loss = self.loss(y, out)
            grad = last.backward(self.loss.gradient(y, out, count=count), need_input_grad=len(self.layers) > 1)
        for i in range(len(self.layers) - 2, -1, -1):
            self._check_stop()  # a layer of a big chunk is a noticeable wait on a busy machine
            grad = self.layers[i].backward(grad, need_input_grad=i > 0)
        share = loss if len(x) == count else loss * len(x) / count
        return share, _correct(y, out)

    def loss_and_grads(self, x, y) -> tuple[float, list[np.ndarray]]:
        """The loss on (x, y) and the gradients, aligned with ``get_weights()``. Changes no weight."""
        self._require_compiled()
        loss, _ = self._loss_and_backward(self._prepare_x(x), self._prepare_y(y))
        return loss, [g.copy() for g in self._grads()]

    def _train_step(self, x, y) -> tuple[float, float]:
        loss, correct = self._loss_and_backward(x, y)
        if not np.isfinite(loss):
            return loss, float("nan")
        self.optimizer.apply_gradients([(self._gradients, self._weights)])
        return loss, correct / len(x)

    def train_on_batch(self, x, y) -> dict:
        """One optimizer step on one batch: ``{"loss": ..., "accuracy": ...}`` (before the step)."""
        self._require_compiled()
        loss, acc = self._train_step(self._prepare_x(x), self._prepare_y(y))
        return {"loss": loss, "accuracy": acc}

    def _require_compiled(self):
        if self.optimizer is None or self.loss is None:
            raise RuntimeError("call model.compile(optimizer=..., loss=...) before training")

    # -- training loop ---------------------------------------------------------------------------
    def fit(self, x, y, epochs: int = 1, batch_size: int = 32, validation_data=None,
            validation_split: float = 0.0, callbacks=None, shuffle: bool = True, verbose: int = 0) -> History:
        """Train for ``epochs`` passes over the data, ``batch_size`` samples per step.

        batch_size = len(x) is batch gradient descent, 1 is stochastic, anything between mini-batch.
        Callbacks receive per-batch logs (loss, accuracy, batch, epoch, size, step, learning_rate)
        and per-epoch logs (loss, accuracy, val_loss, val_accuracy, seconds). Training ends with
        a :class:`~nnlab.core.callbacks.RunStatus`: completed, stopped (``stop_training`` was set) or diverged (the loss
        became NaN, infinite, or ten times its first value, also after the very last update: see
        ``nnlab.core.divergence``; the weights from before the explosion are put back). A
        :class:`DivergenceGuard` is added unless ``callbacks`` holds one. How many threads to use
        is the caller's policy, passed in as a callback (``nnlab.blas.ThreadTuner``); without one,
        BLAS keeps its own setting and the optimizer's update runs in this thread. Afterwards the
        layers keep only their weights (no batch buffers). The loop itself is
        :class:`nnlab.core.trainer.Trainer`'s.
        """
        return Trainer(self).fit(x, y, epochs=epochs, batch_size=batch_size, validation_data=validation_data,
                                 validation_split=validation_split, callbacks=callbacks, shuffle=shuffle,
                                 verbose=verbose)

    def checkpoint(self) -> None:
        """During ``fit``: remember the current weights as the ones a divergence falls back to
        (the GUI calls it before applying a live change of the learning rate)."""
        if self.guard is not None and self._fitting:
            self.guard.checkpoint()

    # -- using the model -------------------------------------------------------------------------
    def _chunk_loss_and_outputs(self, x, y) -> tuple[float, np.ndarray]:
        """The mean loss and the outputs for one chunk: the one inference pass."""
        for layer in self.layers[:-1]:
            x = layer.forward(x)
        last = self.layers[-1]
        logits = last.scores(x)
        outputs = last.activation_fn(logits)
        loss = self.loss or losses.CategoricalCrossentropy()
        fused = getattr(loss, "fused_activation", None) == last.activation
        return loss(y, outputs, logits if fused else None), outputs

    def _batches(self, count: int, batch_size: int | None, interruptible: bool = False):
        """Chunk boundaries for inference: ``batch_size`` rows, or three chunks' worth of training."""
        rows = batch_size or min(2048, 3 * self._chunk_rows())
        for start in range(0, count, rows):
            if interruptible:
                self._check_stop()
            yield slice(start, start + rows)

    def predict(self, x, batch_size: int | None = None) -> np.ndarray:
        """The network's outputs (for the lecture net: ten probabilities per image)."""
        x = self._prepare_x(x)
        return np.concatenate([self._forward(x[part]) for part in self._batches(len(x), batch_size)]
                              or [np.empty((0, self.layers[-1].units), self.dtype)])

    def evaluate_outputs(self, x, y, batch_size: int | None = None) -> tuple[float, np.ndarray]:
        """``(loss, outputs)`` from one forward pass: the mean loss on (x, y) (the compiled loss, or
        cross-entropy for a model that was never compiled) and the network's outputs."""
        y = self._prepare_y(y) if self.loss is not None else np.asarray(y).astype(np.intp)
        return self._evaluate_prepared(self._prepare_x(x), y, batch_size)

    def _evaluate_prepared(self, x, y, batch_size=None, interruptible=False) -> tuple[float, np.ndarray]:
        total, parts = 0.0, []
        for part in self._batches(len(x), batch_size, interruptible):
            loss, outputs = self._chunk_loss_and_outputs(x[part], y[part])
            total += loss * len(outputs)
            parts.append(outputs)
        outputs = np.concatenate(parts) if parts else np.empty((0, self.layers[-1].units), self.dtype)
        return (total / len(x) if len(x) else float("nan")), outputs

    def _loss_and_accuracy(self, x, y, batch_size=None, interruptible=False) -> tuple[float, float]:
        """Of prepared data (see ``_prepare_x``, ``_prepare_y``)."""
        loss, outputs = self._evaluate_prepared(x, y, batch_size, interruptible)
        return loss, _correct(y, outputs) / max(1, len(outputs))

    def evaluate(self, x, y, batch_size: int | None = None):
        """``(loss, accuracy)`` on the given data (just the loss when accuracy is not a metric)."""
        self._require_compiled()
        loss, accuracy = self._loss_and_accuracy(self._prepare_x(x), self._prepare_y(y), batch_size)
        return (loss, accuracy) if "accuracy" in self.metrics else loss

    def layer_outputs(self, x) -> list[np.ndarray]:
        """The output of every layer for the input x: what the network computes on the way."""
        out, outputs = self._prepare_x(x), []
        for layer in self.layers:
            out = layer.forward(out)
            outputs.append(out)
        return outputs

    # -- saving ----------------------------------------------------------------------------------
    def get_config(self) -> dict:
        config = {"format": "nnlab-model", "version": 1, "dtype": self.dtype.name,
                  "input_dim": self.layers[0].input_dim,
                  "layers": [layer.get_config() for layer in self.layers]}
        if self.optimizer is not None:
            config["optimizer"] = self.optimizer.get_config()
            config["loss"] = self.loss.name
            config["metrics"] = self.metrics
        return config

    def save(self, path, weights_dtype=None) -> None:
        """Write the weights and a JSON config to one ``.npz`` file, atomically
        (``weights_dtype="float16"`` halves the file); see :func:`nnlab.core.saving.save_model`."""
        from nnlab.core.saving import save_model
        save_model(self, path, weights_dtype)

    def __repr__(self):
        return f"Sequential([{', '.join(map(repr, self.layers))}])"


def _correct(y, out) -> int:
    """How many rows of ``out`` pick the class of ``y`` (class indices or one-hot / target rows)."""
    predicted = out.argmax(axis=1)
    truth = y if y.ndim == 1 else y.argmax(axis=1)
    return int(np.count_nonzero(predicted == truth))


__all__ = ["Sequential", "Callback"]
