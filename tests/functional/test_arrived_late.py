"""Who is here for a recurring team (a children's team's trial, week 2 carrying week 1's
people): someone ticked after the meeting has moved on arrived during the step it is on, and
the Selected line and a message say so, as the notes will; someone from last time's list not
ticked reads "not here (on last time's list)", not as one invited. Before, the late arrival
read "here", as if there throughout, and the notes listed last week's people as "Invited, did
not attend". All people and places invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import SelectionList

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import enter_text, in_the_team_box, shown, wait_for

TEAM = "Moorvale Children's Team"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_ticked_after_the_meeting_moved_on_they_arrived_during_its_step(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(
        review, "20261205-child-zz-00000001", title="Week 1", team=TEAM,
        facilitator="Ray Sample", participants=[
            Participant(name="Sam Sample", role="Social worker"),
            Participant(name="Alex Example", role="Team manager"),
            Participant(name="Jo Madeup", role="Family support worker")]))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        form, _ = await in_the_team_box(pilot)
        await enter_text(pilot, TEAM)
        chooser = form.query_one("#last-people", SelectionList)
        await wait_for(pilot, lambda: chooser.option_count == 3 and chooser.display)
        chooser.focus()
        await pilot.press("space")  # Sam came; Alex and Jo not yet
        await wait_for(pilot, lambda: chooser.selected == [0])
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.screen.keeper is not None)
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        sam, alex, jo = screen.session.participants
        assert [p.listed_last_time for p in (sam, alex, jo)] == [True] * 3

        question = next(i for i, s in enumerate(screen.steps) if s.kind == "question")
        await screen.go(question)
        for _ in range(60):  # a minute on Question 1, a second at a time, as the clock ticks
            screen.tick()
        await screen.go(0)  # back to Who is here
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 3 and table.display)
        table.focus()
        table.move_cursor(row=1)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
        await pilot.press("space")
        await wait_for(pilot, lambda: alex.attended)
        assert alex.arrived_during == "Question 1"
        detail = screen.query_one(".people-detail")
        await wait_for(pilot, lambda: "arrived during Question 1" in " ".join(
            shown(detail).split()))
        await wait_for(pilot, lambda: any(
            n.message == "Alex Example arrived during Question 1: the notes say so."
            for n in app._notifications))

        table.move_cursor(row=2)
        await wait_for(pilot, lambda: "not here (on last time's list)" in " ".join(
            shown(detail).split()))
        assert (jo.presence, jo.arrived_during) == ("not here", None)
