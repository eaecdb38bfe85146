"""Ctrl+Z takes back a Space on Who is here while it is the newest change, with all it did
(`UndoLog.put_back`): a Space pressed by mistake gave Sam the point kept as typed for them
and moved their arrival to its step, Ctrl+Z said nothing removed, and Space again marked
them left early (a team lead's trial). All people and text invented."""

from __future__ import annotations

import tomllib

import pytest

from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.model.steps import steps_for
from tests.conftest import FICTIONAL_REVIEW


@pytest.fixture
def review() -> Review:
    return Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))


@pytest.fixture
def session(review: Review) -> Session:
    """Pat here from the start; Sam not here."""
    return Session.start(review, "20261206-child-zz-00000002", title="Team Blue meeting",
                         team="Team Blue", facilitator="Lee Madeup", participants=[
                             Participant(name="Pat Example", role="Health visitor"),
                             Participant(name="Sam Sample", role="Nursery nurse",
                                         attended=False)])


def opened(review: Review, session: Session) -> SessionEdits:
    """The session's edits as the app opens it, the meeting on the summary."""
    edits = SessionEdits(session)
    edits.sync_questions(review)
    summary = next(s for s in steps_for(review, session) if s.key == "summary")
    edits.tick(summary, 61)
    return edits


def test_ctrl_z_takes_back_a_space_that_gave_a_point_and_moved_an_arrival(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    edits.add_point("zz-first", "Ask about the invented fathers @Sam")  # kept as typed
    sam = session.participants[1]
    point = session.answer("zz-first").points[0]  # type: ignore[union-attr]
    edits.toggle_attended(sam)  # the Space pressed by mistake
    assert (sam.presence, sam.arrived_during, point.by) == ("here", "Question 1", sam.id)
    assert edits.take_moved()
    assert edits.can_put_back
    taken = edits.put_back()
    assert taken is not None and (taken.kind, taken.item) == ("marking", sam)
    assert (sam.presence, sam.arrived_during, sam.left_during) == ("not here", None, None)
    assert (point.by, point.text) == ("", "Ask about the invented fathers @Sam")
    assert [p.text for p in session.answer("zz-first").points] == [  # type: ignore[union-attr]
        "Ask about the invented fathers @Sam"]  # the point itself kept
    assert not edits.can_put_back and edits.put_back() is None


def test_a_space_is_taken_back_only_while_it_is_the_newest_change(
        review: Review, session: Session) -> None:
    """Its undo puts the people and points back whole: after a point added since, Ctrl+Z
    would take that point away too, so it takes back the Space no more."""
    edits = opened(review, session)
    sam = session.participants[1]
    edits.toggle_attended(sam)
    edits.add_point("zz-first", "A later invented point")
    assert not edits.can_put_back and edits.put_back() is None
    assert sam.presence == "here"
    assert len(session.answer("zz-first").points) == 1  # type: ignore[union-attr]


def test_a_space_after_a_removal_is_taken_back_first_then_the_removal(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    edits.add_point("zz-first", "An invented point")
    point = session.answer("zz-first").points[0]  # type: ignore[union-attr]
    edits.remove_point("zz-first", point)
    pat = session.participants[0]
    edits.toggle_attended(pat)  # here → not here (Pat took no part)
    assert pat.presence == "not here"
    taken = edits.put_back()
    assert taken is not None and taken.kind == "marking" and pat.presence == "here"
    taken = edits.put_back()
    assert taken is not None and taken.kind == "point" and taken.item is point
    assert session.answer("zz-first").points == [point]  # type: ignore[union-attr]
