"""A facilitator who handed over (model/handover.py) as the session reaches its exports and the
team's next session. Trials: in notes by agency Alex Example's point was printed with nothing
after it, as a point nobody made, and the check held his action back; the team's CPD record
listed him ("Facilitator, handed over") but not the facilitator who took over; and the team's
next session offered him with that role, so its Who is here said a handover no one made
there. All people, roles and agencies here are invented."""

from __future__ import annotations

import io
import json

import pytest
from pdfminer.high_level import extract_text

from reflect.export.options import ExportOptions
from reflect.export.owner_parts import action_owner
from reflect.export.parts import point_attribution
from reflect.export.records import record_words
from reflect.export.team_words import team_link
from reflect.model.edits import SessionEdits
from reflect.model.handover import HANDED_OVER
from reflect.model.review import Review
from reflect.model.session import FACILITATOR, Participant, Session
from reflect.store.carry import last_time
from reflect.store.exports import findings_for, render_bytes
from reflect.store.sessions import save_session
from tests.unit.test_export_owner_roles import docx_text
from tests.unit.test_rename_facilitator import typed

BY_AGENCY = ExportOptions(attendance_by_agency=True)


@pytest.fixture
def handed(review: Review) -> Session:
    """Alex Example facilitates, says a point and owns an action, then hands over to Morgan
    Placeholder, who says a point too; a health visitor says one."""
    edits = SessionEdits(Session.start(
        review, "20261201-child-zz-00000001", title="Invented huddle", team="Invented Team",
        facilitator="Alex Example", participants=[
            Participant.parse("Pat Example, Health visitor, Invented Trust")]))
    edits.add_point("zz-first", "Invented training is overdue", by=FACILITATOR)
    edits.add_point("zz-first", "Invented notes shared", by="p1")
    edits.add_action("Book the invented training", owner="Alex Example")
    edits.end_renaming()
    typed(edits, "Morgan Placeholder")
    assert edits.end_renaming() is not None
    edits.add_point("zz-first", "Invented rota agreed", by=FACILITATOR)
    assert edits.session.participants[-1].role == HANDED_OVER
    return edits.session


def test_by_agency_the_one_who_handed_over_is_attributed_in_every_format(handed, review):
    alex_point, _, morgan_point = handed.answers[0].points
    assert point_attribution(handed, alex_point, BY_AGENCY) == HANDED_OVER
    assert point_attribution(handed, morgan_point, BY_AGENCY) == "Facilitator"
    assert action_owner(handed, handed.actions[0], BY_AGENCY) == HANDED_OVER
    for fmt in ("md", "txt", "html", "docx", "json", "csv", "pdf"):
        assert findings_for(handed, fmt, review, BY_AGENCY) == [], fmt  # not held back
    said = f"Invented training is overdue ({HANDED_OVER})"
    assert f"- {said}" in render_bytes(handed, "md", review, BY_AGENCY).decode()
    aloud = f"Invented training is overdue, said by {HANDED_OVER}"  # (the plain text)
    assert f"Point 1: {aloud}" in render_bytes(handed, "txt", review, BY_AGENCY).decode()
    assert HANDED_OVER in render_bytes(handed, "html", review, BY_AGENCY).decode()
    assert said in docx_text(render_bytes(handed, "docx", review, BY_AGENCY))
    pdf = " ".join(extract_text(io.BytesIO(render_bytes(handed, "pdf", review,
                                                        BY_AGENCY))).split())
    assert aloud in pdf
    data = json.loads(render_bytes(handed, "json", review, BY_AGENCY))
    assert data["session"]["answers"][0]["points"][0]["said_by"] == HANDED_OVER
    assert "Alex" not in render_bytes(handed, "md", review, BY_AGENCY).decode()


def test_given_an_agency_the_one_who_handed_over_is_that_agency(handed):
    alex = handed.participants[-1]
    alex.agency = "Invented Council"
    assert point_attribution(handed, handed.answers[0].points[0], BY_AGENCY) == \
        "Invented Council"


def test_the_cpd_record_lists_both_facilitators(handed, review):
    """The one who took over was not listed; the one who handed over, by a role with a
    comma in it, in a list a semicolon apart."""
    words = record_words(handed, review)
    assert words.peer_with == "Health visitor; Facilitator until the handover; Facilitator"
    assert team_link(handed, review).roles == [
        "Health visitor", "Facilitator until the handover", "Facilitator"]
    record = render_bytes(handed, "cpd-md", review).decode()
    assert "Health visitor; Facilitator until the handover; Facilitator" in record


def test_a_facilitator_listed_by_name_is_listed_by_their_own_role(review):
    s = Session.start(review, "20261201-child-zz-00000002", facilitator="Pat Example",
                      participants=[Participant.parse("Pat Example, Team manager")])
    assert record_words(s, review).peer_with == "Team manager"
    s.facilitator = "Sam Sample"
    assert record_words(s, review).peer_with == "Team manager; Facilitator"
    s.facilitator = ""
    assert record_words(s, review).peer_with == "Team manager"


def test_the_next_session_offers_them_without_the_role_of_the_handover(
        handed, review, sessions_dir):
    save_session(sessions_dir, handed)
    people, led, _ = last_time(sessions_dir, "Invented Team")
    assert led == "Morgan Placeholder"
    assert [(p.name, p.role, p.agency) for p in people] == [
        ("Pat Example", "Health visitor", "Invented Trust"), ("Alex Example", "", "")]
    nxt = SessionEdits(Session.start(review, "20261208-child-zz-00000003",
                                     team="Invented Team", facilitator=led,
                                     participants=[*people]))
    assert nxt.handover() is None  # no handover made at this meeting
