"""Each PgDn (and PgUp) on the Reports screen scrolls a page, however fast they come. A trial
sent two at once (tmux `send-keys PageDown PageDown`): the report scrolled one page, each key
reading the scroll from before the other's, which waited for the next refresh. All data
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import DataTable

from reflect.ui.laid_out import laid_out
from reflect.ui.screens.report_view import ReportView
from tests.functional.helpers import frames_held, press_in_order, wait_for
from tests.functional.test_reports_screen import _sessions, open_reports


@pytest.mark.parametrize(("size", "scrolls"), [((80, 24), "#report-body"),
                                               ((60, 20), "#report-page")])
async def test_two_pgdn_at_once_scroll_two_pages_and_two_pgup_back(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int], scrolls: str) -> None:
    from reflect.ui.app import make_app

    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=5)
        screen = app.screen
        view = screen.query_one(ReportView)
        await wait_for(pilot, lambda: laid_out(view) and all(  # (its tables measured)
            laid_out(table) for table in view.query(DataTable)))
        scroller = screen.query_one(scrolls, VerticalScroll)
        page = scroller.scrollable_content_region.height
        assert scroller.max_scroll_y >= 3 * page  # (room for two pages and more)
        with frames_held(screen):  # both before the next frame, as on a busy machine
            await press_in_order(app, ["pagedown", "pagedown"])
        await wait_for(pilot, lambda: scroller.scroll_y == 2 * page)
        await pilot.pause()
        assert scroller.scroll_y == 2 * page  # (not one page, nor on to a third)
        with frames_held(screen):
            await press_in_order(app, ["pageup"])
        await wait_for(pilot, lambda: scroller.scroll_y == page)
        with frames_held(screen):
            await press_in_order(app, ["pagedown", "pagedown", "pageup"])
        await wait_for(pilot, lambda: scroller.scroll_y == 2 * page)
