"""The NumPy functions, array methods and attributes the explorer lets a student use.

Only what is listed here can be called: every entry is a small Python function that checks its
arguments, works out the result shape with :mod:`nnlab.explorer.rules.shapes` and its dtype, counts it
(and any full-size temporary NumPy makes) with :func:`nnlab.explorer.budget.allocate` and prices slow
work with :func:`nnlab.explorer.budget.spend`, refusing too much *before* NumPy allocates or computes;
it adds an explanation, and only then calls NumPy.
Functions receive a ``call`` (see :class:`Call`) first, then the student's arguments.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnlab.explorer.budget import allocate, product_seconds, sort_seconds, spend
from nnlab.explorer.messages import QT_TRANSLATE_NOOP, ExplorerError, QCoreApplication, Section, msg, plural
from nnlab.explorer.rules.shapes import (
    as_shape,
    broadcast_rule,
    creation_section,
    dot_rule,
    matmul_rule,
    reduce_rule,
    reshape_rule,
    transpose_rule,
)

NUMERIC_KINDS = "biufc"
DTYPE_NAMES = frozenset(["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                         "float16", "float32", "float64", "complex64", "complex128", "int", "float", "complex"])
MAX_LIST_ITEMS = 10_000  # .tolist() turns every entry into a Python object


@dataclass(frozen=True)
class Function:
    """A callable the student may use; ``name`` is how it is written (``np.dot``, ``x.reshape``)."""

    name: str
    impl: Callable


@dataclass(frozen=True)
class Method:
    """An array method bound to its array, e.g. ``x.reshape``."""

    name: str
    impl: Callable
    target: object
    label: str


class Call:
    """What a function needs besides its arguments: their labels (as typed) and the evaluation context."""

    def __init__(self, context, name: str, labels: list):
        self.context = context
        self.name = name
        self.labels = labels

    def label(self, index: int) -> str:
        return self.labels[index] if index < len(self.labels) else "?"

    def explain(self, section: Section) -> None:
        self.context.explain(section)


def invoke(function, args: list, kwargs: dict, call: Call):
    """Call ``function`` (a :class:`Function` or :class:`Method`) after checking the arguments fit."""
    if isinstance(function, Method):
        args = [function.target, *args]
    try:
        inspect.signature(function.impl).bind(call, *args, **kwargs)
    except TypeError:
        parameters = str(inspect.signature(function.impl)).replace("(call, ", "(").replace("(call)", "()")
        if isinstance(function, Method):
            parameters = parameters.replace("(self, ", "(").replace("(self)", "()")
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "The arguments do not fit {name}; it takes {parameters}."),
            name=function.name, parameters=parameters)) from None
    return function.impl(call, *args, **kwargs)


# -- argument helpers --------------------------------------------------------------------------------------------------
def as_array(value, what: str) -> np.ndarray:
    """A numeric array from a number, list or array; a list or tuple of tensors is counted as the new
    array it becomes before NumPy builds it."""
    if isinstance(value, (tuple, list)):
        allocate(*footprint(value), what)
    try:
        array = np.asarray(value)
    except (ValueError, TypeError):
        array = None
    if array is None or array.dtype.kind not in NUMERIC_KINDS:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "{what} must be numbers: a tensor, a number, or a list of numbers of the same length."),
            what=what))
    return array


def footprint(value) -> tuple:
    """``(entries, dtype)`` of the array NumPy would build from ``value`` (nested lists and tuples of
    numbers and tensors, bounded in depth by the evaluator), worked out without building it."""
    if isinstance(value, (np.ndarray, np.generic)):
        return int(value.size), value.dtype
    if isinstance(value, (tuple, list)):
        parts = [footprint(item) for item in value]
        dtypes = [dtype for _, dtype in parts if dtype is not None]
        dtype = np.result_type(*dtypes[:32]) if dtypes else np.dtype(float)
        return sum(count for count, _ in parts), dtype
    if isinstance(value, (bool, int, float, complex)):
        return 1, np.asarray(value).dtype
    return 1, None


def trial_dtype(function, *operands) -> np.dtype:
    """The dtype ``function(*operands)`` would give, found on empty stand-ins of the same dtypes
    (Python numbers stay Python numbers, so NumPy's promotion rules for them still apply)."""
    stand_ins = [np.empty((0,), operand.dtype) if isinstance(operand, np.ndarray) else operand
                 for operand in operands]
    return np.asarray(function(*stand_ins)).dtype


def as_dtype(value) -> np.dtype:
    """A numeric dtype from ``"float32"``, ``np.float32`` or ``x.dtype``."""
    if isinstance(value, np.dtype) and value.kind in NUMERIC_KINDS:
        return value
    if isinstance(value, str) and value in DTYPE_NAMES:
        return np.dtype(value)
    raise ExplorerError(msg(QT_TRANSLATE_NOOP(
        "explorer", "Not a number type; use one of {names}."),
        names=", ".join(sorted(DTYPE_NAMES))))


def optional_dtype(value):
    return None if value is None else as_dtype(value)


def as_number(value, what: str):
    """A single real number (Python or NumPy scalar, or a 0-D array)."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{what} must be a single number."), what=what))
    return value


def as_axis(value, what: str):
    """None, an int, or a tuple of ints."""
    if value is None:
        return None
    axes = value if isinstance(value, (tuple, list)) else (value,)
    if not all(isinstance(a, (int, np.integer)) and not isinstance(a, bool) for a in axes):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{what} must be a whole number, or a tuple of them."),
                                what=what))
    return tuple(int(a) for a in axes) if isinstance(value, (tuple, list)) else int(value)


# -- element-wise ------------------------------------------------------------------------------------------------------
def _unary(ufunc, name: str):
    def impl(call, x):
        array = as_array(x, call.label(0))
        allocate(array.shape, trial_dtype(ufunc, array), name)
        call.explain(Section(msg(QT_TRANSLATE_NOOP("explorer", "Element-wise {op}"), op=name), (
            plural(QCoreApplication.translate("explorer", "{op} is applied to each of the %n entries on its own, so "
                                                          "the shape {shape} stays.", None, 1),
                   array.size, op=name, shape=array.shape),)))
        return ufunc(array)
    return impl


def _broadcasting(function, name: str, arity: int):
    def checked(call, *operands):
        operands = [as_array(operand, call.label(i)) if isinstance(operand, (tuple, list)) else operand
                    for i, operand in enumerate(operands)]
        shapes = [as_array(operand, call.label(i)).shape for i, operand in enumerate(operands)]
        shape, section = broadcast_rule(shapes, [call.label(i) for i in range(arity)], name)
        allocate(shape, trial_dtype(function, *operands), name)
        if shape:  # arithmetic on single numbers needs no explanation
            call.explain(section)
        return function(*operands)
    parameters = ["x1", "x2", "x3"][:arity] if name != "np.where" else ["condition", "x", "y"]
    signature = inspect.Signature([inspect.Parameter("call", inspect.Parameter.POSITIONAL_ONLY)] +
                                  [inspect.Parameter(p, inspect.Parameter.POSITIONAL_ONLY) for p in parameters])
    checked.__signature__ = signature
    return checked


def binary_operator(call, function, op: str, left, right):
    """``a + b``, ``a < b`` ...: broadcast the shapes, refuse a too big result, then compute."""
    return _broadcasting(lambda a, b: function(a, b), op, 2)(call, left, right)


# -- products ----------------------------------------------------------------------------------------------------------
def product(rule, numpy_function, name):
    def impl(call, a, b):
        left, right = as_array(a, call.label(0)), as_array(b, call.label(1))
        shape, work, section = rule(left.shape, right.shape, [call.label(0), call.label(1)], name)
        allocate(shape, np.result_type(left, right), name)
        blas = numpy_function is not np.dot or (left.ndim <= 2 and right.ndim <= 2)
        spend(product_seconds(work, left.dtype, right.dtype, blas), name, _slow_product_hint(left, right, blas))
        call.explain(section)
        return numpy_function(left, right)
    return impl


def _slow_product_hint(left, right, blas: bool):
    """Why a product is slow, and the faster way to write it."""
    dtype = np.result_type(left, right)
    if dtype == np.float16 or dtype.kind in "biu":
        return msg(QT_TRANSLATE_NOOP("explorer", "NumPy has no fast matrix routine for {dtype}: convert first, "
                                                 "like {example}."),
                   dtype=str(dtype), example=".astype('float32')")
    if not blas:
        return msg(QT_TRANSLATE_NOOP("explorer", "{name} of tensors with more than two axes pairs every matrix of "
                                                 "one with every matrix of the other, without the fast routines; for "
                                                 "a batch of matrices use {example}."), name="np.dot", example="a @ b")
    return None


def outer(call, a, b):
    left, right = as_array(a, call.label(0)), as_array(b, call.label(1))
    shape = (left.size, right.size)
    allocate(shape, np.result_type(left, right), "np.outer")
    call.explain(Section(msg(QT_TRANSLATE_NOOP("explorer", "Tensor product: {name}"), name="np.outer"), (
        msg(QT_TRANSLATE_NOOP("explorer", "Every one of the {n} entries is multiplied by every one of the {m}: "
                                          "the result has shape {shape}."), n=left.size, m=right.size, shape=shape),)))
    return np.outer(left, right)


# -- reductions --------------------------------------------------------------------------------------------------------
def _reduction(numpy_function, name: str):
    def impl(call, a, axis=None, keepdims=False):
        array = as_array(a, call.label(0))
        axis = as_axis(axis, "axis")
        _, section = reduce_rule(array.shape, axis, bool(keepdims), name, call.label(0))
        if array.size == 0 and numpy_function in (np.max, np.min, np.argmax, np.argmin):
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} of an empty tensor has no answer."),
                                    name=name))
        if numpy_function in (np.std, np.var, np.median):  # they work on a full-size copy of the tensor
            allocate(array.shape, np.result_type(array.dtype, np.float64), name)
        call.explain(section)
        return numpy_function(array, axis=axis, keepdims=bool(keepdims))
    return impl


def cumsum(call, a, axis=None):
    array = as_array(a, call.label(0))
    as_axis(axis, "axis")
    if axis is not None:
        reduce_rule(array.shape, axis, False, "np.cumsum", call.label(0))  # only to check the axis exists
    allocate(array.shape, trial_dtype(np.cumsum, array), "np.cumsum")
    return np.cumsum(array, axis=axis)


# -- reshaping ---------------------------------------------------------------------------------------------------------
def reshape(call, a, shape):
    array = as_array(a, call.label(0))
    new_shape, section = reshape_rule(array.shape, as_signed_shape(shape), call.label(0))
    if not array.flags.c_contiguous:  # NumPy may have to copy
        allocate(new_shape, array.dtype, call.name)
    call.explain(section)
    return array.reshape(new_shape)


def as_signed_shape(value) -> tuple:
    """A reshape target: whole numbers, where -1 means "work it out"."""
    sizes = value if isinstance(value, (tuple, list)) else (value,)
    if not all(isinstance(s, (int, np.integer)) and not isinstance(s, bool) for s in sizes):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "A new shape must be whole numbers, like {example}."),
                                example="(6, 1)"))
    return tuple(int(s) for s in sizes)


def method_reshape(call, self, *shape):
    """``x.reshape((6, 1))`` and ``x.reshape(6, 1)`` both work, as in NumPy."""
    return reshape(call, self, shape[0] if len(shape) == 1 else shape)


def transpose(call, a, axes=None):
    array = as_array(a, call.label(0))
    axes = None if axes is None else as_signed_shape(axes)
    result, section = transpose_rule(array.shape, axes, call.label(0))
    call.explain(section)
    return np.transpose(array, axes)


def method_transpose(call, self, *axes):
    if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
        axes = axes[0]
    return transpose(call, self, axes or None)


def swapaxes(call, a, axis1, axis2):
    array = as_array(a, call.label(0))
    order = list(range(array.ndim))
    for axis in (axis1, axis2):
        reduce_rule(array.shape, as_axis(axis, "axis"), False, "swapaxes", call.label(0))
    order[axis1], order[axis2] = order[axis2], order[axis1]
    return transpose(call, array, tuple(order))


def expand_dims(call, a, axis):
    array = as_array(a, call.label(0))
    axis = as_axis(axis, "axis")
    if not isinstance(axis, int) or not -array.ndim - 1 <= axis <= array.ndim:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "The new axis must be between {low} and {high}."),
                                low=str(-array.ndim - 1), high=str(array.ndim)))
    return np.expand_dims(array, axis)


def squeeze(call, a, axis=None):
    array = as_array(a, call.label(0))
    axis = as_axis(axis, "axis")
    if axis is not None:
        reduce_rule(array.shape, axis, False, "np.squeeze", call.label(0))
        for one in axis if isinstance(axis, tuple) else (axis,):
            if array.shape[one] != 1:
                raise ExplorerError(msg(QT_TRANSLATE_NOOP(
                    "explorer", "Only axes of length 1 can be squeezed away; axis {axis} has length {size}."),
                    axis=one, size=array.shape[one]))
    return np.squeeze(array, axis)


def ravel(call, a):
    array = as_array(a, call.label(0))
    reshape(call, array, -1)
    return np.ravel(array)


# -- creating tensors --------------------------------------------------------------------------------------------------
def _shape_hint(name: str, shape, second) -> None:
    """``np.ones(3, 4)``: a second number where the number type goes means the shape was meant."""
    if isinstance(second, (int, np.integer)) and not isinstance(second, (bool, np.bool_)):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "{name} takes the whole shape as one tuple, in its own brackets: {example}. (The second "
                        "argument is the number type, like {dtype}.)"),
            name=name, example=f"{name}(({shape}, {second}))", dtype="'float32'"))


def _filled(numpy_function, name: str, fill: bool = False):
    def impl(call, shape, dtype=None):
        _shape_hint(name, shape, dtype)
        size, dtype = as_shape(shape, name), optional_dtype(dtype) or np.dtype(float)
        allocate(size, dtype, name)
        call.explain(creation_section(name, size))
        return numpy_function(size, dtype=dtype)

    def impl_full(call, shape, fill_value, dtype=None):
        size, fill_value, dtype = as_shape(shape, name), as_number(fill_value, "fill_value"), optional_dtype(dtype)
        allocate(size, dtype or np.asarray(fill_value).dtype, name)
        call.explain(creation_section(name, size))
        return np.full(size, fill_value, dtype=dtype)
    return impl_full if fill else impl


def _like(numpy_function):
    def impl(call, a, dtype=None):
        array, dtype = as_array(a, call.label(0)), optional_dtype(dtype)
        allocate(array.shape, dtype or array.dtype, call.name)
        return numpy_function(array, dtype=dtype)
    return impl


def full_like(call, a, fill_value, dtype=None):
    array, dtype = as_array(a, call.label(0)), optional_dtype(dtype)
    allocate(array.shape, dtype or array.dtype, call.name)
    return np.full_like(array, as_number(fill_value, "fill_value"), dtype=dtype)


def eye(call, N, M=None, k=0, dtype=None):
    rows = as_shape(N, "np.eye")[0]
    columns = rows if M is None else as_shape(M, "np.eye")[0]
    dtype = optional_dtype(dtype) or np.dtype(float)
    allocate((rows, columns), dtype, "np.eye")
    call.explain(creation_section("np.eye", (rows, columns)))
    return np.eye(rows, columns, int(as_number(k, "k")), dtype=dtype)


def identity(call, n, dtype=None):
    return eye(call, n, None, 0, dtype)


def arange(call, start, stop=None, step=None, dtype=None):
    if stop is None:
        start, stop = 0, start
    start, stop = as_number(start, "start"), as_number(stop, "stop")
    step = 1 if step is None else as_number(step, "step")
    if step == 0:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} needs a step that is not 0."), name="np.arange"))
    if all(isinstance(v, (int, np.integer)) for v in (start, stop, step)):
        count = max(0, -((int(start) - int(stop)) // int(step)))
    else:
        count = max(0, math.ceil((stop - start) / step))
    allocate(count, optional_dtype(dtype) or np.result_type(start, stop, step), "np.arange")
    call.explain(creation_section("np.arange", (count,)))
    return np.arange(start, stop, step, dtype=optional_dtype(dtype))


def linspace(call, start, stop, num=50, endpoint=True, dtype=None):
    count = as_shape(num, "np.linspace")[0]
    allocate(count, optional_dtype(dtype) or np.dtype(float), "np.linspace")
    call.explain(creation_section("np.linspace", (count,)))
    return np.linspace(as_number(start, "start"), as_number(stop, "stop"), count, endpoint=bool(endpoint),
                       dtype=optional_dtype(dtype))


def array(call, object, dtype=None):  # NumPy's parameter name
    count, natural = footprint(object)
    allocate(count, optional_dtype(dtype) or natural or np.dtype(float), "np.array")
    result = np.array(object, dtype=optional_dtype(dtype)) if not isinstance(object, np.ndarray) else \
        object.astype(optional_dtype(dtype) or object.dtype, copy=True)
    if result.dtype.kind not in NUMERIC_KINDS:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} takes numbers: a number, a list of numbers or "
                                                              "a list of equally long lists."), name="np.array"))
    return result


def asarray(call, a, dtype=None):
    array = as_array(a, call.label(0))
    if dtype is None:
        return array
    allocate(array.shape, as_dtype(dtype), "np.asarray")
    return array.astype(as_dtype(dtype), copy=False)


def concatenate(call, arrays, axis=0):
    parts = _parts(arrays, call)
    return np.concatenate(parts, axis=as_axis(axis, "axis"))


def stack(call, arrays, axis=0):
    parts = _parts(arrays, call)
    return np.stack(parts, axis=as_axis(axis, "axis"))


def _parts(arrays, call):
    """The tensors to join; their result (as many entries as they hold together) is counted first."""
    if not isinstance(arrays, (list, tuple)) or not arrays:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} joins a list of tensors, like ({example})."),
                                name=call.name, example="a, b"))
    allocate(*footprint(arrays), call.name)
    return [np.asarray(part) if isinstance(part, (np.ndarray, np.generic)) else as_array(part, call.label(0))
            for part in arrays]


# -- random numbers ----------------------------------------------------------------------------------------------------
def _sized(size, name, dtype=np.float64):
    if size is None:
        return None
    shape = as_shape(size, name)
    allocate(shape, dtype, name)
    return shape


def random_random(call, size=None):
    return np.random.random(_sized(size, "np.random.random"))


def random_rand(call, *dims):
    return np.random.random(_sized(dims, "np.random.rand"))


def random_randn(call, *dims):
    return np.random.standard_normal(_sized(dims, "np.random.randn"))


def random_randint(call, low, high=None, size=None):
    low = as_number(low, "low")
    high = None if high is None else as_number(high, "high")
    if (high is None and low <= 0) or (high is not None and high <= low):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{name} needs {condition}."),
                                name="np.random.randint", condition="low < high"))
    return np.random.randint(low, high, _sized(size, "np.random.randint", np.int64))


def random_normal(call, loc=0.0, scale=1.0, size=None):
    return np.random.normal(as_number(loc, "loc"), abs(as_number(scale, "scale")), _sized(size, "np.random.normal"))


def random_uniform(call, low=0.0, high=1.0, size=None):
    return np.random.uniform(as_number(low, "low"), as_number(high, "high"), _sized(size, "np.random.uniform"))


def random_seed(call, seed):
    np.random.seed(int(as_number(seed, "seed")) % 2**32)
    return None


def random_permutation(call, x):
    if isinstance(x, (int, np.integer)):
        allocate(int(x), np.int64, "np.random.permutation")
        return np.random.permutation(int(x))
    array = as_array(x, call.label(0))
    allocate(array.shape, array.dtype, "np.random.permutation")
    return np.random.permutation(array)


# -- everything else ---------------------------------------------------------------------------------------------------
def _plain(numpy_function):
    """A function of one tensor that only reads its shape."""
    def impl(call, a):
        return numpy_function(as_array(a, call.label(0)))
    return impl


def _sorting(numpy_function, indices: bool = False):
    """Sorting makes a full-size copy (or index array) and costs about n log n comparisons."""
    def impl(call, a, axis=-1):
        array = as_array(a, call.label(0))
        allocate(array.shape, np.intp if indices else array.dtype, call.name)
        spend(sort_seconds(array.size, array.dtype), call.name)
        return numpy_function(array, axis=as_axis(axis, "axis"))
    return impl


def unique(call, a):
    array = as_array(a, call.label(0))
    allocate(array.size, array.dtype, "np.unique")  # a sorted copy; the distinct values are fewer
    spend(sort_seconds(array.size, array.dtype), "np.unique")
    return np.unique(array)


def count_nonzero(call, a, axis=None):
    array = as_array(a, call.label(0))
    return np.count_nonzero(array, axis=as_axis(axis, "axis"))


def compare_all(numpy_function, temporaries: int):
    """``np.allclose`` works through ``temporaries`` full-size float64 arrays (differences, tolerances)."""
    def impl(call, a, b):
        left, right = as_array(a, call.label(0)), as_array(b, call.label(1))
        for _ in range(temporaries):
            allocate(np.broadcast_shapes(left.shape, right.shape), np.float64, call.name)
        return bool(numpy_function(left, right))
    return impl


def round_(call, a, decimals=0):
    array = as_array(a, call.label(0))
    allocate(array.shape, array.dtype, call.name)
    return np.round(array, _digits(decimals))


def _digits(value) -> int:
    """Decimal places for rounding; a huge count would make Python compute a huge power of ten."""
    digits = as_number(value, "decimals")
    if not isinstance(digits, (int, np.integer)) or abs(int(digits)) > 100:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Round to a whole number of decimals between {low} and "
                                                              "{high}."), low="-100", high="100"))
    return int(digits)


def clip(call, a, a_min, a_max):
    return _broadcasting(np.clip, "np.clip", 3)(call, a, a_min, a_max)


def norm(call, x, axis=None):
    array = as_array(x, call.label(0))
    allocate(array.shape, np.result_type(array.dtype, np.float64), "np.linalg.norm")  # squares, summed
    return np.linalg.norm(array, axis=as_axis(axis, "axis"))


def astype(call, self, dtype):
    array = as_array(self, call.label(0))
    target = as_dtype(dtype)
    allocate(array.shape, target, call.name)
    call.explain(Section(msg(QT_TRANSLATE_NOOP("explorer", "Changing the number type"), ), (
        msg(QT_TRANSLATE_NOOP("explorer", "Every entry is converted from {old} to {new}; the shape {shape} stays."),
            old=str(array.dtype), new=str(target), shape=array.shape),
        *(plural(QCoreApplication.translate("explorer", "An entry of {dtype} takes %n bytes.", None, 1),
                 dtype.itemsize, dtype=str(dtype)) for dtype in (array.dtype, target)))))
    return array.astype(target)


def copy(call, self):
    array = as_array(self, call.label(0))
    allocate(array.shape, array.dtype, call.name)
    return np.array(array, copy=True)


def item(call, self):
    array = as_array(self, call.label(0))
    if array.size != 1:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{call} needs a tensor with exactly one entry; this one "
                                                              "has {count}."), call=".item()", count=array.size))
    return array.item()


def tolist(call, self):
    array = as_array(self, call.label(0))
    require_list_size(array.size)
    return array.tolist()


def require_list_size(count: int) -> None:
    if count > MAX_LIST_ITEMS:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "A Python list of {count:,} numbers is too long to show; the limit is {limit:,}."),
            count=count, limit=MAX_LIST_ITEMS))


def builtin_len(call, obj):
    if isinstance(obj, (tuple, list)):
        return len(obj)
    array = as_array(obj, call.label(0))
    if array.ndim == 0:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "A single number (0D tensor) has no length; {call} "
                                                              "counts the entries along axis 0."), call="len()"))
    return len(array)


def builtin_abs(call, x):
    return abs(x) if isinstance(x, (int, float)) else NUMPY["abs"].impl(call, x)


def _scalar(convert):
    def impl(call, x):
        array = as_array(x, call.label(0))
        if array.size != 1:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "Only a tensor with one entry can become a single "
                                                                  "number; this one has {count}."), count=array.size))
        return convert(array.item())
    return impl


def builtin_print(call, value):
    """``print(train_images.ndim)`` as on the slides: the value itself is the answer shown."""
    return value


def relu(call, x):
    """The slide's ``relu``: ``max(x, 0)`` entry by entry, explained as the Layer shapes tab explains it."""
    array = as_array(x, call.label(0))
    allocate(array.shape, trial_dtype(np.maximum, array, 0), "relu")
    call.explain(Section(msg(QT_TRANSLATE_NOOP("explorer", "Element-wise {op}"), op="relu"), (
        msg(QT_TRANSLATE_NOOP("explorer", "{op} works entry by entry, {formula}: negative entries become 0, the "
                                          "others stay; the shape stays {shape}."),
            op="relu", formula="max(x, 0)", shape=array.shape),)))
    return np.maximum(array, 0)


def softmax(call, x):
    """The last layer's ``softmax``, along the last axis (each sample's row of scores)."""
    array = as_array(x, call.label(0))
    if array.ndim == 0 or array.dtype.kind not in "biuf":
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "{op} needs a tensor of scores with at least one "
                                                              "axis, like {example}."), op="softmax",
                                example="softmax(y)"))
    for _ in range(2):  # the exponentials, then the probabilities
        allocate(array.shape, np.result_type(array.dtype, np.float32), "softmax")
    call.explain(Section(msg(QT_TRANSLATE_NOOP("explorer", "Row by row: {op}"), op="softmax"), (
        plural(QCoreApplication.translate("explorer", "{op} turns each row of %n scores into probabilities that "
                                                      "add up to 1 ({formula}); the shape stays {shape}.", None, 1),
               array.shape[-1], op="softmax", formula="exp(s) / sum(exp(s))", shape=array.shape),)))
    shifted = np.exp(array - array.max(axis=-1, keepdims=True))  # minus the largest: no overflow
    return shifted / shifted.sum(axis=-1, keepdims=True)


def builtin_round(call, number, ndigits=None):
    if isinstance(number, (int, float)):
        return round(number, None if ndigits is None else _digits(ndigits))
    return round_(call, number, 0 if ndigits is None else ndigits)


# -- the tables --------------------------------------------------------------------------------------------------------
ELEMENTWISE = ["exp", "log", "log2", "log10", "sqrt", "abs", "absolute", "tanh", "sin", "cos", "tan", "square",
               "sign", "floor", "ceil", "negative", "log1p", "expm1", "isnan", "isfinite"]
BROADCASTING = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
                "true_divide": np.true_divide, "floor_divide": np.floor_divide, "power": np.power,
                "mod": np.mod, "maximum": np.maximum, "minimum": np.minimum, "greater": np.greater,
                "less": np.less, "equal": np.equal}
REDUCTIONS = {"sum": np.sum, "mean": np.mean, "max": np.max, "min": np.min, "amax": np.max, "amin": np.min,
              "argmax": np.argmax, "argmin": np.argmin, "std": np.std, "var": np.var, "prod": np.prod,
              "any": np.any, "all": np.all, "median": np.median}


def _numpy_table() -> dict:
    table = {name: _unary(getattr(np, name), f"np.{name}") for name in ELEMENTWISE}
    table.update({name: _broadcasting(function, f"np.{name}", 2) for name, function in BROADCASTING.items()})
    table.update({name: _reduction(function, f"np.{name}") for name, function in REDUCTIONS.items()})
    table.update({
        "where": _broadcasting(np.where, "np.where", 3), "clip": clip,
        "dot": product(dot_rule, np.dot, "np.dot"), "matmul": product(matmul_rule, np.matmul, "np.matmul"),
        "outer": outer, "cumsum": cumsum, "reshape": reshape, "transpose": transpose, "swapaxes": swapaxes,
        "expand_dims": expand_dims, "squeeze": squeeze, "ravel": ravel,
        "zeros": _filled(np.zeros, "np.zeros"), "ones": _filled(np.ones, "np.ones"),
        "empty": _filled(np.zeros, "np.empty"),  # zeros, not leftover memory: results must be reproducible
        "full": _filled(np.full, "np.full", fill=True),
        "zeros_like": _like(np.zeros_like), "ones_like": _like(np.ones_like),
        "full_like": full_like, "eye": eye, "identity": identity, "arange": arange, "linspace": linspace,
        "array": array, "asarray": asarray, "concatenate": concatenate, "stack": stack,
        "shape": _plain(np.shape), "ndim": _plain(np.ndim), "size": _plain(np.size),
        "sort": _sorting(np.sort), "argsort": _sorting(np.argsort, indices=True), "unique": unique,
        "count_nonzero": count_nonzero,
        "allclose": compare_all(np.allclose, 3), "array_equal": compare_all(np.array_equal, 1),
        "round": round_, "around": round_,
    })
    return {name: Function(f"np.{name}", impl) for name, impl in table.items()}


NUMPY = _numpy_table()
RANDOM = {name: Function(f"np.random.{name}", impl) for name, impl in {
    "random": random_random, "rand": random_rand, "randn": random_randn, "randint": random_randint,
    "normal": random_normal, "uniform": random_uniform, "seed": random_seed, "permutation": random_permutation,
}.items()}
LINALG = {"norm": Function("np.linalg.norm", norm)}
CONSTANTS = {"pi": np.pi, "e": np.e, "inf": np.inf, "nan": np.nan, "newaxis": None,
             **{name: np.dtype(name) for name in DTYPE_NAMES if name not in ("int", "float", "complex")},
             "bool_": np.dtype(bool)}
BUILTINS = {name: Function(name, impl) for name, impl in {
    "len": builtin_len, "abs": builtin_abs, "int": _scalar(int), "float": _scalar(float),
    "round": builtin_round, "print": builtin_print,
    # the slide's own names: output = relu(dot(input, W) + b)
    "relu": relu, "dot": product(dot_rule, np.dot, "dot"), "softmax": softmax}.items()}

_METHOD_IMPLS = {name: NUMPY[name].impl for name in [*REDUCTIONS, "cumsum", "dot", "ravel", "squeeze", "clip",
                                                     "swapaxes", "round", "argsort"]}
_METHOD_IMPLS.update({"reshape": method_reshape, "transpose": method_transpose, "flatten": ravel,
                      "astype": astype, "copy": copy, "item": item, "tolist": tolist})
METHOD_NAMES = frozenset(_METHOD_IMPLS)
ATTRIBUTES = frozenset(["shape", "ndim", "dtype", "size", "T", "itemsize", "nbytes"])
DTYPE_ATTRIBUTES = frozenset(["name", "itemsize", "kind"])


def method(target, name: str, label: str) -> Method:
    return Method(f"{label}.{name}", _METHOD_IMPLS[name], target, label)
