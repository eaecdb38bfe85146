"""Who is here: the meeting's details and its participants, with attendance ticks.

Edits the session it is given in place and posts `Edited`; the screen saves.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input

from reflect.model.session import Participant, Session
from reflect.ui.messages import Edited
from reflect.ui.widgets.forms import EditsInPlace, FormInput, field, is_current, keep_typed
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import RowTable

DETAILS = (("title", "Title"), ("team", "Team or service"), ("facilitator", "Facilitator"))
PERSON = (("name", "Name"), ("role", "Role"), ("agency", "Agency"))


class PeoplePanel(EditsInPlace, VerticalScroll):
    BINDINGS = EditsInPlace.EDIT_BINDINGS
    DEFAULT_CSS = """
    PeoplePanel .form-row { height: auto; }
    PeoplePanel .form-row Input { width: 1fr; }
    PeoplePanel .form-row Button { height: 3; }
    PeoplePanel RowTable { height: auto; max-height: 16; }
    """

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
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
                yield field(label, self.session.drafts.get(f"person:{name}", ""),
                            classes=f"person-{name}")
            yield Button("Add", classes="person-save")
        yield Literal("", "dim", classes="people-count")

    def on_mount(self) -> None:
        for box in self.query(".person-form FormInput").results(FormInput):
            box.on_enter = self.save_person  # in order with typing: see FormInput
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
        if self.read_only or not is_current(event):
            return
        name = next(n for n, _ in DETAILS if event.input.has_class(f"detail-{n}"))
        value = event.value.strip()
        if getattr(self.session, name) != value:
            setattr(self.session, name, value)
            self.post_message(Edited("details"))

    # --- participants ----------------------------------------------------------------------

    @on(Input.Changed, ".person-form Input")
    def _typed(self, event: Input.Changed) -> None:
        """Keep what is typed: an edit goes straight into the person, a new person into the
        session's drafts until they are added."""
        if self.read_only or not is_current(event):
            return
        name = next(n for n, _ in PERSON if event.input.has_class(f"person-{n}"))
        changed = keep_typed(self.session, self.editing, name, event.value, f"person:{name}")
        if changed == "item":
            self.show_people()
            self.post_message(Edited("people"))
        elif changed == "draft":
            self.post_message(Edited("draft"))

    @on(Button.Pressed, ".person-save")
    def save_person(self) -> None:
        if self.read_only:
            return
        values = {n: self.query_one(f".person-{n}", Input).value.strip() for n, _ in PERSON}
        if not any(values.values()):
            self.query_one(".person-name", Input).focus()
            return
        if self.editing is not None and self.editing in self.session.participants:
            for name, value in values.items():
                setattr(self.editing, name, value)
        else:
            self.session.add_participant(Participant(**values))
            for name, _ in PERSON:
                self.session.set_draft(f"person:{name}", "")
        self._end_editing()
        self.show_people()
        self.post_message(Edited("people"))

    def _end_editing(self) -> None:
        self.editing = None
        for name, label in PERSON:
            box = self.query_one(f".person-{name}", Input)
            box.value = self.session.drafts.get(f"person:{name}", "")
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
            person.attended = not person.attended
            self.show_people()
            self.post_message(Edited("people"))
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

    def edit_cancelled(self) -> None:
        self.show_people()
        self.post_message(Edited("people"))

    def ask_remove(self, person: Participant) -> None:
        from reflect.ui.screens.confirm import ConfirmScreen

        def remove(yes: bool | None) -> None:
            if yes and person in self.session.participants:
                self.session.participants.remove(person)
                for answer in self.session.answers:  # their points stay, unattributed
                    for point in answer.points:
                        if point.by == person.id:
                            point.by = ""
                self.show_people()
                self.post_message(Edited("people"))

        self.app.push_screen(ConfirmScreen(
            f"Remove {person.describe()} from the list?\n\nPoints they made stay, without "
            "their name. To record that they were not here, press Space instead."), remove)
