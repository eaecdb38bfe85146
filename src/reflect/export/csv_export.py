"""The agreed actions of a session as CSV, for an action tracker or a spreadsheet.

One header row, then one row per agreed action, then one row per action carried over from an
earlier session (its `carried_over_from` names that session; empty for this session's own; its
due date and `progress` are the new ones set in this session, if any, and `last_noted` the
progress an earlier meeting noted, as it stood when the action came here). A carried action's
due date is the one it keeps (`CarriedAction.due_here`): a new one typed in words that name no
date leaves the date kept (in `due`, `due_date`, and `overdue` by it), the words said in
`new_due_not_a_date` (the row said `due=32/13`, no date, `overdue=yes` while the notes said
the date it kept: a trial). An agreed action a later meeting moved gives the date agreed here
(`agreed_due`, `agreed_due_date`) and that meeting (`moved_in`, `moved_in_held`: its title
and the day it was held, `Action.moved_in`); one a later meeting gave to another owner, the
owner agreed here (`agreed_owner`) and that meeting (`owner_given_in`, `owner_given_in_held`:
`Action.given_in`), `owner` being the owner now; one a later meeting marked done at last
time's actions, that meeting (`done_in`, `done_in_held`: `Action.done_in`). `due_date` is the date
the due words were read as (`2027-01-15`), for sorting (kept without one, by a file older than
dates: the date they name whatever the day, `model.due.due_day`); "" when they name none.
Text goes through `printable`; a line break inside a cell is kept (the csv module quotes it).
Any cell a spreadsheet could take for a formula — one starting with `=`, `+`, `-`, `@`, a tab
or a line break (CR or LF) — gets a leading `'`, so opening the file never runs what someone
typed (CSV/formula injection).
"""

from __future__ import annotations

import csv
import io
from datetime import date

from reflect.export import parts
from reflect.export.action_parts import action_overdue, carried_overdue
from reflect.export.escaping import safe_cell as safe_cell
from reflect.export.options import ExportOptions
from reflect.export.owner_parts import action_owner, agreed_owner
from reflect.model.due import due_day
from reflect.model.review import Review
from reflect.model.session import Session

# `owner`: in a reflection of one's own, who else is involved (the screen's "Who else
# (optional)", "With"). Not renamed for it: a tool reading a team's and a reflection's files
# together finds the column by name, and "with" alone would say nothing in a team's file.
COLUMNS = ("session_id", "review_id", "session_title", "what", "owner", "due", "status",
           "recommendation", "carried_over_from", "due_date", "progress", "last_noted",
           "overdue", "new_due_not_a_date", "agreed_due", "agreed_due_date", "moved_in",
           "moved_in_held", "agreed_owner", "owner_given_in", "owner_given_in_held", "done_in",
           "done_in_held")
"""New columns are added at the end, so a reader by position keeps working. `overdue`: "yes"
for an action not done whose due date is before the day of the export, else "no"."""


def _iso(words: str, day: date | None) -> str:
    """The date due `words` name (`day`, else `due_day`'s), as a spreadsheet sorts it
    (2027-01-15); "" for none."""
    day = due_day(words, day)
    return day.isoformat() if day is not None else ""


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def to_csv(session: Session, review: Review | None = None,
           options: ExportOptions = ExportOptions()) -> str:
    """The session's agreed actions as CSV text (RFC 4180: comma-separated, CRLF rows).

    `review` is accepted for the same signature as the other formats. `options` name an
    owner as the other formats do: in notes whose points name nobody, an attendee who owns an
    action is given by role (`owner_parts.action_owner`), and so is an earlier session's owner who
    attended here, others left out (`parts.carried_owner`), as the notes and the check do.
    """
    s = session
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for act in s.actions:
        moved = act.moved_in if act.agreed_due is not None else None
        given = act.given_in if act.agreed_owner is not None else None
        done = act.done_in if act.status == "done" else None
        writer.writerow([safe_cell(v) for v in (
            s.id, s.review_id, s.label, act.text,
            parts.owner_or_none(s.mode, act.owner, action_owner(s, act, options), act.status),
            parts.due_or_none(s.mode, act.due, act.status), act.status,
            " ".join(act.recommendation.split()), "",
            _iso(act.due, act.due_date), act.progress, "", _yes(action_overdue(act, options)),
            "", act.agreed_due or "",
            _iso(act.agreed_due, act.agreed_due_date) if act.agreed_due is not None else "",
            moved.label if moved else "", moved.held.isoformat() if moved else "",
            agreed_owner(s, act, options) or "", given.label if given else "",
            given.held.isoformat() if given else "", done.label if done else "",
            done.held.isoformat() if done else "")])
    for c in s.carried:
        due, day = c.due_here()
        writer.writerow([safe_cell(v) for v in (
            s.id, s.review_id, s.label, c.text,
            parts.owner_or_none(s.mode, c.owner, parts.carried_owner(s, c, options), c.status),
            parts.due_or_none(s.mode, due, c.status),
            c.status, "", c.session_label, _iso(due, day), c.note, c.progress_before or "",
            _yes(carried_overdue(c, options)), c.new_due if c.new_due_unread else "",
            "", "", "", "", "", "", "", "", "")])
    return buffer.getvalue()
