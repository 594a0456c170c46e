"""``Sequential``: a stack of layers with Keras' ``compile`` / ``fit`` / ``evaluate`` / ``predict``.

A training step is the lecture's loop, literally:
    1. forward: run a batch through the layers, keeping each layer's input and output;
    2. the loss: how far the predictions are from the targets;
    3. backward: the chain rule, from the loss back through the layers (dL/dW for every W);
    4. update: the optimizer moves every W a little against its gradient.
"""

from __future__ import annotations

import time

import numpy as np

from nnlab.core import losses, optimizers
from nnlab.core.callbacks import Callback, EpochPrinter, History
from nnlab.core.divergence import DivergenceGuard
from nnlab.core.layers import Dense

_CHECKPOINT_EVERY = 25  # steps between the copies of the weights that divergence falls back to


class Sequential:
    """Layers applied one after the other, as in ``keras.Sequential``."""

    def __init__(self, layers=None, seed: int | None = None, dtype="float32"):
        self.layers: list[Dense] = []
        self.seed = seed
        self.dtype = np.dtype(dtype)
        self.optimizer = None
        self.loss = None
        self.metrics: list[str] = []
        self.stop_training = False  # set from any thread; honoured between batches
        self._init_rng, self._shuffle_rng = self._rngs(seed)
        self.guard: DivergenceGuard | None = None  # watches the running fit
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

    def _loss_and_backward(self, x, y) -> tuple[float, np.ndarray]:
        """Forward, loss and backward for one batch: fills every layer's dW and db."""
        out = self._forward(x, training=True)
        last = self.layers[-1]
        if self._fused():
            loss = self.loss(y, out, last.z)
            grad_z = self.loss.gradient_logits(y, out, out=last._buffers_for(len(out))[2])
            grad = last.backward_from_z(grad_z, need_input_grad=len(self.layers) > 1)
        else:
            loss = self.loss(y, out)
            grad = last.backward(self.loss.gradient(y, out), need_input_grad=len(self.layers) > 1)
        for i in range(len(self.layers) - 2, -1, -1):
            grad = self.layers[i].backward(grad, need_input_grad=i > 0)
        return loss, out

    def loss_and_grads(self, x, y) -> tuple[float, list[np.ndarray]]:
        """The loss on (x, y) and the gradients, aligned with ``get_weights()``. Changes no weight."""
        self._require_compiled()
        loss, _ = self._loss_and_backward(self._prepare_x(x), self._prepare_y(y))
        return loss, [g.copy() for g in self._grads()]

    def _train_step(self, x, y) -> tuple[float, float]:
        loss, out = self._loss_and_backward(x, y)
        if not np.isfinite(loss):
            return loss, float("nan")
        self.optimizer.apply_gradients(zip(self._grads(), self._params()))
        return loss, _accuracy(y, out)

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
        status "completed", "stopped" (``stop_training`` was set) or "diverged" (the loss became
        NaN, infinite, or ten times its first value: see ``nnlab.core.divergence``; the weights
        from before the explosion are put back).
        """
        self._require_compiled()
        x, y = self._prepare_x(x), self._prepare_y(y)
        if validation_data is None and validation_split > 0:
            split = len(x) - int(len(x) * validation_split)
            x, y, validation_data = x[:split], y[:split], (x[split:], y[split:])
        batch_size = max(1, min(int(batch_size), len(x)))
        history = History()
        callbacks = [history, *(callbacks or [])]
        if verbose:
            callbacks.append(EpochPrinter(epochs))
        for callback in callbacks:
            callback.model = self
        self.stop_training = False
        self.guard = DivergenceGuard(self._params())
        end = {"status": "completed"}
        _call(callbacks, "on_train_begin", {"epochs": epochs, "samples": len(x), "batch_size": batch_size})
        # A too-large learning rate makes the numbers overflow: that is handled as divergence below.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for epoch in range(epochs):
                start = time.perf_counter()
                _call(callbacks, "on_epoch_begin", epoch, {"steps": -(-len(x) // batch_size)})
                logs, end = self._train_epoch(x, y, batch_size, epoch, shuffle, callbacks)
                if logs is None:
                    break
                if validation_data is not None:
                    logs["val_loss"], logs["val_accuracy"] = self.evaluate(*validation_data)
                logs["seconds"] = time.perf_counter() - start
                _call(callbacks, "on_epoch_end", epoch, logs)
                if end["status"] != "completed":
                    break
        _call(callbacks, "on_train_end", end)
        return history

    def _train_epoch(self, x, y, batch_size, epoch, shuffle, callbacks) -> tuple[dict | None, dict]:
        """One pass over the data in mini-batches. Returns the epoch's logs (None when no batch
        completed) and how it ended."""
        steps = -(-len(x) // batch_size)
        order = self._shuffle_rng.permutation(len(x)) if shuffle else np.arange(len(x))
        xb = np.empty((batch_size,) + x.shape[1:], dtype=x.dtype)
        yb = np.empty((batch_size,) + y.shape[1:], dtype=y.dtype)
        total_loss = total_correct = seen = 0.0
        end = {"status": "completed"}
        for batch in range(steps):
            index = order[batch * batch_size:(batch + 1) * batch_size]
            n = len(index)
            bx, by = np.take(x, index, axis=0, out=xb[:n]), np.take(y, index, axis=0, out=yb[:n])
            if self.optimizer.iterations % _CHECKPOINT_EVERY == 0 and self.guard.calm():
                self.guard.checkpoint()
            loss, acc = self._train_step(bx, by)
            if self.guard.exploded(loss):
                return None, self._diverged(loss)
            total_loss, total_correct, seen = total_loss + loss * n, total_correct + acc * n, seen + n
            _call(callbacks, "on_batch_end", batch, {
                "batch": batch, "epoch": epoch, "size": n, "steps": steps, "loss": loss, "accuracy": acc,
                "step": self.optimizer.iterations, "learning_rate": float(self.optimizer.learning_rate)})
            if self.stop_training:
                end = {"status": "stopped", "message": "training was stopped"}
                break
        logs = {"loss": total_loss / seen, "accuracy": total_correct / seen, "samples": int(seen)}
        return logs, end

    def checkpoint(self) -> None:
        """During ``fit``: remember the current weights as the ones a divergence falls back to
        (the GUI calls it before applying a live change of the learning rate)."""
        if self.guard is not None:
            self.guard.checkpoint()

    def _diverged(self, loss: float) -> dict:
        """Put back the last healthy weights, start the optimizer afresh, say plainly what happened."""
        self.guard.restore()
        self.optimizer = optimizers.get(self.optimizer.name, **_hyper(self.optimizer))
        return {"status": "diverged", "loss": float(loss), "message": self.guard.message(loss)}

    # -- using the model -------------------------------------------------------------------------
    def predict(self, x, batch_size: int = 2048) -> np.ndarray:
        """The network's outputs (for the lecture net: ten probabilities per image)."""
        x = self._prepare_x(x)
        return np.concatenate([self._forward(x[i:i + batch_size]) for i in range(0, len(x), batch_size)]
                              or [np.empty((0, self.layers[-1].units), self.dtype)])

    def evaluate(self, x, y, batch_size: int = 2048):
        """``(loss, accuracy)`` on the given data (just the loss when accuracy is not a metric)."""
        self._require_compiled()
        x, y = self._prepare_x(x), self._prepare_y(y)
        total_loss = correct = 0.0
        fused = self._fused()
        for i in range(0, len(x), batch_size):
            xb, yb = x[i:i + batch_size], y[i:i + batch_size]
            out = xb
            for layer in self.layers[:-1]:
                out = layer.forward(out)
            last = self.layers[-1]
            logits = out @ last.W + last.b
            probs = last.activation_fn(logits)
            total_loss += self.loss(yb, probs, logits if fused else None) * len(xb)
            correct += _accuracy(yb, probs) * len(xb)
        loss, acc = total_loss / len(x), correct / len(x)
        return (loss, acc) if "accuracy" in self.metrics else loss

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


def _hyper(optimizer) -> dict:
    return {key: getattr(optimizer, key) for key in optimizer.defaults}


def _accuracy(y, out) -> float:
    predicted = out.argmax(axis=1)
    truth = y if y.ndim == 1 else y.argmax(axis=1)
    return float(np.mean(predicted == truth))


def _call(callbacks, hook, *args) -> None:
    for callback in callbacks:
        getattr(callback, hook)(*args)


__all__ = ["Sequential", "Callback"]
