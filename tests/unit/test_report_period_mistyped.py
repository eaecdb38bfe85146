"""A month's or a day's name mistyped in a report's Since or Until is said so, as a due date
says it: a learning lead's trial typed `Feburary` and `--since` said only "not a date reflect
can read", where the due box would have said `February mistyped?`. The words stay no date
(which was meant is not guessed). Every word here is invented for the test.
"""

from __future__ import annotations

import argparse

import pytest

from reflect.cli.parser import uk_date
from reflect.report.dates import why_not, why_not_short


@pytest.mark.parametrize(("typed", "said", "short"), [
    ("Feburary", "Feburary looks like February mistyped", "February mistyped?"),
    ("Decmber 2025", "Decmber looks like December mistyped", "December mistyped?"),
    ("last tusday", "tusday looks like Tuesday mistyped", "Tuesday mistyped?"),
    ("30/2", "there is no 30 Feb", "no 30 Feb"),  # as before
    ("this qtr", None, "not a date"),  # words reflect does not read: the ways to type one
    # a quarter or a month no year has: said which (they said only the ways to type a date)
    ("Q5", "there is no quarter 5: Q1–Q4", "no quarter 5"),
    ("q0", "there is no quarter 0: Q1–Q4", "no quarter 0"),
    ("Q5 2026", "there is no quarter 5: Q1–Q4", "no quarter 5"),
    ("13/2026", "there is no month 13", "no month 13"),
    ("2026-13", "there is no month 13", "no month 13"),
    ("32/13/2026", "there is no month 13", "no month 13"),
    ("2026-13-01", "there is no month 13", "no month 13"),
])
def test_why_since_or_until_is_no_date(typed: str, said: str | None, short: str) -> None:
    assert why_not(typed) == said
    assert why_not_short(typed) == short
    assert len(short) <= 22  # the box's border at 80 columns


def test_the_command_line_says_a_month_mistyped() -> None:
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        uk_date("Janury", past=True)
    assert str(refused.value) == "'Janury' is not a date: Janury looks like January mistyped"


def test_the_command_line_says_there_is_no_quarter_5_and_a_month_by_its_number_is_read(
        ) -> None:
    from datetime import date

    from reflect.report.period import read_period

    with pytest.raises(argparse.ArgumentTypeError) as refused:
        uk_date("Q5", past=True)
    assert str(refused.value) == "'Q5' is not a date: there is no quarter 5: Q1–Q4"
    today = date(2026, 12, 7)  # (`13/2026` is no month; `3/2026` is March 2026)
    assert read_period("3/2026", "2026-05", today) == read_period("March 2026", "May 2026",
                                                                  today)
    assert read_period("3/2026", "", today).since == date(2026, 3, 1)
