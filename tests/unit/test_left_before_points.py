"""Nobody speaks after they leave (model/arrival.py). Sam Example, marked left early during
Question 1, was then credited with a point on Question 2 (`… @Sam`): nothing was said, and the
notes said Sam left during Question 1 beside Sam's point on Question 2 (a team lead's trial).
Now the point is kept, the leaving moves to its step, one line says so, and Ctrl+Z puts it
back with the change. All people and text invented."""

from __future__ import annotations

import pytest

from reflect.model.arrival import follow_points, moved_said, settled
from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.model.steps import steps_for
from tests.meetings import meeting_of_pat_and, opened, point_on_question_1


@pytest.fixture
def session(review: Review) -> Session:
    """Pat here throughout; Sam said a point on Question 1, then left during it."""
    s = meeting_of_pat_and(review, Participant(name="Sam Example", role="Nursery nurse"))
    sam = s.participants[1]
    point_on_question_1(s, by=sam.id)
    sam.left_early, sam.left_during = True, "Question 1"
    return s


SAM_MOVED = ("Sam Example said a point on Question 2, so left during it, not during "
             "Question 1: the notes say so.")


def test_a_point_typed_with_their_name_after_they_left_moves_their_leaving_and_says_so(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    sam = session.participants[1]
    edits.add_point("zz-second", "Tell the invented school nurse", by=sam.id)
    point = session.answer("zz-second").points[0]  # type: ignore[union-attr]
    assert point.by == sam.id  # kept, theirs: told, not blocked
    assert (sam.presence, sam.left_during) == ("left early", "Question 2")
    assert moved_said(edits.take_moved()) == SAM_MOVED
    assert edits.take_moved() == ()  # said once
    edits.undo()  # the point gone, and the leaving back with it
    assert sam.left_during == "Question 1"


def test_said_by_chosen_later_moves_it_and_an_earlier_point_does_not(
        review: Review, session: Session) -> None:
    edits = opened(review, session)
    sam = session.participants[1]
    edits.add_point("zz-third", "Change the invented rota")
    third = session.answer("zz-third").points[0]  # type: ignore[union-attr]
    edits.edit_point("zz-third", third, by=sam.id)  # Said by… Sam
    assert sam.left_during == "Question 3"
    assert [(m.was, m.left) for m in edits.take_moved()] == [("Question 1", True)]
    edits.add_point("zz-second", "Tell the invented school nurse", by=sam.id)
    assert (sam.left_during, edits.take_moved()) == ("Question 3", ())  # before: no change
    edits.undo()
    edits.undo()  # Said by… undone: back to Question 1
    assert (third.by, sam.left_during) == ("", "Question 1")


def test_left_early_with_no_step_or_a_step_the_review_lacks_is_left_as_it_is(
        review: Review, session: Session) -> None:
    pat, sam = session.participants
    session.answer("zz-third").points = [  # type: ignore[union-attr]
        Point(text="Change the invented rota", by=sam.id),
        Point(text="Ask the invented GP", by=pat.id)]
    sam.left_during = "Question 9"  # (a review changed since)
    pat.left_early, pat.left_during = True, None  # left before the meeting moved on
    assert follow_points(session, steps_for(review, session)) == []
    assert (sam.left_during, pat.left_during) == ("Question 9", None)


def test_a_file_saved_before_the_rule_exports_the_leaving_moved(
        review: Review, session: Session) -> None:
    sam = session.participants[1]
    session.answer("zz-second").points = [  # type: ignore[union-attr]
        Point(text="Tell the invented school nurse", by=sam.id)]
    copy = settled(session, review)
    assert copy is not session and sam.left_during == "Question 1"  # the file's kept as is
    assert copy.participants[1].left_during == "Question 2"
