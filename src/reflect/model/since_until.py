"""A report's Since and Until as typed (`reflect report --since`, `--until`, the Reports
screen's filters): a day, a month or a quarter read as `dates.read_date` reads a due date, but
without its year the one nearest today or gone by (`read_date_near`), and Until from Since on
(`read_until`); `spans` reads the words naming a span of days (`last month`, `Q4`). A week
commencing (`w/c 14 Dec`) is its first day in Since, its last in Until: a due date's Friday of
that week (`dates.read_date`) was refused in both, as no period's start (a learning lead's
trial).
`report/period.py` reads the two together. Why: docs/architecture.md, "Dates".

Pure: no files, no Textual.
"""

from __future__ import annotations

from datetime import date, timedelta

from reflect.model.dates import (
    MONTH_ALONE,
    MONTHS,
    WEEKDAY_ALONE,
    WEEKDAYS,
    counts_from_today,
    normal_words,
    read_date,
)
from reflect.model.day_of_month import is_day_of_month
from reflect.model.spoken_dates import week_commencing, weekday_day


def read_date_near(text: str, today: date, past: bool = False) -> date | None:
    """The date `text` names, as `read_date` reads it, except that a day typed without its
    year is the one nearest `today`, before or after; with `past`, the last one on or before
    `today`. For a report's dates: "since 1 March" (`past`) is the March gone, not next
    year's, as a due date would read it (`read_until` reads a report's end). Words
    that count from today ("tomorrow", "3 weeks ago", "next Friday") are read from today, never
    moved by a year; a weekday alone with `past` is the last one ("since Monday")."""
    t = normal_words(text)
    if (first := week_commencing(t)) is not None:  # `w/c 14 Dec`: the day the week begins,
        return read_date_near(first, today, past)  # read as a day typed alone is
    if is_day_of_month(t) or _due_only(t):  # `the 14th`: a due date's (the next), not a
        return None  # report's, as before
    if (days := _span(t, today)) is not None:  # "last month": its first day (past), else last
        return days[0] if past else days[1]
    if counts_from_today(t):
        return read_date(t, today)
    if past and (m := WEEKDAY_ALONE.fullmatch(t)) and not m[1] and m[2] in WEEKDAYS:
        return today - timedelta(days=(today.weekday() - WEEKDAYS[m[2]]) % 7)
    if past and (m := MONTH_ALONE.fullmatch(t)) and m[1] in MONTHS and "end" not in t.split()[:2]:
        # "since March": from its first day (a due date's "March" is its last)
        month = MONTHS[m[1]]
        year = int(m[2]) if m[2] else today.year - (month > today.month)
        return date(year, month, 1)
    ahead = read_date(text, today)
    if ahead is None or ahead <= today:
        return ahead
    before = read_date(text, _a_year_before(today))  # the same words read from a year ago
    if past and before is not None and before > today:  # `29/2` in 2026: 2024's, not 2028's
        before = read_date(text, date(today.year - 4, 1, 1))
    if before is None or before == ahead or before > today:
        return ahead  # a year was typed, or the words name a day to come ("tomorrow")
    return before if past or today - before <= ahead - today else ahead


def _due_only(t: str) -> bool:
    """Whether `t` (`normal_words`) is a due date's words a report does not read: `Wed the
    13th` (the next 13th on a Wednesday, one to come); refused in reports, as before they were
    read. (`w/c 14 Dec` was too, a due date's Friday: a report reads it as a week, above.)"""
    on = weekday_day(t)
    return on is not None and on[0] in WEEKDAYS


def _span(t: str, today: date) -> tuple[date, date] | None:
    from reflect.model.spans import span  # (it reads `read_date_near` from here)

    return span(t, today)


def _quarter_from(t: str, since: date) -> date | None:
    from reflect.model.spans import quarter_from

    return quarter_from(t, since)


def read_until(text: str, today: date, since: date | None = None) -> date | None:
    """The end of a report's span. A day, a month or a quarter typed without its year is, with
    `since` given, the first such day from `since` on ("since January until March" in
    December is January to March of one year: it was to March of the next, a span of
    fifteen months; a trial; Since is moved a year back where this Until would be in a year
    to come: `report.period.read_period`); with
    no `since`, the last such day in a month already begun, as a report tells of sessions held
    ("until March" in December is the March gone, "until 31/12" this year's end; it was next
    March's end, which left nothing out: a trial). A weekday alone (`Monday`, `on Mon`) is
    the last one on or before today, as for Since, unless that is before `since`: then the
    first one from `since` on, a day still to come ("since Monday until Friday" on a
    Wednesday is this week). "since Monday until Monday" on a Saturday read to the Monday to
    come, two days after today: it is the one Monday, the one gone (a trial). Words that
    count from today ("tomorrow", "next Friday") are read from today. A week commencing
    (`w/c 30 Nov`) is to its last day, six days after the day it begins."""
    t = normal_words(text)
    if (first := week_commencing(t)) is not None:  # `w/c 30 Nov`: to that week's last day
        # (Sunday, as `last week` is read), its first day read as Until reads a day, a week
        # begun before Since ending in it
        begins = read_until(first, today, None if since is None else since - _WEEK_ON)
        return None if begins is None else begins + _WEEK_ON
    if _due_only(t):
        return None
    if since is not None and (last := _quarter_from(t, since)) is not None:
        return last  # `Q1` after Since `Q4 2024`: Q1 2025, as `March` is read
    if (days := _span(t, today)) is not None:  # "until last month": to its last day
        return days[1]
    if counts_from_today(t):
        return read_date(t, today)
    if (m := WEEKDAY_ALONE.fullmatch(t)) and m[1] in (None, "on") and m[2] in WEEKDAYS:
        gone = today - timedelta(days=(today.weekday() - WEEKDAYS[m[2]]) % 7)
        if since is None or gone >= since:
            return gone
        return since + timedelta(days=(WEEKDAYS[m[2]] - since.weekday()) % 7)
    if since is not None:
        return read_date(text, since)
    ahead = read_date(text, today)
    if ahead is None or (ahead.year, ahead.month) <= (today.year, today.month):
        return ahead
    before = read_date(text, _a_year_before(today))
    if before is not None and before > today:  # `29/2`: 2024's, not 2028's (a trial)
        before = read_date(text, date(today.year - 4, 1, 1))
    return before or ahead


_WEEK_ON = timedelta(days=6)
"""From a week's first day to its last."""


def _a_year_before(today: date) -> date:
    """The same day a year earlier (1 March for 29 February)."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today - timedelta(days=365)
