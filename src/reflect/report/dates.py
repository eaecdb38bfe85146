"""Dates in reports: the day a session was held, dates written as people write them, and an
action's due date (`due_date`: the date stored when it was typed, else its words read by
reflect's one reader of dates, model/dates.py, from the day the session was started)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from reflect.model.dates import local_day, no_such_day, normal_words, read_date, short_date
from reflect.model.due import due_in_one_form
from reflect.model.due_hints import mistyped_name, mistyped_said
from reflect.model.spoken_dates import week_commencing


def utc(when: datetime) -> datetime:
    """`when` in UTC; a time saved without a zone (edited by hand) is taken as UTC."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def long_date(day: date) -> str:
    """`3 May 2026`, as people write it."""
    return f"{day.day} {day:%B %Y}"


def still_to_come(day: date, today: date) -> str | None:
    """What to say of a report's date read as a day after `today`: `Tue 8 Dec 2026, a day
    still to come (today is Thu 3 Dec 2026)`; None for today or a day gone. "since next
    Tuesday" reported "covering sessions from 8 December 2026", every count 0 (a trial)."""
    if day <= today:
        return None
    return f"{short_date(day)}, a day still to come (today is {short_date(today)})"


DATE_WORDS = ("31/03/2026 (day first), 2026-03-31, 1 March, yesterday, 2 weeks ago, last "
              "month, this year, this quarter, last quarter or Q4 (calendar quarters: Q4 is "
              "October to December)")
"""How a report's Since and Until can be typed, said when they cannot be read (the command
line and the Reports screen alike): "this quarter" was refused, and nothing said quarters
could be typed (a trial)."""


_QUARTER_NUMBER = re.compile(r"q(\d+)(?:\s*[/ ]\s*\d{4})?|\d{4}\s*[/ ]?\s*q(\d+)")
_MONTH_NUMBER = re.compile(r"(\d{1,2})\s*/\s*\d{4}|\d{4}-(\d{1,2})(?:-\d{1,2})?|"
                           r"\d{1,2}/(\d{1,2})|\d{1,2}([/.-])(\d{1,2})\4(?:\d{4}|\d{2})")
"""A month by its number (`13/2026`, `2026-13`), or in a date day first or ISO (`1/13`,
`32/13/2026`, `2026-13-01`)."""


def no_such_part(text: str) -> str | None:
    """`no quarter 5`, `no month 13`: Since or Until words naming a quarter or a month that
    no year has (`Q5`, `Q0`, `13/2026`, `2026-13`); else None. They said only the ways to
    type a date, the mistake left to find (a learning lead's trial)."""
    t = normal_words(text)
    if (m := _QUARTER_NUMBER.fullmatch(t)) and not 1 <= int(m[1] or m[2]) <= 4:
        return f"no quarter {int(m[1] or m[2])}"
    if (m := _MONTH_NUMBER.fullmatch(t)) and not 1 <= (month := int(
            next(g for g in (m[1], m[2], m[3], m[5]) if g))) <= 12:
        return f"no month {month}"
    return None


def why_not(text: str) -> str | None:
    """Why Since or Until words are no date, where it can be said: `there is no 30 Feb`, or a
    month's or a day's name mistyped, as a due date says it (`Feburary looks like February
    mistyped`: model/due_hints.py); None for words reflect does not read. The command line and
    the Reports screen said only "not a date reflect can read" for `Feburary` (a learning
    lead's trial), where a due box said which name it looked like. A week commencing
    (`w/c 31 Feb`) is the day it begins."""
    text = week_commencing(normal_words(text)) or text
    if part := no_such_part(text):  # (`Q5`: there are four)
        return f"there is {part}" + (": Q1–Q4" if "quarter" in part else "")
    why = no_such_day(text)
    return f"there is {why}" if why else mistyped_said(text) or None


def why_not_short(text: str) -> str:
    """`why_not` short enough for a Since or Until box's border at 80 columns: `no 30 Feb`,
    `February mistyped?`, else "not a date"."""
    text = week_commencing(normal_words(text)) or text
    slip = mistyped_name(text)
    return no_such_part(text) or no_such_day(text) or (f"{slip[1]} mistyped?" if slip
                                                         else "not a date")


NOT_SINCE = ("no session can have been held since then. Give a day on or before today "
             "(\"last Tuesday\", \"2 weeks ago\" and \"1 March\" count back).")
"""Why a Since still to come is refused, after `still_to_come`'s words: two sentences, the
second ended as the first is (`reflect report --since` said it without its full stop)."""


def parse_due(text: str, today: date | None = None) -> date | None:
    """The date an action's `due` words name (see `reflect.model.dates.read_date`), read from
    `today` (default: today) when they give no year or are relative ("next Friday")."""
    return read_date(text, today or date.today())


def due_date(stored: date | None, words: str, started: datetime) -> date | None:
    """An action's due date: the one stored when it was typed, else its words read from the
    day the session was started (a file from before dates were stored)."""
    return stored if stored is not None else parse_due(words, local_day(started))


def due_parts(due: str, day: date | None, agreed: str | None,
              agreed_day: date | None, moved: str = "") -> tuple[str, str]:
    """An action's due date as every report says it, the Reports screen and the saved reports
    (Markdown, HTML, and the Markdown printed to the terminal) alike: the date read
    (`model.due.due_in_one_form`: `Wed 31 Mar 2027`, whatever was typed, `end of March` or
    `31/3/27`), words that name no date as typed, said so (`when the audit is back (not read
    as a date)`); and the date first agreed where a later meeting moved it ("" where none
    did), in the same form, with that meeting where it is known (`moved`,
    `model.moved.moved_said`: `…, moved to Fri 18 Dec 2026 at “Week 2”, 12 Dec 2026`). The
    screen said the date read while the saved reports said `end of March (Wed 31 Mar 2027)`
    beside `18 Nov (Wed 18 Nov 2020)`: one report, two forms. The words typed are in the
    overdue actions' CSV (`due`, `agreed_due`), beside the dates read. Worked out once, when
    a session's facts are made (report/facts.py), and kept in the cache with them: reading
    the words again for every report was a sixth of the time a report with nothing changed
    took."""
    shown = due_in_one_form(due, day)
    if agreed is None or (agreed, agreed_day) == (due, day):
        return shown, ""
    was = due_in_one_form(agreed, agreed_day) or "no date"
    return shown or "no date", f"{was}, {moved}" if moved else was
