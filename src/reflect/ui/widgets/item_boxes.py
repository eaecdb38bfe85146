"""The boxes of an item form (`ItemBoxes`, the base of `ItemForm`): laid out from its fields
(`FormSpec`: item_spec.py), a row of them at a time with the button after the last; a box
found by its field's name; a new item's box showing its draft on one line (`on_one_line`);
and what the panel gives them (attributes down): a select's choices, kept until it is
mounted, and the names a box completes."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Button, Input, Select

from reflect.model.edits import SessionEdits
from reflect.text import one_line
from reflect.ui.widgets.form_input import FormInput
from reflect.ui.widgets.item_spec import FieldSpec, FormSpec
from reflect.ui.widgets.literal import literal_title
from reflect.ui.widgets.name_suggester import NameSuggester
from reflect.ui.widgets.type_ahead import TypeAheadSelect


def on_one_line(text: str) -> str:
    """`text` as a box of one line shows it: where it holds a line break (a session file
    written or edited elsewhere, a point from the room kept before the room sent one line),
    its lines joined by a space (`one_line`), else as it is, every space typed kept. A box
    drew a line break as it was, the rest of the line over the step list beside it, and kept
    it in what was added (a CR LF in a kept point's words: a helper's trial)."""
    return one_line(text) if "\n" in text or "\r" in text else text

class ItemBoxes(Vertical):
    """An item form's boxes: `ItemForm` says what typing in them and submitting them does."""

    def __init__(self, edits: SessionEdits, spec: FormSpec, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edits = edits
        self.spec = spec
        self._pending_choices: dict[str, list[tuple[str, str]]] = {}
        """Choices given before the select boxes were mounted (see `set_choices`)."""
        self._choices_set: dict[str, list[tuple[str, str]]] = {}  # (those set: the same not again)

    def submit(self) -> None:
        """Enter in a box (`ItemForm`'s)."""
        raise NotImplementedError

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        rows = sorted({f.row for f in self.spec.fields})
        for row in rows:
            fields = [f for f in self.spec.fields if f.row == row]
            boxes: list[Widget] = [self._box(f) for f in fields]
            if row == rows[-1]:
                boxes.append(Button(self.spec.add_label, classes=self.spec.button_class,
                                    compact=self.spec.compact_button))
            if len(boxes) == 1:
                yield boxes[0]
            else:
                with Horizontal(classes="form-row"):
                    yield from boxes

    def _box(self, spec: FieldSpec) -> FormInput | Select[str]:
        if spec.kind == "select":
            return TypeAheadSelect(spec.label, spec.css_class, spec.typed_finds_value)
        # Focusing never selects what is there: typing must never replace a kept draft.
        box = FormInput(self._draft(spec), placeholder=spec.placeholder, classes=spec.css_class,
                        select_on_focus=False)
        box.border_title = spec.label
        if spec.reads is not None:
            box.border_subtitle = literal_title(spec.reads(box.value))
        box.on_enter = self.submit  # in order with the keys typed around it: see FormInput
        return box

    def _draft(self, spec: FieldSpec) -> str:
        """What its box shows of the text kept for a new item: on one line (`on_one_line`)."""
        return on_one_line(self.edits.session.drafts.get(spec.draft_key, "")
                           if spec.draft_key else "")

    def box(self, name: str) -> Input:
        spec = self._spec(name)
        return self.query_one(f".{spec.css_class}", Input)

    def has_box(self, name: str) -> bool:
        """Whether the form has a text box for the item's field `name`."""
        return any(f.name == name and f.kind != "select" for f in self.spec.fields)

    def choice(self, name: str) -> Select[str]:
        return self.query_one(f".{self._spec(name).css_class}", Select)

    def _spec(self, name: str) -> FieldSpec:
        return next(f for f in self.spec.fields if f.name == name)

    @property
    def first(self) -> Input:
        return self.box(self.spec.fields[0].name)

    def on_mount(self) -> None:
        for name, choices in self._pending_choices.items():
            self.call_after_refresh(self.set_choices, name, choices)
        self._pending_choices = {}

    # --- attributes down -------------------------------------------------------------------

    def set_choices(self, name: str, choices: Sequence[tuple[str, str]]) -> None:
        """The options of a select field as (label, value); a chosen value still offered
        stays chosen. Before the form's own boxes are mounted (a pane shown as it is built),
        the choices are kept and given to the box when it is."""
        if self._choices_set.get(name) == list(choices):  # the same again (each time a
            return  # question is shown): its list not refilled, some 0.4 ms of a PgDn
        select = self.query_one_optional(f".{self._spec(name).css_class}", Select)
        if select is None:
            self._pending_choices[name] = list(choices)
            return
        value = select.value
        try:
            select.set_options([(Text(label), v) for label, v in choices])
        except NoMatches:  # its list already taken down: the app ending (Ctrl+Q) as a pane was
            return  # built, whose mounting came after (it crashed the app on its way out)
        self._choices_set[name] = list(choices)
        if isinstance(value, str) and any(v == value for _, v in choices):
            select.value = value

    def set_suggestions(self, name: str, words: Sequence[str]) -> None:
        """What a suggest field completes from (→ accepts)."""
        self.box(name).suggester = NameSuggester(words)
