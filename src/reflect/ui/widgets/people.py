"""Who is here: the meeting's details and its participants, with attendance ticks.

Changes the session through the `SessionEdits` it is given and posts what changed
(`SessionChanged`); the screen saves.
"""

from __future__ import annotations

from pydantic import BaseModel
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input

from reflect.model.edits import (
    Change,
    DetailField,
    PeopleChanged,
    PersonField,
    SessionEdits,
    draft_key,
)
from reflect.model.session import Participant
from reflect.ui.widgets.forms import EditsInPlace, field
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import RowTable

DETAILS: tuple[tuple[DetailField, str], ...] = (
    ("title", "Title"), ("team", "Team or service"), ("facilitator", "Facilitator"))
PERSON: tuple[tuple[PersonField, str], ...] = (
    ("name", "Name"), ("role", "Role"), ("agency", "Agency"))


class PeoplePanel(EditsInPlace, VerticalScroll):
    BINDINGS = EditsInPlace.EDIT_BINDINGS
    DEFAULT_CSS = """
    PeoplePanel .form-row { height: auto; }
    PeoplePanel .form-row Input { width: 1fr; }
    PeoplePanel .form-row Button { height: 3; }
    PeoplePanel RowTable { height: auto; max-height: 16; }
    """

    def __init__(self, edits: SessionEdits, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edits = edits
        self.session = edits.session
        self.editing: Participant | None = None
        self.read_only = False

    def compose(self) -> ComposeResult:
        with Horizontal(classes="form-row details"):
            for name, label in DETAILS:
                yield field(label, getattr(self.session, name), classes=f"detail-{name}")
        yield Literal("Participants: Space ticks who attended (✓ here, ✗ not here). Enter "
                      "edits a participant, Delete removes one.", "dim")
        yield RowTable(classes="people-table")
        with Horizontal(classes="form-row person-form"):
            for name, label in PERSON:
                yield field(label, self.session.drafts.get(draft_key("person", name), ""),
                            classes=f"person-{name}")
            yield Button("Add", classes="person-save")
        yield Literal("", "dim", classes="people-count")

    def on_mount(self) -> None:
        self.show_people()

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_people)

    def make_read_only(self) -> None:
        self.read_only = True
        for widget in self.query(".form-row > *"):
            widget.disabled = True

    def show_people(self) -> None:
        rows = [("✓ here" if p.attended else "✗ not here", p.name, p.role, p.agency)
                for p in self.session.participants]
        self.query_one(RowTable).fill(
            [("Attended", -10), ("Name", 3), ("Role", 3), ("Agency", 3)], rows,
            self.size.width or 60)
        here = sum(p.attended for p in self.session.participants)
        total = len(self.session.participants)
        self.query_one(".people-count", Literal).show(
            f"{here} of {total} attended." if total else
            "Nobody listed yet: add each person (a role and agency is enough).", "dim")

    # --- details ----------------------------------------------------------------------------

    @on(Input.Changed, ".details Input")
    def _detail_changed(self, event: Input.Changed) -> None:
        if self.read_only:
            return
        name = next(n for n, _ in DETAILS if event.input.has_class(f"detail-{n}"))
        self.post_change(self.edits.set_detail(name, event.value))

    # --- participants ----------------------------------------------------------------------

    @on(Input.Changed, ".person-form Input")
    def _typed(self, event: Input.Changed) -> None:
        """Keep what is typed: an edit goes straight into the person, a new person into the
        session's drafts until they are added."""
        if self.read_only:
            return
        name = next(n for n, _ in PERSON if event.input.has_class(f"person-{n}"))
        changed = self.keep_typed(name, event.value, draft_key("person", name))
        if changed is not None and self.editing is not None:
            self.show_people()
        self.post_change(changed)

    @on(Input.Submitted, ".person-form Input")
    @on(Button.Pressed, ".person-save")
    def save_person(self) -> None:
        if self.read_only:
            return
        values = {n: self.query_one(f".person-{n}", Input).value.strip() for n, _ in PERSON}
        if not any(values.values()):
            self.query_one(".person-name", Input).focus()
            return
        change: Change | None
        if self.editing is not None and self.editing in self.session.participants:
            change = self.edit_item(self.editing, values)
        else:
            self.edits.add_participant(**values)
            for name, _ in PERSON:
                self.edits.set_draft(draft_key("person", name), "")
            change = PeopleChanged()
        self._end_editing()
        self.show_people()
        self.post_change(change)

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        assert isinstance(item, Participant)
        return self.edits.edit_participant(item, **values)

    def _end_editing(self) -> None:
        self.editing = None
        for name, label in PERSON:
            box = self.query_one(f".person-{name}", Input)
            box.value = self.session.drafts.get(draft_key("person", name), "")
            box.border_title = label
        self.query_one(".person-save", Button).label = "Add"
        self.query_one(".person-name", Input).focus()

    @on(RowTable.RowAction, ".people-table")
    def _row(self, event: RowTable.RowAction) -> None:
        event.stop()
        if self.read_only:
            self.notify("This session is read-only: participants cannot be changed here.",
                        severity="warning")
            return
        person = self.session.participants[event.row]
        if event.action == "change":
            change = self.edits.toggle_attended(person)
            self.show_people()
            self.post_change(change)
        elif event.action == "edit":
            self.start_edit(person)
            for name, label in PERSON:
                box = self.query_one(f".person-{name}", Input)
                box.value = getattr(person, name)
                box.border_title = f"{label} (editing; Esc undoes)" if name == "name" else label
            self.query_one(".person-save", Button).label = "Save"
            self.query_one(".person-name", Input).focus()
        elif event.action == "remove":
            self.ask_remove(person)

    def edit_cancelled(self, change: Change | None) -> None:
        self.show_people()
        self.post_change(change)

    def ask_remove(self, person: Participant) -> None:
        from reflect.ui.screens.confirm import ConfirmScreen

        def remove(yes: bool | None) -> None:
            if yes:
                change = self.edits.remove_participant(person)  # their points stay
                self.show_people()
                self.post_change(change)

        self.app.push_screen(ConfirmScreen(
            f"Remove {person.describe()} from the list?\n\nPoints they made stay, without "
            "their name. To record that they were not here, press Space instead."), remove)
