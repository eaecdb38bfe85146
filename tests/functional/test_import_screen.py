"""Importing a briefing from the app: preview with unplaced lines, then save into the library."""

from __future__ import annotations

from textual.widgets import Button, Input, OptionList

from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ImportScreen
from tests.functional.helpers import shown, wait_for
from tests.unit.test_cli import BRIEFING


async def test_import_preview_then_save(fictional_dir, sessions_dir, tmp_path):
    source = tmp_path / "brief.txt"
    source.write_text(BRIEFING)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportScreen))
        dialog = app.screen
        dialog.query_one("#import-path", Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        assert "Cannot read" in shown(dialog.query_one("#import-preview"))
        assert dialog.query_one("#import-save", Button).disabled
        dialog.query_one("#import-path", Input).value = str(source)
        await pilot.press("enter")
        preview = shown(dialog.query_one("#import-preview"))
        assert "Child V" in preview and "questions 2" in preview
        assert "line 1: Learning Brief: Child V" in preview
        dialog.query_one("#import-save", Button).press()
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 2)
    assert (fictional_dir / "child-v.toml").exists()
