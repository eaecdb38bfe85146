"""A team session's record for any profession gives the team's What to do now notes once, under
Next steps, where the form puts them (docs/cpd-records.md): they were under peer reflection's
"what we discussed" too, printed twice (a trial). Social Work England's record, which has no
next steps, keeps them in what we discussed. All names and text here are invented."""

from __future__ import annotations

import pytest

from reflect.export.forms import form
from reflect.model.session import Participant, Point, Session
from reflect.store.exports import render_bytes
from tests.unit.test_cpd_team_blank import _flat

NOTE = "Invented: ring the duty desk before the next visit."


@pytest.fixture
def team(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20261205-0900", title="Riverside invented meeting",
                      team="Riverside Team",
                      participants=[Participant(name="Alex Example", role="Health visitor")])
    s.answer("zz-first").points = [Point(text="Ask about invented fathers", by="p1")]  # type: ignore[union-attr]
    s.notes["actions"] = NOTE
    return s


@pytest.mark.parametrize("fmt", ["cpd-md", "cpd-txt", "cpd-docx", "cpd-pdf"])
def test_what_to_do_now_is_once_under_next_steps(team, review, fmt):
    text = _flat(render_bytes(team, fmt, review), fmt)
    assert text.count(NOTE) == 1
    steps = text.index(form("any").field("next_steps").name)
    peer = text.index(form("any").field("peer_discussed").name, steps)
    assert steps < text.index(NOTE) < peer
    assert "Ask about invented fathers" in text[peer:]  # the discussion is still there


def test_social_work_englands_record_keeps_them_in_the_discussion(team, review):
    text = _flat(render_bytes(team, "swe-md", review), "swe-md")
    assert text.count(NOTE) == 1
    assert text.index(form("swe").field("peer_discussed").name) < text.index(NOTE)
