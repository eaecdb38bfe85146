"""The import dialog's Review id box, its grey text, after the Title box is typed over: it
said "child-y (left empty: from the title)" over a title typed that could not give that id
(a learning lead's trial). The id saved stays the one read from the briefing, and the box
says so; the title put back, it says where the id comes from again. All invented."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, open_and_preview, save_import, wait_for
from tests.functional.test_import_discard import SIZES
from tests.functional.test_import_found_boxes import saved
from tests.unit.test_import_read_said import BRIEFING

KEPT = "child-y (left empty: kept, whatever the title)"


@pytest.mark.parametrize("size", SIZES)
async def test_the_id_box_says_the_id_is_kept_once_the_title_is_typed_over(
        fictional_dir, sessions_dir, tmp_path, size: tuple[int, int]) -> None:
    source = tmp_path / "child-y.md"
    source.write_text(BRIEFING, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Child Y")
        hint = dialog.query_one("#import-id", Input)
        assert hint.placeholder == "child-y (left empty: from the title)"
        title = dialog.query_one("#import-title", Input)
        title.focus()
        await wait_for(pilot, lambda: app.focused is title)
        title.value = ""
        await enter_text(pilot, "Invented Moorvale family")
        await wait_for(pilot, lambda: hint.placeholder == KEPT)
        assert len(KEPT) <= hint.content_region.width  # whole in the box
        title.value = "Child Y"  # put back: the id is the title's again
        await wait_for(pilot, lambda: hint.placeholder == "child-y (left empty: from the title)")
        title.value = "Invented Moorvale family"
        await wait_for(pilot, lambda: hint.placeholder == KEPT)
        await save_import(pilot, dialog)
    review = saved(fictional_dir, "child-y")  # the id kept, the title as typed
    assert review["id"] == "child-y" and review["title"] == "Invented Moorvale family"
