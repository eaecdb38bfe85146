"""An action's due date and status as every notes format prints them, an overdue one said so.

An action not done whose due date is before the day the notes are exported
(`ExportOptions.today`, else today where reflect runs) is overdue, as the app's actions table
marks it (`model.due.gone_by`) and as the report counts it. The notes said `20/11/2026 (Fri
20 Nov 2026) | open` on 4 December with nothing to say it had gone by (a trial): each format
now puts `overdue as of 4 Dec 2026` after the status, in words (not a mark alone), and the
JSON gives `overdue` as a field. Re-exported by export/parts.py, with the rest of what every
format shows. Pure: no Textual, no escaping here.
"""

from __future__ import annotations

from datetime import date

from reflect.export.options import ExportOptions
from reflect.model.carried import CarriedAction
from reflect.model.dates import long_date, short_date
from reflect.model.due import (
    OVERDUE,
    DueSaid,
    DueStyle,
    due_in_one_form,
    due_spoken,
    gone_by,
)
from reflect.model.last_noted import due_not_a_date, last_noted
from reflect.model.moved import done_said, moved_said
from reflect.model.session import Action

NOT_WRITTEN_BACK = "not yet recorded in the earlier session"


def as_of(options: ExportOptions | None) -> date:
    """The day the notes count overdue actions from: the export's."""
    return (options.today if options is not None else None) or date.today()


def action_overdue(act: Action, options: ExportOptions | None) -> bool:
    """Whether an agreed action is not done and was due before the export's day."""
    return gone_by(act.status, act.due, act.due_date, as_of(options))


def carried_overdue(c: CarriedAction, options: ExportOptions | None) -> bool:
    """Whether an action carried from an earlier session is not done and was due before the
    export's day: by the new due date set here, when one was."""
    return c.overdue(as_of(options))  # (a new one that names no date: the one kept counts)


def flagged(status: str, overdue: bool, options: ExportOptions | None,
            in_words: bool = False) -> str:
    """`status` as the notes print it, with `, overdue as of 4 Dec 2026` after it when
    `overdue`: `open, overdue as of 4 Dec 2026` (`in_words`, as the plain-text notes say it
    aloud: `overdue as of Friday 4 December 2026`)."""
    day = long_date(as_of(options)) if in_words else short_date(as_of(options), weekday=False)
    return f"{status}, {OVERDUE} as of {day}" if overdue else status


def carried_status(c: CarriedAction, in_words: bool = False) -> str:
    """`open → done`, or `open (no change)`; `in_words`, with no symbol a screen reader says
    by name (the plain-text notes): `open, now done`, `open, no change`."""
    if c.status == c.status_before:
        return f"{c.status}, no change" if in_words else f"{c.status} (no change)"
    return f"{c.status_before}, now {c.status}" if in_words else \
        f"{c.status_before} → {c.status}"


def carried_note(c: CarriedAction) -> str:
    return "" if c.written_back else NOT_WRITTEN_BACK


NOTES: DueStyle = "comma"
"""How every notes format and record says due words that name no date (`model.due.due_words`):
`“next term” (no date)`, with no brackets inside the brackets the lists put them in (`(due:
next term (not read as a date), status: open)` read badly: a trial)."""


def due_said(words: str, day: date | None) -> str:
    """A due date as the notes and records print it, the way every report does
    (`model.due.due_in_one_form`): the date read, `Sun 28 Feb 2027`, whatever was typed
    (`end of February`, `28/2`); words that name no date in the notes' style (`NOTES`). Every
    part of a line says it so: a carried action's due dates, and what was kept or not written
    back (`last_noted`, `due_not_a_date`). The notes said `end of February, Sun 28 Feb 2027`
    beside `18/12/2026, Fri 18 Dec 2026` while the report of the same actions said `Sun 28 Feb
    2027`; the words typed are in the JSON's and CSV's `due`."""
    return due_in_one_form(words, day, NOTES)


def due_in_words(words: str, day: date | None) -> str:
    """A due date as a CPD record's list of actions prints it, as plain mode and the notes'
    text say it (`model.due.due_spoken`): the date read in words, `Sunday 28 February 2027`;
    words that name no date as typed, and said so, `31/02/2027, not a date: no 31 February`.
    The record's `Sun 28 Feb 2027` was read "Sun", "Feb" by a screen reader, and `(due
    “31/02/2027” (not a date: no 31 Feb))` "Feb" and brackets in brackets (trials, on the
    Word record plain mode suggests)."""
    return due_spoken(words, day)


def action_due(act: Action, say: DueSaid = due_said, in_words: bool = False) -> str:
    """An action's due date (`due_said`, or as `say` says it): `Fri 4 Dec 2026`; and, when a
    later session moved it, what this meeting agreed and which meeting moved it, when
    (`model.moved.moved_said`): `Wed 31 Mar 2027; agreed here: Sun 31 Jan 2027; moved to Wed
    31 Mar 2027 at “March meeting”, 3 Feb 2027`."""
    due = say(act.due, act.due_date)
    if act.agreed_due is None:
        return due
    agreed = (f"{due or 'none'}; agreed here: "
              f"{say(act.agreed_due, act.agreed_due_date) or 'none'}")
    return f"{agreed}; {moved}" if (moved := moved_said(act, in_words=in_words)) else agreed


def action_status(act: Action, options: ExportOptions | None = None,
                  in_words: bool = False) -> str:
    """The status, said to be overdue when it is (`flagged`, its date `in_words` or not),
    or done at which later meeting, when (`model.moved.done_said`: `done at “Week 2
    meeting”, 12 Dec 2026`), with where it got to."""
    status = done_said(act, in_words=in_words) or flagged(
        act.status, action_overdue(act, options), options, in_words)
    return f"{status}; progress: {act.progress}" if act.progress.strip() else status


def carried_due(c: CarriedAction, say: DueSaid = due_said, moved_to: str = " → ") -> str:
    """A carried action's due date, and the new one set in this session (`due_said`, or as
    `say` says it): `Sun 31 Jan 2027 → Wed 31 Mar 2027` (`moved_to` between them: the
    plain-text notes' `, moved to `, read aloud); and, when the new one names no date, the
    date kept (`due_not_a_date`), said the same way."""
    before = say(c.due, c.due_date)
    if not c.new_due:
        return before
    moved = f"{before or 'none'}{moved_to}{say(c.new_due, c.new_due_date)}"
    return f"{moved}; {kept}" if (kept := due_not_a_date(c, say)) else moved


def carried_status_line(c: CarriedAction, options: ExportOptions | None = None) -> str:
    """The status (overdue or not), where it got to (the progress note), if written back."""
    out = flagged(carried_status(c), carried_overdue(c, options), options)
    if noted := last_noted(c, due_said):  # before this note: where it was, then where it is
        out += f"; {noted}"
    if c.note.strip():
        out += f"; progress: {c.note}"
    if note := carried_note(c):
        out += f" ({note})"
    return out
