"""Undo for `SessionEdits`: what each change needs to be put back, and the log of them.

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from reflect.model.changes import Change


@dataclass
class _Undo:
    change: Change
    restore: Callable[[], None]
    merge_key: object = None
    """Repeated changes with the same key (typing into one box) undo together."""


def keep_items(items: list[BaseModel]) -> Callable[[], None]:
    """A function that puts `items` back as they are now: the same objects, in this order,
    with these values (objects held elsewhere, by a form editing one, stay valid)."""
    kept = [(item, item.model_dump()) for item in items]

    def restore() -> None:
        items[:] = [item for item, _ in kept]
        for item, values in kept:
            for name, value in values.items():
                if getattr(item, name) != value:
                    setattr(item, name, value)

    return restore


def keep_lists(*lists: list[Any]) -> Callable[[], None]:
    """`keep_items` for several lists, put back together (a person taken off the list, and
    the points they made, in every answer)."""
    restores = [keep_items(items) for items in lists]

    def restore() -> None:
        for each in restores:
            each()

    return restore


class UndoLog:
    """The changes made so far, newest last, each with how to put it back."""

    UNDO_LIMIT = 200

    def __init__(self) -> None:
        self._undo: list[_Undo] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> Change | None:
        """Put back what the last change (or run of typing into one box) changed."""
        if not self._undo:
            return None
        last = self._undo.pop()
        last.restore()
        return last.change

    def take_back(self, change: Change) -> Change | None:
        """Put back the newest `change` however many were made after it, for a change that
        touches nothing those could have (`SessionEdits.keep_under_new_wording`: a question's
        words, never its answer's text); None when there is none to put back."""
        for i in range(len(self._undo) - 1, -1, -1):
            if self._undo[i].change == change:
                self._undo.pop(i).restore()
                return change
        return None

    def _record(self, change: Change, restore: Callable[[], None],
                merge_key: object = None) -> Change:
        top = self._undo[-1] if self._undo else None
        if merge_key is None or top is None or top.merge_key != merge_key:
            self._undo.append(_Undo(change, restore, merge_key))
            del self._undo[:-self.UNDO_LIMIT]
        return change

    def _set(self, obj: BaseModel, name: str, value: object, change: Change,
             merge_key: object = None) -> Change | None:
        before = getattr(obj, name)
        if before == value:
            return None
        setattr(obj, name, value)
        return self._record(change, lambda: setattr(obj, name, before), merge_key)
