"""A session's own actions, opened again on a later day: due words that count from the day
they were typed (`next Friday`) lead with the date they were read as and the day they were
said (`due.own_due_said`, as last time's actions do: `due.due_said_later`) on the app's
Selected line, and plain mode's `--resume` list says the date alone, in words; on the day they
were typed, as typed. Opened a
month on, the session said `due next Friday (…)`, another Friday by then (a facilitator's
trial). All names invented."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from reflect.model.dates import long_date, read_date
from reflect.model.due import own_due_said
from reflect.model.session import Action, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.unit.test_walk import dirs_for, flat, run_walk

MONDAY = date(2026, 11, 2)
FRIDAY = date(2026, 11, 6)


def test_on_the_day_typed_the_words_are_as_typed() -> None:
    assert own_due_said("next Friday", FRIDAY, MONDAY, MONDAY) == "next Friday (Fri 6 Nov 2026)"
    # A later day that reads them alike: still true as typed.
    assert own_due_said("next Friday", FRIDAY, MONDAY, date(2026, 11, 3)) == \
        "next Friday (Fri 6 Nov 2026)"


def test_on_a_later_day_the_date_leads_with_the_day_said() -> None:
    later = date(2026, 12, 7)
    assert own_due_said("next Friday", FRIDAY, MONDAY, later) == \
        "Fri 6 Nov 2026 (“next Friday”, said on 2 Nov)"
    # Typed on a later day of the session than the one it began: that day is not known.
    assert own_due_said("tomorrow", date(2026, 11, 10), MONDAY, later) == \
        "Tue 10 Nov 2026 (said as “tomorrow”)"
    # Words that name a date on their own, and words that name none, as before.
    march = read_date("31 March", MONDAY)
    assert own_due_said("31 March", march, MONDAY, later) == "31 March (Wed 31 Mar 2027)"
    assert own_due_said("someday", None, MONDAY, later) == "someday (not read as a date)"


def test_resuming_a_month_on_plain_mode_says_the_date_alone_in_words(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """Plain mode says the date in words (`walk.due.due_spoken`), never `next Friday` a month on
    nor the app's short forms, which a screen reader reads aloud."""
    began = date.today() - timedelta(days=35)
    due = read_date("next Friday", began)
    assert due is not None
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "20261102-child-zz-00000021", title="Invented huddle",
                            team="Team Blue", facilitator="Pat Example",
                            created=datetime(began.year, began.month, began.day, 10,
                                             tzinfo=UTC))
    session.add_action(Action(text="Ring the invented school", owner="Pat Example",
                              due="next Friday", due_date=due))
    session.current_step = "actions"
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "--resume", session.id)
    said = flat(out.out)
    assert (f"Ring the invented school. Owner: Pat Example; due {long_date(due)}, overdue; "
            "status: open.") in said, said
    assert "due next Friday" not in said
