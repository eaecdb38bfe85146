"""A report's Since and Until read together, the Reports screen and `reflect report` alike
(`read_period`), and said in words (`period_words`, the screen's line under its filters).

A calendar period typed in Since with Until left empty (`last quarter`, `Q3`, `last month`,
`September`, `2025`: `model.spans.period`) is the whole period, Since its first day and Until
its last: "last quarter" in Since alone covered 1 July to today, where a learning lead meant
the quarter (a trial; the docs said to type it in both boxes, which a new lead does not know).
A day (`1 Sep`, `Monday`, `3 months ago`) and a span counted back from today (`the past 3
months`) still mean from that day on. Pure: no IO, no Textual."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reflect.model.dates import MONTH_NAMES, normal_words, read_date_near, read_until, short_date
from reflect.model.spans import period
from reflect.report.dates import long_date, still_to_come


@dataclass(frozen=True)
class Period:
    """The days a report covers as typed in Since and Until (None: not typed, or not a date)."""

    since: date | None = None
    until: date | None = None
    named: str = ""
    """The words typed in Since where they named a calendar period read whole (Until
    empty): `last quarter`; "" otherwise."""


def read_period(since: str, until: str, today: date) -> Period:
    """Since and Until as typed, read from `today`: Since as `read_date_near` reads a day gone
    (`past`), Until by `read_until` from Since; a calendar period in Since with Until empty
    is the whole period (`Period.named`)."""
    since, until = since.strip(), until.strip()
    start = read_date_near(since, today, True) if since else None
    if start is not None and not until and (whole := period(normal_words(since), today)):
        return Period(whole[0], whole[1], since)
    return Period(start, read_until(until, today, start) if until else None)


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
    """What `p` covers, in words, for the line under the Reports screen's filters: `Last
    quarter: sessions held 1 July to 30 September 2026.`, `Sessions held from 1 September
    2026 to today.`; "" for no dates, or dates the report refuses (a Since after the Until, or
    still to come: the refusal says why)."""
    since, until = p.since, p.until
    if (since is None and until is None) or (since is not None and since > today) or (
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
    lead = f"{p.named[0].upper()}{p.named[1:]}: sessions held" if p.named else "Sessions held"
    return f"{lead} {said}."


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
