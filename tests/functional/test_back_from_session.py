"""Back on the start screen after Esc from a session, the focus is on that session in Saved
sessions, so Enter carries it on: as after `reflect open`, Enter or `v` on a saved session.
A session begun in the library gave the focus back to the review list, where Tab went on to
*Saved sessions* but Enter opened the form for another session on the same review (a
practitioner's README trial). All data invented."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import open_for_editing, start_new, wait_for


async def test_esc_from_a_session_begun_in_the_library_lands_on_it(
        fictional_dir: Path, sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, mode="individual", title="Pat Example's reflection")
        made = str(sessions_dir / f"{screen.session.id}.toml")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.focused is not None and app.focused.id == "sessions")
        listed = app.screen.query_one("#sessions", OptionList)
        assert listed.highlighted_option is not None and listed.highlighted_option.id == made
        await pilot.press("enter")
        again = await open_for_editing(pilot)
        assert isinstance(again, WalkthroughScreen) and again.session.id == screen.session.id


async def test_typing_in_the_search_box_is_not_taken_from_it(
        fictional_dir: Path, sessions_dir: Path) -> None:
    """Moved on from the review list before the lists were read again (`/` at once), the
    focus stays where it was taken: typing goes on in the search box."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, mode="individual", title="Pat Example's reflection")
        await pilot.press("escape")
        start = app.screen
        await wait_for(pilot, lambda: isinstance(start, StartScreen)
                       and app.focused is not None and app.focused.id == "sessions")
        assert isinstance(start, StartScreen)
        start.query_one("#search").focus()
        start.follow = str(sessions_dir / f"{screen.session.id}.toml")
        start.show_sessions()
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "search"
