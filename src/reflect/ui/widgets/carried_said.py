"""What last time's actions panel says of the highlighted action (`CarriedSaid`, the base of
`CarriedPanel`): the Selected line under the table, the lines under the boxes with what it
leaves out, and the warning over the table of actions not written back to the sessions that
agreed them; each kept in view with the box that has the focus."""

from __future__ import annotations

from textual.containers import Vertical
from textual.widgets import Input

from reflect.model.due import OVERDUE, due_words
from reflect.model.edits import SessionEdits
from reflect.model.last_noted import due_not_a_date, earlier_note, not_written_back
from reflect.model.owners import owner_hint, owner_said
from reflect.model.session import CarriedAction
from reflect.text import one_line
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import RowTable, action_columns
from reflect.wrapping import cut_at_a_word

COLUMNS = action_columns("Owner", "From")
DUE_COLUMN = 3
FROM_COLUMN = 4
"""The session each action came from: its title where it fits on a line, else the day it was
held (`20 Nov 2026` … `20/11`, as the Due column's dates), else (the day not known) its title
cut with "…"; the Selected line then names it whole. Cut, it read `Chi…`, which named no
meeting (a fresh-eyes trial); wrapped, `Moorvale team meeting - Child L` took five lines a row
at 60x20, and the table showed one action at a time (a new user's trial)."""

SELECTED_WORDS = 40
"""The most of an action's words (where the What column shows them whole), and of the note
last noted (the lines under the boxes give it whole: `_say_more`), the Selected line gives."""


def cut_short(words: str) -> str:
    """`words` on one line, cut at a word to `SELECTED_WORDS` (`Week 1: audit the case…`)."""
    return cut_at_a_word(words, SELECTED_WORDS)


class CarriedSaid(Vertical):
    """Last time's actions panel's words on its highlighted action: `CarriedPanel` fills the
    table and the boxes, and takes what is typed and the keys."""

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

    _more_said = ""
    """What the lines under the boxes say (`_say_more`)."""

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
        owner = f" · {said}" if (said := owner_said(c.owner, c.status)) else ""
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
