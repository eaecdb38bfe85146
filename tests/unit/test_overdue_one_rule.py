"""What is overdue is one rule (`model.due.gone_by`): the app's tables, Selected lines, plain
mode and the notes ask it, and so does the report (`report.overdue.is_overdue`), which had its
own copy. Given the same date, the two never disagreed: this pins that they cannot, the
report's facts of a session beside the app's reading of the same actions, kept and cached.
What can differ is the date each is given for a file older than dates, which is the report's
own reading, as docs/facilitating.md and docs/sharing.md say: its `next Friday` is read from
the day its session started. The team and its actions are invented."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.model.due import gone_by
from reflect.model.session import Action, Session
from reflect.report.facts import facts_of
from reflect.report.facts_json import from_json, to_json
from reflect.report.overdue import is_overdue
from tests.local_days import here

TODAY = date(2026, 12, 6)

ACTIONS = [
    Action(text="Gone by, open", due="1/12/2026", due_date=date(2026, 12, 1)),
    Action(text="Gone by, in progress", due="Friday", due_date=date(2026, 12, 4),
           status="in progress"),
    Action(text="Gone by, done", due="Friday", due_date=date(2026, 12, 4), status="done"),
    Action(text="Due today", due="today", due_date=TODAY),
    Action(text="Still to come", due="end of the month", due_date=date(2026, 12, 31)),
    Action(text="No date", due="when the invented audit is back"),
    Action(text="Not a day", due="31/02/2026"),
    Action(text="No due date"),
    # A file older than dates: words that name one day whenever read.
    Action(text="Older, fixed", due="20/11/2026"),
    Action(text="Older, fixed, done", due="20/11/2026", status="done"),
]


def _session(actions: list[Action]) -> Session:
    s = Session(id="20261102-child-zz-0000abcd", review_id="child-zz",
                review_title="Invented review", title="Moorvale huddle", team="Moorvale Team",
                created=here(2026, 11, 2, 10))
    s.actions = [a.model_copy() for a in actions]
    return s


@pytest.mark.parametrize("cached", [False, True])
def test_the_report_and_the_app_say_the_same_actions_are_overdue(cached: bool) -> None:
    s = _session(ACTIONS)
    facts = facts_of(s)
    if cached:  # as the report's cache keeps them
        facts = from_json(to_json(facts))
    app = [gone_by(a.status, a.due, a.due_date, TODAY) for a in s.actions]
    assert [is_overdue(f, TODAY) for f in facts.actions] == app
    assert app == [True, True, False, False, False, False, False, False, True, False]


def test_the_date_each_is_given_for_an_older_files_words_counting_from_the_day_typed() -> None:
    """The report reads them from the day the session started (Mon 2 Nov 2026: next Friday is
    the 6th); the app does not guess, and shows the words. The rule is the same."""
    s = _session([Action(text="Older, counting", due="next Friday")])
    [act] = s.actions
    [fact] = facts_of(s).actions
    assert fact.due_date == date(2026, 11, 6) and act.due_date is None
    assert is_overdue(fact, TODAY) == gone_by(fact.status, fact.due, fact.due_date, TODAY)
    assert is_overdue(fact, TODAY) and not gone_by(act.status, act.due, act.due_date, TODAY)
