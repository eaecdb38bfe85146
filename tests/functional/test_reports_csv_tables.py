"""Save as CSV on the Reports screen writes the sessions and every action beside the counts
per review and the overdue actions, and the line under the buttons says so, at 80x24 and
60x20. Every team, person and action here is invented."""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from tests.functional.test_reports_screen import _screen_lines, open_reports, saved_as_csv
from tests.readers import csv_rows
from tests.unit.test_report_overdue import OWNERS, moorvale


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_saved_as_csv_the_sessions_and_actions_go_beside_it(fictional_dir, tmp_path,
                                                                    size):
    # type: ignore[no-untyped-def]
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=2)
        saved = await saved_as_csv(pilot, folder)
        sessions = saved.with_name(saved.stem + "-sessions.csv")
        actions = saved.with_name(saved.stem + "-all-actions.csv")
        rows = csv_rows(sessions)
        assert [(r["held"], r["team"], r["attended"]) for r in rows] == [
            ("2026-06-10", "Moorvale MASH", "2"), ("2026-11-10", "Moorvale MASH", "2")]
        rows = csv_rows(actions)
        assert {r["action"]: r["owner"] for r in rows if r["action"] in OWNERS} == OWNERS
        await pilot.pause()
        shown = " ".join(line.strip() for line in _screen_lines(app))
        assert "and …-sessions.csv, …-all-actions.csv" in shown
