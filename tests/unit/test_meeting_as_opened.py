"""Reopened on a step, the meeting is there (model/time_edits.py `meeting_as_opened`). A team
lead reopened a session paused on Question 2 (four minutes counted on it) and marked Sam
Example left early and Alex Example here straight away: Sam read `left early` with no step and
Alex as here throughout, since the meeting's step was found only as the next second was
counted. A step only glanced at (under a minute) before the meeting is under way is not where
it is; once a minute has been counted in all, the step on screen is (`presence.under_way`);
opened on Who is here nobody is late. All people are invented."""

from __future__ import annotations

import pytest

from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from tests.meetings import opened, point_on_question_1


def reopened(review: Review, step: str, seconds: int, before: int = 300) -> SessionEdits:
    """A session saved paused on `step` with `seconds` counted on it and `before` on Question
    1, opened again."""
    s = Session.start(review, "20261206-child-zz-00000002", title="Team Green meeting",
                      team="Team Green", facilitator="Lee Madeup", participants=[
                          Participant(name="Sam Example", role="Nursery nurse"),
                          Participant(name="Alex Example", role="Social worker",
                                      attended=False)])
    point_on_question_1(s, by=s.participants[0].id)
    s.current_step, s.timing.paused = step, True
    s.timing.spent.update({"q:zz-first": before, step: seconds})
    return opened(review, s)


def test_reopened_paused_on_a_question_marks_leaving_and_arriving_during_it(
        review: Review) -> None:
    edits = reopened(review, "q:zz-second", 240)
    sam, alex = edits.session.participants
    edits.toggle_attended(sam)  # Sam leaves
    edits.toggle_attended(alex)  # Alex comes in
    assert (sam.presence, sam.left_during) == ("left early", "Question 2")
    assert (alex.presence, alex.arrived_during) == ("here", "Question 2")


@pytest.mark.parametrize(("step", "seconds", "before"),
                         [("q:zz-second", 20, 0), ("q:zz-second", 20, 30), ("people", 600, 300)])
def test_reopened_on_a_step_glanced_at_or_on_who_is_here_nobody_is_late(
        review: Review, step: str, seconds: int, before: int) -> None:
    edits = reopened(review, step, seconds, before)
    sam, alex = edits.session.participants
    edits.toggle_attended(sam)
    edits.toggle_attended(alex)
    assert (sam.left_during, alex.arrived_during) == (None, None)


def test_reopened_on_a_step_shown_briefly_after_the_meeting_got_under_way_it_is_there(
        review: Review) -> None:
    """Five minutes on Question 1, then 20 seconds on Question 2: the meeting is on Question 2,
    the step the facilitator is showing."""
    edits = reopened(review, "q:zz-second", 20)
    sam, alex = edits.session.participants
    edits.toggle_attended(sam)
    edits.toggle_attended(alex)
    assert (sam.left_during, alex.arrived_during) == ("Question 2", "Question 2")
