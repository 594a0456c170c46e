"""The explorer's named tensors, where each one comes from, and the originals a student's tensor hides.

A student may reuse any name: ``train_images = train_images.reshape((60000, 28 * 28))`` is the
lecture's own line. Their tensor then *shadows* the data set's: the original is kept aside, shown
as hidden, and comes back when the student's tensor is removed or the student restores it. So the
data set, the model's weights and the lecture's examples can never be lost from the explorer.
"""

from __future__ import annotations

import numpy as np

USER = "user"


def read_only(array) -> np.ndarray:
    """A view nobody can write through, so the explorer never changes the session's data or weights."""
    view = np.asarray(array).view()
    view.flags.writeable = False
    return view


class Workspace:
    """``arrays`` (name -> read-only array), ``categories`` (name -> where it came from: "user",
    "data", "model", "lecture" or "real"), ``summaries`` (name -> summary, filled in later) and
    ``hidden`` (name -> (array, category) of an original that the student's tensor of the same name
    shadows). The dicts are updated in place."""

    def __init__(self):
        self.arrays: dict = {}
        self.categories: dict = {}
        self.summaries: dict = {}
        self.hidden: dict = {}

    def provide(self, name: str, array, category: str) -> None:
        """A tensor from a source (the data set, the model, the lecture); kept aside if the student's
        own tensor has that name."""
        if self.categories.get(name) == USER:
            self.hidden[name] = (read_only(array), category)
        else:
            self._put(name, array, category)

    def assign(self, name: str, array, summary=None) -> None:
        """The student's ``name = ...``: an original of that name is kept aside, not replaced."""
        category = self.categories.get(name)
        if category is not None and category != USER:
            self.hidden[name] = (self.arrays[name], category)
        self._put(name, array, USER, summary)

    def remove(self, name: str) -> None:
        """Remove a tensor; if it shadowed an original, the original comes back."""
        for table in (self.arrays, self.categories, self.summaries):
            table.pop(name, None)
        if name in self.hidden:
            self._put(name, *self.hidden.pop(name))

    def restore(self, name: str) -> None:
        """Bring back the original ``name`` the student's tensor hides (the student's tensor goes)."""
        if name in self.hidden:
            self.remove(name)

    def withdraw(self, category: str) -> None:
        """Remove every tensor from ``category`` (a model's weights when another model arrives)."""
        for name in [name for name, kind in self.categories.items() if kind == category]:
            self.remove(name)
        for name in [name for name, (_, kind) in self.hidden.items() if kind == category]:
            del self.hidden[name]

    def user_bytes(self, without: str | None = None) -> int:
        """Memory the student's own tensors take (leaving out ``without``, about to be replaced)."""
        return sum(self.arrays[name].nbytes for name, kind in self.categories.items()
                   if kind == USER and name != without)

    def _put(self, name: str, array, category: str, summary=None) -> None:
        self.arrays[name] = read_only(array)
        self.categories[name] = category
        self.summaries.pop(name, None)
        if summary is not None:
            self.summaries[name] = summary
