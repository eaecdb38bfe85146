"""A due date typed into the box before Due (Who else, or a team's Owner) is said in view as
the action is added: "end of January" went into Who else, Tab having gone there rather than
to Due, and the action was kept with someone called "end of January" involved and no due
date, nothing said (a trial at 60x20). All names here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from tests.functional.helpers import fill_boxes, wait_for
from tests.functional.test_action_gaps_said import in_view, on_actions


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_date_in_who_else_is_said(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await on_actions(pilot, mode="individual")
        await fill_boxes(pilot, "Build an invented chronology", "end of January")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)  # kept as typed
        assert screen.session.actions[0].owner == "end of January"
        await wait_for(pilot, lambda: in_view(
            app, "“end of January” in Who else and no due date: if that is when it is due"),
            timeout=5)
