"""What a due box (and plain mode) says of `next Friday` read as a Friday in the six days to
come: which day it read, and how to name the Friday a week later (model/due_hints.py)."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest

from reflect.model.dates import DAY_NAMES, read_date
from reflect.model.due_hints import other_week_hint, read_as, said_back

THURSDAY = date(2026, 12, 3)
SATURDAY = date(2026, 12, 5)
FRIDAY = date(2026, 12, 4)


@pytest.mark.parametrize("today, words, day, border, hint", [
    (THURSDAY, "next Friday", date(2026, 12, 4), "→ 4 Dec, tomorrow",
     "for Fri 11 Dec type “Friday week” or the date"),
    (THURSDAY, "by next Fri.", date(2026, 12, 4), "→ 4 Dec, tomorrow",
     "for Fri 11 Dec type “Friday week” or the date"),
    (THURSDAY, "next Monday", date(2026, 12, 7), "→ 7 Dec, in 4 days",
     "for Mon 14 Dec type “Monday week” or the date"),
    (SATURDAY, "next Friday", date(2026, 12, 11), "→ 11 Dec, in 6 days",
     "for Fri 18 Dec type “Friday week” or the date"),
    (FRIDAY, "next Friday", date(2026, 12, 11), "→ Fri 11 Dec 2026", ""),  # a week on: clear
    (THURSDAY, "Friday", date(2026, 12, 4), "→ Fri 4 Dec 2026", ""),  # this coming one
    (THURSDAY, "Friday week", date(2026, 12, 11), "→ Fri 11 Dec 2026", ""),
    (THURSDAY, "next Friday (Fri 4 Dec 2026)", date(2026, 12, 4), "→ Fri 4 Dec 2026", ""),
])
def test_next_friday_that_could_be_this_weeks_or_next_weeks_says_how_to_get_the_other(
        today, words, day, border, hint):
    """"next Friday" typed on a Thursday was read as the next day; the box said `→ this Fri
    4 Dec`, nothing said how to mean the Friday after, and at the next meeting the action
    showed as overdue (a fresh-eyes trial). The reading stays as the README documents it; the
    box says which day it is, and how to name the other Friday."""
    assert read_date(words, today) == day
    assert read_as(words, day, today) == border
    assert other_week_hint(words, day, today) == hint
    assert said_back(words, day, today) == border + (f"; {hint}" if hint else "")
    if hint:  # what the hint says to type is read as the day it names
        other = hint.split("“")[1].split("”")[0]
        assert read_date(other, today) == day + timedelta(days=7)
        assert f"{other[:3]} {(day + timedelta(days=7)).day} " in hint


def test_what_is_said_reads_back_and_fits_the_due_box_and_80_columns():
    """Copied back into a due box, the border and plain mode's line name the day they read;
    the border fits a due box's 22 columns at 80x24 on every day of a year, and what plain
    mode says one line of 80 (the line under the box: the width of the form at 80x24, 51)."""
    for n in range(366):
        today = date(2026, 1, 1) + timedelta(days=n)
        for name in DAY_NAMES:
            words = f"next {name}"
            day = read_date(words, today)
            assert day is not None
            border, back = read_as(words, day, today), said_back(words, day, today)
            assert len(border) <= 22 and len(back) <= 80, back
            assert len(other_week_hint(words, day, today)) + 1 <= 51
            assert read_date(border, today) == day, border
            assert read_date(back, today) == day, back


def test_plain_mode_says_it_and_asks_again_where_enter_keeps_it():
    """`reflect walk` says the day read and how to name the other Friday, then asks again:
    the advice can be taken there and then (Enter keeps what was typed)."""
    from reflect.model.edits import SessionEdits
    from reflect.model.session import Session
    from reflect.walk.dialogue import Dialogue
    from reflect.walk.due import ask_due

    edits = SessionEdits(Session(id="20261203-child-zz-0000beef", review_id="child-zz",
                                 review_title="Child ZZ"), today=lambda: THURSDAY)
    for typed, kept in (("next Friday\nFriday week\n", "Friday week"),
                        ("next Friday\n\n", "next Friday"), ("next Friday\n", "next Friday"),
                        ("Friday\n", "Friday")):
        out = io.StringIO()
        assert ask_due(Dialogue(io.StringIO(typed), out, width=120), edits, "Due when?") == kept
        said = out.getvalue()
        if typed.startswith("next"):
            # plain mode's dates in words (`Fri`, `Dec` were read so by a screen reader)
            assert ("Due Friday 4 December, tomorrow; for Friday 11 December type Friday "
                    "week or the date.") in said  # (no quotes: read "left quote", a trial)
            assert "Due when? Enter keeps Friday 4 December 2026." in said
        if kept == "Friday week":
            assert "Due Friday 11 December 2026." in said
        if kept == "Friday":
            assert said.count("Due when?") == 1 and "Due Friday 4 December 2026." in said
