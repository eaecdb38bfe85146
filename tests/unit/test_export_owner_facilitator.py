"""An agreed action owned by a team session's facilitator, in notes that name nobody: the Owner
box offers the facilitator's name, and the check then held it back ("“Ray Sample” is not one
person on the list named in full…"), or printed the name with --anyway (a trial). The session
knows who its facilitator is: printed by role, they are "Facilitator", as the points they said
are. All people, roles and agencies here are invented."""

from __future__ import annotations

import json

import pytest

from reflect.export.identifiers import NAME, find_identifiers
from reflect.export.options import ExportOptions
from reflect.export.owner_held import owner_held_back
from reflect.export.owner_parts import action_owner
from reflect.export.parts import carried_owner, point_attribution
from reflect.model.session import FACILITATOR, Action, CarriedAction, Participant, Point, Session
from reflect.store.exports import findings_for, render_bytes
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run

ROLES_ONLY = ExportOptions(roles_only=True)
BY_AGENCY = ExportOptions(attendance_by_agency=True)
NO_ATTENDANCE = ExportOptions(include_attendance=False)
FORMATS = ("md", "txt", "html", "docx", "json", "csv", "pdf")


@pytest.fixture
def session(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, new_session_id("child-zz"), title="Invented huddle",
                      facilitator="Ray Sample", participants=[
                          Participant.parse("Ann Example, Health visitor, Invented Trust")])
    s.answers[0].points = [Point(text="Invented facilitator view", by=FACILITATOR)]
    s.add_action(Action(text="Ring the invented school", owner="Ray Sample"))
    s.add_action(Action(text="Book the invented room", owner="  ray   SAMPLE "))
    s.carried = [CarriedAction(session_id="20261101-child-zz-0000abcd",
                               session_label="November huddle", action_id="a1",
                               text="Chase the invented report", owner="Ray Sample")]
    return s


def test_notes_that_name_nobody_print_the_facilitators_action_as_facilitator(session, review):
    for options in (ROLES_ONLY, BY_AGENCY, NO_ATTENDANCE):
        assert [action_owner(session, a, options) for a in session.actions] == \
            ["Facilitator", "Facilitator"]
        assert carried_owner(session, session.carried[0], options) == "Facilitator"
        for fmt in FORMATS:
            assert findings_for(session, fmt, review, options) == [], (fmt, options)
    # the points they said are theirs as before, by role
    point = session.answers[0].points[0]
    assert point_attribution(session, point, ROLES_ONLY) == "Facilitator"
    txt = render_bytes(session, "txt", review, ROLES_ONLY).decode()
    assert "Action 1: Ring the invented school. Owner: Facilitator; no due date given; status: " \
        "open." in txt
    assert "Point 1: Invented facilitator view, said by Facilitator" in txt
    assert "ray" not in txt.casefold()
    # notes that name people keep the owner as typed
    assert action_owner(session, session.actions[0], ExportOptions()) == "Ray Sample"
    assert session.actions[1].owner == "  ray   SAMPLE "  # the session keeps it as typed


def test_notes_by_agency_print_the_facilitators_points_as_their_actions(session, review):
    """A point the facilitator said was printed with nothing after it, read as nobody's, while
    the action they owned said "Facilitator": by agency both are "Facilitator" (their role,
    as they have no agency)."""
    point = session.answers[0].points[0]
    assert point_attribution(session, point, BY_AGENCY) == "Facilitator"
    txt = render_bytes(session, "txt", review, BY_AGENCY).decode()
    assert "Point 1: Invented facilitator view, said by Facilitator" in txt
    assert "Action 1: Ring the invented school. Owner: Facilitator; no due date given; status: " \
        "open." in txt
    assert "ray" not in txt.casefold()
    said_by = json.loads(render_bytes(session, "json", review, BY_AGENCY))
    assert said_by["session"]["answers"][0]["points"][0]["said_by"] == "Facilitator"
    # listed on Who is here, with an agency, they are that participant: the agency, both
    session.add_participant(Participant(name="Ray Sample", role="Team manager",
                                        agency="Invented Council"))
    ray = session.participants[-1].id
    session.answers[0].points = [Point(text="Invented listed view", by=ray)]
    assert point_attribution(session, session.answers[0].points[0], BY_AGENCY) == \
        "Invented Council"
    assert action_owner(session, session.actions[0], BY_AGENCY) == "Invented Council"


def test_the_facilitator_listed_on_who_is_here_is_that_participant(session, review):
    session.add_participant(Participant(name="Ray Sample", role="Team manager",
                                        agency="Invented Council"))
    assert action_owner(session, session.actions[0], ROLES_ONLY) == \
        "Team manager, Invented Council"
    assert findings_for(session, "md", review, ROLES_ONLY) == []


def test_a_first_name_alone_is_still_held_back_and_names_the_facilitator(session):
    session.actions = [Action(id="a1", text="Ring the invented school", owner="Ray")]
    [finding] = [f for f in find_identifiers(session, roles_only=True)
                 if f.kind == NAME and f.field == "actions[0].owner"]
    assert owner_held_back(session, finding) == (
        "“Ray” is not one person on the list named in full, so it cannot be printed by role "
        "or agency and is held back. Type the owner as the list names them (“Ray Sample”), "
        "or as a role.")


def test_the_owner_is_the_facilitator_whatever_the_field_holds(session):
    """A role in the Facilitator box ("Team lead") is them too; no facilitator: as typed."""
    session.facilitator = "Team lead"
    session.actions[0].owner = "Team lead"
    assert action_owner(session, session.actions[0], ROLES_ONLY) == "Facilitator"
    session.facilitator = ""
    assert action_owner(session, session.actions[0], ROLES_ONLY) == "Team lead"


def test_the_command_line_checks_and_exports_the_facilitators_action(
        capsys, session, fictional_dir, sessions_dir):
    save_session(sessions_dir, session)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, out, _ = run(capsys, "check", session.id, "--roles-only", *dirs)
    assert code == 0 and "No likely personal details" in out, out
    code, out, err = run(capsys, "export", session.id, "--roles-only", *dirs)
    assert code == 0, err
    assert "| Ring the invented school | Facilitator |" in out
    assert "Ray" not in out
