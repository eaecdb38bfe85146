"""The "could not save" dialog's box shows where the copy goes from its start: at 60 columns
(the dialog is as wide at 80x24) it showed the end of the path offered in the home folder,
`py-20261206-child-ac-…-194628.toml`, the folder scrolled off (a trial). Its path is still
selected whole, so a path typed replaces it. Every name and path is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.save_failed import SaveFailedScreen
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_save_fails import saved as saved  # (a fixture)
from tests.functional.test_save_fails import typed_as_the_folder_breaks

pytestmark = pytest.mark.usefixtures("saved")


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_copys_box_shows_the_folder_it_goes_to(
        content_dir: Path, sessions_dir: Path, home: Path, size: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=size) as pilot:
            await typed_as_the_folder_breaks(pilot, monkeypatch, sessions_dir,
                                             "typed as the folder broke")
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            box = app.screen.query_one("#copy-path", Input)
            offered = box.value
            assert offered.startswith(f"{home}/reflect-copy-"), offered
            await wait_for(pilot, lambda: app.focused is box and box.region.width > 0
                           and app.screen.region.contains_region(box.content_region))
            room = box.content_region.width
            assert cell_len(offered) > room  # (the case of the trial: wider than the box)
            row = screen_lines(app)[box.content_region.y]
            start = box.content_region.x
            assert row[start:start + room].strip() == offered[:room].strip(), row
            await pilot.press("x")  # selected whole: what is typed replaces it
            await wait_for(pilot, lambda: box.value == "x")
    finally:
        sessions_dir.chmod(0o700)
