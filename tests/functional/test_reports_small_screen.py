"""The Reports screen in a small window: the filters scroll with the report.

At 60x20 the filter boxes (Since, Until, Review, Team and Update, the buttons that save) took
nine of the eighteen rows between the title and the keys, and left the report eight: a
learning lead read it a few lines at a time (a trial). Under 24 rows the filters and the report
are one page: PgDn reads on with the report the whole height, PgUp goes back up to the
filters, and a filter box typed in or gone to with Tab comes back into view. At 80x24 and
taller the report scrolls below the filters, as it always had."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import DataTable, Header, Input

from reflect.ui.app import make_app
from reflect.ui.focus_view import _moving
from reflect.ui.laid_out import laid_out
from reflect.ui.screens.report_view import ReportView
from reflect.ui.widgets.footer import ReflectFooter
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_reports_screen import _sessions, open_reports


def _rows_seen(widget: Widget) -> int:
    """How many of `widget`'s rows are in view between the screen's title and its keys."""
    screen = widget.screen
    top = screen.query_one(Header).region.bottom
    between = Region(0, top, screen.size.width, screen.query_one(ReflectFooter).region.y - top)
    return between.intersection(widget.region).height


def _rows_of_report(app) -> int:  # type: ignore[no-untyped-def]
    """How many of the screen's rows show the report (nothing of the filters above it)."""
    return _rows_seen(app.screen.query_one(ReportView))


async def test_at_60x20_pgdn_gives_the_report_the_whole_page(fictional_dir: Path,
                                                             sessions_dir: Path) -> None:
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await open_reports(pilot, sessions_held=5)
        screen = app.screen
        since = screen.query_one("#report-since", Input)
        assert app.focused is since  # the filters first, as at every size
        assert since.region.y > 0 and screen.query_one("#report-update").region.height
        view = screen.query_one(ReportView)
        await wait_for(pilot, lambda: laid_out(view) and all(  # (its tables measured)
            laid_out(table) for table in view.query(DataTable)))
        await pilot.press("pagedown")
        # The report the whole height between the title and the keys (18 rows), the
        # filters scrolled out of view above it.
        await wait_for(pilot, lambda: _rows_of_report(app) == 18)
        assert not _rows_seen(since)
        assert "Sessions held: 5 " not in "\n".join(screen_lines(app))  # read on, past it
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: _rows_of_report(app) == 18
                       and "By review" in "\n".join(screen_lines(app)))
        # PgUp back to the top: the filters again, the report's start under them.
        await pilot.press("pageup", "pageup")
        await wait_for(pilot, lambda: _rows_seen(since) == 3)
        assert "Sessions held: 5 " in "\n".join(screen_lines(app))
        # A date typed in the Since box, scrolled out of view, brings it back into view.
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: not _rows_seen(since))
        await pilot.press("Q", "4")
        await wait_for(pilot, lambda: since.value == "Q4" and _rows_seen(since) == 3)
        assert since.border_subtitle  # the date read, said on its box
        # Tab to the Team box, then read on: Tab brings it back into view.
        team = screen.query_one("#report-team", Input)
        await pilot.press("tab", "tab", "tab")
        await wait_for(pilot, lambda: app.focused is team)
        await pilot.press("pagedown", "pagedown")
        # (Tab as a person presses it, once the page is drawn where PgDn took it: a Tab
        # typed ahead of that moves on, `focus_view._moving`.)
        await wait_for(pilot, lambda: not _rows_seen(team) and not _moving(screen, team))
        await pilot.press("tab")
        await wait_for(pilot, lambda: _rows_seen(team) == 3)
        assert app.focused is team


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_at_80x24_and_taller_the_filters_stay_above_the_report(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=5)
        screen = app.screen
        since = screen.query_one("#report-since", Input)
        view = screen.query_one(ReportView)
        await wait_for(pilot, lambda: view.max_scroll_y > 0 or size[1] > 30)
        rows = view.region.height
        assert rows >= 14
        await pilot.press("pagedown")
        if size[1] <= 30:  # (at 120x36 the report may fit)
            await wait_for(pilot, lambda: view.scroll_y > 0)
        await pilot.pause()
        assert _rows_seen(since) == 3  # the filters stay; the report scrolls below them
        assert view.region.height == rows == _rows_seen(view)
