"""Dates as people in the UK write them: the one reader of dates in reflect.

`read_date` reads what is typed into a due box ("15/01/2027", "31 Jan", "next Friday", "end
of March", "in two weeks", "tomorrow") into a date, day first and, when no year is given,
the next such day from `today`. The action form, last time's actions, plain mode, the
exports and the reports all use it; the importer and the personal-details check take month
names from `MONTHS` here. Why this and not a library: docs/architecture.md, "Dates".

Pure: no files, no Textual.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from reflect.model.day_of_month import is_day_of_month, next_day_of_month
from reflect.model.printed_dates import date_part
from reflect.model.spoken_dates import (
    mid_month,
    next_two,
    on_weekday,
    week_commencing,
    weekday_day,
    with_day_numbers,
    without_the,
    working_week_end,
)

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# English whatever the machine's locale (calendar.month_name would follow it).

MONTHS: dict[str, int] = {}
"""Month names and their usual abbreviations (January, Jan, Sept), lower case."""
for _n, _name in enumerate(MONTH_NAMES, 1):
    MONTHS[_name.lower()] = MONTHS[_name[:3].lower()] = _n
MONTHS["sept"] = 9

MONTH_WORDS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
"""A regular expression matching any month name in `MONTHS` (longest first; any case with
re.IGNORECASE)."""

WEEKDAYS = {name.lower(): n for n, name in enumerate(DAY_NAMES)}
WEEKDAYS.update({name[:3].lower(): n for n, name in enumerate(DAY_NAMES)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def local_day(when: datetime) -> date:
    """The day `when` falls on where reflect runs, as the session list shows it (a time saved
    without a zone, edited by hand, is taken as UTC): a meeting at 00:30 on 1 July, British
    Summer Time, was dated 30 June in UTC (a trial)."""
    return (when.replace(tzinfo=UTC) if when.tzinfo is None else when).astimezone().date()


def month_number(word: str) -> int | None:
    """The month a name or abbreviation names (`Sept.` -> 9), or None."""
    return MONTHS.get(word.strip().rstrip(".").lower())


def last_day(year: int, month: int) -> date:
    """The month's last day (without `calendar`, which imports `locale`: 15 ms at start). Found
    from the next month's first day but in December: December 9999's, from the year 10000,
    ended `reflect report --since "December 9999"` in an OverflowError (a trial)."""
    return date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - timedelta(days=1)


def short_date(day: date, weekday: bool = True, year: bool = True) -> str:
    """`Fri 15 Jan 2027`: how the form shows the date it read (`15 Jan 2027` without the
    weekday, where a box is narrow; `15 Jan` without the year). The one speller of a short
    date: a table's cells (`due.day_cell`), the day last time's due words were said on
    (`due.due_said_later`) and the due box's hints (`due_hints`) each spelt it by hand."""
    shown = f"{day.day} {MONTH_NAMES[day.month - 1][:3]}" + (f" {day.year}" if year else "")
    return f"{DAY_NAMES[day.weekday()][:3]} {shown}" if weekday else shown


def long_date(day: date, year: bool = True) -> str:
    """`Friday 15 January 2027`: how plain mode says a date, in words a screen reader reads as
    they are (`short_date`'s `Fri`, `Jan` were read as "Fri", "Jan": a trial)."""
    named = f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    return f"{named} {day.year}" if year else named


_ORD = r"(?:st|nd|rd|th)?"
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][0-9:.+z-]*)?")
_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?")
_D_MONTH = re.compile(rf"(\d{{1,2}}){_ORD}(?:\s+of)?\s+([a-z]+)\.?(?:,?\s+(\d{{4}}|\d{{2}}))?")
"""`31 Jan`, `31st of January 2027`, and `31 Jan 27`, as the tables print it (a day already
given, the number after the month can only be a year: 2027, as in `31/1/27`). `Jan 27` and
`March 27` stay the 27th (`_MONTH_D`, `MONTH_ALONE`: there the number could be either)."""
_ON_DAY = re.compile(r"(?:this\s+)?([a-z]+)\.?,?\s+(\d.*)")
"""A date after its weekday, as reflect prints it (`Fri 15 Jan 2027`; `→ this Fri 4 Dec`, as a
due box once said it): read only when the date falls on that weekday."""
_MONTH_D = re.compile(rf"([a-z]+)\.?\s+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?")
MONTH_ALONE = re.compile(r"(?:(?:the\s+)?end\s+of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?")
"""A month alone, perhaps after "end of" and before its year: the word (group 1) is checked
against `MONTHS` (a report's Since reads it too, `since_until`)."""
_END_OF = re.compile(
    r"(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?|this\s+|(?=next\s))(next\s+)?(month|week)")
"""`end of the week`, `end of next month`; and `next week`, `this month` (their last day: a
due date "next week" was read as none, and reports could not count it overdue: a trial)."""
WEEKDAY_ALONE = re.compile(r"(?:(this|next|on|last)\s+)?([a-z]+)\.?")
"""A weekday alone, perhaps after "this", "next", "on" or "last" (group 1): the word (group 2)
is checked against `WEEKDAYS` (a report's Since and Until read it too, `since_until`)."""
_WEEKDAY_WEEK = re.compile(
    r"(?:(?:a\s+)?(week|fortnight)\s+(?:on\s+)?([a-z]+)|([a-z]+)\s+(week|fortnight))")
"""`Friday week`, `a week on Friday`, `week on Monday`: a week on from the coming Friday, or
from today on a Friday (British usage: said on a Friday, a week today); `Friday fortnight`, `a
fortnight on Friday`: two weeks on from it."""
_IN = re.compile(r"(?:in\s+)?(\d{1,3}|[a-z]+)\s+(day|week|fortnight|month)s?(?:\s+time)?")
_AGO = re.compile(r"(\d{1,3}|[a-z]+)\s+(day|week|fortnight|month)s?\s+ago")
_IS_A = re.compile(r"(\d.*?)\s+is\s+an?\s+([a-z]+)\.?")
"""`1 Jan 2027 is a Fri`, as a due box's border gives a date's weekday (see `_ON_DAY`)."""


def read_date(text: str, today: date) -> date | None:
    """The date `text` names, read as a UK reader would, or None when it names none clearly.

    Day first (`15/01/2027`, `15/1/27`, `15.1.27`); `2027-01-15`; `31 January`, `31st Jan
    2027`, `31 Jan 27`, `January 31, 2027`; after its weekday (`Fri 15 Jan 2027`, as the
    app prints it: read only when the date is that weekday); a month alone or "end of" it
    (`March 2027`, `end of March`: its last day); `end of the month`, `end of next month`,
    `end of the week` (Friday); `today`, `tomorrow`, `yesterday`, a weekday (`Friday`,
    `next Friday`: the first one after today; `last Friday`: the last one before it); `in
    two weeks`, `in 3 days`, `in a fortnight`, `in a month`, `two weeks ago`; a day of the
    month alone (`the 14th`: the next one, `day_of_month.py`); as a room says them
    (`spoken_dates.py`): `first of February`, `mid Feb` (the 15th), `w/c 14 Dec` (that week's
    Friday), `Wed the 13th` (the next 13th on a Wednesday), `Friday fortnight`. A leading
    "by", "before", "due" or "on" is skipped, and what reflect prints before or after a
    date (`→ 1 Jan 2020, past`); `1 Jan 2027 is a Fri` is `Fri 1 Jan 2027`.
    With no year, the next such day on or after `today`. A day that
    does not exist (`31/02/2027`) is not a date.
    """
    t = normal_words(text)
    if not t:
        return None
    try:
        return _read(t, today)
    except (ValueError, OverflowError):
        return None


def normal_words(text: str) -> str:
    """`text` in lower case, its spaces single, without a final full stop, a leading "by" or
    what reflect prints around a date (`⚠ 1 Dec 2026` in a table, `→ 1 Jan 2020, past` in a
    due box's border, `next Friday (Fri 4 Dec 2026)` in the notes: copied with the date, they
    made it no date): `printed_dates.date_part`."""
    return with_day_numbers(date_part(" ".join(text.split()).lower().rstrip(".")))


def counts_from_today(t: str) -> bool:
    """Whether `t` (`normal_words`) names a day by its distance from today ("tomorrow", "in two
    weeks", "3 days ago", "next Friday", "end of the month"): never moved by a year
    (`since_until.read_date_near`)."""
    if t in ("today", "tomorrow", "yesterday") or _END_OF.fullmatch(t) or _IN.fullmatch(t) \
            or _AGO.fullmatch(t) or _WEEKDAY_WEEK.fullmatch(t):
        return True
    m = WEEKDAY_ALONE.fullmatch(t)
    return m is not None and m[1] in ("this", "next", "last")


def counts_from_day_typed(words: str) -> bool:
    """Whether due `words` name a day by the day they were typed (`next Friday`, `Friday`,
    `tomorrow`, `in two weeks`, `end of the month`, `next week`): read at a later meeting they
    name another day, so they are shown there after the date they were read as
    (`due.due_said_later`). Words that name a date on their own (`31 March`, `end of March
    2027`) do not."""
    t = normal_words(words)
    if counts_from_today(t):
        return True
    if (first := week_commencing(t)) is not None:  # `w/c Monday`, not `w/c 14 Dec`
        return counts_from_day_typed(first)
    m, on = WEEKDAY_ALONE.fullmatch(t), weekday_day(t)  # `the 14th`, `Wed the 13th` too
    return (m is not None and m[2] in WEEKDAYS) or is_day_of_month(t) \
        or (on is not None and on[0] in WEEKDAYS)


def _future(today: date, month: int, day: int | None, year: str | None) -> date:
    """Day `day` (None: the last) of `month`, in `year`, or else the next one from today."""
    def make(y: int) -> date:
        return last_day(y, month) if day is None else date(y, month, day)

    if year is not None:
        y = int(year)
        return make(y + 2000 if y < 100 else y)
    if day is not None and not 1 <= day <= last_day(2000, month).day:  # 2000: a leap year
        raise ValueError("no such day")  # 31 April: not next year's either
    for y in range(today.year, today.year + 9):  # 29 February waits for a leap year
        try:
            found = make(y)
        except ValueError:
            continue
        if found >= today:
            return found
    raise ValueError("no such day")


def _on_weekday(t: str, today: date) -> tuple[int, date | None] | None:
    """For `t` (`normal_words`) a date with its weekday (`fri 15 jan 2027`, `15 jan 2027 is a fri`):
    the weekday named and the date read (None: no date); None when `t` is not of that shape."""
    if (m := _ON_DAY.fullmatch(t)) and m[1] in WEEKDAYS:
        return WEEKDAYS[m[1]], _read(m[2], today)
    if (m := _IS_A.fullmatch(t)) and m[2] in WEEKDAYS:
        return WEEKDAYS[m[2]], _read(m[1], today)
    return None


def _read(t: str, today: date) -> date | None:
    if t == "today":
        return today
    if t == "tomorrow":
        return today + timedelta(days=1)
    if t == "yesterday":
        return today - timedelta(days=1)
    if m := _ISO.fullmatch(t):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if is_day_of_month(t):  # `the 14th`
        return next_day_of_month(t, today)
    if (wd := weekday_day(t)) and wd[0] in WEEKDAYS:  # `wed the 13th`
        return on_weekday(WEEKDAYS[wd[0]], wd[1], today)
    if (first := week_commencing(t)) is not None:  # `w/c 14 dec`: that week's Friday
        return _week_end(first, today)
    if (mid := mid_month(t)) and mid[0] in MONTHS:  # `mid feb`: the 15th
        return _read(mid[1], today)
    if (bare := without_the(t)) is not None:  # `the 1st of feb`
        return _read(bare, today)
    if on := _on_weekday(t, today):
        weekday, day = on  # a weekday that does not match: which was meant is unknown
        return day if day is not None and day.weekday() == weekday else None
    if m := _DMY.fullmatch(t):
        if not m[4] and m[2] != "/":
            return None  # 1.5 or 3-4 alone is a number or a range, not a date
        return _future(today, int(m[3]), int(m[1]), m[4])
    if (m := _D_MONTH.fullmatch(t)) and m[2] in MONTHS:
        return _future(today, MONTHS[m[2]], int(m[1]), m[3])
    if (m := _MONTH_D.fullmatch(t)) and m[1] in MONTHS:
        return _future(today, MONTHS[m[1]], int(m[2]), m[3])
    if (m := MONTH_ALONE.fullmatch(t)) and m[1] in MONTHS:
        return _future(today, MONTHS[m[1]], None, m[2])
    if m := _END_OF.fullmatch(t):
        if m[2] == "week":
            if m[1]:  # next week's Friday: the week from the coming Monday (at a weekend,
                # the week ahead, not the one after it)
                return today + timedelta(days=7 - today.weekday() + 4)
            return today + timedelta(days=(4 - today.weekday()) % 7)
        month_start = date(today.year, today.month, 1)
        if m[1]:
            month_start = (month_start + timedelta(days=32)).replace(day=1)
        return last_day(month_start.year, month_start.month)
    if (m := _WEEKDAY_WEEK.fullmatch(t)) and (m[2] or m[3]) in WEEKDAYS:
        # A week on from the day named, today if it is that day: `Friday week` said on a
        # Friday is a week today (read from next Friday, it was a fortnight today).
        weeks = 2 if "fortnight" in (m[1], m[4]) else 1
        return today + timedelta(days=(WEEKDAYS[m[2] or m[3]] - today.weekday()) % 7 + 7 * weeks)
    if (m := WEEKDAY_ALONE.fullmatch(t)) and m[2] in WEEKDAYS:
        if m[1] == "last":  # the one before today
            return today - timedelta(days=(today.weekday() - WEEKDAYS[m[2]] - 1) % 7 + 1)
        return today + timedelta(days=(WEEKDAYS[m[2]] - today.weekday() - 1) % 7 + 1)
    if m := _IN.fullmatch(t) or _AGO.fullmatch(t):
        count = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1])
        if count is None:
            return None
        if t.endswith(" ago"):
            count = -count
        if m[2] == "month":
            month = today.month - 1 + count
            year, month = today.year + month // 12, month % 12 + 1
            return date(year, month, min(today.day, last_day(year, month).day))
        days = {"day": 1, "week": 7, "fortnight": 14}[m[2]]
        return today + timedelta(days=days * count)
    return None


def _week_end(first: str, today: date) -> date | None:
    """The Friday of the week beginning on the day `first` names (`week commencing 14 dec`),
    the week begun this week too: `w/c 7 Dec` said on Wednesday 9 December is by Friday 11
    December, not in December 2027."""
    day = _read(first, today)
    if not counts_from_day_typed(first) and (begun := _read(first, today - timedelta(days=6))) \
            and working_week_end(begun) >= today:
        day = begun
    return None if day is None else working_week_end(day)


def no_such_day(words: str, in_words: bool = False) -> str | None:
    """`no 31 Feb` (`no 29 Feb in 2027`) when `words` name a day its month does not have
    (`31/02/2027`, `30th February`, `31 April`): why they are not a date, said beside them
    ("not read as a date" said nothing a hurried facilitator could act on); else None.
    `in_words`, its month whole, as plain mode says dates: `no 31 February`."""
    t = normal_words(words)
    day = month = year = None
    if m := _ISO.fullmatch(t):
        day, month, year = int(m[3]), int(m[2]), m[1]
    elif (m := _DMY.fullmatch(t)) and (m[4] or m[2] == "/"):
        day, month, year = int(m[1]), int(m[3]), m[4]
    elif (m := _D_MONTH.fullmatch(t)) and m[2] in MONTHS:
        day, month, year = int(m[1]), MONTHS[m[2]], m[3]
    elif (m := _MONTH_D.fullmatch(t)) and m[1] in MONTHS:
        day, month, year = int(m[2]), MONTHS[m[1]], m[3]
    if day is None or month is None or not 1 <= month <= 12 or day < 1:
        return None
    full = int(year) + (2000 if len(year) == 2 else 0) if year else 2000  # (2000: a leap year)
    if day <= last_day(full, month).day:
        return None
    name = MONTH_NAMES[month - 1] if in_words else MONTH_NAMES[month - 1][:3]
    return f"no {day} {name}" + (f" in {full}" if month == 2 and year and day == 29 else "")


def wrong_weekday(words: str, today: date, short: bool = False) -> str | None:
    """`1 Jan 2027 is a Fri` when `words` put a weekday before a date that falls on another
    (`Mon 1 Jan 2027`): which of the two was meant is not guessed, and "not read as a date"
    did not say why (a helper's trial); else None. A weekday before a day of the month alone
    (`Thu the 13th`) that neither of the next two such days is: what each is, `13 Dec 2026
    is a Sun, 13 Jan 2027 a Wed` (`short`, for a due box's border, 20 columns at 80x24: `13
    Dec Sun, Jan Wed`)."""
    if (wd := weekday_day(t := normal_words(words))) and wd[0] in WEEKDAYS:
        both = next_two(wd[1], today)  # `thu the 13th`: neither of the next two 13ths
        if both is None or on_weekday(WEEKDAYS[wd[0]], wd[1], today) is not None:
            return None
        one, two = ((f"{d.day} " if d == both[0] else "") + MONTH_NAMES[d.month - 1][:3]
                    + f" {DAY_NAMES[d.weekday()][:3]}" for d in both) if short else (
            f"{short_date(d, weekday=False)}{' is a ' if d == both[0] else ' a '}"
            f"{DAY_NAMES[d.weekday()][:3]}" for d in both)
        return f"{one}, {two}"
    try:
        on = _on_weekday(t, today)
    except (ValueError, OverflowError):
        return None
    if on is None or on[1] is None or on[1].weekday() == on[0]:
        return None
    day = on[1]
    return f"{short_date(day, weekday=False)} is a {DAY_NAMES[day.weekday()][:3]}"


def next_weekday(words: str) -> int | None:
    """The weekday (0: Monday) due words name as `next Friday` (`by next Fri.`), else None:
    words `read_date` reads as the first such day after today, which many mean the one a week
    later by (`model/due_hints.py` says so)."""
    m = WEEKDAY_ALONE.fullmatch(normal_words(words))
    return WEEKDAYS.get(m[2]) if m is not None and m[1] == "next" else None


_ANY_DAY = date(2000, 1, 1)
"""A day to read words from only to learn whether they name a date at all (2000: a leap
year, so `29 February` does)."""


def names_a_date(words: str) -> bool:
    """Whether `words` name a date that `read_date` can read, whatever the day."""
    return read_date(words, _ANY_DAY) is not None


def fixed_date(words: str) -> date | None:
    """The date `words` name whatever day they are read on (`20/11/2026`, `end of March
    2027`), or None: words that count from the day they were typed (`next Friday`, `20 Nov`)
    name another day now. For due words kept without the date they were read as."""
    day = read_date(words, _ANY_DAY)
    return day if day is not None and read_date(words, date(2099, 12, 31)) == day else None
