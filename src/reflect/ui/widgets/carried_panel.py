"""Last time's actions: the team's open actions from earlier sessions, to update first.

Space moves the highlighted action's status on; the boxes under the table take a progress
note and a new due date for it (read as a date as it is typed, like an action's), and its
owner (one agreed with none is given one here); Enter on an action's row goes to its note,
from the note to the due box and from there, or from the owner's, back to the row; Delete
says where an action is removed (`CarriedTable`). Each change goes through
`SessionEdits`; the screen saves it here and writes it back to the earlier session
(`SessionChanged` with a `CarriedChanged`).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input

from reflect.model.due import OVERDUE, day_cell, due_cell, due_words
from reflect.model.due_hints import read_as
from reflect.model.edits import SessionEdits
from reflect.model.last_noted import due_not_a_date, earlier_note, not_written_back
from reflect.model.owners import NO_OWNER_YET, owner_hint, owner_meant, owner_names
from reflect.model.session import CarriedAction
from reflect.text import one_line
from reflect.ui.laid_out import FollowsWidth
from reflect.ui.messages import Refused, SessionChanged
from reflect.ui.removing import being_removed
from reflect.ui.widgets.carried_table import CarriedTable
from reflect.ui.widgets.cell_fit import Cell
from reflect.ui.widgets.due_hint import DueHint
from reflect.ui.widgets.form_input import FormInput, field, is_current
from reflect.ui.widgets.literal import TITLE_EDGES, Literal, literal_title
from reflect.ui.widgets.name_suggester import NameSuggester
from reflect.ui.widgets.tables import RowTable, action_columns, status_cell
from reflect.wrapping import cut_at_a_word

COLUMNS = action_columns("Owner", "From")
DUE_COLUMN = 3
FROM_COLUMN = 4
"""The session each action came from: its title where it fits on a line, else the day it was
held (`20 Nov 2026` … `20/11`, as the Due column's dates), else (the day not known) its title
cut with "…"; the Selected line then names it whole. Cut, it read `Chi…`, which named no
meeting (a fresh-eyes trial); wrapped, `Moorvale team meeting - Child L` took five lines a row
at 60x20, and the table showed one action at a time (a new user's trial)."""

READ_ONLY = "last time's actions cannot be changed here."
"""Said of Space on an action's row in a session open read-only (`Refused`)."""

SELECTED_WORDS = 40
"""The most of an action's words (where the What column shows them whole), and of the note
last noted (the lines under the boxes give it whole: `_say_more`), the Selected line gives."""


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


def cut_short(words: str) -> str:
    """`words` on one line, cut at a word to `SELECTED_WORDS` (`Week 1: audit the case…`)."""
    return cut_at_a_word(words, SELECTED_WORDS)


class CarriedPanel(Vertical, FollowsWidth):
    DEFAULT_CSS = """
    CarriedPanel { height: auto; }
    CarriedPanel RowTable { height: auto; max-height: 14; }
    CarriedPanel .form-row { height: auto; }
    CarriedPanel .carried-note { width: 1fr; }
    CarriedPanel .carried-due { width: 1fr; }
    CarriedPanel .carried-owner { width: 1fr; }
    """

    def __init__(self, edits: SessionEdits, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edits = edits
        self.session = edits.session
        self.read_only = False
        self._writing: set[int] = set()
        """The actions changed here whose write-back to the session that agreed them is on its
        way (their id()): until the screen says it is done or failed (`written`), the
        Selected line does not say "not yet saved" there (for a second after each key, it
        came and went, a fourth line at 60x20: a trial)."""

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

    _more_said = ""
    """What the lines under the boxes say (`_say_more`)."""
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

    def written(self, carried: CarriedAction) -> None:
        """The write-back of `carried` is done, or failed: the Selected line says which."""
        self._writing.discard(id(carried))

    def _say_unwritten(self) -> None:
        """Above the table: how many show a status, progress note or due date a later meeting
        noted, which could not be written back to the session that agreed them
        (`not_written_back`; the lines under the boxes say which, and what that session
        says: `_say_more`)."""
        n = sum(1 for c in self.session.carried if not_written_back(c))
        line = self.query_one(".carried-unwritten", Literal)
        line.display = bool(n)
        if not n:
            return
        which = "An action here is" if n == 1 else f"{n} actions here are"
        line.show(f"⚠ {which} as a later meeting noted {'it' if n == 1 else 'them'}, not "
                  f"written back to the session that agreed {'it' if n == 1 else 'them'}: "
                  "the lines under the boxes below say what, and what that session says.",
                  "bold")

    @property
    def highlighted(self) -> CarriedAction | None:
        table = self.query_one(RowTable)
        carried = self.session.carried
        return carried[table.cursor_row] if 0 <= table.cursor_row < len(carried) else None

    @on(RowTable.RowHighlighted, ".carried-table")
    def show_detail(self) -> None:
        c = self.highlighted
        self._fill_boxes(c)
        self._say_selected(c)

    def _say_selected(self, c: CarriedAction | None) -> None:
        """The line under the table, the essentials of the highlighted action: its words
        (whole where the What column cuts them), its owner (cut in the table; renamed on Who
        is here, with the name the session that agreed it gives), its due date (and the new
        one typed: it went on saying the old one), overdue in words, its status, where it
        had got to when it came here (`earler_note`: meeting 2's note was nowhere on screen
        at meeting 3), and the meeting it came from, by its title, where the From column
        shows its day or cuts its title (`FROM_COLUMN`). The rest is
        under the boxes that take it (`_say_more`): at 60x20 the line ran to eight lines, a
        new due date kept here only with the date it keeps, and left the table two rows and
        the boxes a border (a trial)."""
        self._say_unwritten()
        detail = self.query_one(".carried-detail", Literal)
        self._say_more(c)
        self.query_one(".carried-owner", Input).placeholder = owner_hint(c.status if c else "")
        if c is None:
            detail.show("")
            return
        change = (f"was {c.status_before}, now {c.status}" if c.status != c.status_before
                  else f"still {c.status}")
        owner = f" · owner: {one_line(c.owner)}" if c.owner else " · no owner"
        if c.owner_there is not None:  # renamed on Who is here: that session keeps its own
            owner += f" (“{one_line(c.owner_there)}” in the session that agreed it)"
        due = f" · due {one_line(c.due_said(c.due, c.due_date))}" if c.due else ""
        if c.new_due:
            due += f" · new due date {one_line(due_words(c.new_due, c.new_due_date))}"
        if c.overdue(self.edits.today()):  # by the date it keeps (`CarriedAction.due_here`)
            due += f", {OVERDUE}"
        if before := earlier_note(c):  # where a meeting since it was agreed said it had got to
            change += f" · last noted: “{cut_short(before)}”"
        after = ("" if c.written_back or id(c) in self._writing
                 else " · not yet saved in the earlier session")
        table, row = self.query_one(RowTable), self.session.carried.index(c)
        if not table.shows_whole(row, FROM_COLUMN):
            after += f" · from “{one_line(c.session_label)}”"  # (the table: its day, or cut)
        if yearless := table.yearless(DUE_COLUMN):
            after += f" · {yearless}"
        what = cut_short(c.text) if table.shows_whole(row, 1) else one_line(c.text)  # (cut)
        detail.show(f"Selected: {what}{owner}{due} · {change}{after}", "italic")
        table.line_written()
        self._keep_box_in_view()  # (the line, and the lines under the boxes, took another height)

    def _say_more(self, c: CarriedAction | None) -> None:
        """Under the boxes, what the Selected line leaves out: the note last noted whole where
        the line cut it, the new due date kept here only (words that name no date) and the
        date the earlier session keeps, and what a later meeting noted but could not write
        back there, with what that session says. Kept in view with the box that has the
        focus (`_keep_box_in_view`)."""
        more = self.query_one(".carried-more", Literal)
        said = []
        if c is not None:
            if (before := earlier_note(c)) and cut_short(before) != before:
                said.append(f"Last noted: “{before}”.")
            if kept := due_not_a_date(c, c.due_said):  # written back only as a date (a trial)
                said.append(f"{kept[:1].upper()}{kept[1:]}.")
            if unwritten := not_written_back(c, c.due_said):
                said.append(f"{unwritten[:1].upper()}{unwritten[1:]}.")
        shown = "\n".join(one_line(line) for line in said)
        if shown != self._more_said:
            self._more_said = shown
            more.show(shown, "italic")
            more.display = bool(said)

    def _keep_box_in_view(self) -> None:
        """The box with the focus in view, with the lines under the boxes where they fit,
        once laid out: they grew as the new due date was typed, and pushed the box itself
        below the view, its top border alone showing (a trial at 60x20)."""
        focused = self.screen.focused
        if not isinstance(focused, Input) or self not in focused.ancestors:
            return

        def scroll() -> None:
            if self.screen.focused is not focused:  # (gone back to the table meanwhile)
                return
            more = self.query_one(".carried-more")
            if more.display:
                more.scroll_visible(animate=False, immediate=True)
            focused.scroll_visible(animate=False, immediate=True)

        self.call_after_refresh(scroll)

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
