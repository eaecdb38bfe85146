"""A choice made in Said by…'s list leaves the focus on Said by…, so Tab goes on to Save (it
went back to the point box, and Tab meant for Save opened the list again: a trial), and Enter
there adds or saves the point. All names invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Select

from reflect.ui.widgets.points_panel import PointList
from tests.functional.helpers import type_text, wait_for
from tests.functional.test_said_by_facilitator import app_in, facilitated


async def test_after_a_choice_in_said_by_tab_goes_on_to_save(tmp_path: Path) -> None:
    """Editing a point: Tab to Said by…, Enter, ↓ ↓ Enter (Chris Sample), Tab Enter saves."""
    app = app_in(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        session = await facilitated(pilot)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await type_text(pilot, "Training is patchy\n")
        await wait_for(pilot, lambda: len(points) == 1)
        screen = app.screen
        listed = screen.query_one(PointList)
        listed.focus()
        listed.highlighted = 0
        await pilot.press("enter")  # edit it
        box = screen.query_one(".point-text", Input)
        await wait_for(pilot, lambda: app.focused is box and box.value == "Training is patchy")
        by = screen.query_one(".point-by", Select)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is by)
        await pilot.press("enter")
        await wait_for(pilot, lambda: by.expanded)
        await pilot.press("down", "down", "enter")
        chris = session.participants[1]
        await wait_for(pilot, lambda: not by.expanded and by.value == chris.id)
        await pilot.pause()
        assert app.focused is by  # not back in the point box
        assert by.key_descriptions["show_overlay"] == "Save"  # the footer: Enter saves it
        await pilot.press("tab")
        await wait_for(pilot, lambda: isinstance(app.focused, Button))
        await pilot.press("enter")
        await wait_for(pilot, lambda: points[0].by == chris.id)
        assert not by.expanded and points[0].text == "Training is patchy"


async def test_enter_after_a_choice_in_said_by_adds_the_point(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        session = await facilitated(pilot)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await type_text(pilot, "Invented new point")
        by = app.screen.query_one(".point-by", Select)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is by)
        await pilot.press("enter")
        await wait_for(pilot, lambda: by.expanded)
        await pilot.press("down", "enter")
        sam = session.participants[0]
        await wait_for(pilot, lambda: not by.expanded and by.value == sam.id)
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(points) == 1)
        assert (points[0].text, points[0].by) == ("Invented new point", sam.id)
        assert not by.expanded
