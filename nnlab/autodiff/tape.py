"""``GradientTape``: record the operations of one forward pass, then walk them back by the chain rule.

Inside ``with GradientTape() as tape:`` every operation of :mod:`nnlab.autodiff.ops` that touches a
watched value (a trainable ``Variable``, or a tensor given to ``tape.watch``) is written on the
tape with its inputs, its output and one *rule* per input: how the gradient of the output turns
into the gradient of that input (``∂L/∂W = xᵀ · ∂L/∂z`` for ``z = x · W``). ``tape.gradient(loss,
weights)`` starts from ∂L/∂L = 1 and applies the rules from the last operation back to the first:
backpropagation, the slide's chain rule, with no derivative written anywhere but in the rules.

Like TensorFlow's tape it is *non-persistent* by default: it keeps the forward values of one step
only and lets go of them as soon as ``gradient()`` has used them, so a training loop holds one
step's arrays at a time. What the tape recorded stays readable afterwards in ``tape.operations``
(names and shapes, no arrays): that is what ``nnlab.show_tape`` draws.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np

from nnlab.autodiff import threads

_recording: list[GradientTape] = []  # the tapes whose `with` block is running, innermost last


@dataclass
class Operation:
    """What the tape shows of one recorded operation: names and shapes, never the arrays.

    ``sources`` says where each input came from: ``("op", i)`` the output of operation ``i``,
    ``("variable", k)`` the k-th variable the step used (in order of first use: W1, b1, W2, b2 for
    the book's network), ``("watched", k)`` a tensor given to ``tape.watch``, ``("constant", None)``
    data the gradient does not flow into (the images, the labels, a number).
    """

    index: int
    name: str
    input_shapes: list[tuple]
    output_shape: tuple
    sources: list[tuple]
    gradient_shapes: list[tuple | None] = field(default_factory=list)  # per input, after gradient()


@dataclass
class _Record:
    inputs: tuple   # the input Tensors (None for a plain number)
    output: object  # the output Tensor
    rules: tuple    # per input: gradient of the output -> gradient of that input (None: no gradient)


class GradientTape:
    """``with GradientTape() as tape: ...`` then ``tape.gradient(target, sources)``, as in TensorFlow."""

    def __init__(self, persistent: bool = False, watch_accessed_variables: bool = True):
        self.persistent = bool(persistent)
        self.watch_accessed_variables = bool(watch_accessed_variables)
        self.operations: list[Operation] = []
        self._records: list[_Record] = []
        self._watched: dict[int, object] = {}  # id -> Tensor: what gradients flow into
        self._origin: dict[int, tuple] = {}    # id -> ("op", i) / ("variable", k) / ("watched", k)
        self._counts = {"variable": 0, "watched": 0}
        self._used = False

    # -- recording -------------------------------------------------------------------------------
    def __enter__(self):
        if self in _recording:
            raise ValueError("Tape is still recording, This can happen if you try to re-enter an already-active tape.")
        if not _recording:
            threads.step_started()  # the outermost tape starts a training step: BLAS threads tuned by it
        _recording.append(self)
        return self

    def __exit__(self, *_exc):
        self._stop_recording()
        return False

    def _stop_recording(self) -> None:
        if self in _recording:
            _recording.remove(self)

    def watch(self, tensor) -> None:
        """Record the operations on ``tensor`` too (Variables are watched without asking)."""
        for item in tensor if isinstance(tensor, (list, tuple)) else [tensor]:
            if not isinstance(item, Tensor):
                raise ValueError(f"Passed in object {_short(item)} of type {type(item).__name__!r}, not tf.Tensor "
                                 f"or tf.Variable. Convert it first, x = tf.constant(x), and use that x in the "
                                 f"computation, or make it a tf.Variable.")
            self._watch(item, "watched")

    def _watch(self, tensor, kind: str) -> None:
        if id(tensor) not in self._watched:
            self._watched[id(tensor)] = tensor
            self._origin[id(tensor)] = (kind, self._counts[kind])
            self._counts[kind] += 1

    def watched_variables(self) -> list:
        return [t for t in self._watched.values() if isinstance(t, Variable)]

    def _record(self, name: str, inputs: tuple, shapes: list, output, rules: tuple) -> None:
        if self.watch_accessed_variables:
            for tensor in inputs:
                if isinstance(tensor, Variable) and tensor.trainable:
                    self._watch(tensor, "variable")
        if not any(tensor is not None and id(tensor) in self._watched for tensor in inputs):
            return  # nothing here leads back to a watched value: no gradient will ever flow through it
        index = len(self._records)
        self._records.append(_Record(inputs, output, rules))
        self._watched[id(output)] = output
        self._origin[id(output)] = ("op", index)
        self.operations.append(Operation(
            index, name, shapes, output.shape,
            [("constant", None) if t is None or id(t) not in self._origin else self._origin[id(t)]
             for t in inputs]))

    # -- backpropagation -------------------------------------------------------------------------
    def gradient(self, target, sources, output_gradients=None):
        """∂target/∂source for every source (None where the target does not depend on it).

        A target with more than one number is summed first, as TensorFlow does. A non-persistent
        tape forgets its values afterwards: a second call raises RuntimeError.
        """
        if self._used:
            raise RuntimeError("A non-persistent GradientTape can only be used to compute one set of gradients "
                               "(or jacobians). Record the next step in a new `with tf.GradientTape() as tape:` "
                               "block, or create the tape with tf.GradientTape(persistent=True) to ask it again.")
        self._stop_recording()  # as in TensorFlow: asked inside its `with` block, the tape stops recording
        single = not isinstance(sources, (list, tuple))
        wanted = [sources] if single else list(sources)
        for source in wanted:
            if not isinstance(source, Tensor):
                raise ValueError(f"Passed in object {_short(source)} of type {type(source).__name__!r}, not "
                                 f"tf.Tensor or tf.Variable. Gradients exist for the variables (and watched "
                                 f"tensors) the computation used, e.g. tape.gradient(loss, model.weights).")
        grads = self._backpropagate(target, output_gradients, {id(s) for s in wanted})
        result = [None if grads.get(id(s)) is None else Tensor(grads[id(s)]) for s in wanted]
        self._explain_missing(target, wanted, result)
        if not self.persistent:
            self._release()
        return result[0] if single else result

    def _backpropagate(self, target, output_gradients, keep: set) -> dict:
        """The chain rule, from the target back: every record turns its output's gradient into its inputs'."""
        if not isinstance(target, Tensor) or id(target) not in self._watched:
            return {}
        seed = np.ones_like(target.value) if output_gradients is None else np.asarray(
            getattr(output_gradients, "value", output_gradients), dtype=target.dtype)
        grads = {id(target): np.broadcast_to(seed, target.shape)}
        for record, operation in zip(reversed(self._records), reversed(self.operations)):
            key = id(record.output)
            g = grads.get(key) if key in keep else grads.pop(key, None)
            if g is None:
                continue
            operation.gradient_shapes = [None] * len(record.inputs)
            for position, (tensor, rule) in enumerate(zip(record.inputs, record.rules)):
                if tensor is None or rule is None or id(tensor) not in self._watched:
                    continue
                contribution = rule(g)
                operation.gradient_shapes[position] = contribution.shape
                known = grads.get(id(tensor))
                grads[id(tensor)] = contribution if known is None else known + contribution
        return grads

    def _explain_missing(self, target, wanted, result) -> None:
        """TensorFlow answers None silently; a student gets None *and* the reason, with the fix."""
        unwatched = [s for s, g in zip(wanted, result) if g is None and id(s) not in self._watched]
        if any(not isinstance(s, Variable) for s in unwatched):
            shape = next(s.shape for s in unwatched if not isinstance(s, Variable))
            warnings.warn(f"A source of shape {shape} is a constant tensor the tape never watched, so its gradient "
                          f"is None (as in TensorFlow). Only trainable variables are watched automatically: call "
                          f"tape.watch(x) inside the `with` block, or make it a tf.Variable.",
                          UserWarning, stacklevel=3)
        elif not isinstance(target, Tensor) or id(target) not in self._watched:
            warnings.warn("The target was not computed by operations this tape recorded, so every gradient is "
                          "None. Compute it inside the `with tf.GradientTape() as tape:` block, from variables "
                          "(tf.Variable) or from tensors you passed to tape.watch().", UserWarning, stacklevel=3)

    def _release(self) -> None:
        """Forget the forward values (the operations' names and shapes stay in ``self.operations``)."""
        self._records, self._watched, self._origin = [], {}, {}
        self._used = True

    @property
    def holds_values(self) -> bool:
        """True while the tape keeps forward values (until a non-persistent tape's ``gradient()``)."""
        return bool(self._records)

    def __repr__(self):
        return f"<GradientTape: {len(self.operations)} operations recorded>"


def recording() -> bool:
    """True inside a ``with GradientTape()`` block (of a tape that has not stopped recording)."""
    return bool(_recording)


def record(name: str, inputs, value, rules):
    """The output Tensor of an operation, written on every tape that is recording.

    ``inputs`` are the operation's arguments (Tensors or plain numbers and arrays), ``rules`` one
    function per input, ``gradient of the output -> gradient of that input``.
    """
    output = Tensor(value)
    if _recording:
        tensors = tuple(t if isinstance(t, Tensor) else None for t in inputs)
        shapes = [np.shape(t.value if isinstance(t, Tensor) else t) for t in inputs]
        for tape in _recording:
            tape._record(name, tensors, shapes, output, tuple(rules))
    return output


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


from nnlab.autodiff.tensor import Tensor, Variable  # noqa: E402  (tensor's operators are recorded here: import last)
