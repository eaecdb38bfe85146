"""Nobody speaks before they arrive, as the app says it (model/arrival.py). A facilitator ticked
Sam Sample on Who is here while the meeting was on the summary, and Space gave them the point
typed `… @Sam` on Question 1: the message said Sam arrived during Summary and export, and so
did the notes, beside Sam's point on Question 1 (a fresh-eyes trial). A point handed on
Question 2 to someone added during the summary did the same. Now each arrival moves to the
point's step, and one line says so. All people and text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Participant
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.points_panel import PointsEditor
from tests.functional.helpers import (
    enter_text,
    on_person,
    open_saved_session,
    said,
    shown,
    wait_for,
)
from tests.meetings import meeting_of_pat_and, point_on_question_1


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_late_arrivals_point_before_their_arrival_moves_it_and_says_so(
        fictional_dir: Path, sessions_dir: Path, review: Review, size: tuple[int, int]) -> None:
    session = meeting_of_pat_and(review, Participant(name="Sam Sample", role="Nursery nurse",
                                                     attended=False))
    point_on_question_1(session, "Ask about the invented fathers @Sam")  # as typed: not here
    session.current_step = "summary"
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.keeper is not None)
        for _ in range(61):  # a minute on the summary, a second at a time: the meeting is on it
            screen.tick()
        await screen.go(0)  # back to Who is here
        await on_person(pilot, screen, 1)
        await pilot.press("space")  # Sam came in
        sam = screen.session.participants[1]
        await wait_for(pilot, lambda: sam.attended)
        assert sam.arrived_during == "Question 1"
        await wait_for(pilot, lambda: (
            "Sam Sample is here now, so point 1 on Question 1 is said by them, its “@…” taken "
            "off. Sam Sample said a point on Question 1, so arrived during it, not during "
            "Summary and export: the notes say so.") in said(app))
        detail = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: "arrived during Question 1" in " ".join(
            shown(detail).split()))

        screen.query_one(".person-name").focus()
        await enter_text(pilot, "Alex Example, social worker, Team Green\n")
        await wait_for(pilot, lambda: len(screen.session.participants) == 3)
        alex = screen.session.participants[2]
        assert alex.arrived_during == "Summary and export"  # nothing of theirs before it
        await screen.go(next(i for i, s in enumerate(screen.steps) if s.key == "q:zz-second"))
        points = screen.query_one(PointsEditor)
        points.form.first.focus()
        await enter_text(pilot, "Tell the invented school nurse @Alex\n")
        await wait_for(pilot, lambda: len(points.points) == 1)
        assert points.points[0].by == alex.id
        assert alex.arrived_during == "Question 2"
        await wait_for(pilot, lambda: (
            "Alex Example said a point on Question 2, so arrived during it, not during Summary "
            "and export: the notes say so.") in said(app))
