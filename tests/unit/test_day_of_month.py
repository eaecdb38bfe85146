"""A day of the month alone as a due date (`the 14th`, `by the 31st`): the next such day on or
after the day it was typed, and said at a later meeting with the day it was said
(model/day_of_month.py). Until 7 December 2026 it was "not read as a date" (a team lead's
fresh-eyes trial)."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.model.dates import counts_from_day_typed, read_date
from reflect.model.since_until import read_date_near

MONDAY = date(2026, 12, 7)


@pytest.mark.parametrize(("typed", "today", "expected"), [
    ("the 14th", MONDAY, date(2026, 12, 14)),
    ("14th", MONDAY, date(2026, 12, 14)),
    ("by the 14th", MONDAY, date(2026, 12, 14)),
    ("The 7th.", MONDAY, date(2026, 12, 7)),  # today is still to do
    ("the 6th", MONDAY, date(2027, 1, 6)),  # gone this month: next month's, the next year's
    ("the 31st", date(2027, 4, 1), date(2027, 5, 31)),  # April has no 31st
    ("the 30th", date(2027, 1, 31), date(2027, 3, 30)),  # nor February a 30th
    ("Friday 18th", MONDAY, date(2026, 12, 18)),  # after its weekday, which it is
])
def test_a_day_of_the_month_alone_is_the_next_one(typed: str, today: date,
                                                  expected: date) -> None:
    assert read_date(typed, today) == expected


@pytest.mark.parametrize("typed", ["14", "the 32nd", "the 0th", "Thursday 18th", "the 14th of"])
def test_a_number_alone_or_no_such_day_is_not_a_date(typed: str) -> None:
    assert read_date(typed, MONDAY) is None


def test_it_counts_from_the_day_typed_and_no_report_reads_it() -> None:
    assert counts_from_day_typed("by the 14th")
    assert not counts_from_day_typed("14")
    # A report's "since the 14th" is refused, as before: not a day a year back.
    assert read_date_near("the 14th", MONDAY, past=True) is None
