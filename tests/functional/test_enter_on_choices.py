"""Enter on the new-session form's choices (who it is for, the meeting length) chooses and
moves on to the next box, as Tab would and as Enter in the form's boxes does; Space chooses
and stays. A school's trial at 80x24: Enter on "30 minutes" chose and stayed, but on "Your
own" went on to its minutes box, so the Tab after it, meant for that box, landed on *Start
session*, and the "20" typed there was refused."""

from __future__ import annotations

import pytest
from textual.widgets import Input, RadioSet

from reflect.ui.app import make_app
from reflect.ui.widgets.meeting_length import MeetingLength
from tests.functional.helpers import new_session_form, wait_for

SIZES = [(80, 24), (60, 20)]


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_who_it_is_for_chooses_and_moves_on_to_the_title(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form = await new_session_form(pilot)
        mode = form.query_one("#mode", RadioSet)
        title = form.query_one("#title", Input)
        assert app.focused is mode
        await pilot.press("enter")  # on Team discussion, chosen already
        await wait_for(pilot, lambda: app.focused is title)
        await pilot.press("shift+tab", "down", "enter")  # Individual reflection
        await wait_for(pilot, lambda: app.focused is title)
        assert mode.pressed_button is not None and mode.pressed_button.id == "mode-individual"
        await pilot.press("P", "a", "t")
        await wait_for(pilot, lambda: title.value == "Pat")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("moves", "chosen"), [(3, "length-30"), (6, "length-own")])
async def test_enter_on_a_length_chooses_it_and_moves_on_to_the_next_box(
        fictional_dir, sessions_dir, size, moves, chosen):
    """Each length alike: Enter chooses it and the focus is in the "Your own" box, the next
    in order; a length typed there is taken (Tab from it reaches Start session)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form = await new_session_form(pilot)
        lengths = form.query_one("#length", RadioSet)
        own = form.query_one("#own-minutes", Input)
        lengths.focus()
        await wait_for(pilot, lambda: app.focused is lengths)
        await pilot.press(*["down"] * moves)
        await wait_for(pilot, lambda: lengths._selected == moves)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is own)
        assert lengths.pressed_button is not None and lengths.pressed_button.id == chosen
        await pilot.press("2", "0")
        await wait_for(pilot, lambda: form.query_one(MeetingLength).minutes == 20)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is form.query_one("#start"))


@pytest.mark.parametrize("size", SIZES)
async def test_space_on_a_length_chooses_it_and_stays(fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form = await new_session_form(pilot)
        lengths = form.query_one("#length", RadioSet)
        lengths.focus()
        await wait_for(pilot, lambda: app.focused is lengths)
        await pilot.press("down", "down", "down", "space")
        await wait_for(pilot, lambda: lengths.pressed_button is not None
                       and lengths.pressed_button.id == "length-30")
        assert app.focused is lengths and form.query_one(MeetingLength).minutes == 30
