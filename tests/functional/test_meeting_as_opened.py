"""Reopened paused on Question 2, someone marked left early on Who is here straight away left
during Question 2, as the Selected line and what Space says give it (model/time_edits.py
`meeting_as_opened`): they read `left early`, no step, until a second was counted on a step
(a team lead's trial). All people and text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Participant, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import on_person, open_saved_session, said, shown, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_reopened_paused_on_a_question_someone_leaving_left_during_it(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    session = Session.start(review, "20261206-child-zz-00000002", title="Team Green meeting",
                            team="Team Green", facilitator="Lee Madeup", participants=[
                                Participant(name="Pat Example", role="Health visitor"),
                                Participant(name="Sam Example", role="Nursery nurse")])
    session.answer("zz-first").points = [  # type: ignore[union-attr]
        Point(text="Ask about the invented fathers", by=session.participants[1].id)]
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
