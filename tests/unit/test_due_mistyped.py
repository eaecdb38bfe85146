"""A month's or a day's name mistyped in a due box (`next tusday`, `14 Febuary`, `end of
janury`) is still no date, but is said to look like the name: the due box's border, the
message as the action is added and plain mode said only "not read as a date", and a
facilitator could not tell a word reflect does not know from a slip (a fresh-eyes trial)."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.model.action_gaps import action_gaps
from reflect.model.dates import read_date
from reflect.model.due_hints import mistyped_name, read_as
from reflect.walk.due import no_date_said

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("words", "border", "said"), [
    ("next tusday", "Tuesday mistyped?", "tusday looks like Tuesday mistyped"),
    ("14 Febuary", "February mistyped?", "Febuary looks like February mistyped"),
    ("end of janury", "January mistyped?", "janury looks like January mistyped"),
    ("by wednsday", "Wednesday mistyped?", "wednsday looks like Wednesday mistyped"),
    ("3 juen", "June mistyped?", "juen looks like June mistyped"),
])
def test_a_mistyped_name_is_no_date_but_said_to_look_like_the_name(words: str, border: str,
                                                                    said: str) -> None:
    assert read_date(words, TODAY) is None  # which was meant is not guessed
    assert read_as(words, None, TODAY) == border  # 22 columns at 80x24
    assert len(border) <= 22
    assert action_gaps("Pat Example", words, None, TODAY) == (
        f"Added. Its due date is not a date: “{words}” is kept as typed, not read as a "
        f"date: {said}. Enter on its row in the table edits it.")
    assert no_date_said(words, TODAY) == f"“{words}” is not read as a date: {said}."


@pytest.mark.parametrize("words", ["end of term", "someday", "Moorvale", "next term",
                                   "after the audit", "autumn", "spring", "monthly", "Jan",
                                   "sept", "asap", "Invented Marrowby", "mid March 2027"])
def test_other_words_are_not_taken_for_a_mistyped_name(words: str) -> None:
    assert mistyped_name(words) is None
    assert read_as(words, read_date(words, TODAY), TODAY) in ("not read as a date", "") \
        or read_as(words, read_date(words, TODAY), TODAY).startswith("→")
