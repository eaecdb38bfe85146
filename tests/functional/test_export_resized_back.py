"""The export dialog, resized, shows what it shows opened at that size: its title and the
check's finding over the formats. A facilitator's trial on a shared screen: opened at 80x24,
the terminal taken to 60x20, then 120x40, then back to 80x24, it came back three lines down
(here, with three findings, 80x24 to 120x40 and back does it),
its title and "CHECK: 1 likely personal detail found. Go and edit it (e)…" out of view above
a line begun mid-sentence: the rule keeping the focused box whole in view had brought the
whole list of formats into view. All names and numbers here are invented."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from reflect.store.library import load_library
from reflect.ui.app import make_app
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_export_check_lands import team_session
from tests.functional.test_export_dialog import checked_dialog


async def test_back_at_its_size_the_dialog_shows_its_title_and_finding_again(
        fictional_dir: Path, sessions_dir: Path) -> None:
    session = team_session(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await checked_dialog(pilot, session, load_library(fictional_dir).get("child-zz"))
        body = dialog.query_one("#export-dialog", VerticalScroll)

        def top_shown() -> bool:
            text = "\n".join(screen_lines(app))
            return "Export the notes" in text and "likely personal detail" in text

        await wait_for(pilot, lambda: top_shown() and body.max_scroll_y > 0)
        opened = body.scroll_y
        for size in ((120, 40), (80, 24)):
            await pilot.resize_terminal(*size)
            await wait_for(pilot, lambda size=size: app.size == size)
        await wait_for(pilot, lambda: body.max_scroll_y > 0)
        for _ in range(3):  # (the scrolls a resize asks for are made once it is laid out)
            await pilot.pause()
        await wait_for(pilot, top_shown)
        assert body.scroll_y == opened
        assert dialog.focused is dialog.query_one("#format")  # the focus where it was


async def test_made_tiny_the_dialog_ends_nothing(fictional_dir: Path, sessions_dir: Path) -> None:
    """At some 10 columns the dialog's buttons had two cells each, their words none once
    Button's line-pad was taken, and Rich raised "range() arg 3 must not be zero": the window
    made small with the dialog open ended reflect with a traceback (a trial). Its row of
    buttons is never narrower than 12 (app.tcss), the dialog cutting it instead."""
    session = team_session(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await checked_dialog(pilot, session, load_library(fictional_dir).get("child-zz"))
        for size in ((10, 3), (12, 6), (80, 24)):
            await pilot.resize_terminal(*size)
            await wait_for(pilot, lambda size=size: app.size == size)
            await pilot.pause()
        await wait_for(pilot, lambda: "Export the notes" in "\n".join(screen_lines(app)))
        assert app.is_running and app.screen is dialog
