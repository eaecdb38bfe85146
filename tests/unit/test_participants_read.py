"""What the new-session form says under its participants box of a line that names no one:
`, ,` typed as a slip vanished from what it said, and nothing said it was left out (a
facilitator's trial)."""

from __future__ import annotations

from reflect.model.session import Participant
from reflect.ui.screens.participants_read import no_one, read_back

SAID = ("“, ,” is left out, nothing added for it: commas alone name no one (type name, role, "
        "agency).")


def test_a_line_of_commas_alone_is_said_left_out_and_why() -> None:
    typed = "Sam Sample, health visitor, Invented NHS Trust\n, ,\nJo Example, teacher"
    said = read_back(Participant.parse_lines(typed), [], {}, "", typed).splitlines()
    assert said == ["1. name: Sam Sample · role: health visitor · agency: Invented NHS Trust",
                    "2. name: Jo Example · role: teacher", SAID]


def test_a_box_of_commas_alone_says_so_where_it_said_nothing() -> None:
    assert read_back([], [], {}, "", ", ,") == SAID


def test_each_such_line_is_said_once_as_typed_and_blank_lines_are_no_slip() -> None:
    typed = ", ,\n\n   \n ,  , \n,,,\t,\nPat Example\n"
    assert no_one(typed) == [
        SAID, SAID.replace("“, ,”", "“,,, ,”")]
    assert no_one("Pat Example\n\n") == []
