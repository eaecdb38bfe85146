"""Plain mode: due words that name no date, typed at a terminal, are said so and asked again
(walk/due.py `ask_due`). They were kept as typed and the walk went on to the next action: a
screen reader user's typo (`end of janury`) stayed words naming no date, and typed to change
an action, it replaced the date the action had (a trial). A script's answers are read as
before: its next line is no due date. All data invented."""

from __future__ import annotations

import io
from datetime import date

from reflect.model.edits import SessionEdits
from reflect.model.session import Session
from reflect.walk.dialogue import REPLACE, Dialogue
from reflect.walk.due import ask_due

MONDAY = date(2026, 12, 7)


def _asked(typed: str, at_terminal: bool = True, aside: str = "Enter skips",
           empties: bool = False) -> tuple[str | None, str]:
    edits = SessionEdits(Session(id="20261207-child-zz-0000d0e5", review_id="child-zz",
                                 review_title="Child ZZ"), today=lambda: MONDAY)
    out = io.StringIO()
    d = Dialogue(io.StringIO(typed), out, width=300)
    d.at_terminal = at_terminal
    return ask_due(d, edits, "Due when?", aside, empties=empties), out.getvalue()


def test_words_naming_no_date_are_asked_again_and_a_date_typed_is_taken() -> None:
    got, said = _asked("end of janury\nend of januray\nend of January\n")
    assert got == "end of January"
    assert ("“end of janury” is not read as a date: janury looks like January mistyped. "
            "Dates reflect reads: 31/1/2027, 31 Jan, first of February, mid Feb, end of "
            "March, Friday fortnight or in 2 weeks.") in said
    assert "Due when? Type a date; Enter keeps “end of janury” as typed." in said
    assert "“end of januray” is not read as a date: januray looks like January mistyped." \
        in said
    assert said.count("Dates reflect reads") == 1  # (said once, not at every slip)
    assert "kept as typed" not in said and said.endswith("Due Sunday 31 January 2027.\n")


def test_enter_keeps_them_as_typed_and_says_so() -> None:
    got, said = _asked("after half term\n\n")
    assert got == "after half term"
    assert said.endswith("Kept as typed, with no date: “after half term”.\n")


def test_why_a_date_is_none_is_said_in_whole_words() -> None:
    """`no 31 Feb` and `1 Jan 2027 is a Fri` were read "Feb", "Fri" by a screen reader."""
    _, said = _asked("31/02/2027\n\n")
    assert "“31/02/2027” is not read as a date: no 31 February." in said
    _, said = _asked("Mon 1 Jan 2027\n\n")
    assert "“Mon 1 Jan 2027” is not read as a date: 1 January 2027 is a Friday." in said


def test_changing_an_action_a_typo_is_asked_again_and_equals_still_empties() -> None:
    aside = "Enter keeps Friday 11 December 2026; = alone for none"
    got, said = _asked("end of janury\n31/1/2027\n", aside=aside, empties=True)
    assert got == "31/1/2027"  # (the typo was kept, over the date: a trial)
    got, said = _asked("end of janury\n=\n", aside=aside, empties=True)
    assert got == REPLACE


def test_a_scripts_answers_are_read_as_before() -> None:
    got, said = _asked("end of janury\nRing the school\n", at_terminal=False)
    assert got == "end of janury"
    assert "Not read as a date: janury looks like January mistyped; kept as typed. Dates " \
        "reflect reads:" in said
    assert "Type a date;" not in said


def test_one_letter_where_a_date_was_read_is_no_answer_and_the_date_stays() -> None:
    """After `next tuesday` was read as tomorrow and asked again, a stray `l` (the list word
    elsewhere) dropped the date for itself: `Enter keeps “l” as typed` (a screen reader
    trial)."""
    got, said = _asked("next tuesday\nl\n\n")
    assert got == "next tuesday"
    assert ("“l” is not an answer here: type a date, or press Enter to keep Tuesday 8 "
            "December 2026.") in said
    assert said.count("Due when? Enter keeps Tuesday 8 December 2026.") == 2
    assert "“l” as typed" not in said
    got, said = _asked("end of janury\nu\n\n")  # (words naming no date: kept as typed)
    assert got == "end of janury"
    assert "“u” is not an answer here: type a date, or press Enter to keep “end of janury” " \
        "as typed." in said
