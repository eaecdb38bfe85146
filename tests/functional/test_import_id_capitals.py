"""The import dialog's *Review id* box takes an id typed in capitals, as `reflect import --id
CHILD-Q` does (`text.review_id`), and shows it in small letters once taken. The box refused
`CHILD-QZ` ('write "child-qz", not ...') while the command took it (a trial)."""

from __future__ import annotations

import tomllib

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from tests.functional.helpers import enter_text, move_block, open_and_preview, save_import, wait_for
from tests.functional.test_import_discard import KEPT, SIZES, preview_said, question, said
from tests.functional.test_import_discard import source as invented_source

source = invented_source  # the fixture: the invented briefing, written to a file


@pytest.mark.parametrize("size", SIZES)
async def test_an_id_in_capitals_and_enter_is_taken_in_small_letters(fictional_dir, sessions_dir,
                                                                     source, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        box = dialog.query_one("#import-id", Input)
        box.focus()
        await enter_text(pilot, "CHILD-QZ-TWO\n")
        target = fictional_dir / "child-qz-two.toml"
        await wait_for(pilot, lambda: str(target) in preview_said(dialog))
        assert box.value == "child-qz-two"  # shown as it is taken
        assert not any(m.startswith("Review id:") for m in said(app))
        assert KEPT in preview_said(dialog)  # read again under it, the Move kept
        await save_import(pilot, dialog)
    assert tomllib.loads(target.read_text(encoding="utf-8"))["id"] == "child-qz-two"


async def test_an_id_in_capitals_saved_without_enter_is_saved_in_small_letters(
        fictional_dir, sessions_dir, source):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-id", Input).value = "Child-QZ-Three"
        await save_import(pilot, dialog)
        assert not isinstance(app.screen, ConfirmScreen), question(app)
    target = fictional_dir / "child-qz-three.toml"
    assert tomllib.loads(target.read_text(encoding="utf-8"))["id"] == "child-qz-three"


async def test_the_same_id_in_capitals_after_a_preview_is_no_change(fictional_dir, sessions_dir,
                                                                   source):
    """Typed again in capitals, the id the preview was read under is nothing to discard: Esc
    closes the dialog at once."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        box = dialog.query_one("#import-id", Input)
        box.focus()
        await pilot.press(*"child-qz-four", "enter")
        await wait_for(pilot, lambda: "child-qz-four.toml" in preview_said(dialog))
        box.value = "CHILD-QZ-FOUR"
        assert dialog.changes() == []
