"""A focus moved from one box to the next restyles those two, not the step around them.

Textual restyles all that the outermost widget holding the focus with a `:focus-within` rule
holds, whenever the focus moves in it. A rule counts for every widget of the type its last
part names, whatever comes before: `MeetingLength > Horizontal:focus-within` (the new-session
form's own-length row) made every Horizontal one, the session's `#walk` among them, and each
Tab, click or PgDn in a session restyled the whole step (53 widgets, a sixth of the focus
changes' styling in the stop-60 profile); `#export-dialog RadioSet:focus-within` made every
Input, Button and list in the same rules one too, each restyled twice a focus. A RadioSet
takes the focus itself (never its buttons), so `:focus` says the same there; the own-length
row is named by a class of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import Input, RadioSet

from reflect.ui.app import make_app
from tests.functional.helpers import (
    go_forward_to,
    new_session_form,
    open_for_editing,
    wait_for,
    widgets_styled,
)


async def test_a_tab_in_a_step_restyles_the_two_boxes_not_the_step(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)  # (its meeting length's styles read, as a user's)
        form.query_one("#mode-individual").value = True
        await pilot.pause()
        form.query_one("#title", Input).value = "Invented reflection"
        await pilot.press("ctrl+s")
        screen = await open_for_editing(pilot)
        await go_forward_to(pilot, screen, "question")
        box = screen.query_one(f"#so_what-{screen.index}")
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        styled = widgets_styled(monkeypatch)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is not box)
        after = app.focused
        monkeypatch.undo()
        assert after is not None
        allowed = {*box.walk_children(with_self=True), *after.walk_children(with_self=True)}
        # (the start screen's lists under the session count not: read again as the form
        # closed, they are filled whenever that read ends, in a loaded CI run during the Tab)
        restyled = {node for node in styled if isinstance(node, Widget) and node.screen is screen}
        assert restyled <= allowed, sorted(str(widget) for widget in restyled - allowed)


async def test_the_choice_lists_and_the_own_length_row_still_show_the_focus(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Each with its thick bar at its left, as before."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)
        lengths = form.query_one("#length", RadioSet)
        own = form.query_one("#own-minutes", Input)
        row = own.parent
        assert isinstance(row, Widget)
        lengths.focus()
        await wait_for(pilot, lambda: app.focused is lengths)
        assert lengths.styles.border_left[0] == "thick"
        assert row.styles.border_left[0] != "thick"
        own.focus()
        await wait_for(pilot, lambda: app.focused is own)
        assert row.styles.border_left[0] == "thick"
        assert lengths.styles.border_left[0] != "thick"
        form.query_one("#title", Input).value = "Invented session"
        await pilot.press("ctrl+s")
        await open_for_editing(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: app.screen.query("#format"))
        formats = app.screen.query_one("#format", RadioSet)
        await wait_for(pilot, lambda: app.focused is formats)
        assert formats.styles.border_left[0] == "thick"
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is not formats)
        assert formats.styles.border_left[0] != "thick"
