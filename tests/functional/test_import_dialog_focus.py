"""The import dialog itself takes the focus (Tab after Cancel): its keys are the only ones
that scroll the preview. Nothing showed where the focus was, and letters typed there vanished
(a trial); now its border changes colour and its title gives the keys, and a letter is said
not typed. At 80x24 and 60x20."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.widgets.scroll_dialog import SCROLL_KEYS
from tests.functional.helpers import import_dialog, said, wait_for


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_dialog_with_the_focus_shows_it_and_says_a_letter_is_not_typed(
        fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await import_dialog(pilot)
        body = dialog.query_one("#import-dialog", VerticalScroll)
        await wait_for(pilot, lambda: app.focused is not None
                       and app.focused.id == "import-path")
        unfocused = body.styles.border_top
        assert not body.border_title
        cancel = dialog.query_one("#import-cancel", Button)
        for _ in range(10):  # on to Cancel, then one more
            if app.focused is cancel:
                break
            await pilot.press("tab")
        assert app.focused is cancel
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is body)
        await wait_for(pilot, lambda: body.styles.border_top != unfocused)
        assert body.border_title == SCROLL_KEYS
        await pilot.press("x")
        await wait_for(pilot, lambda: any("“x…” was not typed: the dialog itself has the focus"
                                          f" ({SCROLL_KEYS} it)" in m for m in said(app)))
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is not body)
        assert app.focused is not None and app.focused.id == "import-path"
        assert not body.border_title and body.styles.border_top == unfocused
