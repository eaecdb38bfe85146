"""Timeboxing in the app: the time plan dialog, the timer line, the new-session length."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, RadioSet

from reflect.model.session import Timing
from reflect.model.steps import Step, steps_for
from reflect.model.timebox import parse_step_time, tick
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.new_session import NewSessionScreen
from reflect.ui.screens.time_plan import TimePlanScreen
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.meeting_length import MeetingLength
from reflect.ui.widgets.timer import TimerBar
from tests.functional.helpers import burst, shown, type_text, wait_for

SIZE = (80, 24)
NOT_YET = object()

STEPS = [
    Step("people", "people", "Who is here"),
    Step("intro", "content", "Introduction and context"),
    Step("good-practice", "content", "Good practice"),
    Step("q:inv-a", "question", "Question 1"),
    Step("q:inv-b", "question", "Question 2"),
    Step("q:inv-c", "question", "Question 3"),
    Step("actions", "actions", "What to do now"),
    Step("summary", "summary", "Summary and export"),
]


class Harness(App[None]):
    """A tiny app that pushes one dialog and keeps what it dismissed with."""

    def __init__(self, screen_factory) -> None:
        super().__init__()
        self.factory = screen_factory
        self.result: object = NOT_YET

    def compose(self) -> ComposeResult:
        with Horizontal(id="row"):
            yield TimerBar(id="bar")

    def on_mount(self) -> None:
        self.push_screen(self.factory(), self._done)

    def _done(self, result: object) -> None:
        self.result = result


def planned_seconds(screen: TimePlanScreen) -> list[int | None]:
    return [parse_step_time(box.value) if box.value else 0 for box in screen.inputs]


def total_line(screen) -> str:
    return shown(screen.query_one("#plan-total", Literal))


def problem_line(box: Input) -> Literal:
    """The line under a step's row that says what is wrong with its time."""
    return box.parent.parent.query_one(".step-problem", Literal)


async def retype(pilot, box: Input, text: str) -> None:
    """Focus `box`, clear it and type `text` key by key."""
    box.focus()
    box.value = ""
    await type_text(pilot, text)


async def choose_length(pilot, index: int) -> None:
    """Move the length choice's cursor to option `index` (0 = no plan) and choose it."""
    lengths = pilot.app.screen.query_one("#length", RadioSet)
    lengths.focus()
    for _ in range(len(lengths.query("RadioButton"))):  # → moves one choice, stopping at the end
        if lengths._selected == index:
            break
        await pilot.press("right" if (lengths._selected or 0) < index else "left")
    assert lengths._selected == index
    await pilot.press("enter")


async def test_choosing_fifteen_minutes_shares_exactly_fifteen_minutes_out():
    app = Harness(lambda: TimePlanScreen(Timing(), STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, TimePlanScreen)
        assert all(box.disabled for box in screen.inputs)  # no plan yet
        assert "No time plan" in total_line(screen)
        await choose_length(pilot, 2)  # 15 minutes
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 15:00 of 15:00")
        seconds = planned_seconds(screen)
        assert sum(seconds) == 900 and all(s > 0 for s in seconds)
        assert not any(box.disabled for box in screen.inputs)
        assert seconds[3] > seconds[0]  # a question gets more than who is here
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert isinstance(app.result, Timing)
    assert app.result.minutes == 15 and sum(app.result.plan.values()) == 900
    assert set(app.result.plan) == {s.key for s in STEPS}


async def test_editing_a_step_keeps_the_length_and_shows_the_difference():
    before = Timing(minutes=15, spent={"intro": 75, "people": 30}, paused=True)
    app = Harness(lambda: TimePlanScreen(before, STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        # A length without a plan (a new session) is shared out on opening.
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 15:00 of 15:00")
        first_question = screen.inputs[3]
        old = parse_step_time(first_question.value)
        await retype(pilot, first_question, "10:30")  # a long discussion planned for question 1
        extra = 630 - old
        await wait_for(pilot, lambda: "more than the meeting length" in total_line(screen))
        assert total_line(screen).startswith("Planned total: ")
        assert f"{extra // 60}:{extra % 60:02d} more" in total_line(screen)
        # The time already spent is shown, read-only.
        spent = [shown(w) for w in screen.query(".step-spent")]
        assert spent[1:3] == ["0:30", "1:15"]
        screen.query_one("#plan-save").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    result = app.result
    assert isinstance(result, Timing)
    assert result.minutes == 15 and result.plan["q:inv-a"] == 630
    assert result.spent == {"intro": 75, "people": 30} and result.paused


async def test_share_out_again_fits_the_steps_back_to_the_length():
    app = Harness(lambda: TimePlanScreen(Timing(minutes=30), STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 30:00 of 30:00")
        screen.inputs[0].value = "12"
        await wait_for(pilot, lambda: "more than the meeting length" in total_line(screen))
        screen.query_one("#plan-share").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 30:00 of 30:00")


async def test_an_invalid_step_time_is_named_and_blocks_saving():
    app = Harness(lambda: TimePlanScreen(Timing(minutes=15), STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: total_line(screen).startswith("Planned total"))
        box = screen.inputs[4]
        await retype(pilot, box, "ten [b]mins[/b]")
        message = problem_line(box)
        await wait_for(pilot, lambda: message.display)
        assert shown(message).startswith(
            "The time for “Question 2”, “ten [b]mins[/b]”, is not a time:")
        assert box.has_class("-invalid")
        await retype(pilot, box, "100000")  # minutes, too many: said so, not "not a time"
        await wait_for(pilot, lambda: "is over 24 hours" in shown(message))
        assert box.has_class("-invalid")
        screen.inputs[0].focus()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.result is NOT_YET and app.focused is box  # taken to the problem
        await retype(pilot, box, "3:30")
        await wait_for(pilot, lambda: not message.display)
        assert not box.has_class("-invalid")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert app.result.plan["q:inv-b"] == 210


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_step_typed_in_stays_in_view_when_a_message_comes(size):
    """At 80x24: `[b]3[/b]` typed for a step, and the two-line message under the steps pushed
    its row out of view; Tab then only scrolled it back, and `99999999` typed next went
    into the same box (“[b]3[/b]99999999” is not a time: a trial). The row stays in view
    above the foot, marked ⚠, the message naming it; Tab goes on to the next step."""
    steps = [*STEPS[:3], *(Step(f"q:inv-{n}", "question", f"Question {n}") for n in range(4)),
             *STEPS[-2:]]
    app = Harness(lambda: TimePlanScreen(Timing(minutes=30), steps))
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 30:00 of 30:00")
        first, second = screen.inputs[:2]
        foot = screen.query_one("#plan-foot")
        dialog = screen.query_one("#time-plan")

        def row_seen(box: Input) -> bool:  # its row and what is said under it, whole
            row = box.parent.parent.region
            return dialog.content_region.y <= row.y and row.bottom <= foot.region.y

        first.focus()
        await wait_for(pilot, lambda: row_seen(first))
        burst(pilot, "[b]3[/b]")  # typed as fast as a person types: all before the message
        message = problem_line(first)
        await wait_for(pilot, lambda: message.display and "[b]3[/b]”" in shown(message))
        await wait_for(pilot, lambda: row_seen(first), timeout=5)
        assert shown(message).startswith("The time for “Who is here”, “[b]3[/b]”")
        assert shown(first.parent.query_one(".step-label")) == "⚠ Who is here"
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is second)
        burst(pilot, "99999999")
        said = problem_line(second)
        await wait_for(pilot, lambda: "over 24 hours" in shown(said) and row_seen(second),
                       timeout=5)
        assert first.value == "[b]3[/b]"
        assert second.value == "99999999"  # (the box chose what it held, as it takes the focus)
        assert shown(second.parent.query_one(".step-label")) == "⚠ Introduction and context"


async def test_your_own_length_and_a_length_that_is_not_understood():
    app = Harness(lambda: TimePlanScreen(Timing(minutes=15), STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: total_line(screen).startswith("Planned total"))
        own = screen.query_one("#own-minutes", Input)
        await retype(pilot, own, "1h30")
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 1:30:00 of 1:30:00")
        length = screen.query_one(MeetingLength)
        assert length.own and length.minutes == 90
        await retype(pilot, own, "1:30")
        message = screen.query_one("#length-message", Literal)
        await wait_for(pilot, lambda: message.display)
        assert "“1:30” is not a length" in shown(message)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.result is NOT_YET
        await pilot.press("escape")  # the length was changed: asked first
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        app.screen.query_one("#yes").press()  # Discard
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert app.result is None


async def test_a_saved_plan_is_shown_and_no_time_plan_clears_it():
    before = Timing(minutes=7, plan={"people": 30, "intro": 90, "q:inv-a": 300},
                    spent={"intro": 20})
    app = Harness(lambda: TimePlanScreen(before, STEPS))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: total_line(screen).startswith("Planned total: 7:00 of 7:00"))
        assert [box.value for box in screen.inputs[:4]] == ["0:30", "1:30", "", "5:00"]
        assert screen.query_one("#length-7").value
        await choose_length(pilot, 0)
        await wait_for(pilot, lambda: all(box.disabled for box in screen.inputs))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert app.result == Timing(minutes=0, plan={}, spent={"intro": 20})


async def test_the_time_plan_fits_and_scrolls_at_80_by_24():
    steps = [*STEPS[:3], *(Step(f"q:inv-{n}", "question", f"Question {n}") for n in range(12)),
             *STEPS[-2:]]
    app = Harness(lambda: TimePlanScreen(Timing(minutes=45), steps))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        dialog = screen.query_one("#time-plan")
        await wait_for(pilot, lambda: total_line(screen) == "Planned total: 45:00 of 45:00")
        assert dialog.outer_size.width <= 80 and dialog.outer_size.height <= 24
        # The buttons stay in view at the foot (at 100x30 they were below the fold, and
        # "Share out again" was missed: a trial); the steps scroll above them.
        for button in ("#plan-share", "#plan-save", "#plan-cancel"):
            region = screen.query_one(button).region
            assert region.height > 0 and region.bottom <= 24, button
        last = screen.query_one(f"#plan-{len(steps) - 1}")
        last.focus()
        foot = screen.query_one("#plan-foot")
        await wait_for(pilot, lambda: dialog.scroll_y > 0 and last.region.height > 0
                       and last.region.bottom <= foot.region.y)


async def test_the_timer_line_goes_over_once_warmly_and_says_so():
    timing = Timing(minutes=15, plan={"intro": 3, "q:inv-a": 600})
    app = Harness(lambda: TimePlanScreen(timing, STEPS))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.result is None)
        bar = app.query_one(TimerBar)
        bar.show_time(timing, "intro")
        assert bar.plain == "This step 0:03 left · Session 15:00 left"
        assert not bar.has_class("-over")
        alerts = [tick(timing, "intro") for _ in range(5)]
        assert alerts == [False, False, False, True, False]
        bar.show_time(timing, "intro")
        assert bar.has_class("-over")
        assert bar.plain == "⚠ This step 0:02 over · Session 14:55 left"
        timing.paused = True
        bar.show_time(timing, "intro")
        assert bar.has_class("-paused") and bar.plain.endswith("⏸ paused — F6 resumes")
        assert len(bar.plain) <= bar.content_size.width  # one line at 80 columns
        bar.show_time(timing, "q:inv-a")
        assert not bar.has_class("-over")
        # A narrow pane gets the short wording rather than a cut-off line.
        app.query_one("#row").styles.width = 45
        await wait_for(pilot, lambda: bar.plain.startswith("Step "))
        assert bar.plain == "Step 10:00 left · Session 14:55 left · ⏸ F6 resumes"


async def test_the_timer_line_without_a_plan_shows_the_time_spent():
    timing = Timing(spent={"intro": 90, "q:inv-a": 630})
    app = Harness(lambda: TimePlanScreen(timing, STEPS))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        bar = app.query_one(TimerBar)
        bar.show_time(timing, "intro")
        assert bar.plain == "Time on this step 1:30 · Total 12:00"
        assert not bar.has_class("-over") and not bar.has_class("-paused")


def fictional_review(fictional_dir: Path):
    return load_library(fictional_dir).reviews[0]


async def test_the_new_session_form_returns_the_meeting_length(fictional_dir):
    review = fictional_review(fictional_dir)
    app = Harness(lambda: NewSessionScreen(review))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await choose_length(pilot, 3)  # 30 minutes
        await wait_for(pilot, lambda: screen.query_one(MeetingLength).minutes == 30)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert app.result["timing"] == Timing(minutes=30)
    assert app.result["mode"] == "team"


async def test_the_new_session_form_defaults_to_no_plan_and_asks_one_person_gently(fictional_dir):
    review = fictional_review(fictional_dir)
    app = Harness(lambda: NewSessionScreen(review))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        label = screen.query_one("#length-label", Literal)
        assert shown(label).startswith("Meeting length")
        await pilot.press("down", "enter")  # individual reflection
        await wait_for(pilot, lambda: shown(label) == "Time you plan to spend (optional)")
        own = screen.query_one("#own-minutes", Input)
        await retype(pilot, own, "a while")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.result is NOT_YET and app.focused is own
        assert screen.query_one("#length-message").display
        own.value = ""
        await choose_length(pilot, 0)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.result is not NOT_YET)
    assert app.result["timing"] == Timing() and app.result["mode"] == "individual"


async def test_a_new_session_from_the_start_screen_keeps_its_length(fictional_dir, sessions_dir):
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        await choose_length(pilot, 1)  # a 7-minute briefing
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        session = app.screen.session
        assert session.timing.minutes == 7
        steps = steps_for(app.screen.review, session)
        assert len(steps) >= 5


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)])
async def test_a_length_not_understood_is_said_in_view_when_ctrl_s_is_pressed(fictional_dir,
                                                                              size):
    """A length not understood (a trial typed "forty-ish", read as 40 since) as the team's own
    length, then Ctrl+S at 100x30: nothing seemed to happen,
    as what was wrong was said below the form's fold (a trial). It is in view, whole."""
    review = fictional_review(fictional_dir)
    app = Harness(lambda: NewSessionScreen(review))
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        await choose_length(pilot, 6)  # your own
        own = screen.query_one("#own-minutes", Input)
        await retype(pilot, own, "a while")
        screen.query_one("#title", Input).focus()  # the form scrolled back to its top
        screen.query_one("#title").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.press("ctrl+s")
        message = screen.query_one("#length-message", Literal)
        await wait_for(pilot, lambda: app.focused is own and message.display
                       and screen.can_view_entire(message))
        assert app.result is NOT_YET and screen.can_view_entire(own)
        assert "“a while” is not a length" in shown(message)


async def test_enter_on_your_own_length_left_empty_stays_in_its_box(fictional_dir):
    """"Your own" chosen and its box left empty: Enter there said to type a length, and moved
    on, so what was typed next went nowhere until Tab came back to the box (a trial)."""
    review = fictional_review(fictional_dir)
    app = Harness(lambda: NewSessionScreen(review))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await choose_length(pilot, 6)  # your own, its box left empty
        own = screen.query_one("#own-minutes", Input)
        own.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.query_one("#length-message").display)
        await pilot.press("4", "5")
        assert app.result is NOT_YET and own.value == "45" and app.focused is own
