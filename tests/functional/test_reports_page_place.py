"""The Reports screen under 24 rows, where the filters and the report scroll as one page
(`-page-scrolls`, #report-page): where the report went is seen once it is saved. A trial at
60x20: read down the page, Ctrl+O wrote the report and "Report written to …" was said at the
page's top, out of view (the message beside it gone in a few seconds). All invented."""

from __future__ import annotations

from pathlib import Path

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
