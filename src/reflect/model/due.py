"""Due dates as reflect shows and counts them: with the date they name (`due_words`), in a
table's cell (`due_cell`), overdue or not (`gone_by`, said `OVERDUE`). Each takes the due
words and the date stored when they were typed, and, with none stored (a file older than
dates), the date the words name whatever the day they are read (`due_day`,
`dates.fixed_date`: `20/11/2026`, not `next Friday`), so that the panel, the tables, plain
mode, the notes and the report say one action alike (the app and the notes said `20/11/2026`
bare while plain mode said `20/11/2026 (Fri 20 Nov 2026)`, and did not count it overdue: a
trial).

Pure: no files, no Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Literal

from reflect.model.dates import (
    counts_from_day_typed,
    fixed_date,
    long_date,
    names_a_date,
    no_such_day,
    normal_words,
    read_date,
    short_date,
)
from reflect.model.printed_dates import NOT_READ, says_no_date


def due_day(words: str, day: date | None) -> date | None:
    """The date due `words` name: `day`, read when they were typed, else, kept without one (a
    file older than dates), the date they name whatever the day (`fixed_date`); None for
    words that count from the day they were typed (`next Friday`) or name no date."""
    return day if day is not None or not words.strip() else fixed_date(words)


DueStyle = Literal["brackets", "comma"]
"""How `due_words` says the date words were read as. `brackets`, the app's and plain mode's
(and the reports', for words that name no date: `due_in_one_form`): `next Friday (Fri 4 Dec
2026)`, `32/13/2027 (not read as a date)`. `comma`, the notes' and records' (where the words
go in brackets of their own, no brackets inside brackets): `end of February, Sun 28 Feb
2027`, `“next term” (no date)`."""


def due_words(words: str, day: date | None, style: DueStyle = "brackets") -> str:
    """Due words with the date they were read as, in `style`: `next Friday (Fri 4 Dec
    2026)` or `next Friday, Fri 4 Dec 2026`; the words alone when they are the date. Words
    that name none are said so, whatever they end with: `32/13/2027 (not read as a date)` or
    `“next term” (no date)`, `(not a date: no 31 Feb)` for a day the month has not. Kept
    without their date (a file older than dates), words are shown with the date they name
    whatever the day (`due_day`: `20/11/2026 (Fri 20 Nov 2026)`), else alone (`next
    Friday`). Words copied from notes that already say it (the date, or a remark on no date,
    in either style: `printed_dates.says_no_date`) are shown as they are (not `… (Fri 4 Dec
    2026) (Fri …)`); other brackets at their end are the words' own, and say nothing of the
    date: `“after the audit (spring)” (no date)` (the notes took any `)` for a remark, and
    left such words unmarked)."""
    if not words.strip():
        return words
    words = " ".join(words.split())
    day = due_day(words, day)
    if day is None:
        if names_a_date(words) or says_no_date(words):
            return words
        missing = no_such_day(words)
        if style == "brackets":
            return f"{words} ({f'not a date: {missing}' if missing else NOT_READ})"
        return f"“{words}” ({f'not a date: {missing}' if missing else 'no date'})"
    shown = short_date(day)
    same = normal_words(words) in (shown.lower(), day.isoformat())
    return words if same else f"{words} ({shown})" if style == "brackets" else f"{words}, {shown}"


def due_said_later(words: str, day: date | None, typed_on: date | None) -> str:
    """Due words shown at a meeting after the one they were typed at (last time's actions):
    words that count from the day they were typed (`dates.counts_from_day_typed`: `next
    Friday`, `tomorrow`, `in two weeks`) after the date they were read as, with that day,
    `Fri 11 Dec 2026 (“next Friday”, said on 7 Dec)`, or, where which day is not known
    (`said_on`), `Fri 11 Dec 2026 (said as “next Friday”)`: a month later, `next Friday (Fri
    11 Dec 2026)` on a shared screen read as a mistake (a team lead's trial). Any other words
    as `due_words` shows them (`31 March (Wed 31 Mar 2027)`)."""
    if day is None or not counts_from_day_typed(words):
        return due_words(words, day)
    said = " ".join(words.split())
    if typed_on is None or read_date(said, typed_on) != day:
        return f"{short_date(day)} (said as “{said}”)"
    on = short_date(typed_on, weekday=False, year=typed_on.year != day.year)
    return f"{short_date(day)} (“{said}”, said on {on})"


def own_due_said(words: str, day: date | None, began: date, today: date) -> str:
    """A session's own action's due words as shown on `today`: as typed (`due_words`: `next
    Friday (Fri 11 Dec 2026)`) while they still read as the date they were read as (the day
    they were typed, or a day on which they still name it); on a later day, as last time's
    are (`due_said_later`): `Fri 11 Dec 2026 (“next Friday”, said on 7 Dec)`, the day named
    where the day the session began (`began`) reads them so, else `(said as “next
    Friday”)`. A session opened again a month on said `due: next Friday (Fri 11 Dec 2026)`,
    another Friday by then, while its next meeting said the same action the new way (a
    facilitator's trial). The app's Selected line and plain mode say them so."""
    if day is None or read_date(words, today) == day:
        return due_words(words, day)
    return due_said_later(words, day, began)


def said_on(words: str, day: date | None, days: Iterable[date]) -> date | None:
    """Of `days` (the days the meetings that may have typed due `words` were held), the one
    they were typed on: the one day from which they read as `day`; None where none or several
    do (a date moved at a meeting in between, `next Friday` read alike from two days), so that
    no day is named that they were not said on."""
    if day is None:
        return None
    read = {d for d in days if read_date(words, d) == day}
    return read.pop() if len(read) == 1 else None


def due_in_one_form(words: str, day: date | None, style: DueStyle = "brackets") -> str:
    """A due date as a list or table of several says it, each in one form: the date read
    (`short_date`: `Wed 31 Mar 2027`), whatever the words typed (`31/3/27`, `end of March`);
    words that name no date as `due_words` says them in `style`; "" for none. Each typed form
    first, its date in brackets after, a report's actions read `31/3/27` beside `18 Dec` (a
    fresh-eyes trial). Every report says its due dates so, on the screen and saved
    (`report.dates.due_parts`), and so do the notes and records in every format
    (`export.action_parts.due_said`, style `comma`), which said `end of March, Wed 31 Mar
    2027` beside `18/12/2026, Fri 18 Dec 2026` while the report said the dates alone. The
    words typed stay in the session, the app's lines, and the JSON's and CSV's `due`."""
    read = due_day(words, day) if words.strip() else None
    return short_date(read) if read is not None else due_words(words, day, style)


def due_spoken(words: str, day: date | None) -> str:
    """Due words as words a screen reader reads as they are, for plain mode's lists of actions
    and the plain-text notes (`export.plain`): the date they name, in words (`Sunday 31
    January 2027`), whatever the words typed; words that name no date as typed, and said so
    (`end of term, not read as a date`; `31/02/2027, not a date: no 31 February`), unless
    they say it (`next Friday` kept with no date,
    by a file older than dates); "" for none. Plain mode's list said `31/1 (Sun 31 Jan
    2027)`, read "slash", "Sun", "Jan" (a screen reader user's trial), and the words that
    name no date in quotes, read "left quote"; the app's lines keep their form
    (`due_words`)."""
    if not words.strip():
        return ""
    read, words = due_day(words, day), " ".join(words.split())
    if read is not None:
        return long_date(read)
    if names_a_date(words) or says_no_date(words):  # (`next Friday` kept with no date, as old
        return words  # files hold it: it names one, but only from the day it was typed)
    missing = no_such_day(words, in_words=True)
    return f"{words}, not a date: {missing}" if missing else f"{words}, not read as a date"


DueSaid = Callable[[str, date | None], str]
"""How a line says due words and the date stored for them: `due_words` (the app's lines),
`due_spoken` (plain mode's, the plain-text notes') or `export.action_parts.due_said` (the
other notes': `due_in_one_form`)."""


OVERDUE = "overdue"
"""The one word for an action not done whose due date has gone by (`gone_by`), wherever a
practitioner reads it: after the date on What to do now's and Last time's actions' Selected
lines (`…, overdue`), plain mode's (`due …, overdue`), the notes (`open, overdue as of 4 Dec
2026`), the JSON's and the CSV's `overdue`, the report's overdue actions. What to do now said
`, gone by` where Last time's actions and the notes said overdue (a children's team's trial)."""


NOT_READ_MARK = "?"
"""Before due words in a table cell when they name no date: `? someday`."""


CLOSED: frozenset[str] = frozenset({"done", "dropped"})
"""The statuses an action is finished with: carried no further, never overdue."""


def closed(status: str) -> bool:
    """Whether an action of `status` is finished with (`CLOSED`): done, or dropped (no longer
    needed: `model.carried.ActionStatus`)."""
    return status in CLOSED


def gone_by(status: str, words: str, day: date | None, today: date) -> bool:
    """Whether an action (its `status`, the `words` it is due by and the `day` stored for
    them) not done (nor dropped) was due before `today`: by `due_day`, so an older file's
    `20/11/2026` too; words that name no date, never. The one rule of what is overdue,
    wherever reflect says it: the app's tables and Selected lines, plain mode, the notes, and
    the report (`report.overdue.is_overdue`, which had its own copy, given the date the report read:
    for a file older than dates, words such as `next Friday` read from the day its session
    started, `report.dates.due_date`)."""
    day = due_day(words, day)
    return not closed(status) and day is not None and day < today


PAST_MARK = "⚠"
"""Before a due date gone by, of an action not done: `⚠ 1 Dec 2026` (it looked like any
other date: a trial)."""


YEARLESS_FORM = 3
"""The first of `due_cell`'s forms without the year (`31 Jan`, `31/1`): a table whose Due
column is that narrow must say where the year is (a date that `needs_year` has its own with
the year there, `day_cell`)."""


def due_cell(words: str, day: date | None, past: bool = False,
             today: date | None = None) -> tuple[str, ...]:
    """A due date as a table's cell shows it, longest form first, for the table to show the
    first that fits its column: the date read (`31 Jan 2027`, `31 Jan 27`, `31/1/27`,
    `31 Jan`, `31/1`), not the words cut short (`31 J…`); words that name no date marked
    `? someday` (the mark first, so that cutting them keeps it); "" for none. A date gone by
    (`past`) is marked `⚠` before it. With no `day` stored, the one `due_day` gives. Given
    `today`, a date not this year's, or far off (`needs_year`), has no form without its year."""
    day = due_day(words, day)
    if past and day is not None:
        return tuple(f"{PAST_MARK} {form}" for form in due_cell(words, day, today=today))
    if not words.strip():
        return ("",)
    if day is None:
        return (words,) if names_a_date(words) else (f"{NOT_READ_MARK} {words}",)
    return day_cell(day, today)


FAR_OFF_DAYS = 335
"""Days from today (some eleven months) past which a date is shown with its year, even this
year's: `1/1` seen on 20 December reads as the coming one."""


def needs_year(day: date, today: date) -> bool:
    """Whether a table's cell must show `day` with its year: another year's (`31/12` seen in
    2026 for 31 Dec 2027 read as this December's: a trial), or one far off (`FAR_OFF_DAYS`)."""
    return day.year != today.year or abs((day - today).days) > FAR_OFF_DAYS


def held_spoken(day: date, today: date) -> str:
    """The day a meeting was held, in words, as plain mode says where last time's actions came
    from (`Tuesday 3 November`; with its year where a table's cell would show it, `needs_year`):
    the app's From column gives the day where the title does not fit (`day_cell`), and plain
    mode said the title alone, every meeting of a team often titled alike (a trial)."""
    return long_date(day, year=needs_year(day, today))


def day_cell(day: date, today: date | None = None) -> tuple[str, ...]:
    """A day as a table's cell shows it, longest form first (`31 Jan 2027`, `31 Jan 27`,
    `31/1/27`, `31 Jan`, `31/1`): a due date's (`due_cell`), and the day last time's
    actions' meeting was held (their From column, where its title does not fit). Given
    `today`, where `needs_year` asks for the year, `31/1/27` stands in for the forms
    without it (a column of this year's `4 Dec` shows it `31/1/27`), and `31/1` comes only
    after, where a column has no room for even that (so it is never cut to `31/1…`)."""
    day_month, year = short_date(day, weekday=False, year=False), f"{day.year % 100:02d}"
    forms = (short_date(day, weekday=False), f"{day_month} {year}",
             f"{day.day}/{day.month}/{year}", day_month, f"{day.day}/{day.month}")
    if today is None or not needs_year(day, today):
        return forms
    return (*forms[:YEARLESS_FORM], forms[2], forms[2], forms[-1])
