"""Which later meeting gave an agreed action to another owner, and when: kept as the owner is
written back (`store.write_back.write_back`, `Action.agreed_owner`, `Action.given_in`) and
said after the owner the meeting agreed, in its notes (every format), on its actions' Selected
line and in the partnership's report: `owner: Robin Example; given to Kim Example at
“September meeting”, 10 Sep 2026`. The owner written back replaced the one the meeting
agreed, so its notes said the action was agreed by someone who was not there, and nothing
named who had (a team manager's trial: the owner had left).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from reflect.model.dates import short_date

if TYPE_CHECKING:
    from reflect.model.carried import GivenIn, MovedIn
    from reflect.model.session import Action, Session

LATER = "a later meeting"
"""Said for the meeting that gave the owner where a write-back did not say which."""
ANOTHER = "another owner"
"""Said for the owner given where the words name no one (notes by role) and the meeting that
gave it did not list them by a role."""


def given(by: MovedIn | None, session: Session | None, owner: str) -> GivenIn | None:
    """The meeting `by` (`model.moved.meeting`) as the one that gave an action to `owner`,
    with the role and agency its `session`'s list gives them (one of its people named in full:
    `roles.one_named`, the facilitator too), or none; None where `by` is not known."""
    from reflect.model.attribution import speakers
    from reflect.model.carried import GivenIn
    from reflect.model.roles import one_named

    if by is None:
        return None
    p = one_named(speakers(session), owner) if session is not None and owner.strip() else None
    return GivenIn(session_id=by.session_id, label=by.label, held=by.held,
                   role=p.role.strip() if p else "", agency=p.agency.strip() if p else "")


def given_role(by: GivenIn | None) -> str:
    """`role, agency` of the owner given, as the meeting that gave it listed them; "" none."""
    if by is None:
        return ""
    return ", ".join(x for x in (" ".join(by.role.split()), " ".join(by.agency.split())) if x)


def given_said(act: Action, to: str, label: str | None = None) -> str:
    """`given to Kim Example at “September meeting”, 10 Sep 2026`: `act` given to `to` (its
    owner as the words print it; "" for none: `given to no one`) at the later meeting that
    did, by its title (or `label`, the report's, its names redacted) and the day it was held;
    "" while never given to another."""
    if act.agreed_owner is None:
        return ""
    by = act.given_in
    if by is None:
        return given_words(to, "", None)
    return given_words(to, by.label if label is None else label, by.held)


def given_words(to: str, label: str, held: date | None) -> str:
    """`given to Kim Example at “September meeting”, 10 Sep 2026`, as `given_said` says it
    everywhere (the report's too, which has no session model): `label` "" for a meeting not
    known (`LATER`), `held` None for a day not known (left out)."""
    where = f"“{label}”" if label else LATER
    when = f", {short_date(held, weekday=False)}" if held is not None and label else ""
    return f"given to {to.strip() or 'no one'} at {where}{when}"


def edited_here(action: Action, changed: Mapping[str, object]) -> None:
    """An owner or a due date edited in the session that agreed `action` is that session's
    record again: what a later meeting did to it, kept (`given_in`, `moved_in`), no longer says
    what happened, and would name the owner or the date typed here as given or moved there."""
    if "owner" in changed:
        action.agreed_owner = action.given_in = None
    if "due" in changed:
        action.agreed_due = action.agreed_due_date = action.moved_in = None
