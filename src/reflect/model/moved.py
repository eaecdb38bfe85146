"""Which later meeting moved an agreed action's due date, and when: kept as the new date is
written back (`store.write_back.write_back`, `Action.moved_in`) and said after the date the meeting
agreed, in its notes (every format) and on its actions' Selected line. They said `agreed here:
next Fri, Fri 11 Dec 2026` and `moved by a later session`, never which meeting, nor when: a
service manager reading the first meeting's notes could not follow the action (a trial).

The later meeting that marked an action done at *Last time's actions* is kept the same way
(`Action.done_in`) and said in place of the status, `done at “Week 2 meeting”, 12 Dec 2026`
(`done_said`), in the notes and in the partnership's report (`done_words`): the first meeting's
notes said `done` alone (a trial).

Pure: no files, no Textual; `moved_words` and `done_words` need no session model.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reflect.model.dates import local_day, long_date, short_date
from reflect.model.due import due_in_one_form, due_spoken
from reflect.model.given import LATER

if TYPE_CHECKING:  # (the report says `moved_words` with no session model loaded)
    from reflect.model.carried import MovedIn
    from reflect.model.session import Action, Session

UNKNOWN = "moved by a later session"
"""Said of an action whose due date a reflect from before `Action.moved_in` moved."""


def meeting(session: Session) -> MovedIn:
    """`session` as the meeting that moves a carried action's due date: its id, its title
    now and the day it was held (`local_day`, as the session list dates it)."""
    from reflect.model.carried import MovedIn

    return MovedIn(session_id=session.id, label=session.label, held=local_day(session.created))


def moved_said(act: Action, label: str | None = None, in_words: bool = False) -> str:
    """`moved to Fri 18 Dec 2026 at “Week 2 meeting”, 12 Dec 2026`: the due date a later
    meeting gave `act` (`“someday” (no date)` for words naming none) and that meeting, by its
    title (or `label`: the report's, its names redacted) and the day it was held; "" while
    `act` was never moved, or was moved by a reflect that did not keep which meeting did
    (`UNKNOWN`, for the app to say). `in_words`, its dates as the plain-text notes say them
    aloud: `moved to Friday 18 December 2026 at “Week 2 meeting”, Saturday 12 December
    2026`."""
    by = act.moved_in
    if act.agreed_due is None or by is None:
        return ""
    return moved_words(act.due, act.due_date, by.label if label is None else label, by.held,
                       in_words)


def moved_words(due: str, due_date: date | None, label: str, held: date | None,
                in_words: bool = False) -> str:
    """`moved to Fri 18 Dec 2026 at “Week 2 meeting”, 12 Dec 2026`: an action moved to be due
    by `due` (read as `due_date`, said as every due date in the notes and reports is:
    `due_in_one_form`) at the meeting titled `label`, held on `held` (None: the
    day not known, left out), as `moved_said` says it everywhere."""
    to = (due_spoken(due, due_date) if in_words else due_in_one_form(due, due_date, "comma")) \
        or "no date"
    day = "" if held is None else long_date(held) if in_words else short_date(held, weekday=False)
    when = f", {day}" if day else ""
    return f"moved to {to} at “{label}”{when}"


def done_said(act: Action, label: str | None = None, in_words: bool = False) -> str:
    """`done at “Week 2 meeting”, 12 Dec 2026`: `act` marked done at a later meeting's *Last
    time's actions* (`Action.done_in`), that meeting by its title (or `label`) and the day it
    was held (`in_words`: `Saturday 12 December 2026`, as the plain-text notes say dates);
    "" while it is not done, or was done here, or before the meeting was kept."""
    by = act.done_in
    if act.status != "done" or by is None:
        return ""
    return done_words(by.label if label is None else label, by.held, in_words)


def done_words(label: str, held: date | None, in_words: bool = False) -> str:
    """`done at “Week 2 meeting”, 12 Dec 2026`, as `done_said` says it everywhere (the
    report's too, which has no session model): `done at a later meeting` where that meeting
    is not known (`label` ""), its day left out where not known (`held` None)."""
    where = f"“{label}”" if label else LATER
    day = "" if held is None or not label else long_date(held) if in_words \
        else short_date(held, weekday=False)
    return f"done at {where}{f', {day}' if day else ''}"
