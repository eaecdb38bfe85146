"""A team's actions, counted for the report's "By team": how many its discussions agreed, done,
in progress, open, dropped and overdue, and its members' own (individual reflections naming
the team) apart. A learning lead shows these as practice changing, team by team; only the
all-actions CSV said them, a row an action (a trial). Pure: no IO; counted from each
session's facts, so the report's cache is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reflect.model.due import gone_by
from reflect.report.facts import SessionFacts

if TYPE_CHECKING:
    from reflect.report.lines import ReviewLine

AGREED = "Actions agreed at team discussions"
PERSONAL = "Personal actions from individual reflections"


def status_counts(n: int, done: int, in_progress: int, still_open: int,
                  dropped: int = 0) -> str:
    """`4 (1 done, 0 in progress, 3 open)`, with `, 1 dropped` after where any were dropped
    (no longer needed: neither done nor open); `none` for none: `0 (0 done, 0 in progress, 0
    open)` said a nought four times where one word says it (a learning lead's trial)."""
    if not n:
        return "none"
    gone = f", {dropped} dropped" if dropped else ""
    return f"{n} ({done} done, {in_progress} in progress, {still_open} open{gone})"


def agreed_counts(line: ReviewLine) -> str:
    """`status_counts` of the actions agreed at a review's (or all reviews') team discussions."""
    return status_counts(line.actions_agreed, line.actions_done, line.actions_in_progress,
                         line.actions_open, line.actions_dropped)


def personal_counts(line: ReviewLine) -> str:
    """`status_counts` of the personal actions of a review's individual reflections."""
    return status_counts(line.personal_actions, line.personal_done, line.personal_in_progress,
                         line.personal_open, line.personal_dropped)


@dataclass
class Tally:
    """Actions by status, and how many of them are overdue on the report's day."""

    actions: int = 0
    done: int = 0
    in_progress: int = 0
    dropped: int = 0
    """No longer needed: neither done nor open, never overdue."""
    overdue: int = 0

    def words(self) -> str:
        """`4 (1 done, 1 in progress, 2 open; 1 overdue)`, `none`."""
        still_open = self.actions - self.done - self.in_progress - self.dropped
        said = status_counts(self.actions, self.done, self.in_progress, still_open,
                             self.dropped)
        return f"{said[:-1]}; {self.overdue or 'none'} overdue)" if self.actions else said


@dataclass
class TeamActions:
    """One team's actions in the report: its discussions' (`agreed`) and those its members
    wrote in their own reflections (`personal`), each counted once, by the status the
    session's facts carry (a later meeting's update included)."""

    agreed: Tally
    personal: Tally
    discussed: bool = False
    reflected: bool = False

    @classmethod
    def none(cls) -> TeamActions:
        return cls(Tally(), Tally())

    def add(self, s: SessionFacts, today: date) -> None:
        alone = s.mode == "individual"
        tally = self.personal if alone else self.agreed
        if alone:
            self.reflected = True
        else:
            self.discussed = True
        for act in s.actions:
            tally.actions += 1
            tally.done += act.status == "done"
            tally.in_progress += act.status == "in progress"
            tally.dropped += act.status == "dropped"
            tally.overdue += gone_by(act.status, act.due, act.due_date, today)

    def lines(self) -> list[tuple[str, str]]:
        """(label, words) for each kind of session the team held: `Actions agreed at team
        discussions: 3 (1 done, 0 in progress, 2 open; 1 overdue)`."""
        return ([(AGREED, self.agreed.words())] if self.discussed else []) + \
            ([(PERSONAL, self.personal.words())] if self.reflected else [])
