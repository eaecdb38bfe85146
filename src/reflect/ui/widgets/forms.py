"""What the walkthrough's small forms (a person, an action, a point) share: a labelled input,
and keeping what is typed so that nothing is lost before it is added."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel
from textual import events
from textual.binding import Binding
from textual.widgets import Input

from reflect.model.session import Session


class FormInput(Input):
    """An input whose Enter is handled in order with the keys typed around it.

    Textual's Input submits through a binding, which runs only once the Enter key has bubbled
    up to the App — after keys typed later have already gone into the box. So a point typed,
    Enter, and the next point typed at once (a fast typist, a paste) merged into one point.
    Here Enter calls `on_enter` (set by the form: attributes down) straight from the key
    handler, before the next key is read; without `on_enter` it submits as usual.
    """

    on_enter: Callable[[], None] | None = None

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter" and self.on_enter is not None:
            event.stop()
            event.prevent_default()  # not Input's own key handling, nor its binding
            self.on_enter()
        # Any other key: Input's own `_on_key` runs next (Textual calls each class's in turn).


def field(label: str, value: str = "", **kwargs: object) -> FormInput:
    """An input whose label stays visible (in its border) after you type. Focusing it never
    selects what is there, so typing adds to it rather than replacing it."""
    box = FormInput(value, select_on_focus=False, **kwargs)  # type: ignore[arg-type]
    box.border_title = label
    return box


def is_current(event: Input.Changed) -> bool:
    """False for a Changed message the box has moved on from (its value has changed again
    since, say because Enter added the item): a later message carries the box's value."""
    return event.value == event.input.value


def keep_typed(session: Session, editing: BaseModel | None, name: str, value: str,
               draft_key: str, required: bool = False) -> str | None:
    """Keep text typed into a form field: while an item is being edited it goes straight into
    that item's `name` (a `required` field is never emptied); otherwise it is kept in the
    session's drafts under `draft_key` until the item is added. Returns what changed — "item",
    "draft" — or None."""
    if editing is not None:
        text = value.strip()
        if (text or not required) and getattr(editing, name) != text:
            setattr(editing, name, text)
            return "item"
        return None
    return "draft" if session.set_draft(draft_key, value) else None


class EditsInPlace:
    """For a panel whose form edits one item at a time, in place as it is typed: Esc while
    editing puts the item back as it was and returns the form to adding. (When nothing is being
    edited, Esc goes on to the screen as usual.)

    The panel lists `EDIT_BINDINGS` in its own BINDINGS (Textual reads BINDINGS only from
    widget classes), calls `start_edit(item)`, and implements `_end_editing()` and
    `edit_cancelled()`.
    """

    EDIT_BINDINGS = [Binding("escape", "cancel_edit", "Undo the edit", show=False)]
    editing: BaseModel | None = None
    _before: BaseModel | None = None

    def start_edit(self, item: BaseModel) -> None:
        self.editing = item
        self._before = item.model_copy()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_edit":
            return self.editing is not None
        return True

    def action_cancel_edit(self) -> None:
        item, before = self.editing, self._before
        if item is None or before is None:
            return
        for name in type(item).model_fields:
            if getattr(item, name) != getattr(before, name):
                setattr(item, name, getattr(before, name))
        self._end_editing()
        self.edit_cancelled()

    def _end_editing(self) -> None:
        raise NotImplementedError

    def edit_cancelled(self) -> None:
        """Redraw and report the change: the item is as it was before the edit."""
        raise NotImplementedError
