"""Which agreed actions are overdue, and those of sessions outside a report's period.

A report on dates (`--since 1/10/2026`) chooses its sessions by the day they were held, so June's
actions still overdue in December were left out of a quarter's report: 10 shown against 15 with
no dates (a trial). A learning lead expects every action still overdue today whatever the
period: those of sessions the filters would choose but for their day (`Gathered.outside`) are
listed too, each said to be agreed before (or after) the period, with its session's day, and
counted nowhere else (the period's counts are the period's). Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reflect.report.facts import ActionFacts, SessionFacts
from reflect.report.gather import Gathered, session_date
from reflect.report.lines import ActionLine
from reflect.report.owners import Owner


def is_overdue(act: ActionFacts, today: date) -> bool:
    """Not done, and due before `today` (a due date that is not a date never is)."""
    return act.status != "done" and act.due_date is not None and act.due_date < today


def outside_period(g: Gathered, today: date, title: Callable[[SessionFacts], str],
                   team: Callable[[SessionFacts], str],
                   owner: Callable[[Owner], str]) -> list[ActionLine]:
    """The actions agreed at team discussions outside the period still overdue `today`, each
    with its review's `title`, its `team` and its `owner` as the report names them."""
    since, out = g.filters.since, []
    for _, s in g.outside:
        if s.mode == "individual":  # a practitioner's own: never listed as overdue
            continue
        day = session_date(s)
        for act in s.actions:
            if is_overdue(act, today):
                line = ActionLine.of(s, title(s), team(s), act, act.recommendation)
                line.owner, line.held = owner(act.owner), day
                line.outside = "before" if since is not None and day < since else "after"
                out.append(line)
    return out
