"""The "could not save" dialog says "could not save" once, the file's path and the reason
kept: a trial at 60x20 read "Could not save: /path…: could not save: Permission denied".
The reason is on a line of its own: a ":" after the path was folded onto the next line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.save_failed import SaveFailedScreen
from tests.functional.helpers import wait_for
from tests.functional.test_save_fails import saved as saved  # (a fixture)
from tests.functional.test_save_fails import typed_as_the_folder_breaks

pytestmark = pytest.mark.usefixtures("home")  # (copies go to a temp home folder)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_failure_is_said_once(content_dir: Path, sessions_dir: Path, saved: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        size: tuple[int, int]) -> None:
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=size) as pilot:
            await typed_as_the_folder_breaks(pilot, monkeypatch, sessions_dir,
                                             "typed as the invented folder broke")
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            first = str(app.screen.query_one("#save-failed").render()).split("\n\n")[0]
            assert first == f"Could not save {saved}\nPermission denied"
    finally:
        sessions_dir.chmod(0o700)
