"""Esc from the room's waiting points (F2) goes back where the facilitator came from, as Esc
from the step list does: it went straight to "Leave the session?" with a point half typed in
the point box (a trial). Against the fake room (tests/functional/room_fake.py)."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.widgets.incoming import IncomingList
from tests.functional.helpers import enter_text, shown, wait_for
from tests.functional.test_room import fake_room, queue, room_on_question  # noqa: F401

HALF_TYPED = "Invented half-typed point about the"


async def a_point_waiting(pilot, typed: str = ""):  # type: ignore[no-untyped-def]
    """A room open, Question 1 shown, `typed` in its point box, one point waiting there."""
    screen, room = await room_on_question(pilot)
    i = screen.index
    box = screen.query_one(f"#points-{i} .point-text", Input)
    await wait_for(pilot, lambda: pilot.app.focused is box)
    if typed:
        await enter_text(pilot, typed)
        await wait_for(pilot, lambda: box.value == typed)
    room.send("Invented point from the room", name="Kim Example")
    incoming = queue(screen, i).query_one(IncomingList)
    await wait_for(pilot, lambda: incoming.option_count == 1)
    return screen, box, incoming


async def test_esc_from_the_waiting_points_goes_back_to_the_half_typed_point(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, box, incoming = await a_point_waiting(pilot, HALF_TYPED)
        box.cursor_position = 8  # the cursor where the facilitator left it
        await pilot.press("f2")
        assert app.focused is incoming
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is box)
        assert app.screen is screen  # not "Leave the session?"
        assert box.value == HALF_TYPED and box.cursor_position == 8
        assert incoming.option_count == 1  # still waiting: Esc decides nothing
        # From the box, the session's own rules: Esc once says Esc again leaves, ...
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and box.value == HALF_TYPED
        # ... and Esc again asks first, the room being open.
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))


async def test_esc_goes_back_to_the_box_f2_was_pressed_in_and_so_does_deciding_the_last(
        fictional_dir, sessions_dir):
    """From the summary box, F2 then Esc is back in the summary; F2, a (the last point) too."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, box, incoming = await a_point_waiting(pilot)
        summary = screen.query_one(f"#answer-{screen.index}", TextArea)
        summary.focus()
        await wait_for(pilot, lambda: app.focused is summary)
        await pilot.press("f2", "f2")  # twice: where it came from still holds
        assert app.focused is incoming
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is summary)
        assert app.screen is screen
        await pilot.press("f2")
        assert app.focused is incoming
        await pilot.press("a")
        await wait_for(pilot, lambda: not incoming.option_count)
        # Kim Example is not on Who is here: asked once (test_room_senders.py); then back.
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is screen and app.focused is summary)


async def test_esc_from_the_waiting_points_reached_from_the_presentation_view(
        fictional_dir, sessions_dir):
    """F2 leaves the presentation view for the points; Esc there is back in the point box."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, box, incoming = await a_point_waiting(pilot, HALF_TYPED)
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is incoming)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is box)
        assert app.screen is screen and box.value == HALF_TYPED


async def test_a_stray_esc_with_the_room_open_leaves_nothing_to_the_words_typed_next(
        fictional_dir, sessions_dir):
    """A trial: after deciding the last point, Esc asked "Leave the session?", and the next
    words typed answered it: "Everyone agreed" closed the room for everyone with its `y`,
    dropping the point still waiting, and "own" chose Stay, the letters before it lost. A
    first Esc now only says what a second would do; the question takes no letter."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen, box, incoming = await a_point_waiting(pilot)
        await pilot.press("escape")
        await pilot.press(*"Everyone agreed", "enter")
        await wait_for(pilot, lambda: "Everyone agreed" in [
            p.text for p in screen.session.answers[0].points])
        assert app.screen is screen and screen.room is not None
        assert incoming.option_count == 1  # still waiting
        assert any("Esc again asks to leave" in n.message for n in app._notifications)
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")  # a word typed on answers nothing
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and screen.room is not None
        await pilot.press("n")  # nor, once typing is seen, its letters (said)
        await wait_for(pilot, lambda: any("“n” did not answer" in n.message
                                          for n in app._notifications))
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # Stay, the button with the focus
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.room is not None


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_leave_dialog_says_which_key_leaves(fictional_dir, sessions_dir, size):
    """The focus is on Stay (n), so Enter stays; Leave has no letter, and the dialog said
    nothing of how to leave (a trial). It says so, on screen, and Tab then Enter leaves."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, room = await room_on_question(pilot)
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        dialog = app.screen
        assert app.focused is dialog.query_one("#no")  # Enter stays: kept
        keys = dialog.query_one("#confirm-keys")
        assert shown(keys) == "To leave: Tab to “Leave”, then Enter. Enter alone: “Stay”."
        leave = dialog.query_one("#yes").region
        assert keys.region.height and keys.region.bottom <= leave.y  # drawn, above the buttons
        assert app.screen.region.contains_region(keys.region)
        await pilot.press("tab", "enter")
        await wait_for(pilot, lambda: app.screen is not screen and not isinstance(
            app.screen, ConfirmScreen))
