"""Two gaps a learning lead's trial left in the import dialog (`i`), at 80x24 and 60x20:

- a file already imported under an id typed (`my-id`) said "Already in the library as review
  my-id" under a *Review id* box whose grey text gave the id the briefing would take
  (`child-zy (left empty: from the title)`): it names the review the file already is;
- with no briefing read (none given yet, or a folder given: "… is a folder, not a briefing's
  file"), the footer offered `^s Save to the library` and Ctrl+S did nothing to be seen: the
  footer offers no Save there and Ctrl+S says why nothing is saved.

All data invented."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Input

from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ImportScreen
from reflect.ui.screens.import_saving import NOTHING_READ, NOTHING_YET
from tests.functional.helpers import (
    import_dialog,
    open_and_preview,
    said,
    save_import,
    screen_lines,
    shown,
    wait_for,
)
from tests.functional.test_import_screen import UNKNOWN_BLOCK

SIZES = [(80, 24), (60, 20)]


def footer(app) -> str:  # type: ignore[no-untyped-def]
    return screen_lines(app)[-1]


@pytest.mark.parametrize("size", SIZES)
async def test_a_file_already_imported_under_an_id_typed_has_that_id_in_the_id_box(
        fictional_dir, sessions_dir, tmp_path, size):
    source = tmp_path / "zy.md"
    source.write_text(UNKNOWN_BLOCK)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        box = dialog.query_one("#import-id", Input)
        assert box.placeholder == "child-zy (left empty: from the title)"  # (new: its own)
        box.value = "my-id"
        await save_import(pilot, dialog)
        await wait_for(pilot, lambda: (fictional_dir / "my-id.toml").is_file())
        dialog = await open_and_preview(pilot, source, "Already in the library as review my-id")
        box = dialog.query_one("#import-id", Input)
        await wait_for(pilot, lambda: box.placeholder == "my-id (already in the library)")
        assert "child-zy" not in box.placeholder
        assert any("my-id (already in the library)" in line for line in screen_lines(app))


@pytest.mark.parametrize("size", SIZES)
async def test_no_briefing_read_offers_no_save_and_ctrl_s_says_why(
        fictional_dir, sessions_dir, tmp_path, size):
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "zy.md").write_text(UNKNOWN_BLOCK)
    library = sorted(fictional_dir.iterdir())
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await import_dialog(pilot)
        await wait_for(pilot, lambda: "esc Cancel" in footer(app))
        assert "Save" not in footer(app)  # nothing given yet
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: NOTHING_YET in said(app))
        dialog.query_one("#import-path", Input).value = str(folder)
        await pilot.press("enter")
        preview = dialog.query_one("#import-preview")
        await wait_for(pilot, lambda: "is a folder, not a briefing's file" in shown(preview))
        assert NOTHING_YET not in said(app)  # (said of no file given: not over the folder's)
        assert "Save" not in footer(app)
        assert dialog.query_one("#import-save", Button).disabled
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: NOTHING_READ in said(app))
        assert isinstance(app.screen, ImportScreen)
        assert sorted(fictional_dir.iterdir()) == library
        # a briefing given: Save offered again, and the message of the folder gone
        dialog.query_one("#import-path", Input).value = str(folder / "zy.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "^s Save to the library" in footer(app))
        assert NOTHING_READ not in said(app)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportScreen))
    assert (fictional_dir / "child-zy.toml").is_file()
