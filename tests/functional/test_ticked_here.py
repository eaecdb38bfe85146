"""Following the point box's advice credits the point (a fresh-eyes trial): Robin Madeup
marked not here, a point ending "@Robin" is kept as typed, and the message says to tick them
on Who is here; ticked, the point stayed "… training too @Robin", said by no one, and the
export's check called "Robin" a likely name to redact. All names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.export.identifiers import find_identifiers
from reflect.model.session import Participant
from reflect.ui.app import make_app
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import open_at_first_question, press_in_order, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_ticking_someone_here_gives_them_the_points_kept_for_them(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        session = await open_at_first_question(pilot, [
            Participant(name="Sam Sample", role="Class teacher", attended=True),
            Participant(name="Robin Madeup", role="School business manager",
                        attended=False)], review_text=FICTIONAL_REVIEW,
            facilitator="Jo Invented")
        screen = app.screen
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await press_in_order(app, [*"We rarely hear back from the GP @Sam", "enter"])
        await press_in_order(app, [*"Office staff need the training too @Robin", "enter"])
        await wait_for(pilot, lambda: len(points) == 2)
        sam, robin = session.participants
        assert [(p.text, p.by) for p in points] == [
            ("We rarely hear back from the GP", sam.id),
            ("Office staff need the training too @Robin", "")]
        await wait_for(pilot, lambda: any(
            "marked not here, so point 2 is kept as typed. Tick them on Who is here and it is "
            "theirs, or choose who said it" in n.message for n in app._notifications))
        assert [f.text for f in find_identifiers(session)] == []  # Robin Madeup is listed

        await press_in_order(app, ["ctrl+g", "home", "enter"])  # to Who is here
        await wait_for(pilot, lambda: screen.index == 0 and screen.query(".people-table"))
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 2)
        table.focus()
        table.move_cursor(row=1)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
        await press_in_order(app, ["space"])
        await wait_for(pilot, lambda: robin.attended)
        assert [(p.text, p.by) for p in points] == [
            ("We rarely hear back from the GP", sam.id),
            ("Office staff need the training too", robin.id)]
        await wait_for(pilot, lambda: any(
            n.message == "Robin Madeup is here now, so point 2 on Question 1 is said by them, "
            "its “@…” taken off." for n in app._notifications))
        await press_in_order(app, ["space"])  # marked away again: they have said a point
        await wait_for(pilot, lambda: robin.presence == "left early")
        assert points[1].by == robin.id
