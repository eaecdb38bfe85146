"""What reflect says of due words as they are typed: the date they were read as (`→ Fri 15
Jan 2027`), a date gone by, why words are no date; and, for `next Friday` read as a Friday in
the six days to come, which Friday that is and how to name the one a week later; and a
month's or a day's name mistyped, which one it looks like (`mistyped_name`).

`read_as` is the due box's border (short: 22 columns at 80x24) and what plain mode says
back; `other_week_hint` the line under the due box, and the rest of what plain mode says.
Pure: no files, no Textual.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reflect.model.dates import (
    DAY_NAMES,
    MONTH_NAMES,
    long_date,
    next_weekday,
    no_such_day,
    normal_words,
    short_date,
    wrong_weekday,
)
from reflect.model.printed_dates import NOT_READ
from reflect.model.spoken_dates import week_commencing
from reflect.model.teams import one_slip

_NAMES = {name.lower(): name for name in (*MONTH_NAMES, *DAY_NAMES)}


def mistyped_name(words: str) -> tuple[str, str] | None:
    """A word of due `words` one slip from a month's or a day's name (`teams.one_slip`: a
    letter wrong, missing, extra, or two swapped, never the first): the word as typed and the
    name, `("tusday", "Tuesday")`, `("Febuary", "February")`; else None. Such words are still
    no date (which was meant is not guessed), but said so: `next tusday` and `end of janury`
    said only "not read as a date", and a facilitator could not tell a word reflect does not
    know from a slip of their own (a fresh-eyes trial)."""
    for word in re.findall(r"[^\W\d_]+", words):
        for low, name in _NAMES.items():
            if one_slip(word.lower(), low):
                return word, name
    return None


def mistyped_said(words: str) -> str:
    """`tusday looks like Tuesday mistyped` for due words holding a `mistyped_name`, else ""."""
    slip = mistyped_name(words)
    return f"{slip[0]} looks like {slip[1]} mistyped" if slip else ""


def read_as(words: str, day: date | None, today: date | None = None, long: bool = False) -> str:
    """What due words were read as, to show beside them: `→ Fri 15 Jan 2027`, "not read as
    a date" (the words are kept as typed), or "" when nothing was typed. Given `today`, a
    date before it says so, without its weekday to fit a due box at 80 columns (`→ 1 Jan
    2020, past`): a typing slip, or a date gone by; and `next Friday` read as a Friday in
    the six days to come says how soon, `→ 4 Dec, tomorrow` (`other_week`). A name mistyped
    is said `January mistyped?`, or, `long` (plain mode's sentence), `not read as a date:
    janury looks like January mistyped` (`mistyped_name`)."""
    if not words.strip():
        return ""
    if day is None:  # why, when it can be said short enough for the due box's border
        slip = mistyped_name(words)  # (22 columns: `Wednesday mistyped?`; `long`, in a
        # sentence, as plain mode says it: `not read as a date: janury looks like …`)
        return no_such_day(words) or (wrong_weekday(words, today, short=True) if today else None) \
            or (NOT_READ if not slip else f"{NOT_READ}: {mistyped_said(words)}" if long
                else f"{slip[1]} mistyped?")
    if today is not None and day < today:
        return f"→ {short_date(day, weekday=False)}, past"
    if today is not None and other_week(words, day, today) is not None:
        days = (day - today).days  # without the weekday typed, and the year: 22 columns
        soon = "tomorrow" if days == 1 else f"in {days} days"
        return f"→ {short_date(day, weekday=False, year=False)}, {soon}"
    return f"→ {short_date(day)}"


def other_week(words: str, day: date | None, today: date) -> date | None:
    """For `next Friday` read as the Friday in the six days after `today` (as `read_date`
    reads it, and the README says), the Friday a week later, which many in the UK mean by it;
    else None. Typed on a Thursday, `next Friday` was the next day, the box said `→ this Fri
    4 Dec`, and the action was overdue at the next meeting (a trial)."""
    if day is None or day.weekday() != next_weekday(words) \
            or not 1 <= (day - today).days <= 6:
        return None
    return day + timedelta(days=7)


def other_week_hint(words: str, day: date | None, today: date, long: bool = False) -> str:
    """`for Fri 11 Dec type “Friday week” or the date` where `other_week` finds the other
    Friday (`Friday week`: a week on from the coming Friday, `read_date`); else "". `long`,
    as plain mode says it, heard: `for Friday 11 December type Friday week or the date`
    (`long_date`; no quotes, read "left quote" by a screen reader: a trial)."""
    other = other_week(words, day, today)
    if other is None:
        return week_end_hint(words, day, long)
    name = DAY_NAMES[other.weekday()]
    if long:
        return f"for {long_date(other, year=False)} type {name} week or the date"
    return f"for {short_date(other, year=False)} type “{name} week” or the date"


def week_end_hint(words: str, day: date | None, long: bool = False) -> str:
    """For `w/c 14 Dec` (`week commencing …`) read as the Friday of that week, which day that
    is: `the Friday of the week of Mon 14 Dec; for another day type it` (`long`, as plain mode
    says it: `Monday 14 December`); else "". The box's border says the Friday (`→ Fri 18 Dec
    2026`); this says why a Friday, so that a facilitator who meant the Monday sees it."""
    if day is None or week_commencing(normal_words(words)) is None:
        return ""
    monday = day - timedelta(days=day.weekday())
    said = long_date(monday, year=False) if long else short_date(monday, year=False)
    return f"the Friday of the week of {said}; for another day type it"


def said_back(words: str, day: date | None, today: date) -> str:
    """What plain mode says of due words typed: `read_as`, and `other_week_hint` after it
    (`→ 4 Dec, tomorrow; for Fri 11 Dec type “Friday week” or the date`)."""
    hint = other_week_hint(words, day, today)
    return read_as(words, day, today) + (f"; {hint}" if hint else "")
