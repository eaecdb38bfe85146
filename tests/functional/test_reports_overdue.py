"""The Reports screen's overdue actions, as a learning lead asking "whose actions are
overdue?" reads them (a trial): the heading says what the list holds.

Every team, person and action here is invented.
"""

from __future__ import annotations

from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports
from tests.unit.test_report_overdue import moorvale


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
