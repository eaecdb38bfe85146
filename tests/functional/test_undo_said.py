"""Ctrl+Z in an answer box undoes typing there: it says so, and how Ctrl+Y puts it back.

A hurried user pressed Ctrl+Z to put reflect aside, as in a shell; the box's own undo took
their last words away without a word (a trial)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from reflect.ui.app import make_app
from reflect.ui.widgets.answer_editor import UNDONE
from tests.functional.helpers import said, type_text, wait_for
from tests.functional.test_put_back import open_on, saved


async def test_ctrl_z_in_an_answer_box_says_what_it_took_and_how_to_have_it_back(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_on(pilot, "q:zz-first")
        box = screen.query_one(f"#answer-{screen.index}", TextArea)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await type_text(pilot, "Pat Example rang back")
        await wait_for(pilot, lambda: saved(tmp_path).answers[0].text == "Pat Example rang back")
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: box.text != "Pat Example rang back")
        await wait_for(pilot, lambda: UNDONE in said(app))

        await pilot.press("ctrl+y")  # as the message says: the words are back, and saved
        await wait_for(pilot, lambda: box.text == "Pat Example rang back")
        await wait_for(pilot, lambda: saved(tmp_path).answers[0].text == "Pat Example rang back")


async def test_ctrl_z_with_nothing_to_undo_says_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_on(pilot, "q:zz-first")
        box = screen.query_one(f"#answer-{screen.index}", TextArea)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert UNDONE not in said(app)
