"""Words that name a span of days, as a report's Since and Until are typed: `last month`,
`this year`, `last week`, `the past 3 months`, `this quarter`, `Q4`. A report's Since is the
span's first day, its Until the last (`model/since_until.py`: `read_date_near` with `past`,
`read_until`); due dates never read them. `--since "last month"` was refused, and so were
`"this quarter"`, `"last quarter"` and `Q4`, the periods a partnership reports on (trials).
`period` says which of them name a calendar period (a quarter, a month, a year), which a
Since typed alone reads whole (report/period.py). Pure: no IO."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reflect.model.dates import (
    MONTH_NAMES,
    NUMBERS,
    counts_from_day_typed,
    fixed_date,
    last_day,
    month_number,
    names_a_date,
)
from reflect.model.since_until import read_date_near
from reflect.model.spoken_dates import week_commencing

_CALENDAR = re.compile(r"(?:the\s+)?(last|this|previous|current|next)\s+"
                       r"(week|month|quarter|year)")
"""`last month` (the calendar month before this one), `this year` (from 1 January), `last
quarter` (the calendar quarter before this one: January to March, April to June, ...), `next
week` (still to come: `--since "next week"` read as the Friday a due date's `next week` is,
"reads as Fri 18 Dec 2026", a trial)."""
_YEAR = re.compile(r"(?:in\s+)?((?:19|20)\d\d)")
"""`2025`: the calendar year (it was not a date)."""
_MONTH = re.compile(r"(?:in\s+)?([a-z]+)\.?(?:\s+(\d{4}))?")
"""`September`, `Sept 2025`: the month (without a year, the last one begun)."""
_QUARTER = re.compile(r"(?:q([1-4])(?:\s*[/ ]\s*(\d{4}))?|(\d{4})\s*[/ ]?\s*q([1-4]))")
"""`Q4` (October to December: this year's, or last year's where this year's has not begun),
`Q4 2025`, `2025 Q4`, `2025/Q4`. Calendar quarters, not a financial year's."""
_MONTH_NUMBER = re.compile(r"(?:in\s+)?(?:(\d{1,2})\s*/\s*(\d{4})|(\d{4})-(\d{1,2}))")
"""`3/2026`, `2026-03`: the month by its number and year (`13/2026` was refused with the ways
to type a date, as `3/2026` was: `report.dates.no_such_part` says there is no month 13)."""
_ROLLING = re.compile(r"(?:in\s+)?(?:the\s+)?(?:last|past)\s+(?:(\d{1,3}|[a-z]+)\s+)?"
                      r"(day|week|fortnight|month|year)s?")
"""`the past month`, `the last 3 months`, `past year`: counted back from today to today."""
_COUNTED_BACK = re.compile(r"(\d{1,3}|[a-z]+)\s+(day|week|fortnight|month|year)s?(?:\s+ago)?")
"""`a year ago`, `2 years ago`, and without "ago" (`3 months`, `6 weeks`, `1 year`): the day
that long before today, as a report is of sessions held. `3 months` in Since was read as a
due date's, in three months' time (March 2027), and refused as still to come, and `1 year`
was no date (a learning lead's trial); `in 3 months` is still the day to come."""

def _count(word: str | None) -> int | None:
    if word is None:
        return 1
    return int(word) if word.isdigit() else NUMBERS.get(word)


def months_before(day: date, months: int) -> date:
    """The same day `months` months before (the month's last day where it has no such day)."""
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, last_day(year, month).day))


def _back(today: date, n: int, unit: str) -> date:
    if unit in ("month", "year"):
        return months_before(today, n * (12 if unit == "year" else 1))
    return today - timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])


def quarter(year: int, n: int) -> tuple[date, date]:
    """The first and last days of quarter `n` (1-4) of `year`: Q1 is January to March."""
    return date(year, 3 * n - 2, 1), last_day(year, 3 * n)  # (Q4 9999: not from 10000)


def _quarter_named(m: re.Match[str], today: date) -> tuple[date, date]:
    """`Q4` with its year, or without: this year's once begun, else last year's."""
    n, year = (int(m[1]), m[2]) if m[1] else (int(m[4]), m[3])
    if year is not None:
        return quarter(int(year), n)
    days = quarter(today.year, n)
    return days if days[0] <= today else quarter(today.year - 1, n)


def _calendar(words: str, today: date) -> tuple[date, date] | None:
    """A calendar span `words` name: a quarter, a week, a month or a year by its place from
    this one (`last quarter`, `next week`), a quarter or a year by its number (`Q4`, `2025`)."""
    if m := _QUARTER.fullmatch(words):
        return _quarter_named(m, today)
    if m := _YEAR.fullmatch(words):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if (m := _MONTH_NUMBER.fullmatch(words)) and 1 <= (month := int(m[1] or m[4])) <= 12:
        return date(int(m[2] or m[3]), month, 1), last_day(int(m[2] or m[3]), month)
    if not (m := _CALENDAR.fullmatch(words)):
        return None
    step = {"last": -1, "previous": -1, "next": 1}.get(m[1], 0)
    if m[2] == "quarter":
        n = today.year * 4 + (today.month - 1) // 3 + step
        return quarter(n // 4, n % 4 + 1)
    if m[2] == "week":
        monday = today - timedelta(days=today.weekday() - 7 * step)
        return monday, monday + timedelta(days=6)
    if m[2] == "month":
        first = months_before(today.replace(day=1), -step)
        return first, months_before(first, -1) - timedelta(days=1)
    year = today.year + step
    return date(year, 1, 1), date(year, 12, 31)


def period(words: str, today: date) -> tuple[date, date] | None:
    """The first and last days of the calendar period `words` (as for `span`) name: a quarter
    (`last quarter`, `Q3`, `Q4 2025`), a week, a month or a year by its place (`last month`,
    `this year`, `next week`) or its name (`September`, the last one begun; `Sept 2025`;
    `2025`); None for words naming a day (`1 Sep`, `Monday`, `a year ago`) or a span counted
    back from today (`the past 3 months`). A Since typed alone reads such a period whole
    (report/period.py): "last quarter" in Since covered 1 July to today (a trial)."""
    if (days := _calendar(words, today)) is not None:
        return days
    if (m := _MONTH.fullmatch(words)) and (month := month_number(m[1])) is not None:
        year = int(m[2]) if m[2] else today.year - (month > today.month)
        return date(year, month, 1), last_day(year, month)
    return None


def without_year(words: str) -> bool:
    """Whether `words` (`dates.normal_words`) name a quarter, a month or a day by its number or
    name without its year (`q1`, `march`, `end of march`, `31/3`, `1 oct`): a report's Until
    so typed is read from Since on (`since_until.read_until`), and its Since moved a year back to
    keep that Until out of a year to come (report/period.py). Not words that count from
    today (`friday`, `next month`, `last quarter`) nor a year's."""
    if m := _QUARTER.fullmatch(words):
        return bool(m[1]) and not m[2]
    return names_a_date(words) and fixed_date(words) is None and not counts_from_day_typed(words)


def quarter_from(words: str, since: date) -> date | None:
    """The last day of the quarter `words` name by its number without a year (`q1`) that is
    the first to end on or after `since`: Until `Q1` after Since `Q4 2024` is Q1 2025 (read
    from today, as alone, it was this year's, a month's Until being read from Since: two
    rules for one Until, a learning lead's trial); None for any other words."""
    if not ((m := _QUARTER.fullmatch(words)) and m[1] and not m[2]):
        return None
    last = quarter(since.year, int(m[1]))[1]
    return last if last >= since else quarter(since.year + 1, int(m[1]))[1]


def a_year_earlier(words: str, today: date, years: int = 1) -> tuple[date, date, str] | None:
    """The quarter, month or day `words` name by its number or name, without a year (`Q4`,
    `October`, `1 oct`), a year before the one `period` (for a day `read_date_near`, `past`)
    reads, with its name and year (`Q4 2025`, `October 2025`, `1 October 2025`); None for
    any other words (a year typed, `last quarter`, `Monday`). A report's Since after its
    Until, or whose Until falls in a year to come, is read so (report/period.py): Since
    `Q4`, Until `Q1` in December, read as this year's Q4, was refused as after Until, and
    Since `Q4`, Until `March` read to next March (trials). `years`: so many before (Since
    `1/3` before Until `29/2` is 1 March 2023, the 29 February after it being 2024's)."""
    if (m := _QUARTER.fullmatch(words)) and m[1] and not m[2]:
        year = _quarter_named(m, today)[0].year - years
        return (*quarter(year, int(m[1])), f"Q{m[1]} {year}")
    if (m := _MONTH.fullmatch(words)) and not m[2] and (month := month_number(m[1])):
        year = today.year - (month > today.month) - years
        return date(year, month, 1), last_day(year, month), f"{MONTH_NAMES[month - 1]} {year}"
    if not without_year(words) or (day := read_date_near(words, today, True)) is None:
        return None
    for _ in range(years):
        if (day := read_date_near(words, day - timedelta(days=1), True)) is None:  # the one before
            return None
    week = "w/c " if week_commencing(words) else ""  # (its first day: `since_until`)
    return day, day, f"{week}{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def span(words: str, today: date) -> tuple[date, date] | None:
    """The first and last days `words` (lower case, spaces single: `dates.normal_words`) name as a
    span, read from `today`; None when they name none. Weeks start on Monday; quarters are the
    calendar's (Q1 January to March). (A month by its name is `since_until.read_date_near`'s and
    `since_until.read_until`'s: Until's depends on Since.)"""
    if (days := _calendar(words, today)) is not None:
        return days
    if (m := _ROLLING.fullmatch(words)) and (n := _count(m[1])) is not None:
        return _back(today, n, m[2]), today
    if (m := _COUNTED_BACK.fullmatch(words)) and (n := _count(m[1])) is not None:
        day = _back(today, n, m[2])
        return day, day
    return None
