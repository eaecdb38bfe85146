"""Reopened paused on Question 2, someone marked left early on Who is here straight away left
during Question 2, as the Selected line and what Space says give it (model/time_edits.py
`meeting_as_opened`): they read `left early`, no step, until a second was counted on a step
(a team lead's trial). All people and text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Participant
from reflect.store.sessions import load_session, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import on_person, open_saved_session, said, shown, wait_for
from tests.meetings import meeting_of_pat_and, point_on_question_1


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_reopened_paused_on_a_question_someone_leaving_left_during_it(
        fictional_dir: Path, sessions_dir: Path, review: Review, size: tuple[int, int]) -> None:
    session = meeting_of_pat_and(review, Participant(name="Sam Example", role="Nursery nurse"),
                                 team="Team Green", session_id="20261206-child-zz-00000002")
    point_on_question_1(session, by=session.participants[1].id)
    session.current_step, session.timing.paused = "q:zz-second", True
    session.timing.spent.update({"q:zz-first": 300, "q:zz-second": 240})
    path = save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await screen.go(0)  # back to Who is here, nothing counted since
        await on_person(pilot, screen, 1)
        await pilot.press("space")  # Sam leaves
        await wait_for(pilot, lambda: any(
            "so is marked left early during Question 2" in line for line in said(app)))
        detail = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: "left early during Question 2" in " ".join(
            shown(detail).split()))
    assert load_session(path).participants[1].left_during == "Question 2"
