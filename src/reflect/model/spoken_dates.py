"""Due dates as a room says them, for `dates.read_date`: a day of the month in words (`first of
February`, `the twenty-first`: `with_day_numbers` writes `1st`, `21st`), the middle of a month
(`mid Feb`, `mid-February`, `the middle of March`: the 15th, `mid_month`), a week commencing
(`w/c 14 Dec`, `week commencing 14th December`: the Friday of that working week,
`week_commencing`) and a weekday with a day of the month (`Wednesday 13th`, `Wed the 13th`: the
next 13th that is a Wednesday, `on_weekday`). `Friday fortnight`, `a fortnight on Friday` and
`week on Monday` are in `dates._WEEKDAY_WEEK`. Festivals (`before Christmas`) are left out: which
day of them is meant differs from one team to the next.

Until 7 December 2026 each of these was "not read as a date", so an action due by one was never
counted overdue (two facilitators' trials: `first of February`, `Friday fortnight`, `w/c 14 Dec`).

Pure: no files, no Textual; it knows no month's or day's name (`dates.py` checks the words).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reflect.model.day_of_month import next_day_of_month

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ALONE = {word: n for n, word in enumerate(_UNITS, 1)}
_ALONE.update({"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
               "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
               "nineteenth": 19, "twentieth": 20, "thirtieth": 30})
_ORDINAL_WORD = re.compile(r"\b(?:(twenty|thirty)[\s-]?(" + "|".join(_UNITS) + r")|("
                           + "|".join(sorted(_ALONE, key=len, reverse=True)) + r"))\b")


def _suffix(n: int) -> str:
    return "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def with_day_numbers(t: str) -> str:
    """`t` (lower case) with its ordinals in words written in figures: `first of february` is
    `1st of february`, `the twenty-first` `the 21st`, `thirty first` `31st` (then read as
    those are, and `thirty-first of february` said to be `no 31 Feb`)."""
    def figures(m: re.Match[str]) -> str:
        n = (20 if m[1] == "twenty" else 30) + _ALONE[m[2]] if m[1] else _ALONE[m[3]]
        return f"{n}{_suffix(n)}"

    return _ORDINAL_WORD.sub(figures, t)


_THE_DAY_OF = re.compile(r"the\s+(\d{1,2}(?:st|nd|rd|th)\s+of\s+.+)|([a-z]+\.?)\s+the\s+"
                         r"(\d{1,2}(?:st|nd|rd|th)(?:,?\s+\d{4})?)")
"""`the 1st of feb`, `february the 3rd`: the day and month without their "the"."""
_MID = re.compile(r"(?:mid|(?:the\s+)?middle\s+of)[\s-]*([a-z]+\.?(?:,?\s+\d{4})?)")
_WEEK_OF = re.compile(r"(?:w\s*/\s*[cb]|w\.?[cb]\.?|week\s+(?:commencing|beginning|starting)"
                      r"(?:\s+on)?|the\s+week\s+of)\s+(.+)")
_WEEKDAY_DAY = re.compile(r"([a-z]+)\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)")
"""As a day of the month alone (`day_of_month.py`), its `st`, `nd`, `rd` or `th` is needed: `Fri
4` names no date."""


def without_the(t: str) -> str | None:
    """`the 1st of feb` as `1st of feb`, `february the 3rd` as `february 3rd`; None for
    other words."""
    m = _THE_DAY_OF.fullmatch(t)
    return None if m is None else m[1] or f"{m[2]} {m[3]}"


def mid_month(t: str) -> tuple[str, str] | None:
    """For `mid feb`, `mid-february 2027`, `the middle of march`: the month's word and the
    words to read in its place (`15 feb`, the 15th); else None."""
    m = _MID.fullmatch(t)
    return (m[1].split()[0].rstrip(".,"), f"15 {m[1]}") if m else None


def week_commencing(t: str) -> str | None:
    """For `w/c 14 dec`, `wc 14/12`, `w/b monday`, `week commencing 14th december`, `week
    beginning …`: the words of the week's first day (`14 dec`); else None. The date due is
    that week's Friday (`working_week_end`)."""
    m = _WEEK_OF.fullmatch(t)
    return m[1] if m else None


def working_week_end(first: date) -> date:
    """The Friday of the working week `first` begins: a due date "week commencing Monday 14
    December" means by the end of that week, Friday 18 December (a Friday itself: that day)."""
    return first + timedelta(days=(4 - first.weekday()) % 7)


def weekday_day(t: str) -> tuple[str, int] | None:
    """For `wednesday 13th`, `wed the 13th`: the weekday's word and the day of the
    month; else None (`dates.py` checks the word is a weekday's)."""
    m = _WEEKDAY_DAY.fullmatch(t)
    return (m[1], int(m[2])) if m else None


def next_two(day: int, today: date) -> tuple[date, date] | None:
    """The next two days of the month numbered `day` on or after `today` (for the 13th on 7
    December 2026: 13 December and 13 January); None where there is no such day (the 32nd)."""
    first = next_day_of_month(f"{day}th", today)
    if first is None:
        return None
    second = next_day_of_month(f"{day}th", first + timedelta(days=1))
    return None if second is None else (first, second)


def on_weekday(weekday: int, day: int, today: date) -> date | None:
    """The day `day` of the month, on weekday `weekday` (0: Monday), of the next two such days
    (`next_two`): `Wednesday 13th` said on Monday 7 December 2026 is 13 January 2027, as 13
    December is a Sunday. None where neither is that weekday: which was meant is not guessed
    (`dates.wrong_weekday` says what each is)."""
    both = next_two(day, today)
    return next((d for d in both if d.weekday() == weekday), None) if both else None
