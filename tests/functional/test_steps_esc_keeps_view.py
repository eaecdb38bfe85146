"""Ctrl+G then Esc on a section leaves the step as it was before Ctrl+G.

A section opens at the top of its text with the focus in its notes box below the fold (typing
goes there, and brings the box into view). Esc from the step list gave the focus back to that
box and scrolled the step down to it: the text a facilitator was reading on a shared screen
jumped to its end (at 60x20, where Ctrl+G shows the list, and at 80x24, where it is always
beside the step)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from reflect.ui.app import make_app
from reflect.ui.focus_view import _moving
from reflect.ui.panes.base import StepPane
from tests.functional.helpers import go_forward_to, start_new, wait_for
from tests.text_reviews import review_with_text

LONG_CONTEXT = [f"Invented context paragraph {n}: the Moorvale health visitor saw Sam Sample "
                "at home, and the invented notes say what each agency knew at the time."
                for n in range(1, 9)]


@pytest.fixture
def long_section_dir(tmp_path: Path) -> Path:
    """A library of one invented review whose introduction is longer than a small screen."""
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "child-zl.toml").write_text(review_with_text("child-zl", context=LONG_CONTEXT),
                                          encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("scrolled", [0, 4], ids=["top", "read-on"])
async def test_ctrl_g_then_esc_leaves_the_section_where_it_was(
        long_section_dir: Path, sessions_dir: Path, size: tuple[int, int],
        scrolled: int) -> None:
    app = make_app(long_section_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await start_new(pilot, title="Moorvale invented meeting")
        await go_forward_to(pilot, screen, "content")
        pane = screen.panes[screen.index]
        assert isinstance(pane, StepPane) and screen.steps[screen.index].key == "intro"
        notes = pane.query_one(f"#notes-{screen.index}", TextArea)
        # (The step opened at its top, `open_on`, before ↓ reads on.)
        await wait_for(pilot, lambda: app.focused is notes and pane.max_scroll_y > scrolled
                       and not _moving(screen, notes))
        for _ in range(scrolled):  # ↓ on the notes box reads on through the text
            await pilot.press("down")
        await wait_for(pilot, lambda: pane.scroll_y == scrolled)
        assert notes.region.y >= pane.region.bottom  # the notes box below the fold

        steps = screen.query_one("#steps")
        await pilot.press("ctrl+g")
        await wait_for(pilot, lambda: app.focused is steps and steps.region.width > 0)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is notes
                       and not screen.query_one("#steps-pane").has_class("-steps-open"))
        await pilot.pause()
        assert pane.scroll_y == scrolled  # the text read as before, not scrolled to the box
        # Typing still goes into the notes, and brings them into view.
        await pilot.press("x")
        await wait_for(pilot, lambda: notes.text == "x" and notes.region.y < pane.region.bottom)
