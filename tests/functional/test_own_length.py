"""A stray letter in "Your own length:" keeps the length already chosen, and says what is
wrong with what was typed: it emptied the length (and the time plan's total lost its "of
45:00"), the plan was shared out afresh once the letter was gone, and "Your own" was chosen
in place of the length the practitioner had picked."""

from __future__ import annotations

from textual.widgets import Input

from reflect.model.session import Timing
from reflect.model.timebox import parse_step_time
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.time_plan import TimePlanScreen
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.meeting_length import MeetingLength
from tests.functional.helpers import shown, type_text, wait_for
from tests.functional.test_time_plan import (
    NOT_YET,
    SIZE,
    STEPS,
    Harness,
    choose_length,
    fictional_review,
    retype,
    total_line,
)


async def test_a_stray_letter_keeps_the_length_chosen_and_the_plan():
    app = Harness(lambda: TimePlanScreen(Timing(minutes=45), STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 45:00 of 45:00")
        await retype(pilot, screen.inputs[3], "10")  # question 1 given ten minutes by hand
        await wait_for(pilot, lambda: "more than the meeting length" in total_line(screen))
        planned = [box.value for box in screen.inputs]
        total = total_line(screen)
        own = screen.query_one("#own-minutes", Input)
        own.focus()
        await type_text(pilot, "x")
        message = screen.query_one("#length-message", Literal)
        await wait_for(pilot, lambda: message.display)
        assert shown(message) == ("“x” is not a length: type minutes (say 20) or 1h30, from 1 "
                                  "minute to 24 hours, or empty this box. Until then the "
                                  "length stays 45 minutes.")
        length = screen.query_one(MeetingLength)
        assert length.length == 45 and not length.own
        assert screen.query_one("#length-45").value  # the length picked is still picked
        assert total_line(screen) == total  # "of 45:00" still
        await pilot.press("ctrl+s")  # what was typed is mended first: nothing saved on it
        await pilot.pause()
        assert app.result is NOT_YET and app.focused is own
        await pilot.press("backspace")
        await wait_for(pilot, lambda: not message.display)
        assert [box.value for box in screen.inputs] == planned  # not shared out afresh
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert isinstance(app.result, Timing)
    assert app.result.minutes == 45 and app.result.plan["q:inv-a"] == 600


async def test_a_stray_letter_after_your_own_length_keeps_it():
    app = Harness(lambda: TimePlanScreen(Timing(minutes=20), STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 20:00 of 20:00")
        own = screen.query_one("#own-minutes", Input)
        assert own.value == "20"
        planned = [box.value for box in screen.inputs]
        own.focus()
        await pilot.press("end")  # after the 20 (focus selects it all)
        await type_text(pilot, "x")
        message = screen.query_one("#length-message", Literal)
        await wait_for(pilot, lambda: message.display)
        assert shown(message) == ("“20x” is not a length: type minutes (say 20) or 1h30, from 1 "
                                  "minute to 24 hours. Until then the length stays 20 minutes.")
        assert screen.query_one(MeetingLength).length == 20
        assert total_line(screen) == "Planned total: 20:00 of 20:00"
        assert [box.value for box in screen.inputs] == planned
        await pilot.press("backspace")
        await wait_for(pilot, lambda: not message.display)
        await type_text(pilot, "0000")  # 200 (3 hours 20) on the way to over a day
        await wait_for(pilot, lambda: message.display)
        assert shown(message) == ("“200000” is over 24 hours, the longest length: type minutes "
                                  "(say 20) or 1h30, from 1 minute to 24 hours. Until then the "
                                  "length stays 3 hours 20 minutes, from the “200” it began "
                                  "with.")
        await pilot.press(*["backspace"] * 4)
        await wait_for(pilot, lambda: not message.display)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert isinstance(app.result, Timing)
    assert app.result.minutes == 20
    assert [parse_step_time(v) or 0 for v in planned] == [
        app.result.plan.get(step.key, 0) for step in STEPS]


async def test_the_new_session_form_keeps_its_length_through_a_stray_letter(fictional_dir):
    review = fictional_review(fictional_dir)
    app = Harness(lambda: NewSessionScreen(review))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await choose_length(pilot, 3)  # 30 minutes
        own = screen.query_one("#own-minutes", Input)
        await retype(pilot, own, "3o")  # a slip of the finger
        message = screen.query_one("#length-message", Literal)
        await wait_for(pilot, lambda: message.display)
        assert "“3o” is not a length: type minutes (say 20) or 1h30" in shown(message)
        assert "Until then the length stays 3 minutes." in shown(message)  # "3", typed whole
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.result is NOT_YET and app.focused is own
        await pilot.press("backspace", "0")
        await wait_for(pilot, lambda: not message.display)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert app.result["timing"] == Timing(minutes=30)


async def test_a_letter_typed_first_leaves_the_length_picked(fictional_dir):
    review = fictional_review(fictional_dir)
    app = Harness(lambda: NewSessionScreen(review))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await choose_length(pilot, 4)  # 45 minutes
        own = screen.query_one("#own-minutes", Input)
        await retype(pilot, own, "x")
        message = screen.query_one("#length-message", Literal)
        await wait_for(pilot, lambda: message.display)
        assert screen.query_one("#length-45").value and not screen.query_one(MeetingLength).own
        assert shown(message).endswith("or empty this box. Until then the length stays 45 "
                                       "minutes.")
        await pilot.press("backspace")
        await wait_for(pilot, lambda: not message.display)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert app.result["timing"] == Timing(minutes=45)


async def test_your_own_chosen_and_left_empty_says_ctrl_s_waits(fictional_dir):
    """Ctrl+S with "Your own" chosen and nothing typed refused, and its line ended "Until then
    there is no time plan.", read as if the session would start without one (a new user's
    trial)."""
    review = fictional_review(fictional_dir)
    app = Harness(lambda: NewSessionScreen(review))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await choose_length(pilot, 6)  # Your own
        await pilot.press("ctrl+s")
        message = screen.query_one("#length-message", Literal)
        await wait_for(pilot, lambda: message.display)
        assert shown(message) == ("Type your own length in minutes (say 20 or 1h30), or choose "
                                  "a length (No time plan for none): Ctrl+S waits until you do.")
        assert app.result is NOT_YET and app.focused is screen.query_one("#own-minutes", Input)
