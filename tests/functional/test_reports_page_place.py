"""The Reports screen under 24 rows, where the filters and the report scroll as one page
(`-page-scrolls`, #report-page): where the report went is seen once it is saved, and the
reader's place is kept across a resize. Trials at 60x20: read down the page, Ctrl+O wrote the
report and "Report written to …" was said at the page's top, out of view (the message beside
it gone in a few seconds); and a resize put the page back at its top, or (a new width, the
report laid out again) somewhere else in it. All invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable

from reflect.ui.app import make_app
from reflect.ui.laid_out import laid_out
from reflect.ui.screens.report_view import ReportView
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_reports_screen import _sessions, open_reports


def seen(widget: Widget) -> bool:
    """Whether `widget` is drawn whole in the view of what scrolls it."""
    scroller = next(w for w in widget.ancestors if isinstance(w, VerticalScroll)
                    and w.allow_vertical_scroll)
    region = widget.region
    return bool(region.height) and scroller.content_region.contains_region(region)


async def read_down(pilot, scroller: VerticalScroll, pages: int) -> None:  # type: ignore[no-untyped-def]
    """PgDn `pages` times, as a person reads: each once the page has moved for the one
    before (two typed at once may scroll one page: each reads where the page is drawn)."""
    for _ in range(pages):
        before = scroller.scroll_y
        await pilot.press("pagedown")
        await wait_for(pilot, lambda before=before: scroller.scroll_y > before)


async def report_laid_out(pilot) -> ReportView:  # type: ignore[no-untyped-def]
    view = pilot.app.screen.query_one(ReportView)
    await wait_for(pilot, lambda: laid_out(view) and all(
        laid_out(table) for table in view.query(DataTable)))
    return view


async def test_where_the_report_went_is_seen_once_saved_down_the_page(
        fictional_dir: Path, sessions_dir: Path) -> None:
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await open_reports(pilot, sessions_held=5)
        await report_laid_out(pilot)
        page = app.screen.query_one("#report-page", VerticalScroll)
        await read_down(pilot, page, 2)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: list((sessions_dir / "exports").glob("report-*.html")))
        result = app.screen.query_one("#report-result")
        await wait_for(pilot, lambda: result.has_class("shown") and seen(result))
        for _ in range(3):  # and stays in view once laid out
            await pilot.pause()
        assert seen(result), "\n".join(screen_lines(app))
        [written] = (sessions_dir / "exports").glob("report-*.html")
        assert written.name in "".join(str(result.render()).split())


def first_seen(app) -> tuple[Widget, str]:  # type: ignore[no-untyped-def]
    """The first of the report's parts at the top of what scrolls it (a heading, a table, a
    paragraph), and its first words (for a failure's message)."""
    view = app.screen.query_one(ReportView)
    scroller = (app.screen.query_one("#report-page", VerticalScroll)
                if app.screen.has_class("-page-scrolls") else view)
    top = scroller.content_region.y
    part = next(w for w in view.children if w.region.bottom > top)
    return part, str(part.render())[:30]


@pytest.mark.parametrize("sizes", [
    [(64, 21)],            # another size, one page still
    [(80, 22)],            # wider: the report laid out again, shorter
    [(60, 26), (60, 20)],  # tall enough for the report to scroll alone, and back
])
async def test_a_resize_keeps_the_readers_place(
        fictional_dir: Path, sessions_dir: Path, sizes: list[tuple[int, int]]) -> None:
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await open_reports(pilot, sessions_held=5)
        view = await report_laid_out(pilot)
        page = app.screen.query_one("#report-page", VerticalScroll)
        await read_down(pilot, page, 3)
        part, _ = first_seen(app)
        assert part.parent is view
        for size in sizes:
            await pilot.resize_terminal(*size)
            await wait_for(pilot, lambda size=size: app.size == size and laid_out(view))
            await wait_for(pilot, lambda: first_seen(app)[0] is part, timeout=5)
            for _ in range(3):  # and stays there once the tables are laid out again
                await pilot.pause()
            assert first_seen(app)[0] is part, "\n".join(screen_lines(app))
        # The reader reads on from there: PgDn scrolls on, and no later layout takes it back.
        scroller = page if app.screen.has_class("-page-scrolls") else view
        await read_down(pilot, scroller, 1)
        moved = scroller.scroll_y
        await pilot.resize_terminal(*app.size)  # (the same size: nothing to keep)
        for _ in range(3):
            await pilot.pause()
        assert scroller.scroll_y == moved
