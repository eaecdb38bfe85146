"""Last time's actions as a session keeps them: an open action of the team's earlier session
carried here (`CarriedAction`), what that session's action held as this one last saw it
(`EarlierHeld`), the later meeting that moved an action's due date (`MovedIn`) or gave it to
another owner (`GivenIn`) and the statuses an action moves through (`ActionStatus`). Kept
apart from `model/session.py`, which names them for its readers."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import PrivateAttr

from reflect.model.clean import Clean, Day, Flag, Line, SessionModel
from reflect.model.due import CLOSED as CLOSED
from reflect.model.due import closed as closed
from reflect.model.due import due_day, due_said_later, gone_by

ActionStatus = Literal["open", "in progress", "done", "dropped"]
"""`dropped`: the team agreed it is no longer needed (why, in its progress note). Closed, as
`done` is: never carried to the next meeting, never overdue, counted apart from both in the
report. A session file holds it as an older reflect can read it (model/dropped.py)."""

class EarlierHeld(SessionModel):
    """What an earlier session's action held, as a later session that carried it last saw it."""

    status: ActionStatus = "open"
    progress: Line = ""
    due: Line = ""
    due_date: Day | None = None
    owner: Line | None = None
    """None in files saved before it was kept: the owner carried stands in
    (`CarriedAction.known_earlier`), as none could be given here then."""


class MovedIn(SessionModel):
    """The later meeting that moved an agreed action's due date, writing its new one back
    (`Action.moved_in`): the notes of the meeting that agreed it said only `agreed here: …`,
    and its app `moved by a later session`, not which meeting, nor when (a trial)."""

    session_id: Clean
    """That meeting's session id, by which `label` follows it when it is renamed."""
    label: Line
    """Its title (or its review's, untitled) when it wrote the date back."""
    held: Day
    """The day it was held (its start, where reflect ran)."""


class GivenIn(MovedIn):
    """The later meeting that gave an agreed action to another owner, writing its owner back
    (`Action.given_in`): the notes of the meeting that agreed it named the new owner as the
    one who agreed it, though they were not there, and nothing kept who had (a team
    manager's trial: the owner had left)."""

    role: Line = ""
    """The owner's role as that meeting listed them ("" where it did not list them, or gave
    none), so that notes by role and the partnership's report can say who has it now: the
    meeting that agreed it may never have listed them."""
    agency: Line = ""
    """Their agency as that meeting listed them ("" likewise)."""


class CarriedAction(SessionModel):
    """An open action of the team's earlier session, reviewed here and written back there."""

    session_id: Clean
    session_label: Clean
    action_id: Clean
    text: Line
    owner: Line = ""
    """Who owns it here: the earlier session's owner, or one given here (typed in its box,
    written back there: `owner_for_earlier`) or at a later meeting that could not write it
    back (`store.carry.newest_owner`, `owner_noted_in`)."""
    owner_before: Line | None = None
    """The owner it came here with ("" none), kept once another is given here, so that this
    meeting's notes say who it passed from (`Robin Example → Kim Example`): the owner written
    back left no trace of who had agreed to it (a trial, its owner a leaver). None while no
    other owner was given here (or in files from before schema 8)."""
    owner_there: Line | None = None
    """The owner the session that agreed the action gives it, where `owner` is another: a
    person renamed on *Who is here* (here, or at a meeting since, carried on), whom that
    session names as it did, as its own list does (model/rename_edits.py: a rename is never
    written back). None where the two are the same, or `owner` was given here."""
    due: Line = ""
    """The due date carried here: the earlier session's, or a new one a later meeting set
    that could not be written back there (`due_noted_in`)."""
    due_date: Day | None = None
    status_before: ActionStatus = "open"
    status: ActionStatus = "open"
    progress_before: Line | None = None
    """The earlier session's `progress` when carried here (or a later meeting's note that
    could not be written back there: `progress_noted_in`), put back there when `note` is
    emptied; None in files from before it was kept (an emptied note then leaves it there)."""
    note: Line = ""
    """Where it got to, typed here; written back as the action's `progress`."""
    new_due: Line = ""
    """A new due date typed here, in its words; written back as the action's ("" puts back
    `due`, as when the note is emptied)."""
    new_due_date: Day | None = None
    """The date `new_due` was read as when typed; None when it names none."""
    written_back: Flag = True
    """False while the earlier session could not be updated (open elsewhere, say)."""
    noted_in: Clean = ""
    """The later meeting (its title now: `noted_in_id`) whose status for the action is carried
    here (`status_before`): it could not write it back to the earlier session, which still
    held another (`earlier`). "" when the status carried is the earlier session's own."""
    noted_in_id: Clean = ""
    """That meeting's session id, by which `noted_in` follows it when it is renamed (read
    when this session is opened, as `session_label` is); "" in files an older reflect saved:
    the title then stays as it was."""
    progress_noted_in: Clean = ""
    """As `noted_in`, for the progress note carried here (`progress_before`): a later
    meeting's that could not be written back."""
    progress_noted_in_id: Clean = ""
    due_noted_in: Clean = ""
    """As `noted_in`, for the due date carried here (`due`, `due_date`): a new due date a
    later meeting set that could not be written back."""
    due_noted_in_id: Clean = ""
    owner_noted_in: Clean = ""
    """As `noted_in`, for the owner carried here (`owner`): one given at a later meeting that
    could not be written back; "" again once another owner is given here."""
    owner_noted_in_id: Clean = ""
    earlier: EarlierHeld | None = None
    """What the earlier session's action held when carried here, then as write-backs left it:
    a field is written there only while it still holds this (a change made there since is
    never overwritten). None in older files: what was carried stands in."""
    _session_held: date | None = PrivateAttr(default=None)
    _due_typed_on: date | None = PrivateAttr(default=None)

    @property
    def session_held(self) -> date | None:
        """The day the earlier session was held (its start, as the session list dates it),
        for the table's From column where its title does not fit on a line (at 60x20 the
        title, wrapped, took five lines a row, and one action showed at a time: a trial).
        Never saved: read as the action is carried here (`open_actions_for_team`) and,
        with its title, as this session is opened (`relabel`); None where that session is
        no longer in the folder."""
        return self._session_held

    @session_held.setter
    def session_held(self, day: date | None) -> None:
        self._session_held = day

    @property
    def due_typed_on(self) -> date | None:
        """The day the meeting that typed `due` was held, where one day is known to read its
        words as `due_date` (`due.said_on`): `next Friday` said then. Never saved: read as
        the action is carried here and as this session is opened, as `session_held` is
        (`store.carry.typed_on`); None where not known."""
        return self._due_typed_on

    @due_typed_on.setter
    def due_typed_on(self, day: date | None) -> None:
        self._due_typed_on = day

    def due_said(self, words: str, day: date | None) -> str:
        """Due words of an earlier meeting (the due date carried, or the one the session that
        agreed it holds) as the app and plain mode say them here (`due.due_said_later`, a
        `DueSaid`): `Fri 11 Dec 2026 (“next Friday”, said on 7 Dec)`, its day named where
        they are the due date carried (`due_typed_on`), never `next Friday (Fri 11 Dec 2026)`
        a month on. Not for a new due date typed here (`due_words`)."""
        known = (words, day) == (self.due, self.due_date)
        return due_said_later(words, day, self.due_typed_on if known else None)

    @property
    def owner_for_earlier(self) -> str:
        """The owner the earlier session's action is to have: the one given here, or carried
        (renamed here, the name that session gives: a rename is never written back)."""
        return self.owner if self.owner_there is None else self.owner_there

    @property
    def known_earlier(self) -> EarlierHeld:
        """`earlier`, or what stands in for it; its owner, where not kept (an older file), the
        one carried (`SessionEdits.set_carried_owner` keeps it before an owner is given)."""
        if self.earlier is not None and self.earlier.owner is not None:
            return self.earlier
        owner = self.owner_for_earlier
        if self.earlier is not None:
            return self.earlier.model_copy(update={"owner": owner})
        return EarlierHeld(status=self.status_before, due=self.due, due_date=self.due_date,
                           owner=owner)

    @property
    def new_due_unread(self) -> bool:
        """Whether a new due date was typed here in words that name no date (`30/02`,
        `someday`)."""
        return bool(self.new_due.strip()) and due_day(self.new_due, self.new_due_date) is None

    def due_here(self) -> tuple[str, date | None]:
        """The due date this session holds for the action, as written back and carried on
        (its words and date): the new one typed, else the one carried. New words that name no
        date (`new_due_unread`) never replace a date: the date the earlier session holds (or
        the one carried, a later meeting's not there yet) stays until a date is typed (a
        trial: a valid date there became `30/02` with none, and its notes said no date)."""
        carried = (self.due, self.due_date)
        if not self.new_due:
            return carried
        new = (self.new_due, self.new_due_date)
        if not self.new_due_unread:
            return new
        kept = carried if self.due_noted_in else (self.known_earlier.due,
                                                   self.known_earlier.due_date)
        return new if due_day(*kept) is None else kept

    def overdue(self, today: date) -> bool:
        """Whether it is not done and the due date it keeps (`due_here`: new words that name no
        date count the date kept, never themselves) was before `today`: the one rule for the
        app's table, every notes format and the CSV (whose row said `due=32/13`, no date,
        `overdue=yes` while its table showed no mark: a trial)."""
        return gone_by(self.status, *self.due_here(), today)

    @property
    def new_due_kept_here(self) -> bool:
        """Whether the new due date typed here stays here only (`due_here`: it names no date,
        and the earlier session holds one)."""
        return bool(self.new_due) and self.due_here() != (self.new_due, self.new_due_date)
