"""A point moved to another question (model/point_move_edits.py): a facilitator's point typed
under Question 1 belonged to Question 3, and the only way was Delete and typing it again,
naming who said it again. Moved, it is the same point at the end of the other question's
points, counted there by the arrival and leaving rule too, and Ctrl+Z's `put_back` takes it
back to its old place. All people and text invented."""

from __future__ import annotations

import pytest

from reflect.model.changes import PointMoved, PointsChanged, questions_of
from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from tests.meetings import meeting_of_pat_and, opened


@pytest.fixture
def session(review: Review) -> Session:
    """Pat here throughout, Sam Example too; two points on Question 1, one on Question 2,
    none on Question 3."""
    s = meeting_of_pat_and(review, Participant(name="Sam Example", role="Nursery nurse"))
    pat, sam = s.participants
    s.answer("zz-first").points = [  # type: ignore[union-attr]
        Point(text="Ask the invented school", by=pat.id, typed_as="Ask the invented school @Pat"),
        Point(text="Ring the invented nursery", by=sam.id, from_room="Sam E")]
    s.answer("zz-second").points = [Point(text="Tell the invented GP")]  # type: ignore[union-attr]
    return s


def texts(session: Session, question_id: str) -> list[str]:
    return [p.text for p in session.answer(question_id).points]  # type: ignore[union-attr]


def test_moved_it_is_the_same_point_at_the_end_of_the_other_question_s(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    first = session.answer("zz-first").points  # type: ignore[union-attr]
    point = first[0]
    change = edits.move_point_to("zz-first", point, "zz-second")
    assert change == PointMoved("zz-first", "zz-second")
    assert questions_of(change) == ("zz-first", "zz-second")  # both redrawn and saved
    assert texts(session, "zz-first") == ["Ring the invented nursery"]
    assert texts(session, "zz-second") == ["Tell the invented GP", "Ask the invented school"]
    moved = session.answer("zz-second").points[-1]  # type: ignore[union-attr]
    assert moved is point  # who said it and how it was typed, kept
    assert (moved.by, moved.typed_as) == (session.participants[0].id,
                                          "Ask the invented school @Pat")


def test_put_back_returns_it_to_its_place_keeping_what_was_added_since(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    point = session.answer("zz-first").points[1]  # type: ignore[union-attr]
    edits.move_point_to("zz-first", point, "zz-third")  # to a question with no points
    edits.add_point("zz-first", "A newer invented point")
    edits.add_point("zz-third", "Another invented point")
    assert edits.can_put_back
    removed = edits.put_back()
    assert removed is not None and removed.kind == "moved" and removed.item is point
    assert removed.question_id == "zz-first"
    assert removed.change == PointMoved("zz-third", "zz-first")
    assert texts(session, "zz-first") == ["Ask the invented school", "Ring the invented nursery",
                                          "A newer invented point"]
    assert texts(session, "zz-third") == ["Another invented point"]
    assert point.from_room == "Sam E"
    assert edits.put_back() is None  # nothing else moved or removed


def test_undone_as_the_last_change_too(review: Review, session: Session) -> None:
    edits = opened(review, session)
    point = session.answer("zz-second").points[0]  # type: ignore[union-attr]
    edits.move_point_to("zz-second", point, "zz-first")
    assert edits.undo() == PointMoved("zz-second", "zz-first")
    assert texts(session, "zz-second") == ["Tell the invented GP"]
    assert len(texts(session, "zz-first")) == 2


def test_nothing_moves_to_its_own_question_or_a_point_it_does_not_hold(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    point = session.answer("zz-first").points[0]  # type: ignore[union-attr]
    assert edits.move_point_to("zz-first", point, "zz-first") is None
    assert edits.move_point_to("zz-second", point, "zz-third") is None
    assert edits.move_point_to("zz-first", Point(text="Ask the invented school"),
                               "zz-third") is None  # the same words, another point
    assert edits.move_point_to("zz-first", point, "no-such-question") is None
    assert not edits.can_undo and texts(session, "zz-third") == []


def test_the_other_questions_are_numbered_as_their_steps(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    assert [(q.label, q.question_id) for q in edits.other_questions("zz-second")] == [
        ("Question 1", "zz-first"), ("Question 3", "zz-third")]
    assert edits.other_questions("zz-first")[1].text == "What will you change?"


def test_a_point_moved_after_its_speaker_left_moves_their_leaving_and_back(
        review: Review, session: Session) -> None:
    """Sam left during Question 1; their point moved to Question 3 is a point there."""
    sam = session.participants[1]
    sam.left_early, sam.left_during = True, "Question 1"
    edits = opened(review, session)
    point = session.answer("zz-first").points[1]  # type: ignore[union-attr]
    edits.move_point_to("zz-first", point, "zz-third")
    assert sam.left_during == "Question 3"
    assert [(m.person, m.was, m.left) for m in edits.take_moved()] == [
        (sam, "Question 1", True)]
    edits.put_back()
    assert sam.left_during == "Question 1"


def test_moving_up_and_down_its_own_list_is_one_change_to_undo(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    assert edits.move_point("zz-first", 1, -1) == PointsChanged("zz-first")
    assert texts(session, "zz-first") == ["Ring the invented nursery", "Ask the invented school"]
    assert edits.move_point("zz-first", 0, -1) is None
    edits.undo()
    assert texts(session, "zz-first") == ["Ask the invented school", "Ring the invented nursery"]
