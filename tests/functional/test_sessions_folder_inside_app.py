"""The start screen says, once, that session files in a folder inside the sessions folder
(`Team Red/`) are not listed, in the words the report uses for them: the report named the
folder, the saved sessions said nothing (a learning lead's trial). Read as the lists are, in
the background (store/index.py). All invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.review import Review
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_bad_files import _tab_to_problems, on_view
from tests.unit.test_report_folder_inside import _folder
from tests.unit.test_sessions_folder_inside import said


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_start_screen_says_the_folder_inside(review: Review, fictional_dir: Path,
                                                       tmp_path: Path, size) -> None:
    folder = _folder(review, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None
                       and app.screen.query_one("#sessions", OptionList).option_count == 1)
        await wait_for(pilot, lambda: "⚠ 1 folder of sessions not listed: Tab" in on_view(app))
        await _tab_to_problems(pilot, app)
        text = " ".join(app.screen.query_one("#problems").said.split())
        assert text.count("a folder inside the sessions folder") == 1  # once
        assert f"Saved sessions not listed: ⚠ {said(folder)}" in text
        assert "sessions/Team Red" in on_view(app)  # in view once Tabbed to


async def test_an_empty_list_says_its_sessions_are_in_a_folder_inside(
        review: Review, fictional_dir: Path, tmp_path: Path) -> None:
    folder = _folder(review, tmp_path)
    next(folder.glob("*.toml")).unlink()  # Team Blue's: only Team Red's, inside, are left
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await wait_for(pilot, lambda: "1 folder of sessions not listed" in on_view(app))
        view = " ".join(on_view(app).split())
        assert "No saved sessions yet" not in view
        assert "No saved sessions listed:" in view  # (the rest on the lines below)
