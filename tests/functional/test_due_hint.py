"""`next Friday` in a due box, read as a Friday in the six days to come: the box's border says
which day (`→ 4 Dec, tomorrow`), and a line under the box how to name the Friday a week later
(`model/due_hints.py`), on What to do now and on last time's actions, at 80x24 and 60x20."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from textual.widgets import ContentSwitcher, Input

from reflect.model.session import Action
from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, start_and_go_to, type_text, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table


def two_days_on() -> tuple[str, str, str, str]:
    """`next <the weekday two days from today>`, what the border says of it, what the line
    under the box says, and the words that name the day a week later."""
    day = date.today() + timedelta(days=2)
    name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday")[day.weekday()]
    later = day + timedelta(days=7)
    return (f"next {name}", f"→ {day.day} {day:%b}, in 2 days",
            f"For {name[:3]} {later.day} {later:%b} type “{name} week” or the date.",
            f"{name} week")


async def says_how_to_get_the_other_week(pilot, screen, due: Input) -> None:  # type: ignore[no-untyped-def]
    words, border, hint, other = two_days_on()
    line = screen.query_one(".due-hint")
    assert not line.display  # nothing to say yet
    due.focus()
    await wait_for(pilot, lambda: pilot.app.focused is due)
    await type_text(pilot, words)
    await wait_for(pilot, lambda: str(due.border_subtitle) == border and line.display)
    assert " ".join(str(line.render()).split()) == hint  # (broken before “ at 60x20)
    # shown, then laid out: its region is empty until the next layout (read before it, a
    # full run under load failed on 0x0)
    await wait_for(pilot, lambda: line.region.height > 0)
    # directly under the due box, on one line at 80 columns (two where its form is 32 wide:
    # last time's actions at 60, where the step list is hidden)
    assert line.region.y == due.region.bottom and due.region.x <= line.region.right
    assert line.region.height == 1 or screen.size.width < 80 and line.region.height == 2
    step = screen.query_one(ContentSwitcher).region  # in view, and the due box with it
    await wait_for(pilot, lambda: step.contains_region(line.region))
    assert step.contains_region(due.region)
    assert line.region.right <= screen.size.width
    assert line.region.right >= due.region.right - 1  # (right-aligned: under the due box)
    due.value = other  # as the line says: next week's, and nothing more to say
    await wait_for(pilot, lambda: not line.display)
    assert str(due.border_subtitle).startswith(f"→ {other[:3]} ")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_action_form_says_how_to_get_next_weeks(fictional_dir, sessions_dir, size):
    """"next Friday" on a Thursday was read as the next day, with only `→ this Fri 4 Dec` to
    say so, and the action was overdue at the next meeting (a fresh-eyes trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_and_go_to(pilot, "actions")
        what = screen.query_one(".action-what", Input)
        await wait_for(pilot, lambda: app.focused is what)
        await enter_text(pilot, "Ring the invented school nurse")
        await says_how_to_get_the_other_week(pilot, screen, screen.query_one(".action-due",
                                                                             Input))


async def test_last_times_new_due_date_says_how_to_get_next_weeks(fictional_dir,
                                                                  sessions_dir):
    earlier_session(fictional_dir, sessions_dir, [Action(text="Ring the invented nurse")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, _ = await on_carried_table(pilot)
        await says_how_to_get_the_other_week(pilot, screen, screen.query_one(".carried-due",
                                                                             Input))
