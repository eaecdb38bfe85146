"""Nobody speaks after they leave, as the app says it (model/arrival.py). Sam Example, marked
left early during Question 1, was then credited with `… @Sam` typed on Question 2: nothing was
said, and the notes said Sam left during Question 1 beside Sam's point on Question 2 (a team
lead's trial). Now the point is kept, Sam's leaving moves to Question 2, and one line says so.
All people and text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Participant
from reflect.store.sessions import load_session, save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.points_panel import PointsEditor
from tests.functional.helpers import enter_text, open_saved_session, said, wait_for
from tests.meetings import meeting_of_pat_and, point_on_question_1


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_point_for_someone_who_left_is_kept_and_their_leaving_moves_said(
        fictional_dir: Path, sessions_dir: Path, review: Review, size: tuple[int, int]) -> None:
    session = meeting_of_pat_and(review, Participant(name="Sam Example", role="Nursery nurse"))
    sam = session.participants[1]
    point_on_question_1(session, by=sam.id)
    sam.left_early, sam.left_during = True, "Question 1"
    session.current_step = "q:zz-second"
    path = save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        points = screen.query_one(PointsEditor)
        points.form.first.focus()
        await enter_text(pilot, "Tell the invented school nurse @Sam\n")
        await wait_for(pilot, lambda: len(points.points) == 1)
        assert points.points[0].by == sam.id  # kept, Sam's: told, not blocked
        await wait_for(pilot, lambda: (
            "Sam Example said a point on Question 2, so left during it, not during "
            "Question 1: the notes say so.") in said(app))
    kept = load_session(path).participants[1]
    assert (kept.presence, kept.left_during) == ("left early", "Question 2")
