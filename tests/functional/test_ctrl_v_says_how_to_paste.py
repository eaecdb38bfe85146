"""Ctrl+V in a box with nothing copied in reflect says how to paste from another program.

Ctrl+V pastes only what was copied inside reflect (Textual's own clipboard). A health visitor
who copied a paragraph from a PDF and pressed Ctrl+V, as anywhere else, saw nothing happen and
nothing said (a fresh-eyes trial): her terminal pastes with Ctrl+Shift+V."""

from __future__ import annotations

from textual.widgets import TextArea

from reflect.ui.app import make_app
from reflect.ui.notices import paste_reminder
from tests.functional.helpers import go_forward_to, said, start_new, wait_for


async def test_ctrl_v_with_nothing_copied_says_how_and_pastes_what_was(
        fictional_dir, sessions_dir) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await start_new(pilot, mode="individual", title="Invented reflection")
        await go_forward_to(pilot, screen, "question")
        await wait_for(pilot, lambda: isinstance(app.focused, TextArea))
        box = app.focused
        assert isinstance(box, TextArea)
        await pilot.press("ctrl+v")
        await wait_for(pilot, lambda: paste_reminder()[1] in said(app))
        assert box.text == ""
        # Copied in reflect (Ctrl+C on text selected): Ctrl+V pastes it, and says nothing.
        app.copy_to_clipboard("Invented words copied in reflect")
        app.clear_notifications()
        await pilot.press("ctrl+v")
        await wait_for(pilot, lambda: box.text == "Invented words copied in reflect")
        assert paste_reminder()[1] not in said(app)
