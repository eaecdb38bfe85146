"""Plain mode's due dates: asked, and the date read said back in words, a sentence (`Due
Friday 15 January 2027.`: the app's `→ Fri 15 Jan 2027` was read aloud "right arrow", a
screen reader user's trial: `due_said`, `sentence`); where
`next Friday` was read as a Friday in the six days to come, which many mean the Friday after
by, said so with how to name that one, and asked again (Enter keeps it), as the app's due box
says it under the box (`model.due_hints`), its dates in words (`dates.long_date`: `Enter
keeps Fri 11 Dec 2026` was read "Fri", "Dec", a trial). Words that name no date, typed at a
terminal, are said so and asked again, Enter keeping them as typed (`no_date_said`); asked
again, one letter alone (`l`, as lists elsewhere) is said to be no answer there, and what was
read is kept (`stray`). Stopped
(Ctrl+C, a signal) while they are typed, they are kept as typed, with the date they are read
as, as the app's due box keeps them: see `kept_due`."""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from reflect.model.dates import (
    DAY_NAMES,
    MONTH_NAMES,
    long_date,
    no_such_day,
    normal_words,
    wrong_weekday,
)
from reflect.model.due import due_day, due_spoken
from reflect.model.due_hints import (
    mistyped_said,
    other_week,
    other_week_hint,
    read_as,
    week_end_hint,
)
from reflect.model.edits import SessionEdits
from reflect.text import one_line
from reflect.walk.dialogue import END, REPLACE
from reflect.walk.spoken import asked, enter_keeps

if TYPE_CHECKING:
    from reflect.walk.dialogue import Dialogue, Keep


READ_EXAMPLES = ("31/1/2027", "31 Jan", "first of February", "mid Feb", "end of March",
                 "Friday fortnight", "in 2 weeks")
"""Due words reflect reads as a date, said where typed words are not (a test reads each):
dates as a room says them among them (`model.spoken_dates`; until 7 December 2026 the list
named none of them, read since that day, and had `Friday week`, which `Friday fortnight`
implies). Kept short: a screen reader reads it all."""
READS = "Dates reflect reads: " + ", ".join(READ_EXAMPLES[:-1]) + f" or {READ_EXAMPLES[-1]}."
"""Said after words that name no date: "not read as a date; kept as typed" alone left a
teacher who typed "after half term" not knowing what it would read (a trial)."""


def ask_due(d: Dialogue, edits: SessionEdits, prompt: str, aside: str = "",
            asks_after: bool = False, keep: Keep | None = None, empties: bool = False,
            has: str = "") -> str | None:
    """Due words, the date read said back (or not read and kept as typed: unless the caller
    `asks_after`; at a terminal, said so and asked again, Enter keeping them as typed: a
    screen reader user's slip, `end of janury`, was kept and the walk went on, and typed
    to change an action, it replaced the date it had); None at end of input before any were
    typed. `keep` stores the words typed
    if a stop comes (`Dialogue.ask`): asked again, what Enter would keep. A `.` alone, as ends
    an answer, is Enter: no due date (it was kept as the due words ".", a trial). With
    `empties`, `REPLACE` alone is returned as typed: the caller empties the due date.

    `has`: the due date the action being changed has, as said (`Thursday 14 January 2027`):
    asked again after words that name no date, Enter keeps it ("" is returned: nothing
    changed), and the words typed again at once are kept as typed. Enter kept the slip
    (`31/02/2027`), and the date the action had was gone, unsaid (a screen reader user's
    trial). `prompt` is asked with `aside` after it, what Enter does (`spoken.asked`): `Due
    when? Enter skips.`"""
    got = d.ask(asked(prompt, aside), keep)
    got = "" if got == END else got
    if empties and got == REPLACE:
        return got
    told = False  # (the dates it reads: said once, not at every slip)
    while got:
        day, today = edits.read_due(got), edits.today()
        if day is None and d.at_terminal and not asks_after:  # (a script's next line is
            d.say(no_date_said(got, today) + ("" if told else f" {READS}"))  # not a due
            told = True  # date: kept, as before)
            again_prompt = asked(prompt, "type a date", (
                f"{enter_keeps(f'what it has, {has}')}; type “{one_line(got, 60)}” again to "
                "keep that as typed" if has else enter_keeps(f"“{one_line(got, 60)}” as typed")))
        else:
            d.say(sentence(due_said(got, day, today)
                           + ("" if day or asks_after else "; kept as typed"))
                  + ("" if day else f" {READS}"))
            if day is None or other_week(got, day, today) is None:
                return got
            again_prompt = asked("Due when?", enter_keeps(long_date(day)))
        again = d.ask(again_prompt, keep and partial(_or_kept, keep, got))
        while d.at_terminal and again is not None and stray(again):  # (`l`, a list's word)
            kept = long_date(day) if day else has or f"“{one_line(got, 60)}” as typed"
            d.say(f"“{again.strip()}” is not an answer here: type a date, or press Enter to "
                  f"keep {kept}.")
            again = d.ask(again_prompt, keep and partial(_or_kept, keep, got))
        if again is None and keep is not None:  # the end of the input: kept by `keep`
            return None
        if empties and again == REPLACE:
            return again
        if day is None and has and again is not None:  # changing an action's due date:
            if not again or again == END:  # Enter leaves the date it has
                d.say(f"Left as it was: {has}.")
                return ""
            if again.strip() == got.strip():  # the words typed again: kept as typed
                again = ""
        if not again or again == END:  # Enter (or the end of the input): what was typed
            if day is None:
                d.say(f"Kept as typed, with no date: “{one_line(got, 60)}”.")
            return got
        got = again
    return got


def stray(typed: str) -> bool:
    """Whether `typed`, a reply where a date was read (or words naming none) and Enter keeps
    it, is one letter alone: a word of another prompt (`l` lists, `u`, `y`), no due date. It
    dropped the date read for itself: `Enter keeps “l” as typed` (a screen reader trial)."""
    word = typed.strip()
    return len(word) == 1 and word.isalpha()


def sentence(said: str) -> str:
    """`said` as a sentence of its own, as `No due date.` beside it is: `Due Sunday 31
    January 2027.` (said `due Sunday 31 January 2027`, with no capital and no full stop, the
    next prompt ran on from it: a trial)."""
    said = said.strip()
    return f"{said[:1].upper()}{said[1:]}" + ("" if said.endswith((".", "?", "!")) else ".")


def no_date_said(words: str, today: date) -> str:
    """Why due words typed at a terminal name no date, in words a screen reader reads as they
    are: `“31/02/2027” is not read as a date: no 31 February.` (`no_such_day`'s `Feb` and
    `wrong_weekday`'s `Fri` said in full); `“end of janury” is not read as a date: janury
    looks like January mistyped.` (`mistyped_said`)."""
    why = no_such_day(words) or wrong_weekday(words, today)
    said = f"“{one_line(words, 60)}” is not read as a date"
    if why:
        return f"{said}: {_SHORT.sub(lambda m: _FULL[m[0]], why)}."
    slip = mistyped_said(words)
    return f"{said}: {slip}." if slip else f"{said}."


def weekday_said(words: str, today: date) -> str:
    """`1 January 2027 is a Friday` where due words put a weekday before a date that falls on
    another (`Mon 1 Jan 2027`), in whole words; else "". Said beside the words, with `, not
    read as a date` (`due_spoken`), where nothing else says why."""
    why = wrong_weekday(words, today)
    return _SHORT.sub(lambda m: _FULL[m[0]], why) if why else ""


_FULL = {name[:3]: name for name in (*MONTH_NAMES, *DAY_NAMES)}
_SHORT = re.compile(r"\b(?:" + "|".join(_FULL) + r")\b")
"""A month's or a day's name as `short_date` writes it (`Feb`, `Fri`), to say it whole."""


def _or_kept(keep: Keep, kept: str, typed: str) -> str:
    """`keep` given what is typed, or `kept` when nothing is: what Enter would keep."""
    return keep(typed.strip() or kept)


def kept_due(edits: SessionEdits, words: str) -> str:
    """Due words kept as typed when a stop came, said with the date they are read as, as
    plain mode says what Enter keeps (`due_kept`): `due next Fri, read as Friday 4 December
    2026`, `due Friday we, not read as a date`, with no quotes (`due “Friday we”` was read
    "left quote": a trial). Half typed words are kept as typed, as the app's due box keeps
    them: "next Fr" names no date, and is kept to be mended; "next Fri" is read as the
    Friday it names."""
    words = words.strip()
    return f"due {due_kept(words, edits.read_due(words))}"


def due_said(words: str, day: date | None, today: date) -> str:
    """What plain mode says of due words typed, in words a screen reader reads as they are:
    `due Friday 15 January 2027`; `due 1 January 2020, in the past`; `due Tuesday 8 December,
    in 2 days` and how to name the week after (`other_week_hint`); or why the words are no date
    (`due_hints.read_as`, which the app's due box shows as `→ Fri 15 Jan 2027`)."""
    if not words.strip() or day is None:
        return read_as(words, day, today, long=True)
    if day < today:
        return f"due {day.day} {MONTH_NAMES[day.month - 1]} {day.year}, in the past"
    if other_week(words, day, today) is not None:
        days = (day - today).days
        return f"due {long_date(day, year=False)}, " \
            f"{'tomorrow' if days == 1 else f'in {days} days'}; " \
            f"{other_week_hint(words, day, today, long=True)}"
    if hint := week_end_hint(words, day, long=True):  # `w/c 14 Dec`: which day was taken
        return f"due {long_date(day)}, {hint}"
    return f"due {long_date(day)}"


def due_kept(words: str, day: date | None) -> str:
    """An action's due words as a prompt says Enter keeps them, its dates in words as plain
    mode says them: `31/1/2031, read as Saturday 31 January 2031`; words that are the date
    in words already, that date alone (`Saturday 1 March 2031` for `1 March 2031`); words
    that name no date, `end of Janury, not read as a date`; `none` for none. Changing an
    action said `Enter keeps “31/1”`: the words alone, in quotes read "left quote" (a
    trial)."""
    words = " ".join(words.split())
    if not words:
        return "none"
    read = due_day(words, day)
    if read is None:
        return due_spoken(words, None)
    said, typed = long_date(read), normal_words(words)
    return said if said.lower() == typed or said.lower().endswith(f" {typed}") \
        else f"{words}, read as {said}"
