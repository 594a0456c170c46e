"""``keras.models.Sequential``: the engine's model with Keras' names, defaults, output and refusals.

Training is the engine's ``fit`` (no second implementation); this class adds what Keras does
around it: checks of the data with Keras' messages, Keras' defaults (batch_size=32, verbose=1),
its progress bar, its callbacks and ``History``, ``evaluate`` returning ``[loss, accuracy]`` and the
summary table.
"""

from __future__ import annotations

import warnings

import numpy as np

from nnlab.autodiff import Tensor, Variable, ops
from nnlab.autodiff.tape import recording
from nnlab.blas import ThreadTuner
from nnlab.core import Callback as _CoreCallback
from nnlab.core import Dense as _CoreDense
from nnlab.core import Sequential as _CoreSequential
from nnlab.keras import checks, losses, optimizers, utils
from nnlab.keras import metrics as keras_metrics
from nnlab.keras.hooks import Callback, EngineBridge, History, keras_logs
from nnlab.keras.layers import InputLayer, unique_name
from nnlab.keras.missing import missing_names, not_in_this_chapter
from nnlab.keras.progress import Progbar, ProgbarLogger

_DEFAULT_BATCH_SIZE = 32
_RECORDED_ACTIVATIONS = {"relu": ops.relu, "softmax": ops.softmax, "sigmoid": ops.sigmoid, "tanh": ops.tanh,
                         "linear": lambda x: x}

# Keras arguments beyond chapter 2: accepted at their "off" value (None, False, 0, "auto"), refused otherwise.
_KERAS_ONLY_ARGUMENTS = {
    "compile": {"loss_weights", "weighted_metrics", "run_eagerly", "steps_per_execution", "jit_compile",
                "auto_scale_loss"},
    "fit": {"class_weight", "sample_weight", "initial_epoch", "steps_per_epoch", "validation_steps",
            "validation_batch_size", "validation_freq"},
    "evaluate": {"sample_weight", "steps", "callbacks"},
    "predict": {"steps", "callbacks"},
}


def _refuse_beyond_the_chapter(method: str, arguments: dict) -> None:
    for key, value in arguments.items():
        if key not in _KERAS_ONLY_ARGUMENTS[method]:
            raise TypeError(f"{method}() got an unexpected keyword argument {key!r}")
        if not (value is None or value is False or (isinstance(value, (int, str)) and value in (0, "auto"))):
            raise not_in_this_chapter(f"{method}({key}=...)", [f"{method}() without {key}"])


class Sequential:
    """``keras.Sequential([layers.Dense(512, activation="relu"), layers.Dense(10, activation="softmax")])``.

    It holds an engine model, ``self.engine`` (a ``nnlab.core.Sequential``), and does all its
    computing through it: wrapping rather than subclassing keeps the engine's own calls (its
    validation pass inside ``fit``) away from the Keras-level checks.
    """

    def __init__(self, layers=None, name=None):
        self.name = name or unique_name("sequential")
        self.engine = _CoreSequential(seed=utils.next_model_seed())
        self._declared_input = None  # the shape given by keras.Input, for the first Dense layer
        for layer in layers or []:
            self.add(layer)

    # -- the engine's state, under Keras' names -----------------------------------------------------
    layers = property(lambda self: self.engine.layers)
    optimizer = property(lambda self: self.engine.optimizer)
    loss = property(lambda self: self.engine.loss)
    metrics = property(lambda self: self.engine.metrics)
    built = property(lambda self: self.engine.built)

    @property
    def stop_training(self) -> bool:
        """Set it to True from a callback to end ``fit`` after the current batch."""
        return self.engine.stop_training

    @stop_training.setter
    def stop_training(self, value: bool) -> None:
        self.engine.stop_training = bool(value)

    def get_weights(self):
        return self.engine.get_weights()

    @property
    def weights(self) -> list:
        """``[W1, b1, W2, b2, ...]`` as Variables over the model's own arrays (no copies): an
        ``assign_sub`` or an optimizer's ``apply_gradients`` on them trains this model."""
        if not self.built:
            return []
        cache = self.__dict__.setdefault("_variables", {})
        variables = []
        for layer in self.layers:
            for kind, array in (("kernel", layer.W), ("bias", layer.b)):
                known = cache.get((id(layer), kind))
                if known is None or known.value is not array:  # built again since: new arrays
                    known = cache[(id(layer), kind)] = Variable.wrapping(array, f"{layer.name}/{kind}")
                variables.append(known)
        return variables

    trainable_weights = weights

    def __call__(self, inputs, training=False):
        """``predictions = model(images)``: the outputs, as a tensor.

        Inside a ``GradientTape`` the forward pass runs through the tape's operations on
        ``model.weights``, so ``tape.gradient(loss, model.weights)`` gives every layer's gradients.
        """
        if not self.layers:
            raise ValueError("The model has no layers yet: add layers.Dense(...) first")
        x = checks.check_inputs(self, getattr(inputs, "value", inputs))
        if not self.built:
            self.engine.build(x.shape[1])
        if not recording():
            return Tensor(self.engine.predict(x))
        x = x.astype(self.engine.dtype, copy=False)
        weights = self.weights
        for layer, W, b in zip(self.layers, weights[::2], weights[1::2]):
            x = _RECORDED_ACTIVATIONS[layer.activation](ops.add(ops.matmul(x, W), b))
        return x

    def set_weights(self, weights) -> None:
        self.engine.set_weights(weights)

    def count_params(self) -> int:
        return self.engine.count_params()

    def save(self, path) -> None:
        """Write an nnlab model file (``.npz``; ``nnlab.core.load_model`` and the app read it)."""
        self.engine.save(path)

    # -- building -------------------------------------------------------------------------------
    def add(self, layer) -> None:
        if isinstance(layer, InputLayer):
            if self.layers:
                raise ValueError("keras.Input must come first, before any layer")
            self._declared_input = layer.shape
            return
        if not isinstance(layer, _CoreDense):
            raise TypeError(f"Only instances of `keras.Layer` can be added to a Sequential model. "
                            f"Received: {layer!r} (of type {type(layer).__name__}); nnlab.keras has layers.Dense")
        if not self.layers and self._declared_input is not None and layer.input_shape is None:
            layer.input_shape = self._declared_input
        first = (self.layers or [layer])[0]
        if first.W is not None or first.input_shape:
            checks.check_size([*self.layers, layer], first.input_dim or first.input_shape[0])
        self.engine.add(layer)

    def expected_input_dim(self) -> int | None:
        """The width of one input sample, when the model knows it (declared or built)."""
        first = self.layers[0]
        if first.W is not None:
            return first.input_dim
        return first.input_shape[0] if first.input_shape else None

    def compile(self, optimizer="rmsprop", loss=None, metrics=None, **keras_only) -> None:
        """Keras' ``compile``: optimizer and loss by name or object, ``metrics=["accuracy"]``."""
        _refuse_beyond_the_chapter("compile", keras_only)
        if isinstance(metrics, str):
            raise TypeError(f'metrics must be a list, such as ["accuracy"]. Received: metrics={metrics!r}')
        names = [keras_metrics.get(metric) for metric in metrics or []]
        self.engine.compile(optimizers.get(optimizer), None if loss is None else losses.get(loss), names)

    # -- training and using ----------------------------------------------------------------------
    def _ready(self) -> None:
        if not self.layers:
            raise ValueError("The model has no layers yet: add layers.Dense(...) first")
        if self.optimizer is None or self.loss is None:
            raise RuntimeError("You must call `compile()` (with a loss) before using the model.")

    def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose="auto", callbacks=None,
            validation_split=0.0, validation_data=None, shuffle=True, **keras_only) -> History:
        """Train as Keras' ``fit`` does; returns the ``History`` (``history.history["loss"]`` ...)."""
        _refuse_beyond_the_chapter("fit", keras_only)
        self._ready()
        verbose = checks.check_verbose(verbose)
        epochs = checks.check_count(epochs, "epochs", 0)
        batch_size = checks.check_count(_DEFAULT_BATCH_SIZE if batch_size is None else batch_size,
                                        "batch_size", 1)
        x = checks.check_inputs(self, x)
        y = checks.check_labels(self, y, len(x))
        if isinstance(validation_split, bool) or not isinstance(validation_split, (int, float)) \
                or not 0 <= validation_split < 1:
            raise ValueError(f"validation_split must be between 0 and 1. Received: {validation_split!r}")
        if validation_data is not None:
            if not isinstance(validation_data, (tuple, list)) or len(validation_data) != 2:
                raise ValueError("validation_data must be a tuple (x_val, y_val)")
            x_val = checks.check_inputs(self, validation_data[0])
            validation_data = (x_val, checks.check_labels(self, validation_data[1], len(x_val)))
        engine_callbacks, keras_callbacks = _sorted_callbacks(callbacks)
        history = History()
        keras_callbacks = ([ProgbarLogger(verbose)] if verbose else []) + keras_callbacks + [history]
        bridge = EngineBridge(self, keras_callbacks, verbose)
        callbacks = [*_thread_policy(engine_callbacks), bridge, *engine_callbacks]
        self.engine.fit(x, y, epochs=epochs, batch_size=batch_size, validation_data=validation_data,
                        validation_split=validation_split, callbacks=callbacks, shuffle=shuffle, verbose=0)
        if bridge.end.get("status") == "diverged":  # Keras would go on printing nan: say what happened
            warnings.warn(bridge.end.get("message", "training diverged"), RuntimeWarning, stacklevel=2)
        return history

    def evaluate(self, x=None, y=None, batch_size=None, verbose="auto", return_dict=False, **keras_only):
        """``[loss, accuracy]`` (just the loss without metrics), as Keras' ``evaluate``.

        ``batch_size`` sets the steps the progress line counts, as in Keras; the averages over the
        whole data do not depend on it.
        """
        _refuse_beyond_the_chapter("evaluate", keras_only)
        self._ready()
        verbose = checks.check_verbose(verbose)
        batch_size = checks.check_count(_DEFAULT_BATCH_SIZE if batch_size is None else batch_size, "batch_size", 1)
        x = checks.check_inputs(self, x)
        y = checks.check_labels(self, y, len(x))
        steps = -(-len(x) // batch_size)
        bar = Progbar(steps, verbose) if verbose else None
        result = self.engine.evaluate(x, y)  # the engine's own, larger chunks: same numbers, faster
        loss, accuracy = result if isinstance(result, tuple) else (result, None)
        logs = keras_logs({"loss": loss, "accuracy": accuracy}, self.metrics)
        if bar:
            bar.update(steps, logs, finalize=True)
        if return_dict:
            return logs
        return [logs["loss"], logs["accuracy"]] if "accuracy" in logs else logs["loss"]

    def predict(self, x, batch_size=None, verbose="auto", **keras_only) -> np.ndarray:
        """The outputs for x (for the lecture's network: ten probabilities per image)."""
        _refuse_beyond_the_chapter("predict", keras_only)
        if not self.layers:
            raise ValueError("The model has no layers yet: add layers.Dense(...) first")
        verbose = checks.check_verbose(verbose)
        batch_size = checks.check_count(_DEFAULT_BATCH_SIZE if batch_size is None else batch_size, "batch_size", 1)
        x = checks.check_inputs(self, x)
        steps = -(-len(x) // batch_size)
        bar = Progbar(steps, verbose) if verbose else None
        outputs = self.engine.predict(x)  # the engine's own, larger chunks: same numbers, faster
        if bar:
            bar.update(steps, {}, finalize=True)
        return outputs

    # -- describing ------------------------------------------------------------------------------
    def summary(self, print_fn=None) -> None:
        """Print Keras 3's table of layers, output shapes and parameter counts."""
        (print_fn or print)(summary_table(self))

    def __repr__(self):
        return f"<Sequential name={self.name}, built={self.built}>"


def _thread_policy(engine_callbacks) -> list:
    """nnlab's thread policy for training (``nnlab.blas``), unless the caller passed one."""
    return [] if any(isinstance(c, ThreadTuner) for c in engine_callbacks) else [ThreadTuner()]


def _sorted_callbacks(callbacks) -> tuple[list, list]:
    """Split into engine callbacks (passed to the engine as they are) and Keras callbacks."""
    engine, keras = [], []
    for callback in callbacks or []:
        if isinstance(callback, _CoreCallback):
            engine.append(callback)
        elif isinstance(callback, Callback):
            keras.append(callback)
        else:
            raise TypeError(f"callbacks must be keras.callbacks.Callback objects, got {callback!r}")
    return engine, keras


def _memory(count: int) -> str:
    size, unit = count * 4.0, "B"  # float32 weights
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            break
        size /= 1024
    return f"{size:.2f} {unit}"


def summary_table(model) -> str:
    """Keras 3's summary, box-drawing characters and all."""
    widths = (33, 24, 15)

    def row(cells, left="│", middle="│", right="│"):
        name, shape, params = cells
        return (f"{left} {name:<{widths[0] - 2}} {middle} {shape:<{widths[1] - 2}} {middle} "
                f"{params:>{widths[2] - 2}} {right}")

    def rule(left, middle, right, line):
        return left + middle.join(line * width for width in widths) + right

    lines = [f'Model: "{model.name}"', rule("┏", "┳", "┓", "━"),
             row(("Layer (type)", "Output Shape", "Param #"), "┃", "┃", "┃"), rule("┡", "╇", "┩", "━")]
    for index, layer in enumerate(model.layers):
        built = layer.W is not None
        name = f"{getattr(layer, 'name', 'dense')} (Dense)"
        lines.append(row((name, f"(None, {layer.units})" if built else "?",
                          f"{layer.count_params():,}" if built else "0 (unbuilt)")))
        lines.append(rule("├", "┼", "┤", "─") if index < len(model.layers) - 1 else rule("└", "┴", "┘", "─"))
    if not model.layers:
        lines.append(rule("└", "┴", "┘", "─"))
    total = sum(layer.count_params() for layer in model.layers if layer.W is not None)
    lines += [f" Total params: {total:,} ({_memory(total)})", f" Trainable params: {total:,} ({_memory(total)})",
              " Non-trainable params: 0 (0.00 B)"]
    return "\n".join(lines)


__getattr__ = missing_names("keras.models", ["Sequential"])
