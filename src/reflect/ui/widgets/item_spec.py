"""What an item form (`ItemForm`, item_form.py) is made of: its fields (`FieldSpec`), and its
look and how editing an item is labelled (`FormSpec`): kept apart from the widget, which had
no room left. No Textual here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

FieldKind = Literal["input", "select", "suggest"]


@dataclass(frozen=True)
class FieldSpec:
    """One field of an item form."""

    name: str
    """The item's attribute this field edits."""
    label: str
    """Shown in the box's border (inputs) or as the prompt (selects)."""
    css_class: str
    """The box's class (tests and the panel find it by this)."""
    kind: FieldKind = "input"
    """A text box, a choice from a list, or a text box that completes from a list."""
    draft_key: str = ""
    """Where text typed into it before the item is added is kept; "" keeps nothing."""
    required: bool = False
    """The item cannot be added without it, and editing never empties it."""
    row: int = 0
    """Fields with the same row sit side by side; the button ends the last row."""
    placeholder: str = ""
    reads: Callable[[str], str] | None = None
    """What the box's text is read as (a due date: "→ Fri 15 Jan 2027"), shown in the box's
    lower border as it is typed; None shows nothing."""
    typed_finds_value: bool = False
    """A select's letters typed choose by a word of the choice's value, not of its label (a
    recommendation: its full words, where the label, cut, leads with its review)."""


def kept_as_typed(noun: str = "") -> Callable[[int], str]:
    """The first box's title while item n is edited, `Editing point 2: kept as typed; Esc
    undoes`: whole at 80 columns ("…; Enter finishes, Esc undoes" was cut, a trial). Enter
    finishes an edit as it adds an item, and the button says Save."""
    named = f"{noun} " if noun else ""
    return lambda n: f"Editing {named}{n}: kept as typed; Esc undoes"


@dataclass(frozen=True)
class FormSpec:
    """What an item form looks like: its fields, its button and how editing is labelled."""

    fields: Sequence[FieldSpec]
    button_class: str
    add_label: str = "Add"
    save_label: str = "Save"
    compact_button: bool = True
    editing_title: Callable[[int], str] = field(default_factory=kept_as_typed)
    """The first box's title while item number n (from 1) is being edited."""
    one_of: tuple[str, ...] = ()
    """Fields that editing never empties all at once (a person keeps a name, a role or an
    agency), as it never empties a required field: emptied, they hold their values from
    before the edit until something is typed."""
