"""Ctrl+Z just after a Space on Who is here takes the Space back, with the point it gave and
the arrival it moved, says so, and saves it: a Space pressed by mistake gave Sam the point
kept as typed for them and moved their arrival to its step, and Ctrl+Z said "Nothing removed
to put back" (a team lead's trial). All people and text invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Participant
from reflect.ui.app import make_app
from reflect.ui.screens.putting_back import UNMARKED
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import wait_for
from tests.functional.test_put_back import open_on, said, saved


async def test_ctrl_z_takes_back_a_space_with_the_point_and_the_arrival(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_on(pilot, "people", [
            Participant(name="Pat Example", role="Health visitor"),
            Participant(name="Sam Sample", role="Nursery nurse", attended=False)])
        sam = screen.session.participants[1]
        screen.edits.add_point("zz-first", "Ask about the invented fathers @Sam")  # as typed
        point = screen.session.answer("zz-first").points[0]  # type: ignore[union-attr]
        summary = next(s for s in screen.steps if s.key == "summary")
        screen.edits.tick(summary, 61)  # the meeting has moved on to the summary
        table = screen.query_one(".people-table", RowTable)
        table.focus()
        table.move_cursor(row=1)
        await pilot.press("space")
        await wait_for(pilot, lambda: sam.presence == "here")
        assert (sam.arrived_during, point.by) == ("Question 1", sam.id)
        await wait_for(pilot, lambda: any("arrived during it" in m for m in said(app)))
        await wait_for(pilot, lambda: len(saved(tmp_path).participants) == 2
                       and saved(tmp_path).participants[1].attended)  # (saved so first)

        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: sam.presence == "not here")
        assert (sam.arrived_during, point.by, point.text) == (
            None, "", "Ask about the invented fathers @Sam")
        assert UNMARKED.format("Sam Sample", "not here") in said(app)
        assert not any("arrived during it" in m for m in said(app))  # no longer so
        assert not any(m.startswith("Nothing removed") for m in said(app))
        await wait_for(pilot, lambda: table.cursor_row == 1)

        def kept() -> bool:
            file = saved(tmp_path)
            return len(file.participants) == 2 and not file.participants[1].attended \
                and [p.by for p in file.answers[0].points] == [""]

        await wait_for(pilot, kept)
