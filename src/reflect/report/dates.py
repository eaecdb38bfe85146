"""Dates in reports: the day a session was held, dates written as people write them, and due
dates typed into actions (`parse_due`)."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime


def utc(when: datetime) -> datetime:
    """`when` in UTC; a time saved without a zone (edited by hand) is taken as UTC."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def long_date(day: date) -> str:
    """`3 May 2026`, as people write it."""
    return f"{day.day} {day:%B %Y}"


_MONTHS: dict[str, int] = {}
for _n in range(1, 13):
    _MONTHS[calendar.month_name[_n].lower()] = _n
    _MONTHS[calendar.month_abbr[_n].lower()] = _n
_MONTHS["sept"] = 9

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][0-9:.+z-]*)?")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([a-z]+)\.?,?\s+(\d{4})")
_MONTH_D_Y = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_Y = re.compile(r"(?:end\s+of\s+)?([a-z]+)\.?,?\s+(\d{4})")
_LEAD = re.compile(r"^(?:by|before|due|on|no later than)\s+")


def parse_due(text: str) -> date | None:
    """The date an action's `due` text names, or None when it names none clearly.

    Accepts `2027-03-31`, `31/03/2027` (day first, as in the UK; also `-` or `.`, and two-digit
    years), `31 March 2027`, `31st Mar 2027`, `March 31, 2027`, and a month alone (`March 2027`,
    meaning its last day), optionally after "by", "before", "due" or "on".
    """
    t = _LEAD.sub("", " ".join(text.split()).lower()).rstrip(".")
    try:
        if m := _ISO.fullmatch(t):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.fullmatch(t):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[2]), int(m[1]))
        if (m := _D_MONTH_Y.fullmatch(t)) and m[2] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2]], int(m[1]))
        if (m := _MONTH_D_Y.fullmatch(t)) and m[1] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[1]], int(m[2]))
        if (m := _MONTH_Y.fullmatch(t)) and m[1] in _MONTHS:
            year, month = int(m[2]), _MONTHS[m[1]]
            return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return None


