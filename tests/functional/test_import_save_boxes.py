"""Save in the import preview saves what its boxes say: a review id typed since the preview,
without Enter, is read again under that id (the Moves kept) and saved under it; a briefing
file typed since the preview is said, and nothing is saved. Ctrl+S saved under the id last
previewed, the box showing another (a trial)."""

from __future__ import annotations

import tomllib

import pytest
from textual.widgets import Button, Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import enter_text, move_block, open_and_preview, shown, wait_for
from tests.functional.test_import_discard import INVENTED, KEPT, SIZES, preview_said, said
from tests.functional.test_import_discard import source as invented_source

source = invented_source  # the fixture: the invented briefing, written to a file


@pytest.mark.parametrize("size", SIZES)
async def test_ctrl_s_after_a_new_id_typed_saves_under_it_with_the_moves(
        fictional_dir, sessions_dir, source, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        assert f"Will be saved as {fictional_dir / 'child-qz.toml'}" in preview_said(dialog)
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-id", Input).focus()
        await enter_text(pilot, "child-qz-two")
        await pilot.press("ctrl+s")  # no Enter
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    assert not (fictional_dir / "child-qz.toml").exists()
    target = fictional_dir / "child-qz-two.toml"
    saved = tomllib.loads(target.read_text(encoding="utf-8"))
    assert saved["id"] == "child-qz-two"
    assert "invented school saw a pattern" in " ".join(str(p) for p in saved["learning"])


@pytest.mark.parametrize("size", SIZES)
async def test_save_after_the_id_is_emptied_takes_it_from_the_title(fictional_dir, sessions_dir,
                                                                     source, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        box = dialog.query_one("#import-id", Input)
        box.value = "child-qz-first"
        box.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: "child-qz-first.toml" in preview_said(dialog))
        assert KEPT in preview_said(dialog)
        box.value = ""
        dialog.query_one("#import-save", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    assert not (fictional_dir / "child-qz-first.toml").exists()
    assert (fictional_dir / "child-qz.toml").exists()


@pytest.mark.parametrize("size", SIZES)
async def test_save_after_another_file_is_typed_says_so_and_saves_nothing(
        fictional_dir, sessions_dir, source, size):
    other = source.with_name("child-qy-invented.md")
    other.write_text(INVENTED.replace("QZ", "QY"), encoding="utf-8")
    before = sorted(p.name for p in fictional_dir.iterdir())
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        path = dialog.query_one("#import-path", Input)
        path.value = str(other)
        path.focus()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any(m.startswith("Nothing saved") for m in said(app)))
        message = next(m for m in said(app) if m.startswith("Nothing saved"))
        assert str(source) in message and "Briefing file box" in message
        assert app.screen is dialog and KEPT in preview_said(dialog)
        path.value = f"'{source}'"  # its own path back (quoted, as a terminal drops it)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    assert sorted(p.name for p in fictional_dir.iterdir()) == sorted([*before, "child-qz.toml"])


async def test_save_after_an_id_that_is_not_one_says_it_and_saves_nothing(
        fictional_dir, sessions_dir, source):
    before = sorted(p.name for p in fictional_dir.iterdir())
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-id", Input).focus()
        await pilot.press(*"Child QZ", "ctrl+s")
        await wait_for(pilot, lambda: any(m.startswith("Review id:") for m in said(app)))
        assert any(m.endswith("Nothing saved.") for m in said(app) if m.startswith("Review id:"))
        assert app.screen is dialog and KEPT in preview_said(dialog)
        assert f"Will be saved as {fictional_dir / 'child-qz.toml'}" in preview_said(dialog)
    assert sorted(p.name for p in fictional_dir.iterdir()) == before


async def test_save_under_a_new_id_taken_asks_about_that_one(fictional_dir, sessions_dir,
                                                             source):
    taken = source.with_name("child-qx-invented.md")
    taken.write_text(INVENTED.replace("QZ", "QX"), encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_and_preview(pilot, taken, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-save", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-id", Input).value = "child-qx"
        dialog.query_one("#import-save", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        # the preview, shown again under it, says what the question asks
        assert "The library already has review child-qx" in preview_said(dialog)
        question = " ".join(" ".join(shown(t) for t in app.screen.query("Literal")).split())
        assert "Replace it with this briefing?" in question and "child-qx-2" in question
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is dialog)
    assert "QX" in (fictional_dir / "child-qx.toml").read_text(encoding="utf-8")


async def test_save_after_another_file_is_typed_on_a_file_already_imported(
        fictional_dir, sessions_dir, source):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        dialog = await open_and_preview(pilot, source, "Not placed")
        await move_block(pilot, dialog, 0, "learning", "Every line")
        dialog.query_one("#import-save", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        dialog = await open_and_preview(pilot, source, "Already in the library")
        dialog.query_one("#import-path", Input).value = str(source.with_name("child-qw.md"))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any(m.startswith("Nothing saved") for m in said(app)))
        message = next(m for m in said(app) if m.startswith("Nothing saved"))
        assert "Press Enter there to preview it." in message  # not: put it back to save it
        assert app.screen is dialog
