"""Home and End move the highlight to the first and last row of a session's tables, as they do
in the start screen's lists: on *Who is here*, End moved nothing (DataTable's Home and End
scroll sideways only), and Delete then offered to remove the first person (a trial). The
report's tables move the same way (they scrolled sideways, showing nothing)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from tests.functional.helpers import on_person, screen_lines, start_new, wait_for
from tests.functional.test_reports_screen import open_reports
from tests.unit.test_report_overdue import moorvale

PEOPLE = ("Alex Example, Health visitor\nSam Sample, Midwife, Invented Trust\n"
          "Pat Example, GP, Invented Practice\nKim Example, Teacher, Invented School")


async def test_end_and_home_on_who_is_here(fictional_dir: Path, sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Team Blue", people=PEOPLE)
        table = await on_person(pilot, screen, 0)
        await pilot.press("end")
        await wait_for(pilot, lambda: table.cursor_row == 3)
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = " ".join(app.screen.question.split())  # type: ignore[attr-defined]
        assert "Kim Example" in question and "Alex Example" not in question
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen and app.focused is table)
        await pilot.press("home")
        await wait_for(pilot, lambda: table.cursor_row == 0)
        assert len(screen.session.participants) == 4


async def test_end_and_home_in_the_reports_overdue_actions(fictional_dir: Path,
                                                           tmp_path: Path) -> None:
    # At 60x20 each action is a block and the report shows a few lines: the one End goes to
    # is brought into view.
    app = make_app(fictional_dir, moorvale(fictional_dir, tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await open_reports(pilot, sessions_held=2)
        table = app.screen.query_one(".report-overdue", DataTable)
        await wait_for(pilot, lambda: table.row_count == 7)
        table.focus()
        await wait_for(pilot, lambda: app.focused is table)

        def shown(row: int) -> bool:
            first = str(table.get_row_at(row)[0]).split("\n")[0]
            return any(first in line for line in screen_lines(app))

        await pilot.press("end")
        await wait_for(pilot, lambda: table.cursor_row == 6 and shown(6))
        await pilot.press("home")
        await wait_for(pilot, lambda: table.cursor_row == 0 and shown(0))
