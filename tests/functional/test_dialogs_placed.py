"""Dialogs open in the middle of the screen, not over the title bar at its top left."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.prompt import PromptScreen
from tests.functional.helpers import wait_for


@pytest.mark.parametrize("dialog", [
    lambda: PromptScreen("New title for this invented session:", "Invented huddle", "Rename"),
    lambda: ConfirmScreen("Delete the invented session?"),
])
async def test_a_dialog_is_in_the_middle(fictional_dir: Path, sessions_dir: Path,
                                         tmp_path: Path, dialog) -> None:  # type: ignore[no-untyped-def]
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        shown = dialog()
        app.push_screen(shown)
        await wait_for(pilot, lambda: app.screen is shown)
        await pilot.pause()
        box = shown.query_one(".dialog").region
        left, right = box.x, 120 - box.right
        above = box.y
        assert abs(left - right) <= 1 and left > 0, box
        assert above > 1, box  # clear of the title bar
