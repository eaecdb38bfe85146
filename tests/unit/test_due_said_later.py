"""Last time's due dates typed as words that count from the day they were typed (`next
Friday`, `tomorrow`): at the next meeting, a month on, they are said after the date they were
read as, with the day they were said (`due.due_said_later`), on the app's Selected line and
in plain mode. `next Friday (Fri 11 Dec 2026), overdue` on a shared screen a month later read
as a mistake (a health-visiting team lead's trial)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from reflect.model.dates import counts_from_day_typed, read_date
from reflect.model.due import due_said_later, held_spoken, said_on
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.store.carry import open_actions_for_team, relabel
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session
from tests.unit.test_walk import dirs_for, flat, run_walk

MONDAY = date(2026, 11, 2)
FRIDAY = date(2026, 11, 6)


@pytest.mark.parametrize(("words", "counts"), [
    ("next Friday", True), ("Friday", True), ("tomorrow", True), ("in two weeks", True),
    ("Friday week", True), ("end of the month", True), ("next week", True),
    ("31 March", False), ("end of March 2027", False), ("15/1/27", False), ("someday", False),
])
def test_which_words_count_from_the_day_they_were_typed(words: str, counts: bool) -> None:
    assert counts_from_day_typed(words) is counts


def test_words_said_then_lead_with_the_date_and_name_the_day() -> None:
    assert due_said_later("next Friday", FRIDAY, MONDAY) == \
        "Fri 6 Nov 2026 (“next Friday”, said on 2 Nov)"
    assert due_said_later("tomorrow", date(2027, 1, 1), date(2026, 12, 31)) == \
        "Fri 1 Jan 2027 (“tomorrow”, said on 31 Dec 2026)"  # (the year where it differs)
    # The day not known, or one that does not read the words as the date: none named.
    assert due_said_later("next  Friday", FRIDAY, None) == "Fri 6 Nov 2026 (said as “next Friday”)"
    assert due_said_later("next Friday", FRIDAY, date(2026, 10, 1)) == \
        "Fri 6 Nov 2026 (said as “next Friday”)"


def test_words_that_name_a_date_on_their_own_are_shown_as_they_are() -> None:
    march = read_date("31 March", MONDAY)
    assert due_said_later("31 March", march, MONDAY) == "31 March (Wed 31 Mar 2027)"
    assert due_said_later("someday", None, MONDAY) == "someday (not read as a date)"
    assert due_said_later("next Friday", None, None) == "next Friday"  # older than dates


def test_the_line_copied_into_a_due_box_reads_back_as_its_date() -> None:
    later = date(2026, 12, 7)
    for shown in ("due Fri 6 Nov 2026 (“next Friday”, said on 2 Nov), overdue",
                  "Fri 6 Nov 2026 (said as “next Friday”)"):
        assert read_date(shown, later) == FRIDAY


def test_a_day_is_named_only_where_one_alone_reads_the_words_as_the_date() -> None:
    assert said_on("next Friday", FRIDAY, [MONDAY, date(2026, 11, 20)]) == MONDAY
    assert said_on("next Friday", FRIDAY, [MONDAY, date(2026, 11, 3)]) is None  # either
    assert said_on("next Friday", None, [MONDAY]) is None


def _meeting(fictional_dir, sessions_dir, sid: str, held: datetime, **fields: object) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, sid, team="Team Blue", created=held, **fields)
    save_session(sessions_dir, session)
    return session


def _agreed(fictional_dir, sessions_dir) -> Session:
    """Team Blue's meeting on Monday 2 November 2026, Pat Example to ring the invented
    school by "next Friday"."""
    return _meeting(fictional_dir, sessions_dir, "20261102-child-zz-00000001",
                    datetime(2026, 11, 2, 10, tzinfo=UTC), title="November",
                    participants=[Participant(name="Pat Example", role="Health visitor")],
                    actions=[Action(id="a1", text="Ring the invented school", owner="Pat",
                                    due="next Friday", due_date=FRIDAY)])


def test_carried_and_opened_again_the_action_knows_the_day_its_words_were_said(
        fictional_dir, sessions_dir) -> None:
    _agreed(fictional_dir, sessions_dir)
    [carried] = open_actions_for_team(sessions_dir, "Team Blue")
    assert carried.due_typed_on == MONDAY
    assert carried.due_said(carried.due, carried.due_date) == \
        "Fri 6 Nov 2026 (“next Friday”, said on 2 Nov)"
    today = _meeting(fictional_dir, sessions_dir, "20261207-child-zz-00000002",
                     datetime(2026, 12, 7, 10, tzinfo=UTC), carried=[carried])
    again = load_session(sessions_dir / f"{today.id}.toml")
    assert again.carried[0].due_typed_on is None  # (never saved)
    relabel(sessions_dir, again)
    assert again.carried[0].due_typed_on == MONDAY


def test_a_meeting_between_that_reads_the_words_alike_names_no_day(
        fictional_dir, sessions_dir) -> None:
    """A meeting held on the Tuesday may have moved the date to its own `next Friday`: the
    same Friday, said on another day, so no day is named."""
    _agreed(fictional_dir, sessions_dir)
    _meeting(fictional_dir, sessions_dir, "20261103-child-zz-00000003",
             datetime(2026, 11, 3, 10, tzinfo=UTC), title="Tuesday")
    [carried] = open_actions_for_team(sessions_dir, "Team Blue")
    assert carried.due_typed_on is None
    assert carried.due_said(carried.due, carried.due_date) == \
        "Fri 6 Nov 2026 (said as “next Friday”)"


def test_a_new_due_date_typed_here_is_shown_as_typed() -> None:
    c = CarriedAction(session_id="s", session_label="November", action_id="a1", text="Ring",
                      due="next Friday", due_date=FRIDAY, new_due="tomorrow",
                      new_due_date=date(2026, 12, 8))
    c.due_typed_on = MONDAY
    assert c.due_said(c.due, c.due_date) == "Fri 6 Nov 2026 (“next Friday”, said on 2 Nov)"
    assert c.due_said("next Friday", date(2026, 11, 13)) == \
        "Fri 13 Nov 2026 (said as “next Friday”)"  # (another due date: its day not known)


def test_plain_mode_says_last_times_due_date_as_the_date_in_words(
        monkeypatch, capsys, fictional_dir, sessions_dir) -> None:
    """Plain mode says the date alone, in words (`walk.due.due_spoken`): never `next Friday` a
    month on, nor the app's short forms and brackets, which a screen reader reads aloud."""
    _agreed(fictional_dir, sessions_dir)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = "\ny\n\n\n\n\nNotes\n.\n"  # as last time, Pat here; the action as it was
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "team", "--title", "December", "--team",
                         "Team Blue")
    assert code == 0
    said = flat(out.out)
    assert ("Ring the invented school. Owner: Pat; due Friday 6 November 2026, overdue; "
            f"from the meeting on {held_spoken(MONDAY, date.today())}. Status: open.") in said
    assert "due next Friday" not in said


@pytest.mark.parametrize("day", [date(2026, 12, 7), date(2027, 1, 1), date(999, 3, 1)])
def test_one_helper_spells_every_short_date(day: date) -> None:
    """`dates.short_date` spells the table's cells and the day due words were said on, which
    spelt `7 Dec` by hand each (one place for a rule): the same forms as before."""
    from datetime import timedelta

    from reflect.model.dates import short_date
    from reflect.model.due import day_cell

    day_month = f"{day.day} {day.strftime('%b')}"
    assert short_date(day, weekday=False, year=False) == day_month
    assert day_cell(day)[0] == f"{day_month} {day.year}" and day_cell(day)[3] == day_month
    before = day - timedelta(days=1)
    on = short_date(before, weekday=False, year=before.year != day.year)
    said = due_said_later("tomorrow", day, before)
    assert said == f"{short_date(day)} (“tomorrow”, said on {on})"
