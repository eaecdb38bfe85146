"""The export dialog says when options are below its buttons. A fresh-eyes trial at 80x24: its
top said to tick “Include the items typed but not added” below, the options in view ended at
`Include the review's own content` with Export and Cancel under it, and nothing said there
was more (the attendance options and that tick showed only after Tab twice). A line over the
buttons says so while any option is below them, and only then. All names here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widget import Widget

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.ui.app import make_app
from reflect.ui.screens.export import MORE_OPTIONS
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_export_dialog import checked_dialog


def whole_above(widget: Widget, line: int) -> bool:
    """Whether all of `widget` shows on screen above row `line`."""
    return bool(widget.region) and widget.region.height == widget.outer_size.height \
        and widget.region.bottom <= line


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_dialog_says_options_are_below_its_buttons_while_they_are(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "s-more-options", team="Moorvale Early Help",
                            participants=[Participant(id="p1", name="Sam Sample")])
    session.drafts = {f"point:{session.answers[0].question_id}": "An invented point"}
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        dialog = await checked_dialog(pilot, session, review)
        body = dialog.query_one("#export-dialog", VerticalScroll)
        buttons = dialog.query_one("#export-dialog .buttons")
        tick = dialog.query_one("#include-drafts")
        more = dialog.query_one("#export-more")
        await wait_for(pilot, lambda: more.display and body.max_scroll_y > 0)
        assert "tick “Include the items typed but not added” below" in " ".join(
            str(dialog.query_one("#drafts").render()).split())  # (as in the trial)
        assert not whole_above(tick, buttons.region.y)  # the tick it names is below

        def said() -> list[int]:
            """The rows saying more is below: over the buttons, never over an option."""
            return [y for y, row in enumerate(screen_lines(app)) if MORE_OPTIONS in row]

        # (Waited for: the line's display set, the screen was now and then read a frame
        # before it was drawn, in one whole run of ten.)
        await wait_for(pilot, lambda: said() == [buttons.region.y - 1], timeout=5)

        def shown() -> bool:
            """Whether the tick is whole on screen, above the line over the buttons while
            that shows, else above the buttons."""
            return whole_above(tick, more.region.y if more.display else buttons.region.y)

        def true() -> bool:
            """Whether the screen says more is below exactly while the tick is not on it."""
            return bool(said()) == more.display != shown()

        for y in range(body.max_scroll_y + 1):  # at each line it scrolls to
            body.scroll_to(y=y, animate=False, immediate=True)
            await pilot.pause()
            await wait_for(pilot, true, timeout=5)
            assert any("Cancel" in row for row in screen_lines(app)[buttons.region.y:])
        # PgUp and PgDn, as it says (the formats have the focus): at 60x20 PgDn brought the
        # chosen format back into view as the line came and went, and never reached the tick.
        for key, end in (("pageup", lambda: body.scroll_y == 0), ("pagedown", shown)):
            for _ in range(6):
                if end():
                    break
                await pilot.press(key)
                await wait_for(pilot, true, timeout=5)
            assert end() and true(), (key, screen_lines(app))
        assert not said()
        body.scroll_home(animate=False, immediate=True)
        await wait_for(pilot, lambda: true() and bool(said()))
        tick.focus()  # Tab to it: in view, and nothing more below
        await wait_for(pilot, lambda: true() and not said())
