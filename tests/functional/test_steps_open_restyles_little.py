"""Ctrl+G's step list, shown and hidden under 80 columns, restyles the two lines it changes.

Its focus and blur put `-steps-open` on the whole screen, and Textual styled every widget of
the step again each time (some 65 ms each, a user's Ctrl+G and Esc: profiled at stop 60), for
a class that matters only under 80 columns. It is now on the steps pane and the title's
"Ctrl+G: steps" alone (app.tcss)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import OptionList, TextArea

from reflect.ui.app import make_app
from tests.functional.helpers import go_forward_to, start_new, wait_for, widgets_styled


@pytest.mark.parametrize("size", [(60, 20), (100, 30)])
async def test_the_step_lists_focus_restyles_its_pane_not_the_screen(
        fictional_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch,
        size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_new(pilot, mode="individual", title="Invented reflection")
        await go_forward_to(pilot, screen, "question")
        box = screen.query_one(f"#so_what-{screen.index}", TextArea)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        steps = screen.query_one("#steps", OptionList)
        classes = set(screen.classes)
        widgets = len(list(screen.walk_children()))
        styled = widgets_styled(monkeypatch)
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: app.focused is steps and steps.region.width > 0)
        assert set(screen.classes) == classes
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is box)
        monkeypatch.undo()
        assert set(screen.classes) == classes
        # Restyled: the focus's two widgets (the list, the box), and the pane and key line
        # whose display changes; not the step's widgets. (The start screen beneath is not
        # this screen's: its lists, restyled as the new session's file was listed there, came
        # in once in a whole run under load.)
        assert widgets > 50
        pane = screen.query_one("#steps-pane")
        allowed = {*pane.walk_children(with_self=True), screen.query_one("#steps-key"), box}
        restyled = {node for node in styled if isinstance(node, Widget)
                    and (not node.is_attached or node.screen is screen)}
        assert restyled <= allowed, sorted(str(widget) for widget in restyled - allowed)
