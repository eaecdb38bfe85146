"""Why a report is refused for its Since and Until, said once in place of the report on the
Reports screen (`report.period.period_refused`): with both boxes wrong only Since's problem
was said there, Until's on its border alone, and the message came again in a pop-up, 9 of 24
rows at 80x24 (a learning lead's trial). Every word here is invented for the test."""

from __future__ import annotations

from datetime import date

from reflect.report.period import period_refused, read_period

TODAY = date(2026, 12, 7)


def _refused(since: str, until: str, saving: bool = False) -> list[str]:
    return period_refused(since, until, read_period(since, until, TODAY), TODAY,
                          saving).splitlines()


def test_both_boxes_wrong_are_both_said_and_the_ways_to_type_a_date_once() -> None:
    lines = _refused("whenever", "sometime")
    assert lines[:2] == ["Since: 'whenever' is not a date reflect can read.",
                         "Until: 'sometime' is not a date reflect can read."]
    assert len(lines) == 3 and lines[2].startswith("Type a date like 31/03/2026")


def test_a_box_whose_problem_can_be_said_says_it_and_no_list() -> None:
    assert _refused("30/2", "Feburary") == [
        "Since: '30/2' is not a date: there is no 30 Feb.",
        "Until: 'Feburary' is not a date: Feburary looks like February mistyped."]
    assert _refused("", "30/2") == ["Until: '30/2' is not a date: there is no 30 Feb."]


def test_a_since_to_come_is_said_beside_an_until_that_is_no_date() -> None:
    lines = _refused("next week", "whenever")
    assert lines[0].startswith("Since names 14 to 20 December 2026, a period still to come")
    assert lines[1] == "Until: 'whenever' is not a date reflect can read."


def test_since_after_until_and_a_period_that_is_fine() -> None:
    assert _refused("1/11/2026", "31/10/2026", saving=True) == [
        "Since (Sun 1 Nov 2026) is after Until (Sat 31 Oct 2026), so no session can be in "
        "between: change one of them, then save."]
    assert _refused("1/10/2026", "31/10/2026") == []
    assert _refused("", "") == []
