"""What Who is here said of someone goes once it is no longer true: "Eve Fakename arrived
during …", said as she was added by the form once the meeting had moved on, stayed over Space
marking her not here (only Space's own words were taken back); and what was said of the
step's items ("… removed from the list. Ctrl+Z puts them back.") stayed over the library
after Esc, where Ctrl+Z puts nothing back (a facilitator's trial). All people invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Participant
from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import enter_text, wait_for
from tests.functional.test_put_back import open_on, said

ARRIVED = "Eve Fakename arrived during Summary and export: the notes say so."


async def test_an_arrival_said_goes_once_untrue_and_the_steps_words_leave_with_it(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_on(pilot, "people", [
            Participant(name="Pat Example", role="Health visitor")])
        summary = next(s for s in screen.steps if s.key == "summary")
        screen.edits.tick(summary, 61)  # the meeting has moved on to the summary
        screen.query_one(".person-name").focus()
        await enter_text(pilot, "Eve Fakename\n")
        await wait_for(pilot, lambda: ARRIVED in said(app))

        table = screen.query_one(".people-table", RowTable)
        table.focus()
        table.move_cursor(row=1)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
        await pilot.press("space")
        eve = screen.session.participants[1]
        await wait_for(pilot, lambda: eve.presence == "not here")
        assert ARRIVED not in said(app)  # (it stayed, its 8 seconds)

        await pilot.press("delete", "y")
        await wait_for(pilot, lambda: any("removed from the list" in m for m in said(app)))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert not any("removed from the list" in m for m in said(app))
