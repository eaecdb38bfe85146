"""A report's Since and Until read together, the Reports screen and `reflect report` alike
(`read_period`), and said in words (`period_words`, the screen's line under its filters).

Since is always from the day it names on, Until up to the day it names: a calendar period
(`last quarter`, `Q3`, `September`, `2025`: `model.spans.period`) is its first day in Since,
its last in Until, so "Since March" alone is 1 March to today, as anyone reading it takes it
(until 7 December 2026 a period in Since alone was that period only, its end unsaid in the
box: a learning lead's trial); for the period alone it is typed in both boxes, as the line
under them says. A quarter, a month or a day without its year reads one way: in Until, the
first from Since on, never in a year to come; a Since without its year after Until, or whose
Until would so be in a year to come, is the one the year before: Since `Q4`, Until `Q1` or
`March` in December is 1 October 2025 to 31 March 2026 (`Q4`, `Q1` was refused as after
Until, and `Q4`, `March` read to next March: trials). Pure: no IO, no Textual."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reflect.model.dates import MONTH_NAMES, last_day, normal_words, short_date
from reflect.model.since_until import read_date_near, read_until
from reflect.model.spans import a_year_earlier, period, without_year
from reflect.model.spoken_dates import week_commencing
from reflect.report.dates import DATE_WORDS, NOT_SINCE, long_date, still_to_come, why_not


@dataclass(frozen=True)
class Period:
    """The days a report covers as typed in Since and Until (None: not typed, or not a date)."""

    since: date | None = None
    until: date | None = None
    earlier: str = ""
    """Since where it is read a year before the one it names alone, Until being before that
    one, with its year (`Q4 2025` for Since `Q4`, Until `Q1` in December); "" otherwise."""
    alone: str = ""
    """The words typed in Since, Until empty, where they name a calendar period over before
    today (`last quarter`): the line under the boxes says how to have that period alone."""
    unread: bool = False
    """Whether Since or Until was typed and is not a date (`Q5`): the report is refused."""
    until_next: date | None = None
    """Until typed without its year naming no day in the year from Since (`29/2` after
    `1/3/2026`): the first such day after Since (29 February 2028), said in the refusal
    (`period_refused`); Until is then None and `unread` True."""


def read_period(since: str, until: str, today: date) -> Period:
    """Since and Until as typed, read from `today`: Since as `read_date_near` reads a day gone
    (`past`), Until by `read_until` from Since; a quarter, a month or a day in Since without
    its year is the one a year before (`Period.earlier`) where Until so read is before it,
    or is one without its year in a year to come (Since `Q4`, Until `March` in December:
    last October to this March, as `Q4`, `Q1` is), and Until, read from that, is on or
    after it. A year typed in Since is kept: `Q4 2026`, `Q1 2026` is refused as after
    Until."""
    since, until = since.strip(), until.strip()
    start = read_date_near(since, today, True) if since else None
    end = read_until(until, today, start) if until else None
    to_come = end is not None and end.year > today.year and without_year(normal_words(until))
    # A year back; where Until would be in a year to come, up to four (`1/3`, `29/2`: three,
    # 2023's to 2024's; it ran to 29 February 2028, a learning lead's trial).
    for years in range(1, 5 if to_come else 2) if start is not None and end is not None and (
            start > end or to_come) else ():
        if (earlier := a_year_earlier(normal_words(since), today, years)) is None:
            break
        first, _, said = earlier
        last = read_until(until, today, first)
        if last is not None and first <= last and not (to_come and last.year > today.year):
            return Period(first, last, earlier=said)
    if start is not None and end is not None and end > max(today, a_year_on(start)) \
            and without_year(normal_words(until)):  # `29/2` after `1/3/2026`: 2028's, which
        return Period(start, None, unread=True, until_next=end)  # no one means (a trial)
    whole = period(normal_words(since), today) if start is not None and not until else None
    return Period(start, end, alone=since if whole and whole[1] < today else "",
                  unread=bool(since) and start is None or bool(until) and end is None)


def a_year_on(day: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    return day.replace(year=day.year + 1, day=min(day.day, last_day(day.year + 1,
                                                                    day.month).day))


def week_said(typed: str, day: date, until: bool = False) -> str | None:
    """What a week commencing typed in Since (`until`: Until) was read as, said back at the
    command line: `Mon 30 Nov 2026, the first day of that week` (Until: `Sun 6 Dec 2026, the
    last day of that week`); None for other words. A due date's `w/c` is that week's Friday,
    so the day a report takes is said (it was refused: a learning lead's trial)."""
    if week_commencing(normal_words(typed)) is None:
        return None
    return f"{short_date(day)}, the {'last' if until else 'first'} day of that week"


def box_date(typed: str, day: date) -> str:
    """The date a Since or Until box read, said on its border: `1 Nov 2026`; with its weekday
    for a week commencing (`Mon 30 Nov 2026`, `Sun 6 Dec 2026`): the week's first day in
    Since, its last in Until, not a due date's Friday."""
    return short_date(day, weekday=week_commencing(normal_words(typed)) is not None)


def until_short(p: Period) -> str | None:
    """`no 29 Feb in a year`: why Until is refused (`Period.until_next`), short enough for
    its box's border at 80 columns; None where it is not so refused."""
    if (day := p.until_next) is None:
        return None
    return f"no {day.day} {MONTH_NAMES[day.month - 1][:3]} in a year"


def days_words(first: date, last: date) -> str:
    """`1 July to 30 September 2026`, the year said once where both days share it (`1 December
    2025 to 31 January 2026` where not); `30 November 2026` for one day."""
    if first == last:
        return long_date(first)
    if first.year != last.year:
        return f"{long_date(first)} to {long_date(last)}"
    start = f"{first.day}" + ("" if first.month == last.month else
                              f" {MONTH_NAMES[first.month - 1]}")
    return f"{start} to {long_date(last)}"


def period_words(p: Period, today: date) -> str:
    """What `p` covers, in words, for the line under the Reports screen's filters: `Sessions
    held from 1 July 2026 to today. Last quarter alone: type it in Until too.`, `Since read as
    Q4 2025, the one before Until: sessions held 1 October 2025 to 31 March 2026.`; "" for no
    dates, or dates the report refuses (one not a date, a Since after the Until, or still to
    come: the refusal says why; `Q5` in Since said "up to" the Until beside it)."""
    since, until = p.since, p.until
    if p.unread or (since is None and until is None) or (since is not None and since > today) or (
            since is not None and until is not None and since > until):
        return ""
    if since is None:
        said = f"up to {long_date(until)}" if until is not None else ""
    elif until is None:
        said = f"from {long_date(since)} to today"
    else:
        said = ("on " if since == until else "") + days_words(since, until)
    if until is not None and until > today:  # as the report reads it (`Filters.up_to`)
        said += ", to today so far"
    if p.earlier:
        return f"Since read as {p.earlier}, the one before Until: sessions held {said}."
    alone = f" {p.alone[0].upper()}{p.alone[1:]} alone: type it in Until too." if p.alone else ""
    return f"Sessions held {said}.{alone}"


def since_to_come(typed: str, day: date, today: date) -> str | None:
    """Why a Since read as `day` is refused, said after what was typed: a calendar period
    still to come in its own terms (`names 14 to 20 December 2026, a period still to come
    (today is Mon 7 Dec 2026)`: `--since "next week"` said it "reads as Fri 18 Dec 2026", a
    due date's `next week`: a trial), a day as `dates.still_to_come` says it (`reads as Tue 8
    Dec 2026, a day still to come …`); None for today or a day gone."""
    if day <= today:
        return None
    if whole := period(normal_words(typed), today):
        return (f"names {days_words(*whole)}, a period still to come (today is "
                f"{short_date(today)})")
    return f"reads as {still_to_come(day, today)}"


def period_refused(since: str, until: str, p: Period, today: date, saving: bool = False,
                   names: tuple[str, str] = ("Since", "Until")) -> str:
    """Why no report is made for Since and Until as typed and read (`p`), each box's problem
    on a line of its own, or "" where they are a period a report can cover: a box that is
    not a date (`Since: 'Q5' is not a date: there is no quarter 5: Q1–Q4.`), the ways to
    type a date said once after them where a box's words are none reflect reads; a Since
    still to come (`since_to_come`); a Since after the Until, `saving` asking to save after.
    Said once, in place of the report: with both boxes wrong only Since's was said there,
    Until's on its border alone, and the same again in a pop-up, 9 of 24 rows at 80x24 (a
    learning lead's trial). `names`: the boxes' names, `--since` and `--until` at the command
    line (`cli.parser.dates_refused`)."""
    lines, unknown = [], False
    for name, typed, day in ((names[0], since.strip(), p.since), (names[1], until.strip(),
                                                                   p.until)):
        if name == names[1] and p.since is not None and p.until_next is not None:
            day = p.until_next  # (29 February alone: any other day comes within a year)
            lines.append(f"{name}: {typed!r} names no day within a year of {names[0]} "
                         f"({long_date(p.since)}): the next {day.day} "
                         f"{MONTH_NAMES[day.month - 1]} is in {day.year}. Type the year with "
                         "it, or another day.")
        elif typed and day is None:
            why = why_not(typed)
            unknown = unknown or why is None
            lines.append(f"{name}: {typed!r} is not a date" + (f": {why}." if why else
                                                              " reflect can read."))
        elif name == names[0] and day is not None and (
                to_come := since_to_come(typed, day, today)):
            lines.append(f"{name} {to_come}: {NOT_SINCE}")
    if lines:
        return "\n".join(lines + ([f"Type a date like {DATE_WORDS}."] if unknown else []))
    if p.since is not None and p.until is not None and p.since > p.until:
        then = ", then save" if saving else ""
        return (f"Since ({short_date(p.since)}) is after Until ({short_date(p.until)}), so no "
                f"session can be in between: change one of them{then}.")
    return ""
