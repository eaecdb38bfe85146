"""Words that name a span of days, as a report's Since and Until are typed: `last month`,
`this year`, `last week`, `the past 3 months`, `this quarter`, `Q4`. A report's Since is the
span's first day, its Until the last (`model/dates.py`: `read_date_near` with `past`,
`read_until`); due dates never read them. `--since "last month"` was refused, and so were
`"this quarter"`, `"last quarter"` and `Q4`, the periods a partnership reports on (trials).
Pure: no IO."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reflect.model.dates import NUMBERS

_CALENDAR = re.compile(r"(?:the\s+)?(last|this|previous|current)\s+(week|month|quarter|year)")
"""`last month` (the calendar month before this one), `this year` (from 1 January), `last
quarter` (the calendar quarter before this one: January to March, April to June, ...)."""
_QUARTER = re.compile(r"(?:q([1-4])(?:\s*[/ ]\s*(\d{4}))?|(\d{4})\s*[/ ]?\s*q([1-4]))")
"""`Q4` (October to December: this year's, or last year's where this year's has not begun),
`Q4 2025`, `2025 Q4`, `2025/Q4`. Calendar quarters, not a financial year's."""
_ROLLING = re.compile(r"(?:in\s+)?(?:the\s+)?(?:last|past)\s+(?:(\d{1,3}|[a-z]+)\s+)?"
                      r"(day|week|fortnight|month|year)s?")
"""`the past month`, `the last 3 months`, `past year`: counted back from today to today."""
_YEARS_AGO = re.compile(r"(\d{1,3}|[a-z]+)\s+years?\s+ago")
"""`a year ago`, `2 years ago`: the day (months, weeks and days ago are `dates.read_date`'s)."""

def _count(word: str | None) -> int | None:
    if word is None:
        return 1
    return int(word) if word.isdigit() else NUMBERS.get(word)


def months_before(day: date, months: int) -> date:
    """The same day `months` months before (the month's last day where it has no such day)."""
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _back(today: date, n: int, unit: str) -> date:
    if unit in ("month", "year"):
        return months_before(today, n * (12 if unit == "year" else 1))
    return today - timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])


def quarter(year: int, n: int) -> tuple[date, date]:
    """The first and last days of quarter `n` (1-4) of `year`: Q1 is January to March."""
    first = date(year, 3 * n - 2, 1)
    return first, months_before(first, -3) - timedelta(days=1)


def _quarter_named(m: re.Match[str], today: date) -> tuple[date, date]:
    """`Q4` with its year, or without: this year's once begun, else last year's."""
    n, year = (int(m[1]), m[2]) if m[1] else (int(m[4]), m[3])
    if year is not None:
        return quarter(int(year), n)
    days = quarter(today.year, n)
    return days if days[0] <= today else quarter(today.year - 1, n)


def span(words: str, today: date) -> tuple[date, date] | None:
    """The first and last days `words` (lower case, spaces single: `dates.normal_words`) name as a
    span, read from `today`; None when they name none. Weeks start on Monday; quarters are the
    calendar's (Q1 January to March)."""
    if m := _QUARTER.fullmatch(words):
        return _quarter_named(m, today)
    if m := _CALENDAR.fullmatch(words):
        before = m[1] in ("last", "previous")
        if m[2] == "quarter":
            this = (today.month - 1) // 3 + 1
            if not before:
                return quarter(today.year, this)
            return quarter(today.year, this - 1) if this > 1 else quarter(today.year - 1, 4)
        if m[2] == "week":
            monday = today - timedelta(days=today.weekday() + (7 if before else 0))
            return monday, monday + timedelta(days=6)
        if m[2] == "month":
            first = months_before(today.replace(day=1), 1 if before else 0)
            return first, months_before(first, -1) - timedelta(days=1)
        year = today.year - before
        return date(year, 1, 1), date(year, 12, 31)
    if (m := _ROLLING.fullmatch(words)) and (n := _count(m[1])) is not None:
        return _back(today, n, m[2]), today
    if (m := _YEARS_AGO.fullmatch(words)) and (n := _count(m[1])) is not None:
        day = _back(today, n, "year")
        return day, day
    return None
