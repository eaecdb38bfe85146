"""ItemForm: the one form for adding and editing an item of a list (a person, a point, an
action), configured with its fields (`FieldSpec`, `FormSpec`: item_spec.py), its boxes laid
out and given their choices by its base, `ItemBoxes` (item_boxes.py).

What it owns, the same for every kind of item:
- text typed but not yet added is kept in the session's drafts (through `SessionEdits`), so
  it is saved like an answer and comes back when the session is opened again;
- editing in place: `edit(item)` fills the form from an item, and what is typed goes straight
  into that item (a required field is never emptied);
- Esc while editing puts the item back as it was and returns the form to adding;
- Enter in a box, or the button, submits: the form hands `ItemForm.Submitted` (the values and
  the item being edited, None when adding) to the panel's `on_submit`, which adds or saves it
  before the next key typed is read.

How the change is made is the panel's: it passes `edit_item`, a function that changes an item
through `SessionEdits` and returns what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Button, Input

from reflect.model.changes import Change
from reflect.model.edits import SessionEdits
from reflect.ui.messages import SessionChanged
from reflect.ui.widgets.form_input import is_current, open_for_editing
from reflect.ui.widgets.item_boxes import ItemBoxes, on_one_line
from reflect.ui.widgets.item_spec import FieldSpec as FieldSpec
from reflect.ui.widgets.item_spec import FormSpec as FormSpec
from reflect.ui.widgets.item_spec import kept_as_typed as kept_as_typed
from reflect.ui.widgets.literal import literal_title
from reflect.ui.widgets.type_ahead import TypeAheadSelect


class ItemForm(ItemBoxes):
    BINDINGS = [Binding("escape", "cancel_edit", "Undo the edit", show=False)]
    editing: var[BaseModel | None] = var(None)
    """The item being edited in the form, or None when the form adds a new one (watched by a
    panel whose hint says what Enter does: `ActionsPanel`)."""
    DEFAULT_CSS = """
    ItemForm { height: auto; }
    ItemForm .form-row { height: auto; }
    ItemForm .form-row Input { width: 1fr; }
    ItemForm .form-row Select { width: 1fr; }
    ItemForm .form-row Button { margin-left: 1; }
    """

    @dataclass(frozen=True)
    class Submitted:
        """Enter or the button: add `values` as a new item, or save them into `editing`.
        Handed straight to the panel's `on_submit`, not posted: the panel adds the item and
        empties the form before the next key typed is read (a message would be handled only
        after keys typed later had already gone into the box)."""

        form: ItemForm
        values: dict[str, str]
        editing: BaseModel | None

    @dataclass
    class EditChanged(Message):
        """The item being edited was changed in place (typing, or Esc putting it back)."""

        form: ItemForm
        item: BaseModel

        @property
        def control(self) -> ItemForm:
            return self.form

    @dataclass
    class EditCancelled(Message):
        """Esc ended editing `item`, put back as it was: its list takes the focus back, on its
        row (in the form's first box, a second Enter and a retyped field added a new person
        where one meant to edit again: a trial)."""

        form: ItemForm
        item: BaseModel

        @property
        def control(self) -> ItemForm:
            return self.form

    def __init__(self, edits: SessionEdits, spec: FormSpec,
                 edit_item: Callable[[BaseModel, dict[str, str]], Change | None],
                 on_submit: Callable[[ItemForm.Submitted], None],
                 **kwargs: object) -> None:
        super().__init__(edits, spec, **kwargs)
        self.edit_item = edit_item
        self.on_submit = on_submit
        """The panel's: adds the submitted item, or saves the one being edited."""
        self._before: dict[str, object] = {}
        self.read_only = False
        self.keeps_drafts = True
        """Whether what is typed for a new item is kept in the drafts (the session file): not
        while the box holds a point from the room being edited (`PointsEditor`)."""

    # --- attributes down (the boxes' own: ItemBoxes) ----------------------------------------

    def make_read_only(self) -> None:
        self.read_only = True
        for widget in self.query("Input, Select, Button"):
            widget.disabled = True
        self._shown_if_held()

    def _shown_if_held(self) -> None:
        """Read-only, shown only while it holds a draft (which a viewer should see): empty, it
        asked to "Type a point …, Enter" where nothing can be typed (stop 56's trial)."""
        if self.read_only:
            self.display = any(self._draft(f) for f in self.spec.fields if f.draft_key)

    # --- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        out = {}
        for spec in self.spec.fields:
            if spec.kind == "select":
                value = self.choice(spec.name).value
                out[spec.name] = value if isinstance(value, str) else ""
            else:
                out[spec.name] = self.box(spec.name).value.strip()
        return out

    def emptied(self) -> bool:
        """True when every one of the `one_of` fields is empty in the form."""
        values = self.values()
        return bool(self.spec.one_of) and not any(values[name] for name in self.spec.one_of)

    def edit(self, item: BaseModel, number: int, choices_hold: Callable[[str, str], bool]
             = lambda name, value: True) -> None:
        """Fill the form from `item` (number `number` in its list) and edit it in place.
        `choices_hold(name, value)` says whether a select can show the item's value."""
        self.editing = item
        self._before = item.model_dump()
        self.say(None)
        for spec in self.spec.fields:
            value = str(getattr(item, spec.name))
            if spec.kind == "select":
                select = self.choice(spec.name)
                if value and choices_hold(spec.name, value):
                    select.value = value
                else:
                    select.clear()
            else:
                value = on_one_line(value)  # (a room point saved before they came on)
                box = self.box(spec.name)
                box.value = value
                open_for_editing(box, to_be_focused=box is self.first)
        self.first.border_title = literal_title(self.spec.editing_title(number))
        self._button_says(self.spec.save_label)
        self.screen.set_focus(self.first)

    @property
    def before(self) -> dict[str, object]:
        """The item being edited as it was when opened (what Esc puts back); {} while adding."""
        return dict(self._before) if self.editing is not None else {}

    def say(self, words: Text | None) -> None:
        """`words` under the first box (an item just added), until something is typed
        there or an item is opened for editing."""
        self.first.border_subtitle = words

    def end_editing(self) -> None:
        """Back to adding: the form shows anything that was being typed for a new item."""
        self.editing = None
        for spec in self.spec.fields:
            if spec.kind == "select":
                self.choice(spec.name).clear()
            else:
                self.box(spec.name).value = self._draft(spec)
        self.first.border_title = self.spec.fields[0].label
        self._button_says(self.spec.add_label)

    def show_drafts(self) -> None:
        """While adding, each box shows its draft as the session holds it now, changed since
        it was shown: an owner, or a point's "@…", renamed with the person they name on *Who
        is here* (model/rename_edits.py). Typing carries on at its end."""
        if self.editing is not None or not self.keeps_drafts:
            return
        for spec in (f for f in self.spec.fields if f.draft_key):
            box, draft = self.box(spec.name), self._draft(spec)
            if box.value != draft:
                box.value = draft
                box.cursor_position = len(draft)
        self._shown_if_held()

    def show_editing(self) -> None:
        """While editing, each box shows its item's field as the session holds it now, changed
        elsewhere since it was shown: an action's owner, renamed with the person it names on
        *Who is here* while the action was open here (model/rename_edits.py). What Esc puts
        back follows too, where this edit had not changed it. The box kept the old name, and
        Enter, or Esc, wrote it back over the new (a trial). Typing carries on at its end."""
        item = self.editing
        if item is None:
            return
        for spec in (f for f in self.spec.fields if f.kind != "select"):
            box, now = self.box(spec.name), str(getattr(item, spec.name))
            shown = box.value.strip()
            if not shown or shown == now.strip():  # (emptied here: the item holds its own)
                continue
            if str(self._before.get(spec.name, "")).strip() == shown:
                self._before[spec.name] = now
            box.value = now
            box.cursor_position = len(now)

    def _button_says(self, label: str) -> None:
        """The button's word, and the footer's for Enter on a box that chose (`adds`)."""
        self.query_one(f".{self.spec.button_class}", Button).label = label
        for select in self.query(TypeAheadSelect):
            select.adds = label

    def clear_drafts(self) -> None:
        """The new item was added: what was typed for it is no longer a draft."""
        for spec in self.spec.fields:
            if spec.draft_key:
                self.edits.set_draft(spec.draft_key, "")

    # --- typing, submitting, undoing -----------------------------------------------------------

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        """Keep what is typed: an edit goes straight into its item, a new item's text into
        the session's drafts until it is added."""
        spec = next((f for f in self.spec.fields if event.input.has_class(f.css_class)), None)
        if spec is None:
            return
        if spec.reads is not None:
            event.input.border_subtitle = literal_title(spec.reads(event.input.value))
        elif event.input is self.first and event.value and event.input.border_subtitle:
            event.input.border_subtitle = None  # what `say` said is done with
        if self.read_only or not is_current(event):
            return
        if self.editing is not None:
            text = event.value.strip()
            values = {spec.name: text}
            if not text and (spec.required or self.emptied()):
                # Never emptied: while the box (or every one of `one_of`) is empty, the item
                # holds what it had before this edit, as Esc would put back. (It kept the
                # last letter left: a person blanked, then Ctrl+Q, was saved as "S".)
                names = self.spec.one_of if self.emptied() else (spec.name,)
                values = {name: str(self._before.get(name, "")) for name in names}
            change = self.edit_item(self.editing, values)
            if change is not None:
                self.post_message(self.EditChanged(self, self.editing))
        elif spec.draft_key and self.keeps_drafts:
            change = self.edits.set_draft(spec.draft_key, event.value)
        else:
            return
        if change is not None:
            self.post_message(SessionChanged(change))

    @on(TypeAheadSelect.Picked)
    def _picked(self, event: TypeAheadSelect.Picked) -> None:
        """Who said it (or the recommendation) chosen in its list: the box keeps the focus,
        where Enter adds the item (`TypeAheadSelect.Confirmed`) and Tab goes on to the
        button, as after letters that chose. (The focus went back to the first box, and Tab
        meant for Save came back here: Enter opened the list again, a trial.)"""
        event.stop()

    @on(TypeAheadSelect.Confirmed)
    def _confirmed(self, event: TypeAheadSelect.Confirmed) -> None:
        event.stop()
        if self.first.value.strip() or self.editing is not None:
            self.submit()
        else:  # nothing to add yet: Enter opens the list, as Space and ↓ do
            event.select.action_show_overlay()

    @on(Button.Pressed)
    def submit(self) -> None:
        if not self.read_only:
            self.on_submit(self.Submitted(self, self.values(), self.editing))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_edit":
            return self.editing is not None
        return True

    def action_cancel_edit(self) -> None:
        item = self.editing
        if item is None:
            return
        names = {f.name for f in self.spec.fields}
        change = self.edit_item(item, {k: v for k, v in self._before.items()
                                       if k in names and isinstance(v, str)})
        self.end_editing()
        self.screen.set_focus(self.first)  # until its list takes it (EditCancelled)
        if change is not None:
            self.post_message(self.EditChanged(self, item))
            self.post_message(SessionChanged(change))
        self.post_message(self.EditCancelled(self, item))


def in_item_form(box: Widget) -> bool:
    """A box of a new point, action or person (added by Enter), not one saved as it is typed."""
    return any(isinstance(node, ItemForm) for node in box.ancestors)
