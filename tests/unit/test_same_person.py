"""Whether a person typed is someone listed already (model.same_person): one person listed
twice was counted twice in reports, made `@sam` name two people and was printed twice in the
notes (a trial)."""

from __future__ import annotations

from reflect.model.same_person import (
    as_named,
    first_of,
    kept_lines,
    last_time_lines,
    listed_as,
    maybe_same,
    repeated,
    with_last_time,
)
from reflect.model.session import Participant

SAM = Participant(name="Sam Sample", role="Social worker", agency="Invented Council",
                  attended=False)
PAT = Participant(name="Pat Example", role="Health visitor", agency="Invented Trust",
                  attended=False)
TEACHER = Participant(role="Teacher", agency="Invented School", attended=False)
LAST = [SAM, PAT, TEACHER]


def described(people: list[Participant]) -> list[tuple[str, bool]]:
    return [(p.describe(), p.attended) for p in people]


def test_a_name_typed_that_is_last_times_person_is_them_with_their_details() -> None:
    """Sam Sample ticked and typed as well was listed twice: once with no role. Last time's
    people come first, in their order, and a newcomer typed after them (as Who is here adds
    one): Jo, typed, was listed before them, in the app and the notes (a trial)."""
    typed = Participant.parse_lines("Jo Example, GP\nSam Sample")
    assert described(with_last_time(typed, LAST, here={0})) == [
        ("Sam Sample (Social worker, Invented Council)", True),
        ("Pat Example (Health visitor, Invented Trust)", False),
        ("Teacher, Invented School", False), ("Jo Example (GP)", True)]


def test_typed_is_here_ticked_or_not_and_what_was_typed_is_kept() -> None:
    typed = Participant.parse_lines("pat  EXAMPLE., Health visitor\nSam Sample, Team manager")
    assert described(with_last_time(typed, LAST, here=set())) == [
        ("Sam Sample (Team manager, Invented Council)", True),  # a role typed is the role now
        ("Pat Example (Health visitor, Invented Trust)", True),
        ("Teacher, Invented School", False)]


def test_someone_unnamed_is_the_same_only_when_described_alike() -> None:
    typed = Participant.parse_lines("Teacher, Invented School\nTeacher, Other School")
    assert described(with_last_time(typed, LAST, here={1})) == [
        ("Sam Sample (Social worker, Invented Council)", False),
        ("Pat Example (Health visitor, Invented Trust)", True),
        ("Teacher, Invented School", True), ("Teacher, Other School", True)]


def test_each_of_last_times_people_is_taken_by_one_line_at_most() -> None:
    typed = Participant.parse_lines("Sam Sample\nsam sample, Social worker")
    assert last_time_lines(typed, LAST) == {1: 0}
    assert repeated(typed) == {2: 1}  # the second line is said to be the first's person
    assert len(with_last_time(typed, LAST, here=set())) == 4


def test_of_two_of_one_name_the_one_whose_details_agree() -> None:
    other = Participant(name="Sam Sample", role="GP")
    people = [SAM, other]
    assert listed_as(Participant(name="sam sample", role="gp"), people) == 1
    assert listed_as(Participant(name="Sam Sample"), people) == 0
    assert listed_as(Participant(name="Sam Sample", role="Nurse"), people) == 0
    assert listed_as(Participant(name="Sam Samples"), people) is None
    assert listed_as(Participant(name="Sam Sample"), people, skip={0}) == 1


def test_a_name_typed_twice_in_the_box_is_said_whatever_its_details() -> None:
    typed = Participant.parse_lines("Alex Example, GP\nSocial worker, Invented Council\n"
                                    "alex example, Nurse\nSocial worker, Invented Council")
    assert repeated(typed) == {3: 1}  # two unnamed alike may be two people


def test_a_line_read_as_a_role_that_is_a_listed_name_is_that_name() -> None:
    """Plain mode read "pat example", in lower case, as a role (model/roles.py): it was not
    found to be Pat Example, listed already, and was listed a second time. Read as a name
    now (the app's box too), it is found; a listed name whose last word is a job's
    ("Dee Visitor") is still read as a role typed alone, and then found as that name."""
    typed = Participant.parse("pat example")
    assert (typed.name, typed.role) == ("pat example", "")
    assert as_named(typed, LAST) == typed and listed_as(typed, LAST) == 1
    dee = [*LAST, Participant(name="Dee Visitor")]
    typed = Participant.parse("dee visitor")
    assert (typed.name, typed.role) == ("", "dee visitor")
    named = as_named(typed, dee)
    assert (named.name, named.role) == ("dee visitor", "")
    assert listed_as(named, dee) == 3
    for line in ("health visitor", "Pat Example, GP"):  # no one's name; a name already
        assert as_named(Participant.parse(line), LAST) == Participant.parse(line)


def test_a_name_said_shorter_or_fuller_may_be_someone_listed() -> None:
    """A name given in the room was "Priya" while Who is here listed "Priya Example", and
    nothing asked (a trial): one name's words beginning the other's may be the same person."""
    people = [PAT, SAM, TEACHER, Participant(name="Pat")]
    assert maybe_same("Pat", people) == [0]  # "Pat" itself is the same name, not maybe
    assert maybe_same("pat example jr", people) == [0, 3]
    assert maybe_same("Sam Sample", people) == []  # the same name: listed, not maybe
    assert maybe_same("Sample", people) == [] and maybe_same("", people) == []
    assert maybe_same("Patricia", people) == []  # a word begun is not a name begun


def test_a_name_typed_twice_is_kept_once_when_the_same_person() -> None:
    """Kim Example typed twice in the form's box was listed and counted as two attendees (a
    trial): a line answered the same person is taken into the first, which keeps its own
    name, role and agency and takes one it lacks from the later line."""
    typed = Participant.parse_lines("Kim Example\nLee Example, Teacher, Invented School\n"
                                    "kim example, Nurse, Invented Trust")
    assert repeated(typed) == {3: 1}
    assert described(list(kept_lines(typed, {3: 1}).values())) == [
        ("Kim Example (Nurse, Invented Trust)", True),
        ("Lee Example (Teacher, Invented School)", True)]
    assert len(kept_lines(typed, {})) == 3  # another person of that name: both kept


def test_a_third_line_of_a_name_is_the_earlier_line_whose_details_agree() -> None:
    typed = Participant.parse_lines("Kim Example, Nurse\nKim Example, GP\nkim example, gp")
    assert repeated(typed) == {2: 1, 3: 2}
    assert first_of(3, {2: 1, 3: 2}) == 1  # line 2 the same as line 1: so is line 3
    assert described(list(kept_lines(typed, {2: 1, 3: 2}).values())) == [
        ("Kim Example (Nurse)", True)]
    assert described(list(kept_lines(typed, {3: 2}).values())) == [
        ("Kim Example (Nurse)", True), ("Kim Example (GP)", True)]
