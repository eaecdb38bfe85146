"""A list refilled by a search starts at its top, its first entry whole (a trial at 60x20)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import type_text, wait_for

TITLES = ["Quokka invented meeting", "Henry invented meeting", "Baby invented huddle",
          "Sample invented review", "Second invented meeting", "Third invented meeting"]


def saved(content_dir, sessions_dir) -> None:  # type: ignore[no-untyped-def]
    library = load_library(content_dir)
    when = datetime(2026, 12, 4, 4, 50, tzinfo=timezone.utc)
    reviews = ["child-ac", "child-l", "child-h", "child-i", "child-l", "child-h"]
    for n, (rid, title) in enumerate(zip(reviews, TITLES, strict=True)):
        moment = when - timedelta(minutes=n)
        save_session(sessions_dir, Session.start(
            library.get(rid), f"20261204-{rid}-0000bee{n}", title=title,
            team="Invented Team West" if n == 0 else "Invented Team",
            created=moment, updated=moment))


async def test_a_list_refilled_by_a_search_starts_at_its_top(content_dir, sessions_dir):
    from textual.widgets import OptionList

    saved(content_dir, sessions_dir)
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: sessions.option_count == 6)
        await pilot.press("slash")
        await type_text(pilot, "Henry")
        await pilot.press("enter")
        await pilot.press("slash", "ctrl+u")
        await type_text(pilot, "invented")  # all six again, the same rows
        await wait_for(pilot, lambda: sessions.option_count == 6)
        await pilot.pause()
        assert sessions.scroll_y == 0 and sessions.highlighted == 0
        await pilot.press("ctrl+u")  # the search emptied
        await pilot.pause()
        assert sessions.scroll_y == 0 and sessions.highlighted == 0
