"""Why an agreed action's owner is held back by the check of notes that name nobody
(export/owner_held.py): the finding said only `participant name: Ann`, nothing of why other
owners were printed by role and this one not, nor of what to type instead (a trial). All
people, roles and agencies here are invented."""

from __future__ import annotations

import pytest

from reflect.export.at_names import finding_lines
from reflect.export.identifiers import find_identifiers
from reflect.export.owner_held import owner_held_back
from reflect.model.session import Action, Participant, Point, Session
from reflect.store.sessions import new_session_id


@pytest.fixture
def session(review) -> Session:  # type: ignore[no-untyped-def]
    return Session.start(review, new_session_id("child-zz"), title="Invented huddle",
                         participants=[
                             Participant.parse("Ann Example, Health visitor, Invented Trust"),
                             Participant(name="Robin Placeholder", role="GP",
                                         agency="Invented Practice", attended=False),
                         ])


def advice(s: Session, owner: str, *, by_agency: bool = False) -> list[str]:
    s.actions = [Action(id="a1", text="Ring the invented school", owner=owner)]
    return [owner_held_back(s, f)
            for f in find_identifiers(s, roles_only=True, by_agency=by_agency)]


def test_a_known_person_named_in_full_is_no_finding(session: Session) -> None:
    assert advice(session, "Ann Example") == []
    assert advice(session, "Robin Placeholder") == []  # invited, did not attend
    assert advice(session, "Robin Placeholder", by_agency=True) == []


@pytest.mark.parametrize("owner, shown", [
    ("Ann", "“Ann Example”"),
    ("Robin", "“Robin Placeholder”"),
    ("Ann Example and Robin Placeholder", "“Ann Example” or “Robin Placeholder”"),
])
def test_a_name_not_one_person_in_full_says_how_the_list_names_them(
        session: Session, owner: str, shown: str) -> None:
    said = advice(session, owner)  # the same under each name found in it
    assert said and all(s == said[0] for s in said)
    assert said[0] == (
        f"“{owner}” is not one person on the list named in full, so it cannot be printed by "
        f"role or agency and is held back. Type the owner as the list names them ({shown}), "
        "or as a role.")


def test_an_owner_of_5000_characters_is_said_cut_short(session: Session) -> None:
    """Said whole, it took some 70 lines of the export dialog over its formats (a trial)."""
    owner = "Ann and the invented team of Example Town " * 120
    said = advice(session, owner)
    assert said and len(said[0]) < 300
    assert said[0].startswith("“Ann and the invented team of Example Town Ann and the…” is not")
    assert said[0].endswith("Type the owner as the list names them (“Ann Example”), or as a role.")


def test_a_name_two_people_share_says_who_they_are(session: Session) -> None:
    session.add_participant(Participant(name="Ann Example", role="Midwife",
                                        agency="Other Invented Trust", attended=False))
    assert advice(session, "ann example") == [
        "“ann example” is the name of 2 people on the list (Health visitor, Invented Trust; "
        "Midwife, Other Invented Trust): which one's role to print would be a guess, so it "
        "is held back. Type the owner as that person's role, or tell the names apart in Who "
        "is here."]


@pytest.mark.parametrize("role, agency, by_agency, lacks", [
    ("", "Invented Practice", False, "role"),
    ("GP", "", True, "agency"),
    ("", "", False, "role or agency"),
    ("", "", True, "role or agency"),
])
def test_a_person_with_nothing_to_print_says_what_to_add(
        session: Session, role: str, agency: str, by_agency: bool, lacks: str) -> None:
    session.participants[1].role, session.participants[1].agency = role, agency
    assert advice(session, "Robin Placeholder", by_agency=by_agency) == [
        f"“Robin Placeholder” is on the list with no {lacks}: notes that name nobody have "
        f"nothing to print for them, so the name is held back. Add their {lacks} in Who is "
        "here, or type the owner as a role."]


def test_other_findings_get_no_such_advice(session: Session) -> None:
    session.answers[0].points = [Point(text="Invented: Ann Example will ring")]
    session.actions = [Action(id="a1", text="Ring Robin Placeholder", owner="Ann")]
    found = find_identifiers(session, roles_only=True)
    assert [(f.field, bool(owner_held_back(session, f))) for f in found] == [
        ("answers[0].points[0].text", False), ("actions[0].text", False),
        ("actions[0].owner", True)]


def test_a_reflection_gets_no_such_advice(session: Session) -> None:
    session.mode = "individual"
    assert advice(session, "Ann") == [""]


def test_the_advice_is_said_under_the_finding(session: Session) -> None:
    session.actions = [Action(id="a1", text="Ring the invented school", owner="Ann")]
    lines = finding_lines(session, find_identifiers(session, roles_only=True))
    assert lines[0] == "  Agreed action 1 (owner): participant name: Ann"
    assert lines[1].startswith("    “Ann” is not one person on the list named in full")
