"""`same_person.alike`: lines of the new-session form's participants box that look like one
person, said under the box (tests/functional/test_new_session_alike.py)."""

from __future__ import annotations

from reflect.model.same_person import alike, like_last_time, names_alike
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


def test_names_that_may_be_one_person() -> None:
    """A slip in one word (the team names' rule), or the first name said shorter: said, so a
    trial's "Jo Smith" beside last time's "Jo Smyth" and "Joanne Smith" is asked about."""
    for a, b in (("Jo Smyth", "Jo Smith"), ("Joanne Smith", "Jo Smith"),
                 ("Sam Sample", "Sam Sampel"), ("Alex Example", "Alex"),
                 ("Samantha Example", "sam example")):
        assert names_alike(a, b) and names_alike(b, a), (a, b)
    for a, b in (("Jo Smith", "Jo Smithson"),  # (a surname longer is another family's)
                 ("Pat Sample", "Pam Sample"),  # (a short word's letter: another name)
                 ("Jo Smith", "Bo Smith"), ("Jo Smith", "Jo Smith."),
                 ("Sam Smith", "Kim Smyth"), ("Jo Smith", "")):
        assert not names_alike(a, b), (a, b)


def test_lines_that_look_like_last_times_people() -> None:
    last = lines("Jo Smyth, Teacher", "Joanne Smith, Nurse", "Pat Example, GP", "Kim Example")
    assert like_last_time(lines("Jo Smith"), last) == {1: [0, 1]}  # (each that looks like it)
    assert like_last_time(lines("Jo Smith, Nurse"), last) == {1: [1]}  # (no role differing)
    assert like_last_time(lines("Jo Smith, Social worker"), last) == {}
    # one of last time's typed as listed is them (`last_time_lines`): a line like them is
    # like that line (`alike`), not like last time's
    assert like_last_time(lines("Pat Example", "Pat Exampel", "Kim Exmaple"), last) == {3: [3]}
    assert like_last_time(lines("Pat Example", "Pat Example"), last) == {}  # (`repeated`)
    assert like_last_time(lines("Robin Madeup"), last) == {}
    assert like_last_time(lines("Jo Smith"), []) == {}
