"""The "could not save" dialog fits the screen, its buttons whole and reachable: at 60x20,
with a copy's problem said on three lines, it filled the screen and its border cut the
buttons' lower edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.screens.save_failed import SaveFailedScreen
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_save_failed_uncovered import SIZES, failed_on_the_way_out
from tests.functional.test_save_fails import saved as saved  # (a fixture)

THREE_LINES = "invented-file/an-invented-copy-of-a-session.toml"
"""A copy's place that cannot be written (under a file), said on three lines at 60 columns."""

pytestmark = pytest.mark.usefixtures("home", "saved")  # (copies go to a temp home folder)


@pytest.mark.parametrize("size", SIZES)
async def test_every_button_is_whole_with_a_three_line_problem(
        content_dir: Path, sessions_dir: Path, size: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=size, notifications=True) as pilot:
            dialog = await failed_on_the_way_out(pilot, sessions_dir, monkeypatch)
            # said again of a path as long wherever the test runs: three lines, as in the trial
            monkeypatch.chdir(sessions_dir.parent)
            dialog.query_one("#copy-path").value = THREE_LINES  # type: ignore[attr-defined]
            await pilot.press("enter")
            problem = dialog.query_one("#copy-problem")
            await wait_for(pilot, lambda: THREE_LINES in str(problem.render()))
            await pilot.pause()
            assert problem.region.height == 3
            inside = dialog.query_one(".dialog").content_region  # within its border
            assert inside.contains_region(problem.region)
            buttons = list(dialog.query(Button))
            for button in buttons:
                assert inside.contains_region(button.region), button.id
            drawn = "\n".join(screen_lines(app))
            for label in ("Save a copy", "Try again", "Stay (Esc)"):
                assert label in drawn
            focused = []
            for _ in buttons:  # Tab goes from the box to each button in turn
                await pilot.press("tab")
                focused.append(app.focused)
            assert focused == buttons
            await pilot.click("#stay")
            await wait_for(pilot, lambda: not isinstance(app.screen, SaveFailedScreen))
    finally:
        sessions_dir.chmod(0o700)
