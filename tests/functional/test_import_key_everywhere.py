"""`i` opens Import from every place on the start screen a Tab reaches, as its footer and intro
line ("i imports a briefing") say, at 80x24 and 60x20: the library, the saved sessions (where
the footer leaves it out to fit the session keys), the files that could not be read and their
button; in the search box it is typed. A fresh-eyes trial pressed i on the saved sessions and,
with nothing opening, typed a file name whose c duplicated a session (fixed in start_rows'
`SessionList`); this test covers every place, so that one added later is covered too. All
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.import_review import ImportScreen
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import wait_for

SESSION_ID = "20260101-child-zz-0000c0c0"
PLACES = {"reviews", "sessions", "problems", "delete-same-copies", "search"}
"""Every place a Tab reaches on the start screen with a copy holding nothing new (below)."""


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_i_opens_import_wherever_a_tab_goes_but_the_search_box(
        fictional_dir: Path, sessions_dir: Path, home: Path, size: tuple[int, int]) -> None:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, SESSION_ID, title="Invented huddle"))
    copy = home / f"reflect-copy-{SESSION_ID}-20260101-111111.toml"  # the same: its button
    copy.write_bytes(session_path(sessions_dir, SESSION_ID).read_bytes())
    app = make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=size) as pilot:
        start = app.screen
        await wait_for(pilot, lambda: app.library is not None and copy.name in
                       start.query_one("#problems").said.replace("\n", ""))
        reached: list[str] = []
        while (place := str(getattr(app.focused, "id", None))) not in reached:
            reached.append(place)
            await pilot.press("i")
            if place == "search":
                await wait_for(pilot, lambda: start.query_one("#search", Input).value == "i")
                start.query_one("#search", Input).value = ""
                assert isinstance(app.screen, StartScreen)
            else:
                await wait_for(pilot, lambda: isinstance(app.screen, ImportScreen))
                await pilot.press("escape")
                await wait_for(pilot, lambda place=place: app.screen is start
                               and str(getattr(app.focused, "id", None)) == place)
            await pilot.press("tab")
        assert set(reached) == PLACES
