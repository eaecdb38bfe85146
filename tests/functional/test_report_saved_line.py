"""The line under the Reports screen's buttons says where the report shown was saved, and goes
when another report is made: after a report on every session was saved, a report on one team
showed "Report written to …/report-all-sessions-….html" over it, as if that file held it (a
learning lead's fresh-eyes trial); nor over a save that failed, which named the same file. All
invented."""

from __future__ import annotations

import shutil

from textual.widgets import Input

from reflect.ui.app import make_app
from tests.functional.helpers import said, wait_for
from tests.functional.test_reports_screen import _report_text, _sessions, open_reports


async def test_the_saved_line_goes_when_another_report_is_made(fictional_dir, sessions_dir):
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=5)
        await pilot.press("ctrl+o")
        result = app.screen.query_one("#report-result")
        await wait_for(pilot, lambda: result.has_class("shown") and result.display)
        assert "report-all-sessions-" in str(result.render())
        box = app.screen.query_one("#report-team", Input)
        box.focus()
        box.value = "invented mash"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 3 " in _report_text(app))
        assert not result.has_class("shown")
        await pilot.press("ctrl+o")  # saved again: said again, its own name
        await wait_for(pilot, lambda: result.has_class("shown"))
        assert "report-team-invented-mash-" in str(result.render())
        exports = sessions_dir / "exports"  # a file where the folder was: not written, said so
        shutil.rmtree(exports)
        exports.write_text("not a folder")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: any("Could not write" in m for m in said(app)))
        assert any(f"{exports} is a file, not a folder" in m for m in said(app)), said(app)
        assert not result.has_class("shown")  # ("Report written to" the same name, above it)
        since = app.screen.query_one("#report-since", Input)
        since.focus()
        since.value = "not a date"  # no report, a message in its place: nor over that
        await pilot.press("enter")
        await wait_for(pilot, lambda: "is not a date reflect can read" in _report_text(app))
        assert not result.has_class("shown")
