"""The agreed actions' table as a facilitator reads it at 100x30, 80x24 and 60x20: one form
of date down the Due column, the year said where the column has no room for it, and a sign
on screen that an action was added."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Action, Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for

SIZES = [(100, 30), (80, 24), (60, 20)]
YEARLESS = "Due column leaves out the year"


def review() -> Review:
    return Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))


async def open_actions(pilot, session: Session) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    session.current_step = "actions"
    screen = WalkthroughScreen(session, review())
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return screen


def due_cells(table: RowTable) -> list[str]:
    return [str(table.get_row_at(n)[3]) for n in range(table.row_count)]


@pytest.mark.parametrize("size", SIZES)
async def test_the_due_column_reads_alike_and_says_where_the_year_is(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """`4 Dec 26` above `18/12/26` in one column (a trial); at 60x20 the column showed `4/12`
    with nothing to say which year. One form for the column, with the year where any form
    with it fits; where none does, the line under the table says the column leaves it out
    (and gives the highlighted action's date in full)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-due", team="Invented team")
        session.add_action(Action(text="Ring the invented school", owner="Ann Example",
                                  due="4 Dec 2031", due_date=date(2031, 12, 4)))
        session.add_action(Action(text="Write to the invented clinic", owner="Bob Example",
                                  due="18/12/31", due_date=date(2031, 12, 18)))
        screen = await open_actions(pilot, session)
        table = screen.query_one(".actions-table", RowTable)
        detail = screen.query_one(".action-detail")
        await wait_for(pilot, lambda: table.row_count == 2 and "Selected" in str(detail.render()))
        first, second = due_cells(table)
        assert ("/" in first) == ("/" in second), (first, second)  # one form for the column
        assert first.count(" ") == second.count(" "), (first, second)
        line = str(detail.render())
        assert "Thu 4 Dec 2031" in line  # the highlighted action's date in full
        if "31" in second:  # a form with the year fitted
            assert "31" in first and YEARLESS not in line
        else:
            assert size == (60, 20)
            assert "31" not in first and YEARLESS in line
        if size != (60, 20):
            assert "31" in second  # these sizes have room for a year
