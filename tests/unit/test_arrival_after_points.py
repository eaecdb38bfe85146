"""Nobody speaks before they arrive (model/arrival.py). A facilitator ticked Sam Sample on the
summary step, and Space gave them the point typed `… @Sam` on Question 1: the notes said Sam
arrived during Summary and export and made a point on Question 1 (a fresh-eyes trial). Now an
arrival is kept no later than the first point its person said, whichever way the point came
to them, said once, and put back by Ctrl+Z with the change. All people and text invented."""

from __future__ import annotations

import pytest

from reflect.model.arrival import follow_points, moved_said
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.model.steps import Step, steps_for
from tests.meetings import meeting_of_pat_and, opened


@pytest.fixture
def session(review: Review) -> Session:
    """Pat here from the start; Sam not here."""
    return meeting_of_pat_and(review, Participant(name="Sam Sample", role="Nursery nurse",
                                                  attended=False))


def on_the_summary(review: Review, session: Session) -> tuple[SessionEdits, dict[str, Step]]:
    """The session's edits as the app and plain mode open it, the meeting on the summary."""
    edits = opened(review, session)
    steps = {step.key: step for step in steps_for(review, session)}
    edits.tick(steps["summary"], 61)  # a minute on it: the meeting is on the summary
    return edits, steps


SAM_MOVED = ("Sam Sample said a point on Question 1, so arrived during it, not during "
             "Summary and export: the notes say so.")


def test_ticked_on_the_summary_with_a_point_on_question_1_they_arrived_during_question_1(
        review: Review, session: Session) -> None:
    edits, _ = on_the_summary(review, session)
    edits.add_point("zz-first", "Ask about the invented fathers @Sam")  # kept as typed
    sam = session.participants[1]
    assert (sam.presence, sam.arrived_during) == ("not here", None)
    edits.toggle_attended(sam)  # Space: here, and given the point
    point = session.answer("zz-first").points[0]  # type: ignore[union-attr]
    assert point.by == sam.id
    assert sam.arrived_during == "Question 1"  # not "Summary and export"
    moved = edits.take_moved()
    assert moved_said(moved) == SAM_MOVED
    assert edits.take_moved() == ()  # said once
    edits.undo()  # not here again, the point kept as typed, arriving never
    assert (sam.presence, sam.arrived_during, point.by) == ("not here", None, "")


def test_added_late_with_a_point_kept_for_them_they_arrived_during_its_step(
        review: Review, session: Session) -> None:
    edits, _ = on_the_summary(review, session)
    edits.add_point("zz-second", "Tell the invented health visitor @Alex")
    alex = edits.add_participant("Alex Example", "Social worker", "Team Green")
    assert alex.arrived_during == "Question 2"
    assert moved_said(edits.take_moved()) == (
        "Alex Example said a point on Question 2, so arrived during it, not during Summary "
        "and export: the notes say so.")


def test_a_point_handed_later_to_someone_who_arrived_late_moves_their_arrival(
        review: Review, session: Session) -> None:
    edits, _ = on_the_summary(review, session)
    alex = edits.add_participant("Alex Example", "Social worker", "Team Green")
    assert alex.arrived_during == "Summary and export"
    assert edits.take_moved() == ()  # nothing of theirs before it
    edits.add_point("zz-second", "Tell the invented health visitor", by=alex.id)
    assert alex.arrived_during == "Question 2"
    assert [(p.name, was) for p, was, _ in edits.take_moved()] == [
        ("Alex Example", "Summary and export")]
    # Handed one on an earlier question in Said by…: earlier again; one later: no change.
    edits.add_point("zz-first", "Ring the invented GP")
    first = session.answer("zz-first").points[0]  # type: ignore[union-attr]
    edits.edit_point("zz-first", first, by=alex.id)
    assert alex.arrived_during == "Question 1"
    assert [m.was for m in edits.take_moved()] == ["Question 2"]
    edits.add_point("zz-third", "Change the invented rota", by=alex.id)
    assert (alex.arrived_during, edits.take_moved()) == ("Question 1", ())
    edits.undo()  # the point on Question 3: nothing moved to put back
    edits.undo()  # Said by… undone: their arrival back to Question 2 with it
    assert (first.by, alex.arrived_during) == ("", "Question 2")
    edits.undo()
    edits.undo()  # the point on Question 2 undone: back to the summary
    assert alex.arrived_during == "Summary and export"


def test_a_point_put_back_before_an_arrival_marked_since_moves_it(
        review: Review, session: Session) -> None:
    edits, _ = on_the_summary(review, session)
    pat = session.participants[0]
    edits.add_point("zz-first", "Ask about the invented fathers", by=pat.id)
    point = session.answer("zz-first").points[0]  # type: ignore[union-attr]
    edits.remove_point("zz-first", point)
    edits.toggle_attended(pat)  # nothing said now: not here
    edits.toggle_attended(pat)  # here again, as the meeting is on the summary
    assert pat.arrived_during == "Summary and export"
    edits.add_action("An invented action")  # (since: Ctrl+Z takes back no Space now)
    edits.put_back()  # the point, Pat's again, on Question 1
    assert (point.by, pat.arrived_during) == (pat.id, "Question 1")
    assert moved_said(edits.take_moved()).startswith("Pat Example said a point on Question 1")


def test_an_arrival_the_steps_do_not_name_and_an_earlier_one_are_left_as_they_are(
        review: Review, session: Session) -> None:
    pat, sam = session.participants
    sam.attended = True
    edits, _ = on_the_summary(review, session)
    edits.add_point("zz-second", "Tell the invented health visitor", by=pat.id)
    edits.add_point("zz-second", "Tell the invented school nurse", by=sam.id)
    pat.arrived_during, sam.arrived_during = "Question 9", "Question 1"  # (a review changed)
    assert follow_points(session, steps_for(review, session)) == []
    assert (pat.arrived_during, sam.arrived_during) == ("Question 9", "Question 1")


def test_a_session_not_yet_brought_up_to_date_with_its_review_is_left_alone(
        session: Session) -> None:
    edits = SessionEdits(session)  # no `sync_questions`: no steps to place anything on
    sam = session.participants[1]
    sam.attended, sam.arrived_during = True, "Summary and export"
    edits.add_point("zz-first", "Ask about the invented fathers", by=sam.id)
    assert (sam.arrived_during, edits.take_moved()) == ("Summary and export", ())
