"""An owner's name is never broken mid-word in last time's actions where the table has room
for the word: at 80x24 it read `Kim` / `Newstar` / `t` beside a What column 20 wide (a team
manager's trial), and an owner typed in place (`Alexandrina`) kept the column it found."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Action
from reflect.store.sessions import load_session, save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import type_text, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table
from tests.unit.test_words_whole_in_columns import broken_mid_word


def lines(table: RowTable, row: int, column: int) -> list[str]:
    return str(table.get_row_at(row)[column]).split("\n")


def whole_words(table: RowTable, row: int, column: int, words: str) -> bool:
    shown = lines(table, row, column)
    return " ".join(shown).replace("- ", "-") == words and not broken_mid_word(shown, words)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_owners_names_break_only_between_words(fictional_dir: Path, sessions_dir: Path,
                                                     size: tuple[int, int]) -> None:
    path = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Share the safeguarding briefing", owner="Kim Newstart", due="31/02/2026"),
        Action(text="Ring the school", owner="Robin Madeup-Sample", due="next Friday",
               due_date=date(2031, 1, 10))])
    earlier = load_session(path)
    earlier.created = datetime(2026, 11, 18, 10, tzinfo=timezone.utc)  # From: `18/11`
    save_session(sessions_dir, earlier)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.row_count == 2)
        assert whole_words(table, 0, 2, "Kim Newstart"), lines(table, 0, 2)
        assert whole_words(table, 1, 2, "Robin Madeup-Sample"), lines(table, 1, 2)
        assert whole_words(table, 0, 1, "Share the safeguarding briefing"), lines(table, 0, 1)
        owner = screen.query_one(".carried-owner", Input)
        owner.focus()
        await wait_for(pilot, lambda: app.focused is owner)
        owner.value = ""
        await type_text(pilot, "Alexandrina")  # typed in place of Kim, a row of two lines
        await wait_for(pilot, lambda: "".join(lines(table, 0, 2)) == "Alexandrina")
        assert lines(table, 0, 2) == ["Alexandrina"]
