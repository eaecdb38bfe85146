"""Under 80 columns the step list is hidden, the step's title saying where you are and
Ctrl+G showing the list: at 60x20 it kept 24 of the 60 columns, last time's actions read
"Put…" and "Cir…", the progress box was some 12 characters wide and the answer boxes some 30
(a fresh-eyes trial)."""

from __future__ import annotations

from datetime import date

from textual.widgets import OptionList

from reflect.model.session import Action
from reflect.ui.app import make_app
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import shown, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table


async def test_at_60x20_the_step_list_is_hidden_and_ctrl_g_shows_it(fictional_dir,
                                                                     sessions_dir):
    earlier_session(fictional_dir, sessions_dir, [
        Action(text="Put the invented leaflet in every waiting room", due="next Friday",
               due_date=date(2026, 1, 9))])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, table = await on_carried_table(pilot)
        steps = screen.query_one("#steps", OptionList)
        await wait_for(pilot, lambda: table.region.width > 0)
        assert not screen.query_one("#steps-pane").region  # hidden: the step gets the room
        assert table.region.width >= 54, table.region
        assert shown(screen.query_one("#step-title")).startswith("Step 2 of ")
        assert shown(screen.query_one("#steps-key")) == "Ctrl+G: steps"
        assert screen.query_one("#steps-key").region.width  # said beside the title
        # Ctrl+G shows the list with the focus; Esc goes back to the table and hides it.
        # The key line is hidden while the list shows (it says what the list is for).
        key = screen.query_one("#steps-key")
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: app.focused is steps and steps.region.width > 0)
        assert not key.region
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is table)
        await wait_for(pilot, lambda: not screen.query_one("#steps-pane").region)
        assert key.region.width
        # Choosing a step there goes to it, and hides the list again.
        await pilot.press("ctrl+g", "down", "enter")
        await wait_for(pilot, lambda: screen.index == 2)
        await wait_for(pilot, lambda: not screen.query_one("#steps-pane").region)
        assert shown(screen.query_one("#step-title")).startswith("Step 3 of ")
        assert key.region.width


async def test_at_80x24_the_step_list_stays_beside_the_step(fictional_dir, sessions_dir):
    earlier_session(fictional_dir, sessions_dir, [Action(text="Invented action")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        await wait_for(pilot, lambda: table.region.width > 0)
        assert screen.query_one("#steps-pane").region.width >= 22
        assert not screen.query_one("#steps-key").region  # no need to say it
        assert isinstance(table, RowTable)
