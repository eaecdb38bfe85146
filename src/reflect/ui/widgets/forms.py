"""A labelled input for the walkthrough's small forms (the session's details, CPD minutes).
Forms that add and edit items of a list use `item_form.ItemForm`."""

from __future__ import annotations

from textual.widgets import Input


def field(label: str, value: str = "", **kwargs: object) -> Input:
    """An input whose label stays visible (in its border) after you type. Focusing it never
    selects what is there, so typing adds to it rather than replacing it."""
    box = Input(value, select_on_focus=False, **kwargs)  # type: ignore[arg-type]
    box.border_title = label
    return box
