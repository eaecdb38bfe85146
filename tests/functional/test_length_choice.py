"""Choosing a meeting length in the new-session form: the arrows move and Enter or Space
chooses, and choosing "Your own" puts the focus in its minutes box. A trial at 80x24 and
60x20: ↓↓ passed over "30 minutes" and chose it, and "Your own" then said the length stayed
30 minutes; after choosing "Your own" and Ctrl+S, Tab then "30" landed on the Start session
button, and Shift+Tab then "30" was said not to be typed, on the list of lengths."""

from __future__ import annotations

import pytest
from textual.widgets import Input, RadioSet

from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.meeting_length import MeetingLength
from tests.functional.helpers import new_session_form, shown, wait_for

SIZES = [(80, 24), (60, 20)]


async def on_the_lengths(pilot):  # type: ignore[no-untyped-def]
    """The new-session form, opened from the start screen, with its list of lengths focused:
    the form, its length chooser and the list."""
    form = await new_session_form(pilot)
    lengths = form.query_one("#length", RadioSet)
    lengths.focus()
    await wait_for(pilot, lambda: pilot.app.focused is lengths)
    return form, form.query_one(MeetingLength), lengths


@pytest.mark.parametrize("size", SIZES)
async def test_the_arrows_move_among_the_lengths_and_enter_chooses(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form, chooser, lengths = await on_the_lengths(pilot)
        await pilot.press("down", "right")  # past a length, to the one beside it
        await wait_for(pilot, lambda: lengths._selected not in (None, 0))
        passed = [b for b in lengths.query("ChoiceButton")][lengths._selected]
        assert chooser.length == 0 and lengths.pressed_button.id == "length-0"  # none taken
        moving = form.query_one("#length-moving", Literal)
        assert moving.display and shown(moving) == (
            f"Enter or Space chooses “{passed.label}”; until then there is no time plan.")
        await wait_for(pilot, lambda: moving.region.height > 0)  # said on screen (once laid
        # out: read at once, it was not yet, under load in a full run)
        await pilot.press("enter")
        await wait_for(pilot, lambda: lengths.pressed_button is passed)
        assert chooser.length == int(str(passed.id).removeprefix("length-"))
        assert not moving.display


@pytest.mark.parametrize("size", SIZES)
async def test_choosing_your_own_puts_the_focus_in_its_minutes_box(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form, chooser, lengths = await on_the_lengths(pilot)
        own = form.query_one("#own-minutes", Input)
        await pilot.press(*["down"] * 6)  # to "Your own", the last, one length at a time
        await wait_for(pilot, lambda: lengths._selected == len(lengths.children) - 1)
        await pilot.press("space")
        await wait_for(pilot, lambda: app.focused is own)
        await pilot.press("3", "0")
        await wait_for(pilot, lambda: chooser.length == 30 and chooser.minutes == 30)
        # A figure typed on the lengths goes into the box, as Shift+Tab then "30" meant.
        own.value = ""
        await pilot.press("shift+tab")
        await wait_for(pilot, lambda: app.focused is lengths)
        await pilot.press("4", "5")
        await wait_for(pilot, lambda: own.value == "45" and chooser.length == 45)
        assert app.focused is own and chooser.own


@pytest.mark.parametrize("size", SIZES)
async def test_down_and_up_move_one_length_at_a_time_as_in_a_list(
        fictional_dir, sessions_dir, size):
    """↓ moved a row of the grid (three lengths to a row at 80x24, two at 60x20): from "No
    time plan" to "30 minutes" (or "15 minutes"), and two or three presses reached "Your
    own" (a fresh-eyes trial). A person expects a list: each ↓ the next length, each ↑ the
    one before, → and ← as ↓ and ↑; at either end they stay."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form, chooser, lengths = await on_the_lengths(pilot)
        labels = [str(b.label) for b in lengths.query("ChoiceButton")]
        assert labels == ["No time plan", "7-minute briefing", "15 minutes", "30 minutes",
                          "45 minutes", "60 minutes", "Your own"]
        moving = form.query_one("#length-moving", Literal)
        for n in range(1, len(labels)):
            await pilot.press("down")
            await wait_for(pilot, lambda n=n: lengths._selected == n)
            await wait_for(pilot, lambda n=n: f"chooses “{labels[n]}”" in shown(moving))
        await pilot.press("down")  # at the last, it stays
        await pilot.press("up", "up")
        await wait_for(pilot, lambda: lengths._selected == len(labels) - 3)
        await pilot.press("left", "right", "right")
        await wait_for(pilot, lambda: lengths._selected == len(labels) - 2)
        assert chooser.length == 0 and lengths.pressed_button.id == "length-0"  # none taken


async def test_a_figure_typed_on_the_lengths_keeps_its_first_digit_when_the_focus_is_slow(
        fictional_dir, sessions_dir):
    """On a busy machine the screen was repainted before the focus reached the minutes box:
    select-on-focus, held off only until that repaint, was back, the focus selected the "4",
    and the "5" replaced it (CI). Here the focus is made to arrive two repaints late."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, chooser, lengths = await on_the_lengths(pilot)
        own = form.query_one("#own-minutes", Input)
        focus = own.focus

        def late_focus(scroll_visible: bool = True) -> Input:
            app.call_after_refresh(app.call_after_refresh, focus, scroll_visible)
            return own

        own.focus = late_focus  # type: ignore[method-assign]
        await pilot.press("4")
        await wait_for(pilot, lambda: app.focused is own)
        await pilot.press("5")
        await wait_for(pilot, lambda: own.value != "4")
        assert own.value == "45" and chooser.length == 45
