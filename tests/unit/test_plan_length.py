"""What the time plan's *Your own* box says of what is not a length: `300000` typed said
"Until then the length stays 5 hours", 5 hours being only its `300` on the way (a trial). A
figure over a day is said to be over the longest length, and the length kept named with the
words it came from."""

from __future__ import annotations

from reflect.model.plan_length import length_refused

HOW = "type minutes (say 20) or 1h30, from 1 minute to 24 hours"


def test_a_figure_over_a_day_is_over_the_longest_length_kept_from_its_start() -> None:
    assert length_refused("300000", 300, "300") == (
        f"“300000” is over 24 hours, the longest length: {HOW}. Until then the length "
        "stays 5 hours, from the “300” it began with.")
    assert length_refused("25 hours", 25, "25").startswith(
        "“25 hours” is over 24 hours, the longest length")


def test_over_a_day_from_a_length_chosen_elsewhere_names_only_that_length() -> None:
    assert length_refused("99999", 45, "") == (
        f"“99999” is over 24 hours, the longest length: {HOW}. Until then the length stays "
        "45 minutes.")
    assert length_refused("2000", 0, "", own=False) == (
        f"“2000” is over 24 hours, the longest length: {HOW}, or empty this box. Until then "
        "there is no time plan.")


def test_words_that_are_no_length_are_said_so_as_before() -> None:
    assert length_refused("20x", 20, "20") == (
        f"“20x” is not a length: {HOW}. Until then the length stays 20 minutes.")
    assert length_refused("x", 45, "", own=False) == (
        f"“x” is not a length: {HOW}, or empty this box. Until then the length stays 45 "
        "minutes.")
