"""A box's text wrapped anew whenever the box changes width (the step list opened beside it).

A fresh-eyes trial at 60x20: with Ctrl+G's step list open, the So what? box kept the lines it
was wrapped to at the full width, each cut at the box's edge ("informally and we do not rec"),
until something was typed. Textual tells a box it has a new size only when its map had the old
one; a map built between the step list's showing and the next layout (after a scroll, as a
widget's place is asked for) held the new size already, and the box was never told."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import TextArea

from reflect.ui.app import make_app
from tests.functional.helpers import (
    frames_held,
    go_forward_to,
    paste,
    press_in_order,
    screen_lines,
    start_new,
    wait_for,
)

SO_WHAT = ("We share worries with the Moorvale health visitor informally and we do not "
           "record what was said or when.")


async def in_the_first_so_what_box(pilot: Pilot) -> tuple[Any, TextArea]:
    """A new reflection's first question, the focus in its So what? box."""
    screen = await start_new(pilot, mode="individual", title="Invented reflection")
    await go_forward_to(pilot, screen, "question")
    box = screen.query_one(f"#so_what-{screen.index}", TextArea)
    box.focus()
    await wait_for(pilot, lambda: pilot.app.focused is box)
    return screen, box


async def test_the_so_what_box_is_wrapped_anew_as_the_step_list_opens_at_60x20(
        fictional_dir: Path, sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, box = await in_the_first_so_what_box(pilot)
        await press_in_order(app, list(SO_WHAT))
        assert box.wrapped_document._width == box.wrap_width > 40  # (the full width)
        with frames_held(screen):
            await press_in_order(app, ["ctrl+g"])
            # (As Textual does now and then before the next layout, after a scroll: the map
            # built anew from the new styles, the step list shown. Here every time.)
            compositor = screen._compositor
            compositor._full_map_invalidated = True
            assert box in compositor.full_map
        await wait_for(pilot, lambda: screen.query_one("#steps-pane").has_class("-steps-open")
                       and box.size.width < 40)
        await wait_for(pilot, lambda: box.wrapped_document._width == box.wrap_width,
                       timeout=5)
        assert box.wrapped_document._width < 40
        # Each line shown whole: none cut at the box's edge.
        lines = [part for line in box.wrapped_document.lines for part in line]
        assert all(len(line) <= box.wrap_width for line in lines), lines
        assert " ".join(line.strip() for line in lines) == SO_WHAT
        # and so on the screen: the box's rows hold whole words of what was typed.
        seen = box.content_region
        shown = " ".join(row[seen.x:seen.right].strip() for row in screen_lines(app)
                         [seen.y:min(seen.bottom, screen.query_one("#timer").region.y)])
        assert shown.split() == SO_WHAT.split()[:len(shown.split())], shown


async def test_the_cursor_stays_in_view_as_a_long_answer_is_wrapped_anew(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """A trial pasted a long paragraph into a box and narrowed the terminal: the text was
    wrapped anew, twice as many lines, and the box still showed the rows it had scrolled to,
    the cursor far below them, out of sight until a key moved it."""
    long_answer = " ".join(f"Invented point {n} about the shared record." for n in range(60))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        screen, box = await in_the_first_so_what_box(pilot)
        await paste(app, long_answer)
        await wait_for(pilot, lambda: box.text == long_answer)

        def cursor_in_view() -> bool:
            row = box.wrapped_document.location_to_offset(box.cursor_location).y
            top = box.scroll_offset.y
            return top <= row < top + box.scrollable_content_region.height

        await wait_for(pilot, cursor_in_view)
        wide_lines = box.wrapped_document.height
        await pilot.resize_terminal(60, 20)
        await wait_for(pilot, lambda: box.wrapped_document._width == box.wrap_width
                       and box.wrapped_document.height > wide_lines)
        await wait_for(pilot, cursor_in_view, timeout=5)
