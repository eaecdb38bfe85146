"""An action's words whole in its table, as the room reads what it agrees to: at 80x24, beside
the step list, What was cut to 16 columns on What to do now (`Share the brief…`) and to 11 on
last time's actions (`Audit cumul…`), a due date to `? 31/0…` (a fresh-eyes trial). Its words,
its owner's and due words that name no date wrap within their cells; a date stays one line."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Action, Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.tables import ACTION_LINES, RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table

SIZES = [(80, 24), (60, 20), (100, 30)]
LONG = "Share the invented briefing with every invented health visitor in the Invented Team"
AUDIT = "Audit the invented checklist in every invented family file before the next meeting"


def cell_words(table: RowTable, row: int, column: int) -> str:
    """A cell's words as the table shows them, its lines joined."""
    return " ".join(str(table.get_row_at(row)[column]).split())


def whole(table: RowTable, row: int, column: int, words: str) -> bool:
    return cell_words(table, row, column) == words


@pytest.mark.parametrize("size", SIZES)
async def test_what_to_do_now_shows_each_action_whole(tmp_path: Path,
                                                      size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
        session = Session.start(review, "s-wrap", team="Invented Team")
        session.add_action(Action(text=LONG, owner="Pat Example", due="31/02/2026"))
        session.add_action(Action(text="Ring the school", owner="Sam Sample",
                                  due="4 Dec 2031", due_date=date(2031, 12, 4)))
        session.current_step = "actions"
        screen = WalkthroughScreen(session, review)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
        table = screen.query_one(".actions-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 2)
        assert whole(table, 0, 1, LONG), cell_words(table, 0, 1)
        assert whole(table, 0, 2, "Pat Example") and whole(table, 0, 3, "? 31/02/2026"), \
            table.get_row_at(0)
        assert whole(table, 1, 1, "Ring the school")
        due = cell_words(table, 1, 3)  # a date on one line, in the form that fits
        assert "…" not in due and "\n" not in str(table.get_row_at(1)[3]), due
        assert re.fullmatch(r"4 Dec( 2031| 31)?|4/12(/31)?", due), due
        widths = [column.width for column in table.columns.values()]
        assert widths[1] == max(widths), widths  # What has the most of the width
        assert table.virtual_size.width <= table.scrollable_content_region.width


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_last_times_actions_show_each_action_whole(fictional_dir: Path, sessions_dir: Path,
                                                         size: tuple[int, int]) -> None:
    earlier_session(fictional_dir, sessions_dir, [
        Action(text=AUDIT, owner="Chris Sample", due="31/02/2026"),
        Action(text=LONG, owner="Pat Example", due="next Friday", due_date=date(2031, 1, 10))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        _, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == 2)
        assert whole(table, 0, 1, AUDIT), cell_words(table, 0, 1)
        assert whole(table, 1, 1, LONG), cell_words(table, 1, 1)
        assert whole(table, 0, 2, "Chris Sample") and whole(table, 1, 2, "Pat Example")
        assert whole(table, 0, 3, "? 31/02/2026"), table.get_row_at(0)
        assert "…" not in cell_words(table, 1, 3)


async def test_a_row_edited_in_place_grows_with_its_words(tmp_path: Path) -> None:
    """Typing into an action being edited redraws its row in place; words that now take
    more lines make the row taller (a row kept its height, and cut them)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
        session = Session.start(review, "s-grow", team="Invented Team")
        session.add_action(Action(text="Ring the school", owner="Pat Example"))
        session.current_step = "actions"
        screen = WalkthroughScreen(session, review)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
        table = screen.query_one(".actions-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 1)
        table.focus()
        await wait_for(pilot, lambda: app.focused is table)
        await pilot.press("enter")  # edit it in the form
        what = screen.query_one(".action-what")
        await wait_for(pilot, lambda: app.focused is what)
        await pilot.press(*" and the invented clinic, the invented nursery and the GP")
        words = "Ring the school and the invented clinic, the invented nursery and the GP"
        await wait_for(pilot, lambda: whole(table, 0, 1, words))
        lines = str(table.get_row_at(0)[1]).splitlines()
        assert len(lines) > 1 and table.ordered_rows[0].height == len(lines), lines


async def test_last_times_action_cut_in_its_table_is_whole_on_the_selected_line(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """An action of 5,000 characters took hundreds of the table's lines, the next out of
    sight (a trial): cut to `ACTION_LINES` with "…", the Selected line gives it whole (it
    gave 40 characters of an action the What column held whole)."""
    words = "Audit the invented checklist of Example Town " * 110
    earlier_session(fictional_dir, sessions_dir, [
        Action(text=words, owner="Chris Sample"), Action(text=AUDIT, owner="Pat Example")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == 2)
        lines = str(table.get_row_at(0)[1]).splitlines()
        assert len(lines) == ACTION_LINES[1] and lines[-1].endswith("…"), lines
        assert whole(table, 1, 1, AUDIT)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: " ".join(words.split()) in " ".join(
            str(detail.render()).split()))
