"""A step's own scrolls that wait for a frame (the step laid out to open it, its table's
Selected line written) come after keys typed straight away now and then (on a busy machine;
here, every time: `frames_held`, `queue_held`). Once the person has moved the focus, none
moves the view away from where it now is. Who is here opened on its table and was scrolled
there late, after the team's box had been given the focus: the box went off the top of the
view (CI, once). All people are invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.panes.people import PeoplePane
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import (
    frames_held,
    press_in_order,
    queue_held,
    screen_lines,
    start_new,
    wait_for,
)

PEOPLE = "\n".join(f"{name}, {role}, {agency}" for name, role, agency in (
    ("Ann Example", "GP", "Invented Practice"),
    ("Bob Sample", "Social worker", "Invented Council"),
    ("Cat Example", "Health visitor", "Invented Trust"),
    ("Dee Placeholder", "Teacher", "Invented School"),
    ("Eve Sample", "Police officer", "Invented Police"),
    ("Fay Example", "Midwife", "Invented Hospital")))
SIZES = [(80, 24), (60, 20)]


async def who_is_here_again(pilot, fictional_dir, sessions_dir):  # type: ignore[no-untyped-def]
    """A team session of six, on its second step, Who is here once shown and left: the
    screen and the step's pane."""
    app = pilot.app
    screen = await start_new(pilot, "team", "Invented meeting", "North Invented Team",
                             PEOPLE, facilitator="Fay Example")
    pane = screen.query_one(PeoplePane)
    table = pane.query_one(".people-table", RowTable)
    await wait_for(pilot, lambda: app.focused is table and any(
        "Selected: Ann Example" in line for line in screen_lines(app)))
    await press_in_order(app, ["pagedown"])
    await wait_for(pilot, lambda: screen.index == 1 and app.focused is not None)
    return screen, pane


def in_view(app, box: Input, words: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether `box` shows whole on the screen, its `words` with it."""
    lines = screen_lines(app)
    region = box.region
    return bool(region) and region.bottom <= len(lines) - 3 and any(
        words in lines[y] for y in range(region.y, region.bottom))


@pytest.mark.parametrize("size", SIZES)
async def test_a_name_typed_as_who_is_here_opens_is_seen_in_its_box(
        fictional_dir, sessions_dir, size: tuple[int, int]) -> None:
    """PgUp back to Who is here, a name typed at once (the letters go from the table to the
    name box): the step was then laid out to open on its table and scrolled there, the name
    box, below it, out of view with the name typed in it."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, pane = await who_is_here_again(pilot, fictional_dir, sessions_dir)
        name = pane.query_one(".person-name", Input)
        with frames_held(screen):  # every key before the step's first frame
            await press_in_order(app, ["pageup", *"Lee"])
        await wait_for(pilot, lambda: app.focused is name and name.value == "Lee")
        await wait_for(pilot, lambda: in_view(app, name, "Lee"))


async def test_the_selected_line_is_not_scrolled_to_once_the_focus_has_left_the_table(
        fictional_dir, sessions_dir) -> None:
    """The table's scroll to its Selected line, asked for while it had the focus, runs after
    the focus has gone to the team's box but before the table, busy (here, held), has been
    told (Textual's `has_focus` is set as a widget handles its Blur): the view stays on the
    box."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "North Invented Team",
                                 PEOPLE)
        table = screen.query_one(".people-table", RowTable)
        box = screen.query_one(".detail-team", Input)
        await wait_for(pilot, lambda: app.focused is table and any(
            "Selected: Ann Example" in line for line in screen_lines(app)))
        async with queue_held(table):
            screen.set_focus(box)
            await app.animator.wait_until_complete()  # (the focus's own scroll to the box)
            for _ in range(50):  # (`wait_for` waits for the table too: held)
                if in_view(app, box, "North Invented Team"):
                    break
                await screen.wait_for_refresh()
            assert table.has_focus  # (not told yet)
            table.show_line_under()  # (as the screen runs it, asked for before)
            for _ in range(3):
                await screen.wait_for_refresh()
            assert in_view(app, box, "North Invented Team"), "\n".join(screen_lines(app))
