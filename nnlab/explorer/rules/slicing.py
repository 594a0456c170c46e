"""Which axes an index keeps and how long they become, worked out from the shape alone.

``train_images[:, 7:-7, 7:-7]`` keeps all 60000 images and cuts 7 pixels off every side; this
module says so in words and computes the result shape before NumPy copies anything (an index
array can make a result far larger than its source, so the size is checked first).
"""

from __future__ import annotations

import numpy as np

from nnlab.explorer.messages import QT_TRANSLATE_NOOP, ExplorerError, QCoreApplication, Section, msg, plural


def index_rule(shape, items: tuple, texts: tuple, label: str):
    """The shape of ``value[items]`` for a value of ``shape``; ``texts`` are the items as typed.

    Items are ints, slices, None (np.newaxis), Ellipsis, or int/bool arrays, as NumPy allows.
    """
    shape = tuple(int(size) for size in shape)
    title = msg(QT_TRANSLATE_NOOP("explorer", "Slicing {label}"), label=label)
    items, texts, implicit = _expand(shape, items, texts, label)
    fancy = any(isinstance(item, np.ndarray) for item in items)
    pieces, steps, index_shapes, axis = [], [], [], 0
    for item, text in zip(items, texts):
        if item is None:
            pieces.append(1)
            steps.append(msg(QT_TRANSLATE_NOOP("explorer", "{code} inserts a new axis of length 1."), code=text))
            continue
        if isinstance(item, slice):
            length, step = _slice_step(item, text, shape[axis], axis)
            pieces.append(length)
        elif isinstance(item, np.ndarray):
            index_shape, step = _array_step(item, shape[axis:axis + max(item.ndim, 1)], axis, label)
            index_shapes.append(index_shape)
            pieces.append("index")
        else:
            step = _integer_step(item, text, shape[axis], axis, label)
            if fancy:  # next to an index array a plain integer counts as a 0-D index array
                index_shapes.append(())
                pieces.append("index")
        if step is not None:
            steps.append(step)
        axis += item.ndim if isinstance(item, np.ndarray) and item.dtype == bool else 1
    if implicit:
        steps.append(_kept_whole(shape, len(shape) - implicit))
        pieces.extend(shape[len(shape) - implicit:])
    result = _assemble(pieces, index_shapes, label)
    steps.append(msg(QT_TRANSLATE_NOOP("explorer", "Result shape: {shape}, a {ndim}D tensor."),
                     shape=result, ndim=len(result)))
    return result, Section(title, tuple(steps))


def _expand(shape, items, texts, label):
    """Replace ``...`` by whole-axis slices and count the axes no index mentions (kept whole)."""
    used = sum(item.ndim if isinstance(item, np.ndarray) and item.dtype == bool else 1
               for item in items if item is not None and item is not Ellipsis)
    if used > len(shape):
        raise ExplorerError(plural(QCoreApplication.translate(
            "explorer", "Too many indices: {label} has %n axes, but the index names {used}.", None, 1),
            len(shape), label=label, used=used))
    if sum(item is Ellipsis for item in items) > 1:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP("explorer", "An index may contain {ellipsis} only once."),
                                ellipsis="..."))
    if Ellipsis in [item for item in items if not isinstance(item, np.ndarray)]:
        at = next(i for i, item in enumerate(items) if item is Ellipsis and not isinstance(item, np.ndarray))
        fill = len(shape) - used
        return (items[:at] + (slice(None),) * fill + items[at + 1:],
                texts[:at] + ("...",) * fill + texts[at + 1:], 0)
    return items, texts, len(shape) - used


def _slice_step(item: slice, text: str, size: int, axis: int):
    start, stop, stride = item.indices(size)
    positions = range(start, stop, stride)
    length = len(positions)
    if item == slice(None):
        return length, msg(QT_TRANSLATE_NOOP("explorer", "Axis {axis} ({size} long): {code} keeps all of it."),
                           axis=axis, size=size, code=text)
    if not length:
        return 0, msg(QT_TRANSLATE_NOOP("explorer", "Axis {axis} ({size} long): {code} keeps nothing, so it "
                                                    "becomes 0 long."), axis=axis, size=size, code=text)
    return length, msg(QT_TRANSLATE_NOOP(
        "explorer", "Axis {axis} ({size} long): {code} keeps positions {positions}, so it becomes {length} "
                    "long."), axis=axis, size=size, code=text, positions=_positions(positions), length=length)


def _positions(positions: range) -> str:
    """``7, 8, …, 20``: the first and last positions a slice keeps (negative ones already resolved)."""
    if len(positions) <= 4:
        return ", ".join(str(p) for p in positions)
    return f"{positions[0]}, {positions[1]}, …, {positions[-1]}"


def _integer_step(index: int, text: str, size: int, axis: int, label: str):
    if not -size <= index < size:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "Index {index} is out of range: axis {axis} of {label} has {size} positions, 0 to {last} "
                        "(or {first} to {minus_one} from the end)."),
            index=str(index), axis=axis, label=label, size=size, last=size - 1, first=str(-size), minus_one="-1"))
    return msg(QT_TRANSLATE_NOOP("explorer", "Axis {axis} ({size} long): the single index {code} picks position "
                                             "{position}, so this axis disappears."),
               axis=axis, size=size, code=text, position=index % size)


def _array_step(item: np.ndarray, sizes: tuple, axis: int, label: str):
    """An index array: a boolean mask keeps the True positions, an integer array picks positions."""
    if item.dtype == bool:
        if item.shape != sizes:
            raise ExplorerError(msg(QT_TRANSLATE_NOOP(
                "explorer", "The mask has shape {mask} but axes {axis} onwards of {label} have shape {sizes}; "
                            "a mask must match them exactly."), mask=item.shape, axis=axis, label=label,
                sizes=sizes))
        count = int(np.count_nonzero(item))
        return (count,), msg(QT_TRANSLATE_NOOP("explorer", "The mask of shape {mask} keeps the {count} positions "
                                                           "where it is {true}."), mask=item.shape, count=count,
                             true="True")
    size = sizes[0]
    if item.size and (int(item.max()) >= size or int(item.min()) < -size):
        bad = int(item.max()) if int(item.max()) >= size else int(item.min())
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "Index {index} is out of range: axis {axis} of {label} has {size} positions, 0 to {last} "
                        "(or {first} to {minus_one} from the end)."),
            index=str(bad), axis=axis, label=label, size=size, last=size - 1, first=str(-size), minus_one="-1"))
    return item.shape, msg(QT_TRANSLATE_NOOP("explorer", "Axis {axis} ({size} long): an index array of shape "
                                                         "{shape} picks {count} positions."),
                           axis=axis, size=size, shape=item.shape, count=item.size)


def _kept_whole(shape, first: int):
    rest = shape[first:]
    if len(rest) == 1:
        return msg(QT_TRANSLATE_NOOP("explorer", "Axis {axis} ({size} long) is not indexed, so it is kept whole."),
                   axis=first, size=rest[0])
    return msg(QT_TRANSLATE_NOOP("explorer", "Axes {first} to {last} are not indexed, so they are kept whole: "
                                             "{sizes}."), first=first, last=len(shape) - 1, sizes=rest)


def _assemble(pieces: list, index_shapes: list, label: str) -> tuple:
    """NumPy's rule: index arrays broadcast together; their shape goes where they stand when they are
    next to each other, otherwise in front."""
    if not index_shapes:
        return tuple(pieces)
    try:
        broadcast = np.broadcast_shapes(*index_shapes)
    except ValueError:
        raise ExplorerError(msg(QT_TRANSLATE_NOOP(
            "explorer", "The index arrays used on {label} have shapes that cannot be broadcast together."),
            label=label)) from None
    where = [i for i, piece in enumerate(pieces) if piece == "index"]
    others = [piece for piece in pieces if piece != "index"]
    if where == list(range(where[0], where[-1] + 1)):
        return tuple(pieces[:where[0]]) + broadcast + tuple(pieces[where[-1] + 1:])
    return broadcast + tuple(others)
