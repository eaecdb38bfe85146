"""What an action added lacks, or has wrong, in the words of the message that says it
(`model.action_gaps`): a due date that names no day, a team's action with no owner or no due
date; nothing for an action that lacks nothing."""

from __future__ import annotations

from datetime import date

from reflect.model.action_gaps import action_gaps
from reflect.model.dates import read_date

TODAY = date(2026, 12, 3)


def said(owner: str, due: str, *, team: bool = True, added: bool = True) -> str:
    return action_gaps(owner, due, read_date(due, TODAY), TODAY, team=team, added=added)


def test_an_action_with_an_owner_and_a_date_lacks_nothing() -> None:
    assert said("Pat Example", "next Friday") == ""
    assert said("Pat Example", "31/03/2027") == ""


def test_a_day_its_month_does_not_have_is_said_with_why() -> None:
    message = said("Pat Example", "31/02/2026")
    assert message.startswith("Added. Its due date is not a date: 31/02/2026 has no 31 Feb.")
    assert message.endswith("Enter on its row in the table edits it.")
    assert said("Pat Example", "31/02/2026", added=False).startswith("Saved. ")


def test_other_words_that_name_no_date_are_said_kept_as_typed() -> None:
    assert "“end of term” is kept as typed, not read as a date" in said("Pat Example",
                                                                       "end of term")
    assert "Mon 1 Jan 2027, but 1 Jan 2027 is a Fri" in said("Pat Example", "Mon 1 Jan 2027")


def test_what_a_teams_action_lacks_is_named() -> None:
    assert said("", "") == ("Added without an owner or a due date. Enter on its row in the "
                            "table adds them once known.")
    assert said("Pat Example", "").startswith("Added without a due date. ")
    assert said("", "Friday").startswith("Added without an owner. ")
    assert said("", "31/02/2026").startswith(
        "Added without an owner. Its due date is not a date: 31/02/2026 has no 31 Feb.")


def test_one_practitioners_action_needs_no_one_else_nor_a_date() -> None:
    """"Who else (optional)": an individual's action lacks nothing without it; a due date
    that names no day is still said."""
    assert said("", "", team=False) == ""
    assert "has no 31 Feb" in said("", "31/02/2026", team=False)


def test_owner_words_that_read_as_a_date_with_no_due_date_are_said() -> None:
    """"end of January" typed into Who else, Tab having gone there rather than to Due, was
    kept as who else was involved, with nothing said (a trial)."""
    message = action_gaps("end of January", "", None, TODAY, team=False, who="Who else")
    assert message == ("Added with “end of January” in Who else and no due date: if that is "
                       "when it is due, Enter on its row in the table edits it (Due is the "
                       "box after Who else).")
    assert "“Friday” in Owner and no due date" in said("Friday", "")
    assert said("31/1", "", added=False).startswith("Saved with “31/1” in Owner")


def test_owner_words_that_are_a_name_or_come_with_a_due_date_are_not_taken_for_a_date() -> None:
    assert said("Pat Example", "") == ("Added without a due date. Enter on its row in the "
                                       "table adds it once known.")
    assert said("May", "").startswith("Added without a due date.")  # (a name, perhaps)
    assert said("end of January", "Friday") == ""
    assert action_gaps("Pat Example", "", None, TODAY, team=False, who="Who else") == ""


def test_a_due_date_already_past_is_said_as_the_action_is_added() -> None:
    """`1/1/2020` typed for 2027 was added with nothing said but the table's `⚠ 1 Jan 20`,
    and was overdue at once in the partnership's report (a learning lead's fresh-eyes trial);
    plain mode said `in the past`. An action saved after editing is not said past: one agreed
    at an earlier meeting may be past its date by now."""
    assert said("Pat Example", "1/1/2020") == (
        "Added. Its due date, Wed 1 Jan 2020, is already past: if it was mistyped, Enter on "
        "its row in the table edits it.")
    assert said("", "1/1/2020").startswith("Added without an owner. Its due date, Wed 1 Jan "
                                           "2020, is already past")
    assert "already past" in said("", "1/1/2020", team=False)
    assert said("Pat Example", "1/1/2020", added=False) == ""
    assert said("Pat Example", "3/12/2026") == ""  # today is not past
