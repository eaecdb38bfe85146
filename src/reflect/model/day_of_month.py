"""A day of the month typed alone as a due date: `the 14th`, `14th`, `by the 31st` (`by` is
skipped by `dates.normal_words`), read by `dates.read_date` as the next such day on or after
the day it was typed: this month's where it is still to come, else the next month that has
it (`the 31st` typed on 1 April is 31 May). An ordinal is needed: a number alone (`14`) names
no date. Like `next Friday`, it counts from the day it was typed (`dates.counts_from_day_typed`).

Until 7 December 2026 these were "not read as a date", so an action due "by the 14th" was never
counted overdue (a team lead's fresh-eyes trial: "the 14th" is how a room says it).
"""

from __future__ import annotations

import re
from datetime import date

_DAY = re.compile(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)")


def _day(t: str) -> int | None:
    """The day `t` (`dates.normal_words`) names alone (`the 14th`: 14), else None."""
    m = _DAY.fullmatch(t)
    return int(m[1]) if m is not None and 1 <= int(m[1]) <= 31 else None


def is_day_of_month(t: str) -> bool:
    """Whether `t` (`dates.normal_words`) is a day of the month alone (`the 14th`)."""
    return _day(t) is not None


def next_day_of_month(t: str, today: date) -> date | None:
    """The day of the month `t` names (`is_day_of_month`), on or after `today`; None when `t`
    is not one (`the 32nd`, `14`)."""
    if (day := _day(t)) is None:
        return None
    year, month = today.year, today.month
    for _ in range(3):  # every day up to the 31st comes within this month and the next two
        try:
            found = date(year, month, day)
        except ValueError:  # the 31st in a month of 30 days: the next month that has it
            found = None
        if found is not None and found >= today:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None
