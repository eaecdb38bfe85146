"""Enter or Preview after a Move in the import preview: a new review id and Enter (what the
preview suggests when the id is taken) parses the briefing again under it, the Moves kept;
reading the file again (Preview, or another file) asks first, as Esc does. Enter in either
box, or Preview, read the file again and dropped the Moves without a word (a trial)."""

from __future__ import annotations

import tomllib

import pytest
from textual.widgets import Button, Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from tests.functional.helpers import enter_text, move_block, open_and_preview, save_import, wait_for
from tests.functional.test_import_discard import (
    INVENTED,
    KEPT,
    SIZES,
    buttons_in_view,
    preview_said,
    question,
    said,
)
from tests.functional.test_import_discard import source as invented_source

ASKED = ("Discard your Moves (3 lines to Key learning)? Nothing of this briefing is in the "
         "library until it is saved.")


source = invented_source  # the fixture: the invented briefing, written to a file


@pytest.mark.parametrize("size", SIZES)
async def test_a_new_review_id_and_enter_keeps_the_moves(fictional_dir, sessions_dir, source,
                                                         size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        box = dialog.query_one("#import-id", Input)
        box.focus()
        await enter_text(pilot, "child-qz-two\n")
        target = fictional_dir / "child-qz-two.toml"
        await wait_for(pilot, lambda: str(target) in preview_said(dialog))
        assert not isinstance(app.screen, ConfirmScreen)  # nothing lost: nothing asked
        assert KEPT in preview_said(dialog)
        assert "Every line of the briefing was placed." in preview_said(dialog)
        assert said(app).count(f"{KEPT}; every line is now placed.") == 1  # not told twice
        await save_import(pilot, dialog)
    saved = tomllib.loads(target.read_text(encoding="utf-8"))
    assert saved["id"] == "child-qz-two"
    assert "unplaced" not in target.read_text(encoding="utf-8").lower()
    learning = " ".join(str(point) for point in saved["learning"])
    assert "invented school saw a pattern" in learning


async def test_an_id_that_is_not_one_is_said_and_the_moves_stay(fictional_dir, sessions_dir,
                                                                source):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-id", Input).focus()
        await pilot.press(*"Child QZ", "enter")
        await wait_for(pilot, lambda: any(m.startswith("Review id:") for m in said(app)))
        assert KEPT in preview_said(dialog)
        assert not dialog.query_one("#import-save", Button).disabled


@pytest.mark.parametrize("size", SIZES)
async def test_preview_pressed_after_a_move_asks_before_reading_the_file_again(
        fictional_dir, sessions_dir, source, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-preview-button", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == ASKED  # Esc's question, word for word
        assert buttons_in_view(app)
        await pilot.press("n")  # back to the preview, the Move kept
        await wait_for(pilot, lambda: app.screen is dialog)
        assert KEPT in preview_said(dialog)
        dialog.query_one("#import-preview-button", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")  # discarded: the file read again, as it is
        await wait_for(pilot, lambda: app.screen is dialog and "Not placed" in preview_said(dialog))
        assert "Moved" not in preview_said(dialog)
        await pilot.press("escape")  # nothing changed now: closes at once
        await wait_for(pilot, lambda: app.screen is not dialog)
        assert not isinstance(app.screen, ConfirmScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_another_file_and_enter_after_a_move_asks_first(fictional_dir, sessions_dir,
                                                              source, size):
    other = source.with_name("child-qy-invented.md")
    other.write_text(INVENTED.replace("QZ", "QY"), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-type", Input).value = "Invented thematic review"
        path = dialog.query_one("#import-path", Input)
        path.value = str(other)
        path.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == ("Discard your Moves (3 lines to Key learning) and the Review "
                                 "type you typed? Nothing of this briefing is in the library "
                                 "until it is saved.")
        assert buttons_in_view(app)
        await pilot.press("escape")  # back: the first file's preview, as it was
        await wait_for(pilot, lambda: app.screen is dialog)
        assert "Child QZ" in preview_said(dialog) and KEPT in preview_said(dialog)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.screen is dialog and "Child QY" in preview_said(dialog))
        assert "Moved" not in preview_said(dialog)
