"""Which later meeting moved an agreed action's due date, and when: kept as the new date is
written back (`store.carry.write_back`, `Action.moved_in`) and said after the date the meeting
agreed, in its notes (every format) and on its actions' Selected line. They said `agreed here:
next Fri, Fri 11 Dec 2026` and `moved by a later session`, never which meeting, nor when: a
service manager reading the first meeting's notes could not follow the action (a trial).

Pure: no files, no Textual.
"""

from __future__ import annotations

from reflect.model.carried import MovedIn
from reflect.model.dates import local_day, short_date
from reflect.model.due import due_day, due_words
from reflect.model.session import Action, Session

UNKNOWN = "moved by a later session"
"""Said of an action whose due date a reflect from before `Action.moved_in` moved."""


def meeting(session: Session) -> MovedIn:
    """`session` as the meeting that moves a carried action's due date: its id, its title
    now and the day it was held (`local_day`, as the session list dates it)."""
    return MovedIn(session_id=session.id, label=session.label, held=local_day(session.created))


def moved_said(act: Action, label: str | None = None) -> str:
    """`moved to Fri 18 Dec 2026 at “Week 2 meeting”, 12 Dec 2026`: the due date a later
    meeting gave `act` (`“someday” (no date)` for words naming none) and that meeting, by its
    title (or `label`: the report's, its names redacted) and the day it was held; "" while
    `act` was never moved, or was moved by a reflect that did not keep which meeting did
    (`UNKNOWN`, for the app to say)."""
    by = act.moved_in
    if act.agreed_due is None or by is None:
        return ""
    day = due_day(act.due, act.due_date)
    to = short_date(day) if day is not None else due_words(act.due, None, "comma") or "no date"
    title = by.label if label is None else label
    return f"moved to {to} at “{title}”, {short_date(by.held, weekday=False)}"
