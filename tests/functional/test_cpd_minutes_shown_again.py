"""The time to log for CPD, a figure that is not a time left in its box: coming back to the step
of what I will do differently, the line under the box says so again. A fresh-eyes trial at
60x20 typed "lots", went on (PgDn) and came back: the box still held "lots" while the line
under it said "leave the box empty to log that", as if it were empty. All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.widgets.cpd_minutes import MinutesBox
from reflect.ui.widgets.literal import Literal
from tests.cpd_folder import reflection_at_differently
from tests.functional.helpers import open_saved_session, shown, typed_in_minutes, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_figure_not_a_time_is_said_again_on_coming_back_to_the_step(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size) -> None:
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        await typed_in_minutes(pilot, screen, "lots")
        line = screen.query_one("#cpd-measured", Literal)
        await wait_for(pilot, lambda: "“lots” is not a time" in shown(line))
        step = screen.index
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.index == step + 1)
        await pilot.press("pageup")
        await wait_for(pilot, lambda: screen.index == step)
        box = screen.query_one("#cpd-minutes", MinutesBox)
        assert box.value == "lots"
        line = screen.query_one("#cpd-measured", Literal)
        await wait_for(pilot, lambda: "“lots” is not a time" in shown(line))
        said = shown(line)
        assert "Logged meanwhile: the time measured, as before." in said
        assert "leave the box empty" not in said
        assert screen.session.minutes_spent is None
        await typed_in_minutes(pilot, screen, "45", rubbed_out=4)
        await wait_for(pilot, lambda: "Logging 45 minutes" in shown(line))
