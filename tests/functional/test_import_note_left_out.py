"""The import preview's first note says what is true once every block not placed is left out:
it still said "the lines not placed may hold them (move them there)" with none left (a docs
helper's trial). At 80x24 and 60x20; all invented."""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from tests.functional.helpers import move_block, open_and_preview
from tests.unit.test_import_not_found import ALL_FOUR, WITH_A_BLOCK


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_first_note_after_every_block_is_left_out(fictional_dir, sessions_dir,
                                                            tmp_path, size):
    source = tmp_path / "child-zr.md"
    source.write_text(WITH_A_BLOCK, encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed: 2 lines in 1 block")
        said = await move_block(pilot, dialog, 0, "leave_out", "Left out 2 lines")
    assert "may hold them" not in said
    assert (f"Note: not found in the briefing: {ALL_FOUR}: check in the briefing that it has "
            "none") in said
    assert "Every line of the briefing was placed but the 2 lines left out" in said
