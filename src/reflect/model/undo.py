"""Undo for `SessionEdits`: what each change needs to be put back, and the log of them.

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from reflect.model.changes import Change
from reflect.model.session import Point

RemovedKind = Literal["point", "action", "person", "marking", "moved"]


@dataclass(frozen=True, eq=False)
class Removed:
    """An item taken off its list (Delete, then y), as `UndoLog.put_back` puts it back; or,
    `marking`, a person marked here or away (Space on Who is here) whose marking it takes
    back, with all it changed (points given them, an arrival or a leaving moved); or,
    `moved`, a point moved to another question (model/point_move_edits.py), put back on its
    own."""

    kind: RemovedKind
    item: BaseModel
    """The item itself: the same object is put back (find it in its list by identity)."""
    change: Change
    """What putting it back changed (to save, and redraw)."""
    question_id: str = ""
    """A point's question (a point moved: the one it is put back on)."""


@dataclass
class _Undo:
    change: Change
    restore: Callable[[], None]
    merge_key: object = None
    """Repeated changes with the same key (typing into one box) undo together."""
    removed: Removed | None = None
    """The item this change took off its list, for `put_back`."""


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


def taken_out(items: list[Any], item: Any, fill_ids: Callable[[], None] = lambda: None,
              said: Sequence[Point] = ()) -> Callable[[], None]:
    """A function that puts `item`, about to be taken out of `items`, back where it is now
    (or at the end, should the list be shorter by then), the same object; what was added,
    edited or moved in `items` since stays as it is (`keep_items` would put the whole list
    back as it was, and lose a point added after a removal). An id another item has taken
    meanwhile (a person or action added since) is given up for a new one (`fill_ids`), and
    the points in `said`, said by the item (a person), theirs again unless said by someone
    else since."""
    index = next((i for i, x in enumerate(items) if x is item), None)
    index = items.index(item) if index is None else index
    points = list(said)

    def restore() -> None:
        if any(x is item for x in items):
            return
        items.insert(min(index, len(items)), item)
        if not isinstance(item, Point) and any(x is not item and x.id == item.id
                                                for x in items):
            item.id = ""
            fill_ids()
        for point in points:
            if not point.by:
                point.by = item.id

    return restore


def edit_key(item: object, changed: Mapping[str, object]) -> object:
    """What an edit of `item` changing the fields `changed` is undone with: repeated, as each
    letter typed into one of its boxes is, they are one change to undo."""
    return (id(item), tuple(sorted(changed)))


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

    @property
    def can_put_back(self) -> bool:
        return any(self._can_put_back(i) for i in range(len(self._undo)))

    def put_back(self) -> Removed | None:
        """Put back the newest item removed, however many changes were made after it (Ctrl+Z
        in a session: a point, action or person removed by a wrong y); None when none is
        left to put back. Changes made since stay: its restore puts the one item back. A
        marking (Space on Who is here) is taken back first while it is the newest change:
        a Space pressed by mistake gave someone a point and moved when they arrived, and
        Ctrl+Z put back nothing (a team lead's trial); Space again marked them left early."""
        for i in range(len(self._undo) - 1, -1, -1):
            removed = self._undo[i].removed
            if removed is not None and self._can_put_back(i):
                self._undo.pop(i).restore()
                return removed
        return None

    def _can_put_back(self, i: int) -> bool:
        """Whether `put_back` can take back change `i`: an item removed, or a marking while it
        is the newest change (its restore puts the people and points back whole, as they were,
        so would put back what was changed since)."""
        removed = self._undo[i].removed
        return removed is not None and (removed.kind != "marking" or i == len(self._undo) - 1)

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
                merge_key: object = None, removed: Removed | None = None) -> Change:
        top = self._undo[-1] if self._undo else None
        if merge_key is None or top is None or top.merge_key != merge_key:
            self._undo.append(_Undo(change, restore, merge_key, removed))
            del self._undo[:-self.UNDO_LIMIT]
        return change

    def _continues(self, merge_key: object) -> bool:
        """Whether a change keyed `merge_key` would be undone with the last one (typing on into
        the same box)."""
        return merge_key is not None and bool(self._undo) and self._undo[-1].merge_key == merge_key

    def _edit_item(self, item: BaseModel, values: Mapping[str, object], change: Change,
                   keep: Callable[[dict[str, object]], Callable[[], None]],
                   then: Callable[[dict[str, object]], None] = lambda changed: None
                   ) -> Change | None:
        """Set on `item` the `values` that differ from its own (None when none do), as one
        change to undo, a run of typing into one of its boxes undone together (`edit_key`).
        `keep(changed)` says how to put back all the edit changes (the item's list, say);
        `then(changed)` makes what follows from it (a person renamed: what named them)."""
        changed = {k: v for k, v in values.items() if getattr(item, k) != v}
        if not changed:
            return None
        restore = keep(changed)
        for name, value in changed.items():
            setattr(item, name, value)
        then(changed)
        return self._record(change, restore, merge_key=edit_key(item, changed))

    def _set(self, obj: BaseModel, name: str, value: object, change: Change,
             merge_key: object = None, also: Mapping[str, object] | None = None
             ) -> Change | None:
        """Set `obj`'s field `name` to `value` (None where it holds it already), and with it
        the fields in `also` (the box typed in last: `Answer.last_typed`), undone together."""
        if getattr(obj, name) == value:
            return None
        values = {name: value, **(also or {})}
        before = {field: getattr(obj, field) for field in values}
        for field, new in values.items():
            setattr(obj, field, new)

        def restore() -> None:
            for field, old in before.items():
                setattr(obj, field, old)

        return self._record(change, restore, merge_key)
