"""What the walkthrough's small forms (a person, an action, a point) share: a labelled input,
and keeping what is typed so that nothing is lost before it is added."""

from __future__ import annotations

from pydantic import BaseModel
from textual.widgets import Input

from reflect.model.session import Session


def field(label: str, value: str = "", **kwargs: object) -> Input:
    """An input whose label stays visible (in its border) after you type. Focusing it never
    selects what is there, so typing adds to it rather than replacing it."""
    box = Input(value, select_on_focus=False, **kwargs)  # type: ignore[arg-type]
    box.border_title = label
    return box


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
