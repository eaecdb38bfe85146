"""The Reports screen's Team filter takes a team's name typed a little differently, as
`reflect report --team` does, and says which team it took: on the box and in a note, never
unsaid. Every team here is invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, wait_for
from tests.functional.test_reports_screen import _report_text, _screen_lines, open_reports
from tests.unit.test_report_team_spelt_alike import _held


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_team_spelt_alike_is_taken_and_said_on_the_screen(fictional_dir, sessions_dir,
                                                                   size):
    _held(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        await open_reports(pilot, sessions_held=7)
        box = app.screen.query_one("#report-team", Input)
        box.focus()
        await enter_text(pilot, "Moorvale Children Tean")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 2 " in _report_text(app))
        said = ("Team: Taking “Moorvale Children's Team” (spelt alike): no team is named "
                "“Moorvale Children Tean”.")
        await wait_for(pilot, lambda: any(n.message == said for n in app._notifications))
        first = ("covering team \"Moorvale Children's Team\" (typed “Moorvale Children "
                 "Tean”: spelt alike).")
        assert first in " ".join(_report_text(app).split())
        await pilot.pause()
        assert first in " ".join(" ".join(_screen_lines(app)).split())  # in sight, whole


async def test_several_named_like_it_are_refused_naming_them(fictional_dir, sessions_dir):
    _held(fictional_dir, sessions_dir, ("Moorvale Children's Team", "Moorvale Children's Tean"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=2)
        app.screen.query_one("#report-team", Input).focus()
        await enter_text(pilot, "Moorvale Children Team")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "2 teams are named like it" in _report_text(app))
        assert "Type the name of the one you mean" in " ".join(_report_text(app).split())
