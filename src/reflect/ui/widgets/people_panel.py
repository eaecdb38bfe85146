"""Who is here: the meeting's details and its participants, with attendance ticks.

Changes the session through the `SessionEdits` it is given and posts what changed
(`SessionChanged`); the screen saves. The participant form is an `ItemForm`; adding, saving,
the table's keys and the question before removing someone are `ItemPanel`'s; the checks
before a person typed is kept (a name of more words than a name has, a name listed already)
are `PersonSaving`'s (person_saving.py), its base.
"""

from __future__ import annotations

from pydantic import BaseModel
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Input

from reflect.model import presence
from reflect.model.arrival import arrival_said
from reflect.model.changes import Change, DetailField, PeopleChanged, draft_key
from reflect.model.presence import added_said, away_said, given_said, ticked_said
from reflect.model.session import Participant
from reflect.model.unnamed import emptied_said
from reflect.text import one_line
from reflect.ui.focus_view import brings_into_view
from reflect.ui.laid_out import FollowsWidth
from reflect.ui.messages import SessionChanged
from reflect.ui.removing import being_removed
from reflect.ui.screens import keys_said as said
from reflect.ui.widgets.details_row import DetailsRow
from reflect.ui.widgets.form_input import KeptAsTyped, field
from reflect.ui.widgets.half_name import HalfNameLine
from reflect.ui.widgets.handover_line import HandoverLine
from reflect.ui.widgets.item_form import FieldSpec, FormSpec, ItemForm
from reflect.ui.widgets.line_under import within_pane
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.people_rows import PARTICIPANTS_HINT, columns, person_row
from reflect.ui.widgets.person_saving import PersonSaving
from reflect.ui.widgets.tables import PEOPLE_LINES, Column, RowTable
from reflect.ui.widgets.team_met import KeptTeamBox, TeamMetLine
from reflect.walk.half_name import FACILITATOR

DETAILS: tuple[tuple[DetailField, str], ...] = (
    ("title", "Title"), ("team", "Team or service"), ("facilitator", "Facilitator"))
PERSON_FORM = FormSpec(
    fields=[FieldSpec(name, label, f"person-{name}", draft_key=draft_key("person", name))
            for name, label in (("name", "Name"), ("role", "Role"), ("agency", "Agency"))],
    button_class="person-save", compact_button=False,
    editing_title=lambda n: "Name (editing; Esc undoes)", one_of=("name", "role", "agency"))


class PeoplePanel(PersonSaving, VerticalScroll, FollowsWidth):
    DEFAULT_CSS = """
    PeoplePanel { overflow-y: auto; }
    PeoplePanel .form-row { height: auto; }
    PeoplePanel .form-row Input { width: 1fr; }
    PeoplePanel .form-row Button { height: 3; }
    PeoplePanel RowTable { height: auto; max-height: 16; }
    """
    READ_ONLY = "participants cannot be changed here."
    _columns: list[Column] | None = None  # the columns the table was last filled with
    REMOVED = "{} removed from the list. Ctrl+Z puts them back."
    ADDED = "✓ Added as row {n}: {}"
    """As an action added is said: a latecomer added at 80x24 left the form empty, their row
    out of view and *Selected:* naming someone else, and nothing said it had worked (a
    trial). Their row is highlighted and brought into view with the box (`_row_into_view`)."""
    PUT_BACK = "{} put back on the list (row {n})."
    BINDINGS = [Binding("ctrl+y", "give_to_facilitator", "Give to facilitator", show=False)]

    def compose(self) -> ComposeResult:
        with DetailsRow(classes="form-row details"):  # (each box as wide as it needs)
            for name, label in DETAILS:
                yield field(label, getattr(self.session, name), KeptTeamBox if name == "team"
                            else KeptAsTyped, classes=f"detail-{name}")  # (one Esc: nothing)
        yield TeamMetLine(self.edits, ".detail-team", classes="team-met")  # (typed late)
        yield HandoverLine(classes="handover")
        yield HalfNameLine(self.edits, FACILITATOR, ".detail-facilitator", "the Facilitator box")
        # Those typed as the session began start here: "Space ticks who attended" had a new
        # facilitator press Space on each, and record all three as not here (a trial).
        yield Literal(PARTICIPANTS_HINT, "dim", classes="people-hint")
        yield RowTable(change="Here/not here", wraps=tuple(PEOPLE_LINES), most_lines=PEOPLE_LINES,
                       classes="people-table",
                       empty="Nobody listed yet: type a name (or a role) to add each person.")
        yield Literal("", classes="people-detail")
        yield ItemForm(self.edits, PERSON_FORM, self.edit_item, self.save_person,
                       classes="person-form")
        yield Literal("", "dim", classes="people-count")

    def on_mount(self) -> None:
        if being_removed(self):  # (its parts may never have been mounted)
            return
        self.follow_width()
        (table := self.query_one(RowTable)).line_under = self.query_one(".people-detail")
        table.lines_over = (self.query_one(HandoverLine), self.query_one(".people-hint"))
        self.show_people()

    def fill_to_width(self) -> None:
        self.show_people()

    def make_read_only(self) -> None:
        for widget in self.query(".details Input"):
            widget.disabled = True
        super().make_read_only()

    def show_people(self) -> None:
        self.query_one(HandoverLine).check(self.edits, self.read_only)
        people = self.session.participants
        self._columns = columns(people)
        self.query_one(RowTable).fill(self._columns, [person_row(p) for p in people],
                                      self.size.width or 60)
        self.show_count()
        self.show_detail()

    @on(RowTable.RowHighlighted, ".people-table")
    def show_detail(self) -> None:
        """The line under the table: the highlighted person in full, here or not in words (the
        table cut a role or an agency at 80x24, `Designated saf…`, before its cells wrapped)."""
        table = self.query_one(RowTable)
        people = self.session.participants
        if not 0 <= table.cursor_row < len(people):
            self.query_one(".people-detail", Literal).show("" if people else table.empty, "dim")
            return
        p = people[table.cursor_row]
        parts = [one_line(p.name), f"role: {one_line(p.role)}" if p.role else "",
                 f"agency: {one_line(p.agency)}" if p.agency else "",
                 one_line(presence.presence_said(p))]
        self.query_one(".people-detail", Literal).show(
            "Selected: " + " · ".join(part for part in parts if part), "italic")
        table.line_written()

    def show_count(self) -> None:
        here = sum(p.attended for p in self.session.participants)
        left = sum(p.presence == "left early" for p in self.session.participants)
        total = len(self.session.participants)
        self.query_one(".people-count", Literal).show(
            f"{here} of {total} attended{f' ({left} left early)' if left else ''}." if total else
            "Nobody listed yet: add each person (a role and agency is enough).", "dim")

    # --- details ----------------------------------------------------------------------------

    @on(Input.Changed, ".details Input")
    def _detail_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.read_only:
            return
        name = next(n for n, _ in DETAILS if event.input.has_class(f"detail-{n}"))
        change = self.edits.set_detail(name, event.value)
        if change is not None:
            self.post_message(SessionChanged(change))

    @on(Input.Blurred, ".detail-facilitator")
    def _facilitator_left(self) -> None:
        """Another facilitator took over: what the one before did stays theirs, said; and the
        points kept as typed the name gave the facilitator (model/rename_edits.py)."""
        given = None if self.read_only else self.edits.given_in_run()
        if not self.read_only and self.query_one(HandoverLine).left_box(self.edits):
            self.show_people()
            self.post_message(SessionChanged(PeopleChanged()))
        if given is not None and given[0] not in self.session.participants:  # (theirs)
            self._say(given_said(*given, lead="{} is the facilitator"))

    def action_give_to_facilitator(self) -> None:
        if not self.read_only and self.query_one(HandoverLine).handover is None:
            self.notify(said.GIVE_WHERE)  # (it did nothing and said nothing)
        elif not self.read_only and self.query_one(HandoverLine).give(self.edits):
            self.show_people()
            self.post_message(SessionChanged(PeopleChanged()))

    def back_to_row(self, index: int) -> None:
        """An edit ended: the name it left is remembered for the room (model/handover.py);
        the points kept as typed a new name gave them (rename_edits.py) said."""
        given, emptied = self.edits.given_in_run(), self.edits.emptied_in_run()
        self.edits.end_renaming()
        super().back_to_row(index)
        self._say(given_said(*given, lead="Renamed {}") if given else emptied_said(
            self.items()[index].describe(), *emptied) if emptied and index < len(self.items())
            else "")

    # --- participants (ItemPanel) -----------------------------------------------------------

    def items(self) -> list[Participant]:
        return self.session.participants

    def add_item(self, values: dict[str, str]) -> Change | None:
        added = self.edits.add_participant(**values)
        said = (added_said(self.session, added), arrival_said(added, self.edits.take_moved()))
        self._say_presence(" ".join(x for x in said if x))
        return PeopleChanged()

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        assert isinstance(item, Participant)
        return self.edits.edit_participant(item, **values)

    def change_item(self, item: BaseModel) -> Change | None:
        """Space: here or away (marked here, the points kept as typed for them are theirs)."""
        assert isinstance(item, Participant)
        ticked = ticked_said(self.session, item)  # (before Space gives them the points)
        change = self.edits.toggle_attended(item)
        self._away_gone()
        self._away_said = away_said(self.session, item, "Space again: here.") or " ".join(
            x for x in (ticked, arrival_said(item, self.edits.take_moved())) if x)
        if self._away_said:
            self.notify(self._away_said, markup=False, timeout=8)
        return change

    def put_back_shown(self, item: BaseModel, words: str = "") -> bool:
        self._away_gone()  # ("… is here now, so point 1 …": no longer so, a Space taken back)
        return super().put_back_shown(item, words)

    def remove_item(self, item: BaseModel) -> Change | None:
        assert isinstance(item, Participant)
        return self.edits.remove_participant(item)  # their points stay

    def words(self, item: BaseModel) -> str:
        assert isinstance(item, Participant)
        return item.describe()

    def ask_remove(self, item: BaseModel) -> None:
        self._away_gone()  # (over the question's buttons)
        super().ask_remove(item)

    def remove_question(self, words: str, item: BaseModel) -> str:
        assert isinstance(item, Participant)
        return presence.removal_question(self.session, item, words)

    def show_items(self, index: int | None = None) -> None:
        self.show_people()  # the cursor stays on its row: the form has the focus

    def show_item(self, index: int) -> None:
        person = self.session.participants[index]
        if columns(self.session.participants) != self._columns or \
                not self.query_one(RowTable).update_row(index, person_row(person)):
            self.show_people()
        self.show_count()
        self.show_detail()

    @brings_into_view
    def _row_into_view(self, index: int) -> None:
        """Person `index`'s row highlighted (the line under the table names them) and shown
        with the name box, which keeps the focus, where both fit; else the box. The table is
        above the form here, not below it as `ItemPanel`'s are. With the focus on the table
        (a person put back), its row and the line under it, as ↑↓ show them. The screen's
        focus, not the table's `has_focus`, set only as it handles its Focus or Blur: a busy
        table the focus had just left kept the person added out of view, and their box."""
        if not 0 <= index < len(self.items()) or self._superseded(index) \
                or self._shown_from_table():
            return
        self.highlight(index)
        self.call_after_refresh(self._row_and_box_in_view, index)

    @brings_into_view
    def _row_and_box_in_view(self, index: int) -> None:
        table, box = self.query_one(RowTable), self.form.first
        if self.screen.focused is table or not table.region or not 0 <= index < table.row_count:
            return
        row = table._get_row_region(index)
        gutter = table.content_region.y - table.region.y
        top = within_pane(table, self).y + gutter + row.y - round(table.scroll_y)
        under = within_pane(box, self)
        if under.bottom - top > self.scrollable_content_region.height:
            top = under.y  # (the box, where it can be typed in, first)
        self.scroll_to_region(Region(0, top, 1, under.bottom - top), animate=False, immediate=True)
