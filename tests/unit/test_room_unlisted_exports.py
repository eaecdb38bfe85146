"""A point sent from the room under a name that is on no list (the facilitator chose not to
add them to Who is here): notes that name nobody printed it with nothing after it, read as
nobody's, and nothing said why. It is now said as a participant listed with no role or agency
is: "no role or agency given" (by agency, "no agency given"), and the check says whose and
what to add. Each exported file is opened as its reader opens it (tests/readers.py). All
people, roles and agencies here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.export.options import ExportOptions
from reflect.export.parts import NO_AGENCY_SAID, NO_ROLE_OR_AGENCY_SAID, point_attribution
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.store.exports import unattributed_note
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.readers import read_back

NOTES = ("md", "txt", "html", "docx", "pdf")
BY_ROLE = ExportOptions(roles_only=True)
BY_AGENCY = ExportOptions(attendance_by_agency=True)
NAMED = ExportOptions()


@pytest.fixture
def edits(review: Review) -> SessionEdits:
    """Alex Example (Health visitor, Invented Trust) is listed; Sam Sample, who is not,
    sends a point from the room, and so does someone giving no name."""
    edits = SessionEdits(Session.start(
        review, "20261205-child-zz-0000cccc", title="Invented meeting", team="Moorvale Team",
        facilitator="Pat Example",
        participants=[Participant.parse("Alex Example, Health visitor, Invented Trust")]))
    edits.add_point("zz-first", "Invented referral route unclear", from_room="Sam Sample")
    edits.add_point("zz-first", "Invented rota agreed", from_room="alex EXAMPLE")  # listed
    edits.add_point("zz-first", "Invented sent with no name", from_room="anonymous")
    return edits


def test_a_name_on_no_list_is_said_to_come_with_no_role_or_agency(edits):
    s = edits.session
    sam, alex, nobody = s.answers[0].points
    assert (sam.by, alex.by) == ("", "p1")  # Sam is nobody here
    assert point_attribution(s, sam, BY_ROLE) == NO_ROLE_OR_AGENCY_SAID
    assert point_attribution(s, sam, ExportOptions(include_attendance=False)) == \
        NO_ROLE_OR_AGENCY_SAID
    assert point_attribution(s, sam, BY_AGENCY) == NO_AGENCY_SAID
    assert point_attribution(s, sam, NAMED) == f"Sam Sample, {NO_ROLE_OR_AGENCY_SAID}"
    assert point_attribution(s, alex, BY_ROLE) == "Health visitor, Invented Trust"
    assert point_attribution(s, nobody, BY_ROLE) == "anonymous"


@pytest.mark.parametrize(("option", "said"), [
    ("--roles-only", "no role or agency given"), ("--no-attendance", "no role or agency given"),
    ("--by-agency", "no agency given"), ("", "Sam Sample, no role or agency given")])
def test_every_format_says_it(edits, sessions_dir, dirs, tmp_path: Path, capsys, option, said):
    save_session(sessions_dir, edits.session)
    for fmt in NOTES:
        path = tmp_path / f"notes{option}.{fmt}"
        code, _, err = run(capsys, "export", *dirs, edits.session.id, "-o", str(path),
                           *([option] if option else []))
        assert code == 0, err
        text = read_back(path)
        aloud = fmt in ("txt", "pdf")  # (the plain-text notes: as plain mode says it)
        assert (f"Invented referral route unclear, said by {said}" if aloud else
                f"Invented referral route unclear ({said})") in text, fmt
        assert ("Invented sent with no name, said anonymously" if aloud else
                "Invented sent with no name (anonymous)") in text, fmt
        if option:
            assert "Sam" not in text, fmt


def test_the_check_says_whose_and_what_to_add(edits):
    s = edits.session
    edits.add_point("zz-first", "Invented second point", from_room="sam  sample")
    assert unattributed_note(s, "md", BY_ROLE) == (
        "“Sam Sample” sent from the room is not on Who is here: their points (Question 1, "
        "point 1; Question 1, point 4) are printed “no role or agency given”; add them there "
        "as here, with their role or agency")
    assert unattributed_note(s, "md", NAMED) == ""  # named, and said so beside the name
    assert unattributed_note(s, "md", BY_AGENCY) == ""


def test_added_on_who_is_here_their_points_are_given_by_their_role(edits):
    s = edits.session
    edits.add_participant("Sam Sample", "School nurse", "Invented School")
    sam = s.answers[0].points[0]
    assert sam.by == ""  # still nobody's in the file: the notes follow the list
    assert point_attribution(s, sam, BY_ROLE) == "School nurse, Invented School"
    assert point_attribution(s, sam, NAMED) == "Sam Sample, School nurse, Invented School"
    assert unattributed_note(s, "md", BY_ROLE) == ""


def test_a_name_listed_as_not_here_is_given_as_before(edits, review):
    """A point sent under the name of someone listed as not here is not theirs (the notes
    listed them as not attending yet saying it: a trial): the name sent, where the notes name
    people, and nothing said in notes by role."""
    s = edits.session
    edits.mark_here(edits.add_participant("Sam Sample", "School nurse"), False)
    sam = s.answers[0].points[0]
    assert point_attribution(s, sam, NAMED) == "Sam Sample"
    assert point_attribution(s, sam, BY_ROLE) == ""
