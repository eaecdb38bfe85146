"""One action as a report lists it (`ActionLine`): the action as agreed, names redacted, and how
every list says its owner, due date, session and status, for every format and the app's
report screen. Made from a session's facts (`ActionLine.of`) by report/build.py. Pure: no IO."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reflect.model.action_words import missing_said
from reflect.model.given import ANOTHER, given_words
from reflect.model.moved import done_words
from reflect.report.dates import due_parts, long_date
from reflect.report.owners import GIVEN_LATER, NO_OWNER

if TYPE_CHECKING:
    from reflect.report.facts import ActionFacts, SessionFacts

OWN_WRITER = "the practitioner who wrote it"
"""Whose a personal action is where its reflection names no one writer (lists none, or many)."""


@dataclass
class ActionLine:
    review_id: str
    review_title: str
    session_id: str
    team: str
    text: str
    """The action as agreed, with names and other identifiers replaced by "[redacted]"."""
    due: str
    due_date: date | None
    status: str
    recommendation: str = ""
    progress: str = ""  # where it got to, as a later session noted it (names redacted)
    session_title: str = ""
    """The session's own title (names redacted): two sessions on one day are told apart by it."""
    agreed_due: str | None = None
    """The due date the meeting agreed, where a later meeting moved it; None: never moved."""
    agreed_due_date: date | None = None
    shown: tuple[str, str] | None = None
    """`due_parts` of the action, as its facts keep it (None: worked out when asked)."""
    owner: str = ""
    """Who owns it, naming no one (report/owners.py): their role and agency, or words naming
    no one; "" for none given. Set for the lists saying whose each is (overdue, due dates not
    dates, personal: their writer by role and agency where listed alone, else "")."""
    personal: bool = False
    """A practitioner's own action, from an individual reflection: not agreed by a team."""
    involved: str = ""
    """A personal action's "Who else is involved" (its Owner box), as an owner is; "": none."""
    outside: str = ""
    """"before" or "after" where its session was held before or after the report's period (a
    report on dates lists every action still overdue, `Gathered.outside`); "" in it."""
    held: date | None = None  # (the day its session was held: set for the overdue actions)
    moved_in: str = ""
    """The later meeting that moved its due date, by its title now (names redacted); "" for
    none, or not known (moved by a reflect before schema 4)."""
    moved_in_held: date | None = None  # (the day that meeting was held, where known)
    agreed_owner: str | None = None
    """The owner agreed ("" none) where a later meeting, `owner_given_in`, gave it to `owner`."""
    owner_given_in: str = ""
    owner_given_in_held: date | None = None
    done_in: str = ""  # the later meeting that marked it done, by its title now; "": none
    done_in_held: date | None = None

    @classmethod
    def of(cls, session: SessionFacts, title: str, team: str, act: ActionFacts,
           recommendation: str) -> ActionLine:
        """`act`, agreed at `session` on the review `title`, by `team` as the report names it,
        answering `recommendation` (its words as the review has them)."""
        by = act.moved
        return cls(session.review_id, title, session.id, team, act.text, act.due, act.due_date,
                   act.status, recommendation, act.progress, session.title, act.agreed_due,
                   act.agreed_due_date, act.shown, moved_in=by.label if by else "",
                   moved_in_held=by.held if by else None,
                   owner_given_in=act.given.label if act.given else "",
                   owner_given_in_held=act.given.held if act.given else None,
                   done_in=act.done_in.label if act.done_in else "",
                   done_in_held=act.done_in.held if act.done_in else None)

    @property
    def owner_shown(self) -> str:
        """The owner, or "no owner given" (a personal action's, `OWN_WRITER`); "" for an
        action done or dropped with none, as the notes say it (`missing_said`)."""
        if self.owner or self.personal:
            return self.owner or OWN_WRITER
        return NO_OWNER if missing_said("team", self.status) else ""

    @property
    def owner_handed(self) -> str:
        """`owner_shown`; where a later meeting gave the action to another, the owner agreed,
        then to whom and where, as the notes say it (model/given.py): `Team manager, Invented
        Council; given to Social worker, Children's Social Care at “…”, 10 Sep 2026`."""
        if self.agreed_owner is None:
            return self.owner_shown
        to = ANOTHER if self.owner == GIVEN_LATER else self.owner
        return (f"{self.agreed_owner or NO_OWNER}; "
                f"{given_words(to, self.owner_given_in, self.owner_given_in_held)}")

    @property
    def owner_said(self) -> str:
        """`owner: Social worker, Children's Social Care` (`owner_handed`), or "no owner
        given" (a personal action's `owner: the practitioner who wrote it`); "" for an action
        done or dropped with none (`owner_shown`)."""
        said = self.owner or self.personal or self.agreed_owner is not None
        return f"owner: {self.owner_handed}" if said else self.owner_shown

    @property
    def session_said(self) -> str:
        """`session_shown`, then where it was held outside the report's period, so
        (`Morning huddle (…); agreed before this period, on 10 June 2026`)."""
        apart = self.outside_shown
        return f"{self.session_shown}; {apart}" if apart else self.session_shown

    @property
    def outside_shown(self) -> str:
        """`agreed before this period, on 10 June 2026` for an action whose session was held
        outside the report's period (a personal action's, `written before …`); "" in it."""
        if not self.outside or self.held is None:
            return ""
        done = "written" if self.personal else "agreed"  # (no team agreed a personal one)
        return f"{done} {self.outside} this period, on {long_date(self.held)}"

    @property
    def due_shown(self) -> str:
        """The due date as the date read (`report.dates.due_parts`); and, where a later
        meeting moved it, the date first agreed: `Fri 18 Dec 2026, was Sun 1 Nov 2026` (the new
        date alone hid that the action had slipped: a trial)."""
        due, was = self.due_parts
        return f"{due}, was {was}" if was else due

    @property
    def due_parts(self) -> tuple[str, str]:
        """The due date as the date read (words naming none as typed), and the date first
        agreed where a later meeting moved it ("" where none did): `report.dates.due_parts`."""
        if self.shown is not None:
            return self.shown
        return due_parts(self.due, self.due_date, self.agreed_due, self.agreed_due_date)

    @property
    def session_shown(self) -> str:
        """`Morning huddle (20261204-child-i-e5130bbd)`: the session's title by its id."""
        title, sid = self.session_title, self.session_id
        return f"{title} ({sid})" if title else sid

    @property
    def status_shown(self) -> str:
        """The status (done, and at which later meeting), with the progress noted."""
        status = done_words(self.done_in, self.done_in_held) if self.done_in else self.status
        return f"{status}; progress: {self.progress}" if self.progress else status
