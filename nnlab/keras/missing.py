"""What Keras has and this chapter's engine does not: one clear error instead of an AttributeError.

A student who types ``layers.Conv2D`` or ``optimizers.Nadam`` from a later chapter should learn
that nnlab deliberately stops at chapter 2, and what it has instead, not meet a bare
``AttributeError: module has no attribute``.
"""

from __future__ import annotations


class NotInThisChapter(NotImplementedError):
    """A Keras feature that nnlab's chapter-2 engine does not have."""


def not_in_this_chapter(what: str, available) -> NotInThisChapter:
    return NotInThisChapter(f"{what} is not part of this chapter's engine: nnlab.keras has "
                            f"{', '.join(available)} (the building blocks of chapter 2).")


def missing_names(module: str, available: list[str]):
    """A module ``__getattr__`` that answers every public name it lacks with ``NotInThisChapter``.

    Private and dunder names still raise AttributeError, so ``hasattr(module, "__path__")``,
    pickling, doctest and IPython's introspection keep working.
    """

    def __getattr__(name: str):
        if name.startswith("_"):
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        raise not_in_this_chapter(f"{module}.{name}", [f"{module}.{n}" for n in available])

    return __getattr__
