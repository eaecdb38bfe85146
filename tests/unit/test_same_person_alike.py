"""`same_person.alike`: lines of the new-session form's participants box that look like one
person, said under the box (tests/functional/test_new_session_alike.py)."""

from __future__ import annotations

from reflect.model.same_person import alike
from reflect.model.session import Participant


def lines(*typed: str) -> list[Participant]:
    return Participant.parse_lines("\n".join(typed))


def test_which_lines_look_alike() -> None:
    assert alike(lines("Sam Sample, Midwife, Invented Trust",
                       "Sam Sampel, Midwife, Invented Trust")) == {2: 1}
    assert alike(lines("Sam Sample, Invented Trust", "Sam Sampel")) == {2: 1}  # (none differ)
    assert alike(lines("Alex Example, GP", "Alex, GP")) == {2: 1}  # (said shorter)
    # Apart: another agency; another word; one name typed twice (`repeated` says that one)
    assert alike(lines("Sam Sample, Midwife, Invented Trust",
                       "Sam Sampel, Teacher, Invented School")) == {}
    assert alike(lines("Pat Example", "Pat Sample", "Sam Smith", "Pam Sample")) == {}
    assert alike(lines("Kim Example, Nurse", "kim example, Nurse")) == {}
    assert alike(lines("Nurse, Invented Trust", "Nurse, Invented Trust")) == {}
