"""Last time's actions, come back to: at 80x24 the table, held short under its hint, began
with the last line of the action before the one highlighted (`invented team`), a row cut at
its top; held to whole rows alone, nothing said the actions before it were there (a
facilitator's trial). It shows whole rows, and says how many are above, and below (only the
scroll bar said so). All invented."""

from __future__ import annotations

from reflect.model.session import Action
from reflect.ui.app import make_app
from tests.functional.helpers import screen_lines, shown, wait_for
from tests.functional.test_actions_table import rows_cut
from tests.functional.test_carried_progress import earlier_session, on_carried_table

TEXTS = ("Agree one invented chronology template across the three invented agencies",
         "Set up an invented monthly huddle on invented babies with invented health visitors",
         "Ring the invented school about the invented attendance pathway and report back",
         "Write an invented one-page guide to invented curiosity for new starters in the team",
         "Check the invented referral form asks about every invented adult in the household",
         "Book invented training on invented neglect tools before the invented spring term")


async def test_back_on_last_times_actions_no_row_is_cut_and_those_above_are_said(
        fictional_dir, sessions_dir) -> None:
    earlier_session(fictional_dir, sessions_dir, [Action(text=t) for t in TEXTS])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table = await on_carried_table(pilot)
        detail = screen.query_one(".carried-detail")
        for _ in range(4):
            await pilot.press("down")
        await wait_for(pilot, lambda: "Check the invented" in shown(detail))
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: app.focused is not table)
        await pilot.press("pageup")
        await wait_for(pilot, lambda: app.focused is table and any(
            "more above" in line for line in screen_lines(app)), timeout=5)
        await wait_for(pilot, lambda: rows_cut(table, 4) == [] and any(
            "○  Check the" in line for line in screen_lines(app)), timeout=5)
        assert table.ordered_rows[3].height > 2  # (wrapped, as the trial's)
        lines = screen_lines(app)
        at = next(n for n, line in enumerate(lines) if "more above" in line)
        above = int(lines[at].split("↑ ")[1].split()[0])
        assert 1 <= above <= 4 and "What" in lines[at + 1], "\n".join(lines)
        assert lines[at].rstrip().endswith("· ↓ 1 more below"), lines[at]  # (the sixth)
        assert f"○  {' '.join(TEXTS[above].split()[:2])}" in lines[at + 2], "\n".join(lines)
