"""Back on the start screen at 60x20 from a session left with something typed and not added,
the saved session with the focus is whole in its list: the heading's "✎: typed, not added"
line came as the list was shown again, took a line from it, and the session's last line
(its answered count) was cut off below, the list begun mid-entry above (a facilitator's
trial). All titles and teams invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.start_rows import SessionList
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.sessions_filter import SessionsHeading
from tests.functional.helpers import go_forward_to, wait_for


def whole(options: SessionList) -> bool:
    """Whether the highlighted row is all in view."""
    index = options.highlighted
    if index is None or index not in options._index_to_line:
        return False
    top = options._index_to_line[index]
    bottom = top + options._heights[index]
    view = options.scrollable_content_region.height
    return options.scroll_y <= top and bottom <= options.scroll_y + view


async def test_the_session_with_the_focus_is_whole_back_from_one_left_typed(
        fictional_dir: Path, sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    for n in range(5):
        save_session(sessions_dir, Session.start(
            review, f"2026120{n + 1}-child-zz-0000000{n}", title=f"Invented week {n + 1} meeting",
            team="Pinecrest Invented Team"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: app.screen.query_one(SessionList).option_count == 5)
        options = app.screen.query_one(SessionList)
        options.focus()
        await wait_for(pilot, lambda: app.focused is options)
        await pilot.press("down", "down", "down")
        await wait_for(pilot, lambda: options.highlighted == 3 and whole(options))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        await go_forward_to(pilot, screen, "question")
        await pilot.press(*"typed")  # into the point box, not added
        await wait_for(pilot, lambda: bool(screen.typed_keys))
        await pilot.press("escape", "escape")  # (the first says Esc again leaves)
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        heading = app.screen.query_one(SessionsHeading)
        await wait_for(pilot, lambda: heading.counts[3])  # "✎: typed, not added" said
        await wait_for(pilot, lambda: options.highlighted == 3 and app.focused is options)
        await wait_for(pilot, lambda: whole(options))
