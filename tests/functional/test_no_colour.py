"""Without colour (NO_COLOR: a monochrome projector), focus and the highlighted row are marked
by more than a shade of grey: a trial could not tell which box, list row or button had them,
and unticked an export option with an Enter meant for a button."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color
from textual.widgets import Button, Input, OptionList

from reflect.ui.app import make_app
from tests.functional.helpers import new_session_form, type_text, wait_for


def lightness(colour: object) -> float:
    return Color.parse(str(colour)).brightness


@pytest.mark.parametrize("no_colour", [True, False])
async def test_focus_and_the_highlighted_row_show_without_colour(
        bundled_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch,
        no_colour: bool) -> None:
    if no_colour:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app(bundled_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: app.focused is reviews and reviews.option_count > 0)
        # The highlighted row: its text on the text's colour, as reversed (not 2 greys apart).
        first, other = (list(reviews.render_line(y))[0] for y in (1, reviews.size.height - 2))
        bright = [lightness(seg.style.bgcolor.name if seg.style and seg.style.bgcolor
                            else "black") for seg in (first, other)]
        search = app.screen.query_one("#search", Input)
        search.focus()
        await wait_for(pilot, lambda: app.focused is search)
        box_border = search.styles.border_top[0]
        assert (bright[0] - bright[1] > 0.5) is no_colour, bright
        assert (box_border == "heavy") is no_colour  # ┏━┓ round the box with focus
        await pilot.press("ctrl+r")  # the Reports screen: a button with focus
        await wait_for(pilot, lambda: any(isinstance(w, Button) for w in app.screen.query(Button)))
        button = app.screen.query(Button).first()
        button.focus()
        await wait_for(pilot, lambda: app.focused is button)
        assert button.styles.border_left[0] == "thick"  # (with colour too: app.tcss, Button)


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)])
async def test_a_one_line_box_with_focus_shows_its_text_without_colour(
        bundled_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch,
        size: tuple[int, int]) -> None:
    """The new-session form's boxes are one line with no border: without colour, the heavy
    border marking focus took that line, so the title typed showed nowhere and Tab could not
    leave the box (it brings a box out of view into view first); the title and the team were
    saved as one (a trial)."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(bundled_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        search = app.screen.query_one("#search", Input)
        search.focus()
        await wait_for(pilot, lambda: app.focused is search)
        await pilot.pause()
        assert search.content_region.height >= 1
        await pilot.press("escape")
        form = await new_session_form(pilot)
        title = form.query_one("#title", Input)
        title.focus()
        await wait_for(pilot, lambda: app.focused is title)
        await type_text(pilot, "Invented title")
        await pilot.pause()
        assert title.content_region.height >= 1
        assert "Invented title" in "".join(
            seg.text for y in range(title.size.height) for seg in title.render_line(y))
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is not title)
        assert title.value == "Invented title"
