"""A gap a learning lead's trial left in the import dialog (`i`), at 80x24 and 60x20:
a file already imported under an id typed (`my-id`) said "Already in the library as review
my-id" under a *Review id* box whose grey text gave the id the briefing would take
(`child-zy (left empty: from the title)`): it names the review the file already is.

All data invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from tests.functional.helpers import (
    open_and_preview,
    save_import,
    screen_lines,
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
