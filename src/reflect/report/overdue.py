"""Which agreed actions are overdue, which have a due date that is not a date, and those of
sessions outside a report's period.

A report on dates (`--since 1/10/2026`) chooses its sessions by the day they were held, so June's
actions still overdue in December were left out of a quarter's report: 10 shown against 15 with
no dates (a trial). A learning lead expects every action still overdue today whatever the
period: those of sessions the filters would choose but for their day (`Gathered.outside`) are
listed too, each said to be agreed before (or after) the period, with its session's day, and
counted nowhere else (the period's counts are the period's). So are those still open whose due
date is not a date (to chase), and practitioners' personal actions still past their due date,
said to be written outside it: those two lists showed neither an owner nor the period (a
trial). Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import NamedTuple

from reflect.model.due import closed, gone_by
from reflect.report.action_line import ActionLine
from reflect.report.facts import ActionFacts, SessionFacts
from reflect.report.gather import Gathered, session_date
from reflect.report.owners import Owner


def is_overdue(act: ActionFacts, today: date) -> bool:
    """Not done, and due before `today` (a due date that is not a date never is): the app's
    rule, `model.due.gone_by`, given the date the report read (`ActionFacts.due_date`)."""
    return gone_by(act.status, act.due, act.due_date, today)


def is_undated(act: ActionFacts) -> bool:
    """Not done (nor dropped), with due words that name no date (`31/02/2026`, `when the audit
    is back`): never overdue, so listed apart, to chase."""
    return not closed(act.status) and act.due_date is None and bool(act.due.strip())


def say_whose(s: SessionFacts, act: ActionFacts, line: ActionLine,
              owner: Callable[[Owner], str]) -> None:
    """Whose `act`, of `s`, is, said on its `line` (`owner`: an owner as the report says it):
    an agreed action's owner; a personal action's writer, by role and agency where the
    reflection lists one person alone (else "": `action_line.OWN_WRITER`), and who else is
    involved (its Owner box), as an owner is said."""
    if s.mode != "individual":
        line.owner = owner(act.owner)
        if act.agreed_owner is not None:  # given to another at a later meeting
            line.agreed_owner = owner(act.agreed_owner)
        return
    line.personal = True
    writer = Owner("", s.people[0].role, s.people[0].agency) if len(s.people) == 1 else None
    if writer is not None and (writer.role or writer.agency):
        line.owner = owner(writer)
    if act.owner != writer:  # (the writer typed in the box is no one else)
        line.involved = owner(act.owner)


class Outside(NamedTuple):
    """The actions of sessions outside a report's period it lists all the same."""

    overdue: list[ActionLine]
    """Agreed at team discussions, still overdue."""
    undated: list[ActionLine]
    """Agreed at team discussions, still open, their due date not a date."""
    personal: list[ActionLine]
    """Practitioners' own, from individual reflections, still past their due date."""


def outside_period(g: Gathered, today: date, title: Callable[[SessionFacts], str],
                   team: Callable[[SessionFacts], str],
                   owner: Callable[[Owner], str]) -> Outside:
    """The actions of sessions outside the period a report lists all the same (`Outside`),
    each with its review's `title` and its `team` as the report names them, whose it is
    (`say_whose`, each `owner` as the report says it), and said to be agreed (a personal
    one, written) before or after the period."""
    since, out = g.filters.since, Outside([], [], [])
    for _, s in g.outside:
        alone = s.mode == "individual"  # a practitioner's own: never among the overdue
        day = session_date(s)
        for act in s.actions:
            if alone:
                into = out.personal if is_overdue(act, today) else None
            elif is_overdue(act, today):
                into = out.overdue
            else:
                into = out.undated if is_undated(act) else None
            if into is None:
                continue
            line = ActionLine.of(s, title(s), team(s), act, act.recommendation)
            line.held, line.personal = day, alone
            line.outside = "before" if since is not None and day < since else "after"
            say_whose(s, act, line, owner)
            into.append(line)
    return out


def themed_overdue(found: Iterable[tuple[ActionFacts, ActionLine]], today: date) -> Outside:
    """In a report on one review, the actions themed sessions agreed on its recommendations
    (`found`, with their lines: under the theme's title, with their team as the report names
    it and whose each is) still overdue, or open with a due date that is not a date: as the
    report on every review lists them, under the theme. Counted in no other figure of the
    review's, as the actions themselves are not."""
    out = Outside([], [], [])
    for act, line in found:
        into = out.overdue if is_overdue(act, today) else \
            out.undated if is_undated(act) else None
        if into is not None:
            into.append(line)
    return out
