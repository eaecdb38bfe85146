"""The actions' Due column shows a date's year where it is not this year's (or is far off):
`31/12` stood for 31 Dec 2027 in December 2026, read as this month's (a trial). This year's
dates may still leave it out where the column is narrow, the line under the table saying so;
another year's take the shortest form with the year (`31/12/27`)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Action, CarriedAction, Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for

TODAY = date(2026, 12, 7)


def review() -> Review:
    return Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))


def due_cells(table: RowTable) -> list[str]:
    return [str(table.get_row_at(n)[3]) for n in range(table.row_count)]


async def on_step(pilot, session: Session, step: str) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    session.current_step = step
    screen = WalkthroughScreen(session, review())
    screen.edits.today = lambda: TODAY
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return screen


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_date_another_year_s_shows_its_year(tmp_path: Path,
                                                   size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-year", team="Team Blue")
        for text, due, day in [("Ring the invented school", "15/12", date(2026, 12, 15)),
                               ("Write to the invented clinic", "31/12/27", date(2027, 12, 31)),
                               ("Audit the invented files", "3/1", date(2027, 1, 3))]:
            session.add_action(Action(text=text, owner="Pat Example", due=due, due_date=day,
                                      recommendation="Invented recommendation"))
        screen = await on_step(pilot, session, "actions")
        table = screen.query_one(".actions-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 3)
        this_year, next_year, january = due_cells(table)
        assert "27" in next_year and "…" not in next_year, next_year  # `31/12/27`
        assert "27" in january and "…" not in january, january  # next year's, though near
        assert "…" not in this_year, this_year


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_last_time_s_actions_show_another_year_s_too(tmp_path: Path,
                                                         size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-carried-year", team="Team Blue", carried=[
            CarriedAction(session_id="s-earlier", session_label="Invented huddle",
                          action_id=f"a{n}", text=f"Invented action {n}", owner="Pat Example",
                          due=due, due_date=day, written_back=True)
            for n, (due, day) in enumerate([("18/12", date(2026, 12, 18)),
                                            ("31/12/27", date(2027, 12, 31))])])
        screen = await on_step(pilot, session, "carried")
        table = screen.query_one(".carried-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 2)
        _, next_year = due_cells(table)
        assert "27" in next_year and "…" not in next_year, next_year
