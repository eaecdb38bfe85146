"""Last time's actions: the team's open actions from earlier sessions, to update first.

Space moves the highlighted action's status on; the boxes under the table take a progress
note and a new due date for it (read as a date as it is typed, like an action's), and its
owner (one agreed with none is given one here); Enter on an action's row goes to its note,
from the note to the due box and from there, or from the owner's, back to the row; Delete
says where an action is removed (`CarriedTable`); what is said of the highlighted action is
`CarriedSaid`'s (carried_said.py), its base. Each change goes through
`SessionEdits`; the screen saves it here and writes it back to the earlier session
(`SessionChanged` with a `CarriedChanged`).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input

from reflect.model.due import day_cell, due_cell
from reflect.model.due_hints import read_as
from reflect.model.owners import NO_OWNER_YET, owner_meant, owner_names
from reflect.model.session import CarriedAction
from reflect.text import one_line
from reflect.ui.laid_out import FollowsWidth
from reflect.ui.messages import Refused, SessionChanged
from reflect.ui.removing import being_removed
from reflect.ui.widgets.carried_said import COLUMNS, CarriedSaid
from reflect.ui.widgets.carried_table import CarriedTable
from reflect.ui.widgets.cell_fit import Cell
from reflect.ui.widgets.due_hint import DueHint
from reflect.ui.widgets.form_input import FormInput, field, is_current
from reflect.ui.widgets.literal import TITLE_EDGES, Literal, literal_title
from reflect.ui.widgets.name_suggester import NameSuggester
from reflect.ui.widgets.tables import RowTable, status_cell
from reflect.wrapping import cut_at_a_word

READ_ONLY = "last time's actions cannot be changed here."
"""Said of Space on an action's row in a session open read-only (`Refused`)."""


def note_title(action: str, room: int) -> str:
    """The progress note box's title for `action` in `room` columns: "Progress note on: "
    and the action's words cut at a word with "…" (30 at most), else "Note on: " with
    them where that leaves too few to name it (ten), else "Progress note" (no action, or
    the box not laid out yet: its room unknown, the words cut at 30)."""
    if not action:
        return "Progress note"
    shorter = "Note on: "
    for label in ("Progress note on: ", shorter):
        if room <= 0 or room - len(label) >= min(10, len(one_line(action))):
            return label + cut_at_a_word(action, min(30, room - len(label)) if room > 0 else 30)
    return shorter + cut_at_a_word(action, max(room - len(shorter), 2))


class CarriedPanel(CarriedSaid, FollowsWidth):
    DEFAULT_CSS = """
    CarriedPanel { height: auto; }
    CarriedPanel RowTable { height: auto; max-height: 14; }
    CarriedPanel .form-row { height: auto; }
    CarriedPanel .carried-note { width: 1fr; }
    CarriedPanel .carried-due { width: 1fr; }
    CarriedPanel .carried-owner { width: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Literal("Open actions this team agreed in earlier sessions. Go through them "
                      "first: Space moves an action's status on (○ open → ◐ in progress → "
                      "✓ done → ⊘ dropped: no longer needed, why in its note); the boxes "
                      "below take where it got to, a new due date and its owner. "
                      "Changes are saved here and in the earlier session.", "dim",
                      classes="carried-hint")
        unwritten = Literal("", "bold", classes="carried-unwritten")
        unwritten.display = False
        yield unwritten
        above = Literal("", "dim", classes="carried-above")  # (rows held out of view above)
        above.display = False
        yield above
        yield CarriedTable(classes="carried-table")  # (Space, and Enter to the note)
        yield Literal("", classes="carried-detail")
        with Horizontal(classes="form-row"):
            yield field("Progress note", classes="carried-note")
            yield field("New due date", classes="carried-due")
        yield DueHint()
        yield field("Owner", classes="carried-owner", placeholder=NO_OWNER_YET)
        more = Literal("", "italic", classes="carried-more")
        more.display = False
        yield more

    _boxes_for: CarriedAction | None = None
    """The action whose note and new due date the boxes show."""

    def on_mount(self) -> None:
        if being_removed(self):  # (its parts may never have been mounted)
            return
        self.follow_width()
        self.query_one(".carried-note", FormInput).on_enter = self._to_due_box
        self.query_one(".carried-due", FormInput).on_enter = self._to_table
        self.query_one(".carried-owner", FormInput).on_enter = self._owner_to_table
        self.query_one(RowTable).line_under = self.query_one(".carried-detail")
        self.query_one(RowTable).above = self.query_one(".carried-above")
        self.show_carried()

    def _to_due_box(self) -> None:
        self._move(".carried-note", self.query_one(".carried-due", FormInput))

    def _to_table(self) -> None:
        """Enter in the due box: back to the action's row, for the next (↓) or Esc to leave.
        It went on to the next box on the screen, the step list (wrapping round), whose Esc
        only came back to the step: the first Esc after a new due date seemed to do nothing,
        and the second left (a trial)."""
        self._move(".carried-due", self.query_one(RowTable))

    def _owner_to_table(self) -> None:
        """Enter in the owner's box: back to the action's row, as from the due box; letters
        starting one name listed are theirs, as Tab and *What to do now* take it (`owner_meant`):
        the box showed "Hana Invented", the action was owned by "Ha" (a fresh-eyes trial)."""
        box = self.query_one(".carried-owner", FormInput)
        typed = box.value
        if not self.read_only and (meant := owner_meant(self.session, typed)):
            box.value = meant  # (`_typed` gives it the action, as each letter typed did)
            self.notify(f"Owner “{one_line(typed, 40)}” is {meant}, as listed.",
                        markup=False)
        self._move(".carried-owner", self.query_one(RowTable))

    def _move(self, box: str, to: Widget) -> None:
        """The focus from `box` on `to`, and the keys typed after Enter with it. The table
        scrolls itself, with the Selected line (`RowTable.show_line_under`): Textual's own
        scroll to it, centred once drawn, came after that under load and cut the line."""
        self.query_one(box, FormInput).moved_to = to
        self.screen.set_focus(to, scroll_visible=not isinstance(to, RowTable))

    def make_read_only(self) -> None:
        self.read_only = True
        for box in self.query(".carried-note, .carried-due, .carried-owner").results(Input):
            box.disabled = True
        self.query_one(".carried-hint", Literal).show(
            "Open actions this team agreed in earlier sessions, as this session noted them: "
            "○ open, ◐ in progress, ✓ done, ⊘ dropped.", "dim")  # (not the keys: they do nothing)
        table = self.query_one(RowTable)
        table.refused = READ_ONLY
        table.refresh_bindings()

    def width_changed(self) -> None:
        self._title_note(self.highlighted)  # (the room its border leaves changed)
        super().width_changed()

    def fill_to_width(self) -> None:
        self.show_carried()

    def _cells(self, c: CarriedAction) -> list[Cell]:
        """A row: the due date the action keeps (`CarriedAction.due_here`): the new one set
        here, unless its words name no date (`32/13`: its Selected line says so), marked gone by
        as every notes format says overdue (`CarriedAction.overdue`). It showed `? 32/13`,
        unmarked, while the notes said the date kept there was overdue (a trial)."""
        today = self.edits.today()
        due = due_cell(*c.due_here(), c.overdue(today), today)
        held = day_cell(c.session_held, today) if c.session_held is not None else ()
        return [status_cell(c.status), c.text, c.owner, due, (c.session_label, *held)]

    def show_carried(self) -> None:
        """Draw the table: only the cells that changed while it has the same rows at the same
        width (drawn again after each write-back, it was filled afresh, every row cleared)."""
        table = self.query_one(RowTable)
        rows = [self._cells(c) for c in self.session.carried]
        width = self.size.width or 60
        if not (table.fits(width) and table.row_count == len(rows)
                and all(table.update_row(n, cells) for n, cells in enumerate(rows))):
            table.fill(COLUMNS, rows, width)
        owners = owner_names(self.session)  # (→ takes the name one's letters start)
        self.query_one(".carried-owner", Input).suggester = NameSuggester(owners)
        self.show_detail()

    @on(RowTable.RowHighlighted, ".carried-table")
    def show_detail(self) -> None:
        c = self.highlighted
        self._fill_boxes(c)
        self._say_selected(c)

    def _read_as(self, words: str) -> str:
        """What the new due date's words were read as, for its box's border ("past" against
        the day the edits read the words from); under it, for `next Friday` read as this
        coming one, how to name the one a week later (`DueHint`)."""
        day, today = self.edits.read_due(words), self.edits.today()
        self.query_one(DueHint).say(words, day, today)
        return read_as(words, day, today)

    def _fill_boxes(self, c: CarriedAction | None) -> None:
        """Show the highlighted action's note, new due date and owner in the boxes."""
        note = self.query_one(".carried-note", Input)
        due = self.query_one(".carried-due", Input)
        owner = self.query_one(".carried-owner", Input)
        if c is None or c is not self._boxes_for:  # the same action again (the table
            # redrawn after a status change) leaves what is being typed in the boxes alone
            for box, value in ((note, c.note if c else ""), (due, c.new_due if c else ""),
                               (owner, c.owner if c else "")):
                if box.value != value:
                    box.value = value
        elif owner.value.strip() != c.owner and not owner.has_focus:
            owner.value = c.owner  # (renamed on Who is here since: the name it has now)
        self._boxes_for = c
        due.border_subtitle = literal_title(self._read_as(due.value))
        self._title_note(c)

    def _title_note(self, c: CarriedAction | None) -> None:
        """The note box's title: what the note is on, the action's words cut with "…" to the
        room the box's border leaves (`note_title`). Textual cut the title at its end: at
        80x24 it read "Progress note on: …", naming no action (a team lead's trial)."""
        note = self.query_one(".carried-note", Input)
        title = note_title(c.text if c else "", note.outer_size.width - TITLE_EDGES)
        if title != self._note_titled:
            self._note_titled = title
            note.border_title = literal_title(title)

    _note_titled = ""
    """The note box's title as last set (`_title_note`)."""

    @on(Input.Changed, ".carried-note, .carried-due, .carried-owner")
    def _typed(self, event: Input.Changed) -> None:
        """What is typed goes straight into the highlighted action (and is written back once
        typing pauses)."""
        event.stop()
        if event.input.has_class("carried-due"):
            event.input.border_subtitle = literal_title(self._read_as(event.value))
        c = self.highlighted
        if self.read_only or c is None or not is_current(event):
            return
        if event.input.has_class("carried-note"):
            change = self.edits.set_carried_note(c, event.value)
        elif event.input.has_class("carried-owner"):
            change = self.edits.set_carried_owner(c, event.value)
        else:
            change = self.edits.set_carried_due(c, event.value)
        if change is not None:
            self._writing.add(id(c))
            if not self.query_one(RowTable).update_row(self.session.carried.index(c),
                                                       self._cells(c)):
                self.show_carried()  # (the due column's form changed)
            self._say_selected(c)
            self.post_message(SessionChanged(change))

    @on(RowTable.RowAction, ".carried-table")
    def _row(self, event: RowTable.RowAction) -> None:
        event.stop()
        if self.read_only:
            self.post_message(Refused(READ_ONLY))
            return
        if event.action == "edit":  # Enter: where it got to, in its note
            self.screen.set_focus(self.query_one(".carried-note", FormInput))
            return
        c = self.session.carried[event.row]
        change = self.edits.cycle_carried_status(c)
        self._writing.add(id(c))
        if self.query_one(RowTable).update_row(event.row, self._cells(c)):
            self._say_selected(c)
        else:
            self.show_carried()
        self.post_message(SessionChanged(change))
