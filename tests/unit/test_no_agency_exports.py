"""A participant listed with no agency, in notes by agency: their point was printed with
nothing after it, read as nobody's, and the check said nothing (a trial). It is now
"no agency given", as the attendance counts them; notes by role print "no role or agency
given" for someone listed with neither, and say, under the check, whose points those are.
All people, roles and agencies here are invented."""

from __future__ import annotations

import io
import json

import pytest
from pdfminer.high_level import extract_text

from reflect.export.options import ExportOptions
from reflect.export.parts import NO_AGENCY_SAID, point_attribution
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import FACILITATOR, Participant, Session
from reflect.store.exports import findings_for, render_bytes, unattributed_note
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.unit.test_export_owner_roles import docx_text

BY_AGENCY = ExportOptions(attendance_by_agency=True)
BY_ROLE = ExportOptions(roles_only=True)


@pytest.fixture
def huddle(review: Review) -> Session:
    """Pat Example (Health visitor, Invented Trust), Sam Sample (School nurse, no agency) and
    Chris Sample (nothing but a name) each say a point; so does the facilitator."""
    edits = SessionEdits(Session.start(
        review, "20261201-child-zz-0000aaaa", title="Invented huddle", team="Riverside Team",
        facilitator="Alex Example", participants=[
            Participant.parse("Pat Example, Health visitor, Invented Trust"),
            Participant.parse("Sam Sample, School nurse"), Participant(name="Chris Sample")]))
    edits.add_point("zz-first", "Invented notes shared", by="p1")
    edits.add_point("zz-first", "Invented school visit missed", by="p2")
    edits.add_point("zz-first", "Invented rota agreed", by="p3")
    edits.add_point("zz-first", "Invented training overdue", by=FACILITATOR)
    return edits.session


def test_by_agency_a_point_of_someone_with_no_agency_says_so_in_every_format(huddle, review):
    points = huddle.answers[0].points
    assert [point_attribution(huddle, p, BY_AGENCY) for p in points] == [
        "Invented Trust", NO_AGENCY_SAID, NO_AGENCY_SAID, "Facilitator"]
    said = f"Invented school visit missed ({NO_AGENCY_SAID})"
    md = render_bytes(huddle, "md", review, BY_AGENCY).decode()
    assert f"- {said}" in md and "(no agency given): 2" in md  # as the attendance counts them
    aloud = f"Invented school visit missed, said by {NO_AGENCY_SAID}"  # (the plain text)
    assert f"Point 2: {aloud}" in render_bytes(huddle, "txt", review, BY_AGENCY).decode()
    html = render_bytes(huddle, "html", review, BY_AGENCY).decode()
    assert "Invented rota agreed" in html and NO_AGENCY_SAID in html
    assert said in docx_text(render_bytes(huddle, "docx", review, BY_AGENCY))
    pdf = " ".join(extract_text(io.BytesIO(render_bytes(huddle, "pdf", review,
                                                        BY_AGENCY))).split())
    assert aloud in pdf
    data = json.loads(render_bytes(huddle, "json", review, BY_AGENCY))
    assert [p["said_by"] for p in data["session"]["answers"][0]["points"]] == [
        "Invented Trust", NO_AGENCY_SAID, NO_AGENCY_SAID, "Facilitator"]
    for word in ("School nurse", "Sam", "Chris"):  # by agency: no role, no name
        assert word not in md
    assert findings_for(huddle, "md", review, BY_AGENCY) == []
    assert unattributed_note(huddle, "md", BY_AGENCY) == ""  # nothing printed as nobody's


def test_the_check_says_whose_points_notes_by_role_give_no_role_or_agency(huddle, review):
    md = render_bytes(huddle, "md", review, BY_ROLE).decode()
    assert "- Invented rota agreed (no role or agency given)\n" in md
    note = unattributed_note(huddle, "md", BY_ROLE)
    assert note == ("“Chris Sample” is listed with no role or agency: their point (Question "
                    "1, point 3) is printed “no role or agency given”; add their role or "
                    "agency in Who is here")
    assert unattributed_note(huddle, "md", ExportOptions(include_attendance=False)) == note
    assert unattributed_note(huddle, "md") == ""  # named: "Chris Sample"
    assert unattributed_note(huddle, "cpd-md") == ""  # a record prints no one's points
    huddle.participants[2].role = "Invented practice nurse"
    assert unattributed_note(huddle, "md", BY_ROLE) == ""


def test_reflect_export_and_check_say_it(huddle, fictional_dir, sessions_dir, dirs, capsys):
    save_session(sessions_dir, huddle)
    code, out, err = run(capsys, "export", *dirs, huddle.id, "--roles-only")
    assert code == 0 and "- Invented rota agreed (no role or agency given)\n" in out
    assert "reflect export: note: “Chris Sample” is listed with no role or agency" in err
    code, _, err = run(capsys, "check", *dirs, huddle.id, "--roles-only")
    assert code == 0 and "reflect check: note: “Chris Sample” is listed" in err
    code, out, err = run(capsys, "export", *dirs, huddle.id, "--by-agency")
    assert code == 0 and f"- Invented rota agreed ({NO_AGENCY_SAID})" in out
    assert "note" not in err
