"""Who is here's title, team and facilitator boxes each show their words whole where the row
has room for them (ui/widgets/details_row.py): at 80x24 the team box showed "Moorvale Primary
Sc" of a school's name (a fresh-eyes trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import screen_lines, start_new, wait_for

CASES = [((80, 24), "Moorvale Primary School", "Sam Sample"),  # side by side
         ((80, 24), "Moorvale Primary School safeguarding", "Chris Sample-Example"),  # a line each
         ((120, 40), "Moorvale Primary School safeguarding", "Chris Sample-Example"),
         ((60, 20), "Moorvale Primary School safeguarding", "Chris Sample-Example")]


@pytest.mark.parametrize(("size", "team", "facilitator"), CASES)
async def test_the_team_and_the_facilitator_show_whole(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int], team: str,
        facilitator: str) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_new(pilot, title="Invented staff meeting", team=team,
                                 facilitator=facilitator, people="Pat Example, teacher, Moorvale")
        boxes = {name: screen.query_one(f".detail-{name}", Input)
                 for name in ("title", "team", "facilitator")}

        def whole() -> bool:
            rows = screen_lines(app)
            return all(box.region and box.value in rows[box.region.y + 1]
                       for name, box in boxes.items()  # (from 120 columns the title may
                       if name != "title" or size[0] < 120)  # give way: the header says it)

        # Once the step has opened on its people table: at 60x20 that scrolled the boxes above
        # the view (the table, the line under it and the name box fill it), as a user scrolls
        # back up to them, the title box has the focus. (Checked before the step had opened,
        # the boxes were seen for a moment and a loaded run missed it.)
        await wait_for(pilot, lambda: isinstance(app.focused, RowTable))
        if size == (60, 20):
            boxes["title"].focus()
            await wait_for(pilot, lambda: app.focused is boxes["title"])
        await wait_for(pilot, whole)
        assert "Invented staff meeting" in screen_lines(app)[0]
        if size == (80, 24):  # side by side where both fit; else a line each (waited for:
            # read at a poll between frames, the row was still being laid out, once in a run)
            await wait_for(pilot, lambda: whole() and (
                boxes["team"].region.y == boxes["facilitator"].region.y)
                == (facilitator == "Sam Sample"))
        # Typed longer, the box makes room as it goes (not only the one being typed in).
        boxes["team"].focus()
        await wait_for(pilot, lambda: app.focused is boxes["team"])
        await pilot.press("end", *" DSLs")
        await wait_for(pilot, lambda: boxes["team"].value.endswith("DSLs"))
        boxes["title"].focus()
        await wait_for(pilot, whole)
