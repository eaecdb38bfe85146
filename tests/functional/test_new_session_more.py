"""The new-session form says there is more of it below while there is: at 80x24 its meeting
length and Start button were below the fold, and nothing said the form went on (a fresh-eyes
trial; its scroll bar's thumb hardly showed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from reflect.ui.app import make_app
from reflect.ui.screens.new_session import MORE_BELOW
from tests.functional.helpers import new_session_form, screen_lines, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_form_says_there_is_more_below_until_its_end_is_seen(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    from reflect.ui.widgets.meeting_length import MeetingLength

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form = await new_session_form(pilot)
        body = form.query_one("#new-session", VerticalScroll)
        length = form.query_one(MeetingLength)
        await wait_for(pilot, lambda: any(MORE_BELOW in row for row in screen_lines(app)))
        assert length.region.y >= body.region.bottom - 2  # (below the fold, as in the trial)
        await pilot.press("pagedown", "pagedown")  # (the focus on the form's first choice)
        await wait_for(pilot, lambda: not any(MORE_BELOW in row for row in screen_lines(app)))
        assert body.scroll_y == body.max_scroll_y > 0
        assert any("Start session" in row for row in screen_lines(app))
        await pilot.press("pageup", "pageup")
        await wait_for(pilot, lambda: any(MORE_BELOW in row for row in screen_lines(app)))


async def test_a_form_that_fits_says_nothing_of_more(fictional_dir: Path,
                                                    sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        form = await new_session_form(pilot)
        await wait_for(pilot, lambda: any("Start session" in row for row in screen_lines(app))
                       and form.query_one("#new-session").max_scroll_y == 0)
        await pilot.pause()
        assert not any(MORE_BELOW in row for row in screen_lines(app))


def start_button_shown(app: object) -> bool:
    """Whether the form's Start session button is on screen (not the footer's key, nor the
    line saying more is below, which names it)."""
    rows = screen_lines(app)[:-1]
    return any("Start session" in row and MORE_BELOW not in row for row in rows)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_form_says_more_below_only_while_the_start_button_is_below(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """A fresh-eyes trial at 80x24: `More below, down to Start session: Tab or PgDn` with the
    Start session button already on screen (only the blank line under it was below). At each
    line the form scrolls to, the line shows while the button does not, and only then."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form = await new_session_form(pilot)
        body = form.query_one("#new-session", VerticalScroll)
        more = form.query_one("#new-session-more")
        await wait_for(pilot, lambda: more.display and body.max_scroll_y > 0)
        def true() -> bool:
            """Whether the screen says more is below exactly while the button is not on it."""
            said = any(MORE_BELOW in row for row in screen_lines(app))
            return said == more.display != start_button_shown(app)

        for y in range(body.max_scroll_y + 1):
            body.scroll_to(y=y, animate=False, immediate=True)
            await pilot.pause()
            await wait_for(pilot, true, timeout=5)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_line_says_pgdn_only_where_pgdn_goes_down(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """A team lead's trial: in the participants box the line said "Tab or PgDn", and PgDn
    moved in the box (its lines), not down the form. There it says Tab alone; in a
    one-line box, where PgDn scrolls the form, both."""
    from textual.widgets import TextArea

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        form = await new_session_form(pilot)
        body = form.query_one("#new-session", VerticalScroll)
        both, tab = f"{MORE_BELOW}: Tab or PgDn", f"{MORE_BELOW}: Tab"

        def says(words: str) -> bool:
            return any(row.strip(" █▌▎").rstrip().endswith(words) for row in screen_lines(app))

        await wait_for(pilot, lambda: says(both))
        box = form.query_one("#participants", TextArea)
        box.focus()
        await wait_for(pilot, lambda: says(tab) and not says(both))
        body.scroll_to(y=0, animate=False, immediate=True)
        await pilot.press("pagedown")  # (it moves in the box: the form stays)
        await pilot.pause()
        assert body.scroll_y == 0 and app.focused is box
        form.query_one("#facilitator").focus()
        await wait_for(pilot, lambda: says(both))
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: body.scroll_y > 0)
