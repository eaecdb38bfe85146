"""Due dates as a room says them (model/spoken_dates.py, read by `dates.read_date`): a day in
words, the middle of a month, a week commencing, a weekday with a day of the month, a
fortnight on a weekday. Until 7 December 2026 each was "not read as a date" (two facilitators'
trials). Every date here is invented, read from a fixed today."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.model.dates import counts_from_day_typed, fixed_date, no_such_day, read_date
from reflect.model.due_hints import other_week_hint, read_as
from reflect.model.since_until import read_date_near, read_until
from reflect.walk.due import due_said, no_date_said

MONDAY = date(2026, 12, 7)
WEDNESDAY = date(2026, 12, 9)
FRIDAY = date(2026, 12, 11)


@pytest.mark.parametrize(("typed", "expected"), [
    ("first of February", date(2027, 2, 1)),
    ("the first of Feb", date(2027, 2, 1)),
    ("by the first of February 2028", date(2028, 2, 1)),
    ("the twenty-first", date(2026, 12, 21)),  # as `the 21st`
    ("thirty first of January", date(2027, 1, 31)),
    ("February the third", date(2027, 2, 3)),
    ("the 2nd of March", date(2027, 3, 2)),
])
def test_a_day_in_words_or_after_the_is_read_as_in_figures(typed: str, expected: date) -> None:
    assert read_date(typed, MONDAY) == expected


def test_a_day_in_words_its_month_has_not_is_said_so() -> None:
    assert read_date("thirtieth of February", MONDAY) is None
    assert no_such_day("thirtieth of February") == "no 30 Feb"


@pytest.mark.parametrize(("typed", "expected"), [
    ("mid Feb", date(2027, 2, 15)),
    ("mid-February", date(2027, 2, 15)),
    ("the middle of March 2028", date(2028, 3, 15)),
    ("mid December", date(2026, 12, 15)),  # still to come this month
    ("mid-Nov", date(2027, 11, 15)),  # gone by: next year's
])
def test_the_middle_of_a_month_is_its_15th(typed: str, expected: date) -> None:
    assert read_date(typed, MONDAY) == expected


@pytest.mark.parametrize(("typed", "today", "expected"), [
    ("w/c 14 Dec", MONDAY, date(2026, 12, 18)),
    ("week commencing 14th December", MONDAY, date(2026, 12, 18)),
    ("W/C 14/12", MONDAY, date(2026, 12, 18)),
    ("wc 4 Jan 2027", MONDAY, date(2027, 1, 8)),
    ("week beginning Monday", MONDAY, date(2026, 12, 18)),  # next Monday's week
    ("w/c 7 Dec", WEDNESDAY, date(2026, 12, 11)),  # this week, begun: not December 2027's
    ("w/c 7 Dec", date(2026, 12, 12), date(2027, 12, 10)),  # its Friday gone by: next year's
])
def test_a_week_commencing_is_due_by_its_friday(typed: str, today: date,
                                                expected: date) -> None:
    assert read_date(typed, today) == expected


def test_a_week_commencing_says_which_day_was_taken_in_the_box_and_plain_mode() -> None:
    day = read_date("w/c 14 Dec", MONDAY)
    assert read_as("w/c 14 Dec", day, MONDAY) == "→ Fri 18 Dec 2026"
    assert other_week_hint("w/c 14 Dec", day, MONDAY) == \
        "the Friday of the week of Mon 14 Dec; for another day type it"
    assert due_said("w/c 14 Dec", day, MONDAY) == "due Friday 18 December 2026, the Friday " \
        "of the week of Monday 14 December; for another day type it"
    assert other_week_hint("18 Dec", day, MONDAY) == ""  # the Friday typed: nothing to say


@pytest.mark.parametrize(("typed", "expected"), [
    ("Wednesday 13th", date(2027, 1, 13)),  # 13 December is a Sunday: January's
    ("Wed the 13th", date(2027, 1, 13)),
    ("Sunday the 13th", date(2026, 12, 13)),
    ("Fri 18th", date(2026, 12, 18)),
])
def test_a_weekday_with_a_day_of_the_month_is_the_next_one_on_that_weekday(
        typed: str, expected: date) -> None:
    assert read_date(typed, MONDAY) == expected
    assert counts_from_day_typed(typed) and fixed_date(typed) is None


def test_a_weekday_neither_of_the_next_two_such_days_is_says_what_they_are() -> None:
    assert read_date("Thu the 13th", MONDAY) is None
    assert read_as("Thu the 13th", None, MONDAY) == "13 Dec Sun, Jan Wed"  # the border's 20
    assert no_date_said("Thu the 13th", MONDAY) == "“Thu the 13th” is not read as a date: " \
        "13 December 2026 is a Sunday, 13 January 2027 a Wednesday."
    assert read_date("Wed 13", MONDAY) is None  # a number alone needs its `th`, as `the 14th`


@pytest.mark.parametrize(("typed", "today", "expected"), [
    ("Friday fortnight", MONDAY, date(2026, 12, 25)),  # the coming Friday and two weeks
    ("a fortnight on Tuesday", MONDAY, date(2026, 12, 22)),
    ("fortnight Friday", MONDAY, date(2026, 12, 25)),
    ("Friday fortnight", FRIDAY, date(2026, 12, 25)),  # said on a Friday: a fortnight today
    ("week on Monday", MONDAY, date(2026, 12, 14)),  # said on a Monday: a week today,
    ("a week on Monday", MONDAY, date(2026, 12, 14)),  # as `Tues week` on a Tuesday is
    ("Monday week", MONDAY, date(2026, 12, 14)),
    ("Tues week", MONDAY, date(2026, 12, 15)),
])
def test_a_week_or_a_fortnight_on_a_weekday(typed: str, today: date, expected: date) -> None:
    assert read_date(typed, today) == expected
    assert counts_from_day_typed(typed)


@pytest.mark.parametrize("typed", ["before Christmas", "mid-month", "mid 2027", "w/c",
                                   "week commencing someday", "the second week"])
def test_festivals_and_words_naming_no_day_are_still_no_date(typed: str) -> None:
    assert read_date(typed, MONDAY) is None


def test_a_report_reads_a_day_in_words_a_middle_and_a_week_not_a_weekdays_day() -> None:
    """A week commencing is a week in a report, its first day in Since and its last in Until
    (report/period.py); it was refused, a due date's Friday (a learning lead's trial)."""
    assert read_date_near("first of February", MONDAY, past=True) == date(2026, 2, 1)
    assert read_date_near("mid Feb", MONDAY, past=True) == date(2026, 2, 15)
    for words in ("w/c 30 Nov", "week commencing 30th November"):
        assert read_date_near(words, MONDAY, past=True) == date(2026, 11, 30)
        assert read_until(words, MONDAY) == date(2026, 12, 6)
        assert read_until(words, MONDAY, since=date(2026, 1, 1)) == date(2026, 12, 6)
    assert read_date_near("Wed the 13th", MONDAY, past=True) is None  # refused, as before
    assert read_until("Wed the 13th", MONDAY) is None
