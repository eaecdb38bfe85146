"""The Reports screen's overdue actions, as a learning lead asking "whose actions are
overdue?" reads them (a trial): the heading says what the list holds; and the attendances
said to be attendances, not people.

Every team, person and action here is invented.
"""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.report_view import ReportView
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, _screen_lines, open_reports
from tests.unit.test_report_overdue import moorvale


async def every_line(pilot) -> list[str]:  # type: ignore[no-untyped-def]
    """The report's lines as the screen shows them, a page at a time from its top."""
    app = pilot.app
    view = app.screen.query_one(ReportView)
    view.scroll_home(animate=False)
    seen: list[str] = []
    while True:
        await pilot.pause()
        seen += _screen_lines(app)
        if view.scroll_y >= view.max_scroll_y:
            return seen
        view.scroll_page_down(animate=False)


async def test_the_screens_heading_says_the_list_holds_actions_in_progress_too(
        fictional_dir, tmp_path):  # type: ignore[no-untyped-def]
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=2)
        await wait_for(pilot, lambda: "Overdue actions (" in _report_text(app))
        text = _report_text(app)
        assert "Overdue actions (open or in progress, past their due date on " in text
        assert "open past their due date" not in text


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_screen_says_attendances_count_a_person_once_per_meeting(
        fictional_dir, tmp_path, size):  # type: ignore[no-untyped-def]
    # Two people at two meetings: "Attendances …: 4" was read as four practitioners (a trial).
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=2)
        shown = " ".join(" ".join(await every_line(pilot)).split())
        assert ("Attendances at team discussions: 4 (one person at two meetings counts "
                "twice)") in shown
