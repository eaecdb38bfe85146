"""A save that failed is said on the status line under the session at every size: the line
began with the file's whole path and was cut before "could not save" at 60 and at 80
columns, so the session looked as if it were saving (a trial, its folder made read-only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import wait_for
from tests.functional.test_save_fails import saved as saved  # (a fixture)
from tests.functional.test_save_fails import typed_as_the_folder_breaks

pytestmark = pytest.mark.usefixtures("home", "saved")  # (copies go to a temp home folder)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_status_line_says_the_save_failed(
        content_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch,
        size: tuple[int, int]) -> None:
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=size) as pilot:
            screen = await typed_as_the_folder_breaks(pilot, monkeypatch, sessions_dir,
                                                      "typed as the folder broke")
            status = screen.query_one("#status", Literal)

            def shown() -> str:
                return str(status.render())

            await wait_for(pilot, lambda: "could not save" in shown())
            assert "could not save: Permission denied" in shown()
            assert len(shown()) + 2 <= size[0]
    finally:
        sessions_dir.chmod(0o700)
