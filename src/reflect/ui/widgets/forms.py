"""What the walkthrough's small forms (a person, an action, a point) share: a labelled input,
and keeping what is typed so that nothing is lost before it is added."""

from __future__ import annotations

from pydantic import BaseModel
from textual.binding import Binding
from textual.widgets import Input

from reflect.model.edits import Change, SessionEdits
from reflect.ui.messages import SessionChanged


def field(label: str, value: str = "", **kwargs: object) -> Input:
    """An input whose label stays visible (in its border) after you type. Focusing it never
    selects what is there, so typing adds to it rather than replacing it."""
    box = Input(value, select_on_focus=False, **kwargs)  # type: ignore[arg-type]
    box.border_title = label
    return box


class EditsInPlace:
    """For a panel whose form edits one item at a time, in place as it is typed: Esc while
    editing puts the item back as it was and returns the form to adding. (When nothing is being
    edited, Esc goes on to the screen as usual.)

    The panel lists `EDIT_BINDINGS` in its own BINDINGS (Textual reads BINDINGS only from
    widget classes), sets `edits`, calls `start_edit(item)`, and implements `edit_item()`,
    `_end_editing()` and `edit_cancelled()`.
    """

    EDIT_BINDINGS = [Binding("escape", "cancel_edit", "Undo the edit", show=False)]
    edits: SessionEdits
    editing: BaseModel | None = None
    _before: dict[str, object] | None = None

    def post_change(self, change: Change | None) -> None:
        if change is not None:
            self.post_message(SessionChanged(change))  # type: ignore[attr-defined]

    def start_edit(self, item: BaseModel) -> None:
        self.editing = item
        self._before = item.model_dump()

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        """Change `item` through SessionEdits."""
        raise NotImplementedError

    def keep_typed(self, name: str, value: str, draft_key: str, required: bool = False
                   ) -> Change | None:
        """Keep text typed into a form field: while an item is being edited it goes straight
        into that item's `name` (a `required` field is never emptied); otherwise it is kept in
        the session's drafts under `draft_key` until the item is added."""
        if self.editing is not None:
            text = value.strip()
            return self.edit_item(self.editing, {name: text}) if text or not required else None
        return self.edits.set_draft(draft_key, value)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_edit":
            return self.editing is not None
        return True

    def action_cancel_edit(self) -> None:
        item, before = self.editing, self._before
        if item is None or before is None:
            return
        change = self.edit_item(item, {k: v for k, v in before.items() if isinstance(v, str)})
        self._end_editing()
        self.edit_cancelled(change)

    def _end_editing(self) -> None:
        raise NotImplementedError

    def edit_cancelled(self, change: Change | None) -> None:
        """Redraw and report the change: the item is as it was before the edit."""
        raise NotImplementedError
