"""``Tensor`` (a NumPy array the tape can follow) and ``Variable`` (a tensor that training changes).

A Tensor's arithmetic (``x + b``, ``2 * x``, ``x @ W``, ``-x``) goes through
:mod:`nnlab.autodiff.ops`, so it is recorded like ``ops.add`` would be. A Variable is where
knowledge lives: the tape watches it by itself, and ``assign``/``assign_sub`` change it in place
(the same array), as TensorFlow's and Keras' variables do.
"""

from __future__ import annotations

import numbers

import numpy as np


def value_of(x):
    """The NumPy array behind ``x``; plain Python numbers stay numbers (NumPy keeps a float32 tensor
    float32 when multiplied by 2 or 1e-3, as TensorFlow does)."""
    if isinstance(x, Tensor):
        return x.value
    if isinstance(x, (numbers.Number, np.generic)) and not isinstance(x, np.ndarray):
        return x
    return np.asarray(x)


MAX_ELEMENTS = 200_000_000  # 800 MB of float32: far beyond chapter 2, and beyond a student's laptop


def checked_shape(shape) -> tuple:
    """``shape`` as a tuple of sizes, refused before anything is allocated if it is not one or is too large."""
    dims = (shape,) if isinstance(shape, (int, np.integer)) else shape
    try:
        dims = tuple(dims)
    except TypeError:
        raise ValueError(f"a shape is a tuple of whole numbers, such as (784, 512); got {shape!r}") from None
    if not all(isinstance(d, (int, np.integer)) and not isinstance(d, bool) and d >= 0 for d in dims):
        raise ValueError(f"a shape is a tuple of whole numbers of at least 0, such as (784, 512); got {shape!r}")
    if np.prod(dims, dtype=np.float64) > MAX_ELEMENTS:
        raise ValueError(f"a tensor of shape {dims} would hold {np.prod(dims, dtype=np.float64):,.0f} numbers: "
                         f"too many (at most {MAX_ELEMENTS:,})")
    return tuple(int(d) for d in dims)


class Tensor:
    """An immutable array with the operators of the chapter, recorded by a running ``GradientTape``."""

    __array_ufunc__ = None  # ndarray + Tensor asks Tensor.__radd__, so it is recorded too

    def __init__(self, value):
        self.value = np.asarray(value)

    # -- what it is ------------------------------------------------------------------------------
    shape = property(lambda self: self.value.shape)
    dtype = property(lambda self: self.value.dtype)
    ndim = property(lambda self: self.value.ndim)

    def numpy(self) -> np.ndarray:
        return self.value

    def __array__(self, dtype=None, copy=None):
        return self.value if dtype is None else self.value.astype(dtype, copy=False)

    def __len__(self):
        return len(self.value)

    def __float__(self):
        return float(self.value)

    def __int__(self):
        return int(self.value)

    def __bool__(self):
        return bool(self.value)

    def __format__(self, spec):  # f"{loss:.2f}" in the book's fit
        return format(self.value.item(), spec) if self.value.ndim == 0 else format(str(self), spec)

    def __getitem__(self, index):
        """A part of the tensor, to look at (not recorded: the chapter never backpropagates through one)."""
        return Tensor(self.value[index])

    def __iter__(self):
        return (Tensor(row) for row in self.value)

    def __repr__(self):
        return f"<tf.Tensor: shape={self.shape}, dtype={self.dtype}, numpy={_numpy_repr(self.value)}>"

    def __str__(self):
        return f"tf.Tensor({self.value}, shape={self.shape}, dtype={self.dtype})"

    __hash__ = object.__hash__  # tensors compare element-wise (==), yet can key a dict by identity

    # -- the chapter's arithmetic (recorded) -----------------------------------------------------
    def __add__(self, other):
        return ops.add(self, other)

    def __radd__(self, other):
        return ops.add(other, self)

    def __sub__(self, other):
        return ops.subtract(self, other)

    def __rsub__(self, other):
        return ops.subtract(other, self)

    def __mul__(self, other):
        return ops.multiply(self, other)

    def __rmul__(self, other):
        return ops.multiply(other, self)

    def __truediv__(self, other):
        return ops.divide(self, other)

    def __rtruediv__(self, other):
        return ops.divide(other, self)

    def __neg__(self):
        return ops.negative(self)

    def __matmul__(self, other):
        return ops.matmul(self, other)

    def __rmatmul__(self, other):
        return ops.matmul(other, self)

    # -- comparisons (no gradient) ---------------------------------------------------------------
    def __eq__(self, other):
        return ops.compare("equal", self, other)

    def __ne__(self, other):
        return ops.compare("not_equal", self, other)

    def __lt__(self, other):
        return ops.compare("less", self, other)

    def __le__(self, other):
        return ops.compare("less_equal", self, other)

    def __gt__(self, other):
        return ops.compare("greater", self, other)

    def __ge__(self, other):
        return ops.compare("greater_equal", self, other)


class Variable(Tensor):
    """A tensor whose value training changes in place; a tape watches it without being asked."""

    def __init__(self, initial_value, trainable: bool = True, name: str | None = None, dtype=None):
        value = np.array(value_of(initial_value), dtype=dtype, copy=True)
        if dtype is None and value.dtype == np.float64 and not isinstance(initial_value, (np.ndarray, np.generic)):
            value = value.astype(np.float32)  # as TensorFlow: Python floats make float32 (NumPy's keep theirs)
        super().__init__(value)
        self.trainable = bool(trainable)
        self.name = name or "Variable"

    @classmethod
    def wrapping(cls, array: np.ndarray, name: str) -> Variable:
        """A Variable over an existing array, without a copy: updating one updates the other."""
        variable = cls.__new__(cls)
        Tensor.__init__(variable, array)
        variable.trainable, variable.name = True, name
        return variable

    def numpy(self) -> np.ndarray:
        return self.value.copy()

    def _checked(self, value, method: str) -> np.ndarray:
        value = value_of(value)
        if np.shape(value) != self.shape:
            raise ValueError(f"Cannot {method} a value of shape {np.shape(value)} to the variable {self.name!r} of "
                             f"shape {self.shape}: the shapes must be the same.")
        return value

    def assign(self, value):
        """Replace the values, in place: ``w.assign(w - g * learning_rate)``."""
        np.copyto(self.value, self._checked(value, "assign"), casting="same_kind")
        return self

    def assign_sub(self, delta):
        """Subtract in place: ``w.assign_sub(g * learning_rate)``, the chapter's update rule."""
        np.subtract(self.value, self._checked(delta, "assign_sub"), out=self.value, casting="same_kind")
        return self

    def assign_add(self, delta):
        np.add(self.value, self._checked(delta, "assign_add"), out=self.value, casting="same_kind")
        return self

    def __repr__(self):
        return (f"<tf.Variable '{self.name}:0' shape={self.shape} dtype={self.dtype}, "
                f"numpy={_numpy_repr(self.value)}>")


def _numpy_repr(value: np.ndarray) -> str:
    if value.ndim == 0:
        return str(value.item())
    return np.array2string(value, separator=", ", prefix="array(", threshold=20) \
        .join(("array(", f", dtype={value.dtype})"))


def as_tensor(value, dtype=None) -> Tensor:
    """``tf.constant`` / ``keras.ops.convert_to_tensor``: Python floats become float32, as in TensorFlow."""
    if isinstance(value, Tensor) and dtype is None:
        return value
    array = np.array(value_of(value), dtype=None if dtype is None else np.dtype(dtype))
    if dtype is None and array.dtype == np.float64 and not isinstance(value, np.ndarray):
        array = array.astype(np.float32)
    if dtype is None and array.dtype == np.int64 and not isinstance(value, np.ndarray):
        array = array.astype(np.int32)
    return Tensor(array)


from nnlab.autodiff import ops  # noqa: E402  (ops builds on Tensor: imported once Tensor exists)
