"""The import preview of a briefing whose heading runs over 80 characters: the *Title* box
holds the title cut after a word, with "…", the note says so and names the box, and a title
typed there is saved. A learning lead's fresh-eyes trial found the title cut inside a word,
with nothing said. All invented: "Northvale"."""

from __future__ import annotations

import tomllib

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, open_and_preview, save_import, wait_for
from tests.functional.test_import_discard import SIZES, preview_said

HEADING = ("Neglect at home and the many agencies around a family who moved house many times, "
           "and what each of them knew about the invented children in Northvale")
TYPED = "Neglect at home in Northvale"


@pytest.mark.parametrize("size", SIZES)
async def test_a_title_cut_short_is_said_and_one_typed_is_saved(
        fictional_dir, sessions_dir, tmp_path, size):
    source = tmp_path / "neglect-at-home.md"
    source.write_text(f"# {HEADING}\n\nNorthvale Example Safeguarding Children Partnership · "
                      "Rapid Review\n\n## Background\n\nAn invented family.\n\n"
                      "## Questions for reflection\n\n1. What would you do?\n", encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Neglect at home")
        box = dialog.query_one("#import-title", Input)
        assert box.value.endswith("…") and HEADING.startswith(box.value.removesuffix("…"))
        assert (f"is cut short (it runs to {len(HEADING)} characters, over 80): shorten it in "
                "the Title box above, or type another") in preview_said(dialog)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        box.value = ""
        await enter_text(pilot, TYPED)
        await wait_for(pilot, lambda: "the one typed in the Title box above is saved"
                       in preview_said(dialog))  # the note follows the box
        await save_import(pilot, dialog)
    saved = tomllib.loads((fictional_dir / "neglect-at-home.toml").read_text(encoding="utf-8"))
    assert saved["title"] == TYPED
