"""Who said a point, as the point box's Enter reads it (model/said_by.py): an "@…" at its end
says who when editing a point said by someone else too, an "@…" alone is no point, and a
point kept as typed is said with how to settle it, naming the point."""

from __future__ import annotations

from reflect.model.attribution import only_named
from reflect.model.said_by import read_point
from reflect.model.session import Participant

ROB = Participant(id="p1", name="Rob Fictional", role="Social worker", attended=True)
JO = Participant(id="p2", name="Jo Example", role="Health visitor", attended=True)
PAT_S = Participant(id="p3", name="Pat Sample", role="Teacher", agency="Invented School",
                    attended=True)
PAT_E = Participant(id="p4", name="Pat Example", role="GP", attended=True)
PEOPLE = [ROB, JO, PAT_S, PAT_E]


def test_an_at_name_added_to_a_point_said_by_someone_else_names_who_said_it() -> None:
    """Editing a point said by Rob, " @jo" typed at its end: Jo's, and said (it stayed in the
    point's words, said by Rob, with nothing said: a trial)."""
    read = read_point("Invented point one @jo", ROB.id, PEOPLE, 1, editing=True)
    assert (read.text, read.by, read.warning) == ("Invented point one", JO.id, "")
    assert read.note == ("Point 1 is said by Jo Example, whom the @ at its end names, not "
                         "Rob Fictional.")
    same = read_point("Invented point one @rob", ROB.id, PEOPLE, 1, editing=True)
    assert (same.text, same.by, same.note) == ("Invented point one", ROB.id, "")
    plain = read_point("Invented point one", ROB.id, PEOPLE, 1, editing=True)
    assert (plain.text, plain.by, plain.warning, plain.note) == (
        "Invented point one", ROB.id, "", "")


def test_an_at_name_of_several_is_theirs_when_said_by_chose_one_of_them() -> None:
    read = read_point("Invented point @Pat", PAT_S.id, PEOPLE, 2)
    assert (read.text, read.by, read.warning) == ("Invented point", PAT_S.id, "")


def test_a_point_kept_as_typed_says_how_to_settle_it() -> None:
    several = read_point("Invented point four @Pat", "", PEOPLE, 4)
    assert (several.text, several.by) == ("Invented point four @Pat", "")
    assert several.warning == (
        "“@Pat” could be Pat Sample or Pat Example, so point 4 is kept as typed. To say "
        "which: Enter on it in the list, type more of the name after the @ (or choose in "
        "Said by…, under the point box), then Enter.")
    nobody = read_point("Invented point @Zed", ROB.id, PEOPLE, 3, editing=True)
    assert (nobody.text, nobody.by) == ("Invented point @Zed", ROB.id)
    assert nobody.warning.startswith("No one here matches “@Zed”, so point 3 is kept as "
                                     "typed, said by Rob Fictional. Not listed yet? Add them "
                                     "on Who is here and it is theirs. To say who said it: "
                                     "Enter")


def test_two_of_one_name_are_told_apart_in_full() -> None:
    twin = Participant(id="p5", name="Jo Example", role="Invented nurse", attended=True)
    read = read_point("Invented point @jo", "", [JO, twin], 1)
    assert read.warning.startswith("“@jo” could be Jo Example (Health visitor) or Jo Example "
                                   "(Invented nurse), so point 1")


def test_an_at_name_alone_is_no_point() -> None:
    read = read_point("@Pat", "", PEOPLE, 5)
    assert read.alone and (read.text, read.by) == ("", "")
    assert read.warning == ("“@Pat” alone is not a point (nothing was added): type what was "
                            "said before it, where the cursor is now (“Ring the school "
                            "@Pat”), then Enter.")
    assert "Esc puts point 2 back as it was" in read_point(" @jo ", "", PEOPLE, 2,
                                                           editing=True).warning


def test_what_is_an_at_name_alone() -> None:
    assert only_named("@Pat", PEOPLE) and only_named("  @zed  ", PEOPLE)  # one word: a name
    assert only_named("@Pat Sample", PEOPLE) and only_named("@health visitor", PEOPLE)
    assert not only_named("@Pat rang the school", PEOPLE)  # four words: a point
    assert not only_named("@zed rang school", PEOPLE)  # names no one: a point
    assert not only_named("Ring the school @Pat", PEOPLE)
    assert not only_named("duty@council.invalid", PEOPLE)
