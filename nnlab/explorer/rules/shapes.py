"""The shape rules of the lecture, worked out from shapes alone and explained step by step.

Every rule here takes shapes (tuples), never data, so the explorer can decide what an operation
would produce, and refuse it, *before* NumPy allocates anything. Each rule returns the result shape
and a :class:`~nnlab.explorer.messages.Section` that says why, in the lecture's words; a shape
that does not fit raises :class:`ExplorerError` whose sections explain which axes clash.
"""

from __future__ import annotations

import math

import numpy as np

from nnlab.explorer.messages import (
    QT_TRANSLATE_NOOP,
    ExplorerError,
    QCoreApplication,
    Section,
    ShapeDiagram,
    format_shape,
    msg,
    plural,
)

DOT_RULE = "(a, b) . (b, c) -> (a, c)"  # the lecture's shape rule of np.dot, written as code


def element_count(shape) -> int:
    return math.prod(int(size) for size in shape)


def as_shape(value, what: str) -> tuple:
    """A shape argument (an int or a sequence of ints) as a tuple, or a friendly refusal."""
    sizes = value.tolist() if isinstance(value, np.ndarray) else value
    sizes = sizes if isinstance(sizes, (tuple, list)) else (sizes,)
    try:
        shape = tuple(_whole_number(size) for size in sizes)
    except TypeError:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "The shape of {what} must be whole numbers, like {example}."), what=what,
            example="(300, 20)")) from None
    if any(size < 0 for size in shape):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "The shape {shape} has a negative size; sizes count entries, so they are 0 or more."),
            shape=format_shape(shape)))
    return shape


def _whole_number(value) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError(value)
    return int(value)


# -- element-wise operations and broadcasting ------------------------------------------------------
def broadcast_rule(shapes, labels, op: str):
    """The shape of an element-wise ``op`` on operands of ``shapes`` (named ``labels``)."""
    shapes = [tuple(int(size) for size in shape) for shape in shapes]
    if all(shape == shapes[0] for shape in shapes):
        return shapes[0], Section(
            msg(QT_TRANSLATE_NOOP("explorer", "Element-wise {op}"), op=op),
            (msg(QT_TRANSLATE_NOOP("explorer", "All operands have the shape {shape}: {op} is applied to each "
                                               "pair of entries, and the result has that shape too."),
                 shape=shapes[0], op=op),))
    width = max(len(shape) for shape in shapes)
    result, steps, clashes, stretched = [], [], [], []
    numbers = [label for label, shape in zip(labels, shapes) if not shape]
    if numbers:
        steps.append(msg(QT_TRANSLATE_NOOP("explorer", "{names} is a single number: it is combined with every entry "
                                                       "of the other operand."), names=", ".join(numbers)))
    tensors = [(label, shape) for label, shape in zip(labels, shapes) if shape]
    for column in range(width):
        size, step = _broadcast_column([s for _, s in tensors], [label for label, _ in tensors], column, width)
        result.append(size)
        steps.append(step)
        if size is None:
            clashes.append(column)
        elif any(len(s) < width - column or s[column - width] != size for _, s in tensors):
            stretched.append(column)
    rows = tuple(zip(labels, shapes))
    title = msg(QT_TRANSLATE_NOOP("explorer", "Broadcasting: {op}"), op=op)
    first = msg(QT_TRANSLATE_NOOP("explorer", "Write the shapes one above the other, aligned from the right, "
                                              "so that the last axes line up."))
    if clashes:
        section = Section(title, (first, *steps), ShapeDiagram(rows, None, tuple(clashes), tuple(stretched)))
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "The shapes {shapes} cannot be broadcast for {op}: on axis {axis} the sizes differ "
                        "and none of them is 1."),
            shapes=", ".join(format_shape(s) for s in shapes), op=op, axis=clashes[0]), [section])
    shape = tuple(result)
    last = msg(QT_TRANSLATE_NOOP("explorer", "Result shape: {shape}."), shape=shape)
    return shape, Section(title, (first, *steps, last), ShapeDiagram(rows, shape, (), tuple(stretched)))


def _broadcast_column(shapes, labels, column, width):
    """The broadcast size of one aligned column and the sentence that explains it (size None: clash)."""
    from_right = width - column
    sizes = [shape[-from_right] if len(shape) >= from_right else None for shape in shapes]
    present = [size for size in sizes if size is not None]
    distinct = {size for size in present if size != 1}
    if len(distinct) > 1:
        return None, msg(QT_TRANSLATE_NOOP(
            "explorer", "Axis {axis}: the sizes {sizes} differ and none of them is 1, so they clash."),
            axis=column, sizes=" / ".join(str(size) for size in present))
    size = distinct.pop() if distinct else 1
    missing = ", ".join(label for label, s in zip(labels, sizes) if s is None)
    ones = ", ".join(label for label, s in zip(labels, sizes) if s == 1 and size != 1)
    if missing:
        return size, msg(QT_TRANSLATE_NOOP(
            "explorer", "Axis {axis}: {names} has no axis here; one of size 1 is added and stretched to {size}."),
            axis=column, names=missing, size=size)
    if ones:
        return size, msg(QT_TRANSLATE_NOOP(
            "explorer", "Axis {axis}: {names} has size 1 here and is stretched (repeated) to {size}."),
            axis=column, names=ones, size=size)
    return size, msg(QT_TRANSLATE_NOOP("explorer", "Axis {axis}: all sizes are {size}, they agree."),
                     axis=column, size=size)


# -- products ----------------------------------------------------------------------------------------
def dot_rule(a, b, labels, name: str = "np.dot"):
    """Shape of ``np.dot(a, b)`` and the work (multiply-adds) it costs: (a, b) . (b, c) -> (a, c)."""
    a, b = tuple(a), tuple(b)
    title = msg(QT_TRANSLATE_NOOP("explorer", "Tensor product: {name}"), name=name)
    if not a or not b:
        shape = b if not a else a
        step = msg(QT_TRANSLATE_NOOP("explorer", "{label} is a single number, so the product just multiplies "
                                                 "every entry by it: the shape stays {shape}."),
                   label=labels[0] if not a else labels[1], shape=shape)
        return shape, element_count(shape), Section(title, (step,))
    axis_b = 0 if len(b) == 1 else len(b) - 2
    inner_a, inner_b = a[-1], b[axis_b]
    agree = msg(QT_TRANSLATE_NOOP(
        "explorer", "The inner sizes must agree: the last axis of {a_label} is {n} long and axis {axis} of "
                    "{b_label} is {m} long."), a_label=labels[0], b_label=labels[1], n=inner_a, m=inner_b, axis=axis_b)
    if inner_a != inner_b:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "{name} cannot multiply {a} by {b}: the inner sizes {n} and {m} differ. The rule is "
                        "{rule}."), name=name, a=a, b=b, n=inner_a, m=inner_b, rule=DOT_RULE),
            [Section(title, (agree, msg(QT_TRANSLATE_NOOP(
                "explorer", "In {rule} both sizes {b} must be the same number; here they are {n} and {m}."),
                rule=DOT_RULE, b="b", n=inner_a, m=inner_b)))])
    shape = a[:-1] + b[:axis_b] + b[axis_b + 1:]
    summed = msg(QT_TRANSLATE_NOOP(
        "explorer", "{product}: the {n} products along the inner axis are added up, so that axis disappears; the "
                    "outer axes remain."), product=f"{format_shape(a)} . {format_shape(b)} -> {format_shape(shape)}",
        n=inner_a)
    return shape, element_count(shape) * inner_a, Section(title, (agree, summed, _pattern(a, b)))


def _pattern(a, b):
    """The lecture's pattern for the case at hand, with the letters filled in."""
    if len(a) == 1 and len(b) == 1:
        return msg(QT_TRANSLATE_NOOP("explorer", "Two vectors: {rule} is one number, the sum of the entry-wise "
                                                 "products."), rule="(n,) . (n,) -> ()")
    if len(a) == 2 and len(b) == 2:
        return msg(QT_TRANSLATE_NOOP("explorer", "Rule: {rule}, here {sizes}."),
                   rule=DOT_RULE, sizes=f"a = {a[0]}, b = {a[1]}, c = {b[1]}")
    if len(a) == 2 and len(b) == 1:
        return msg(QT_TRANSLATE_NOOP("explorer", "Matrix times vector: {rule}: each of the {a} rows is dotted with "
                                                 "the vector."), rule="(a, b) . (b,) -> (a,)", a=a[0])
    return msg(QT_TRANSLATE_NOOP("explorer", "In general {name} pairs the last axis of the first tensor with the "
                                             "second-to-last axis of the second (its only axis if it is a vector)."),
               name="np.dot")


def matmul_rule(a, b, labels, name: str = "@"):
    """Shape of ``a @ b``: matrices in the last two axes, leading (batch) axes broadcast."""
    a, b = tuple(a), tuple(b)
    if not a or not b:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "{name} multiplies matrices and vectors, not single numbers; use {times} to scale a "
                        "tensor."), name=name, times="*"))
    if len(a) <= 2 and len(b) <= 2:
        return dot_rule(a, b, labels, name)
    a2, b2 = (a if len(a) > 1 else (1,) + a), (b if len(b) > 1 else b + (1,))
    _, _, section = dot_rule(a2[-2:], b2[-2:], labels, name)
    batch, batch_section = broadcast_rule([a2[:-2], b2[:-2]], labels, name)
    shape = batch + a2[-2:-1] * (len(a) > 1) + b2[-1:] * (len(b) > 1)
    step = msg(QT_TRANSLATE_NOOP("explorer", "{name} treats the last two axes as matrices and broadcasts the "
                                             "leading axes: {product}."),
               name=name, product=f"{format_shape(a)} {name} {format_shape(b)} -> {format_shape(shape)}")
    return shape, element_count(shape) * a[-1], Section(section.title, (*section.steps, *batch_section.steps, step))


# -- reshaping and transposing -------------------------------------------------------------------------
def reshape_rule(shape, new_shape, label: str):
    """``new_shape`` with its -1 worked out; reshape must keep the number of elements."""
    shape, count = tuple(shape), element_count(shape)
    unknown = [axis for axis, size in enumerate(new_shape) if size == -1]
    title = msg(QT_TRANSLATE_NOOP("explorer", "Reshaping {label}"), label=label)
    if len(unknown) > 1 or any(size < -1 for size in new_shape):
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "A new shape may contain at most one {minus_one} (meaning: work this size out) and no "
                        "other negative sizes."), minus_one="-1"))
    known = element_count(size for size in new_shape if size != -1)
    steps = []
    if unknown:
        if known == 0 or count % known:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "Cannot reshape {shape} ({count} elements) into {new}: {count} is not a multiple "
                            "of {known}."), shape=shape, count=count, new=format_shape(new_shape),
                known=known), [Section(title)])
        new_shape = tuple(count // known if size == -1 else size for size in new_shape)
        steps.append(msg(QT_TRANSLATE_NOOP("explorer", "The {minus_one} is worked out from the others: {division}."),
                         minus_one="-1", division=f"{count} / {known} = {count // known}"))
    new_shape = tuple(new_shape)
    if element_count(new_shape) != count:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "Cannot reshape {shape} into {new}: {shape} holds {count} elements but {new} holds "
                        "{new_count}. Reshaping only regroups the elements, so the counts must be equal."),
            shape=shape, new=new_shape, count=count, new_count=element_count(new_shape)), [Section(title)])
    steps.append(msg(QT_TRANSLATE_NOOP(
        "explorer", "{shape} and {new} both hold {count} elements: reshaping keeps the elements and their "
                    "order, only the grouping into axes changes."), shape=shape, new=new_shape, count=count))
    return new_shape, Section(title, tuple(steps))


def transpose_rule(shape, axes, label: str):
    """Shape after transposing (``axes`` None: reverse the axes)."""
    shape = tuple(shape)
    title = msg(QT_TRANSLATE_NOOP("explorer", "Transposing {label}"), label=label)
    if axes is None:
        axes = tuple(reversed(range(len(shape))))
    elif sorted(axes) != list(range(len(shape))):
        raise ExplorerError(plural(QCoreApplication.translate(
            "explorer", "The axes {axes} are not a reordering of the %n axes of {label} (0 to {last}).", None, 1),
            len(shape), axes=format_shape(axes), label=label, last=len(shape) - 1), [Section(title)])
    result = tuple(shape[axis] for axis in axes)
    if len(shape) < 2:
        step = msg(QT_TRANSLATE_NOOP("explorer", "{label} has fewer than two axes, so transposing changes nothing: "
                                                 "{shape}."), label=label, shape=shape)
        return result, Section(title, (step,))
    if len(shape) == 2 and axes == (1, 0):
        step = msg(QT_TRANSLATE_NOOP("explorer", "Transposing exchanges rows and columns: entry {entry} moves to "
                                                 "{moved}, so {shape} becomes {result}."),
                   entry="[i, j]", moved="[j, i]", shape=shape, result=result)
        return result, Section(title, (step,))
    steps = [msg(QT_TRANSLATE_NOOP("explorer", "New axis {new} is old axis {old} ({size} long)."),
                 new=new, old=old, size=shape[old]) for new, old in enumerate(axes)]
    steps.append(msg(QT_TRANSLATE_NOOP("explorer", "The axes are reordered: {change}."),
                     change=f"{format_shape(shape)} -> {format_shape(result)}"))
    return result, Section(title, tuple(steps))


# -- reductions ------------------------------------------------------------------------------------------
def reduce_rule(shape, axis, keepdims: bool, name: str, label: str):
    """Shape after ``sum``/``mean``/``max``/``argmax``... over ``axis`` (None: everything)."""
    shape = tuple(shape)
    title = msg(QT_TRANSLATE_NOOP("explorer", "Reduction: {name}"), name=name)
    if axis is None:
        result = (1,) * len(shape) if keepdims else ()
        step = plural(QCoreApplication.translate("explorer", "{name} combines all %n entries of {label} into one "
                                                             "number.", None, 1),
                      element_count(shape), name=name, label=label)
        return result, Section(title, (step,))
    axes = axis if isinstance(axis, tuple) else (axis,)
    normal = []
    for one in axes:
        if not -len(shape) <= one < len(shape):
            raise ExplorerError(plural(QCoreApplication.translate(
                "explorer", "Axis {axis} does not exist: {label} has %n axes, numbered 0 to {last}.", None, 1),
                len(shape), axis=str(one), label=label, last=len(shape) - 1))
        normal.append(one % len(shape))
    result = tuple((1 if keepdims else None) if index in normal else size for index, size in enumerate(shape))
    result = tuple(size for size in result if size is not None)
    steps = [plural(QCoreApplication.translate("explorer", "{name} along axis {axis} combines its %n entries into "
                                                           "one, so that axis disappears.", None, 1),
                    shape[one], name=name, axis=one) for one in sorted(normal)]
    if keepdims:
        steps.append(msg(QT_TRANSLATE_NOOP("explorer", "{keepdims} keeps it as an axis of length 1."),
                         keepdims="keepdims=True"))
    steps.append(msg(QT_TRANSLATE_NOOP("explorer", "{change}."),
                     change=f"{format_shape(shape)} -> {format_shape(result)}"))
    return result, Section(title, tuple(steps))


def creation_section(name: str, shape) -> Section:
    shape = tuple(shape)
    return Section(msg(QT_TRANSLATE_NOOP("explorer", "Creating a tensor: {name}"), name=name), (
        plural(QCoreApplication.translate("explorer", "The shape {shape} asks for %n axes; the number of entries is "
                                                      "the product of the sizes: {count:,}.", None, 1),
               len(shape), shape=shape, count=element_count(shape)),))
