"""The saved sessions say when the search box filters them, and Esc on the lists clears it:
after `/sleep` to find a review and back, *Saved sessions* listed one session, the staff
meeting seemed gone, and nothing beside the list said it was filtered (a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from reflect.model.session import Session
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import screen_lines, shown, type_text, wait_for

TITLES = ["Moorvale safer sleep review", "Moorvale staff meeting", "Sleep guidance refresher",
          "Riverside handover", "Invented team second meeting"]


def _saved(sessions_dir: Path) -> None:
    for title in TITLES:
        save_session(sessions_dir, Session(id=new_session_id("child-zz"), review_id="child-zz",
                                           review_title="Child ZZ", title=title))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_saved_sessions_say_they_are_filtered_and_esc_clears_it(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    _saved(sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        screen = app.screen
        sessions = screen.query_one("#sessions", OptionList)
        title, note = screen.query_one("#sessions-title"), screen.query_one("#sessions-filter")
        await wait_for(pilot, lambda: sessions.option_count == 5)
        assert shown(title) == "Saved sessions" and not note.display
        await pilot.press("slash")
        await type_text(pilot, "sleep")
        await wait_for(pilot, lambda: sessions.option_count == 2)
        wide = size[0] >= 80
        assert shown(title) == ("Saved sessions: 2 of 5 shown" if wide
                                else "Saved sessions: 2 of 5")
        assert note.display and shown(note) == "matching “sleep”"  # (Esc leaves the box)
        sessions.focus()  # back on the lists, as after a session left
        await wait_for(pilot, lambda: shown(note) == ("matching “sleep” · Esc clears" if wide
                                                      else "“sleep” · Esc clears"))
        # whole on screen, each on its line: the pane's width holds them
        lines = [strip.text for strip in screen._compositor.render_strips()]
        assert any(shown(title) in line for line in lines)
        assert any(shown(note) in line for line in lines)
        sessions.highlighted = 1
        chosen = sessions.highlighted_option.id
        await pilot.press("escape")
        await wait_for(pilot, lambda: sessions.option_count == 5)
        assert screen.query_one("#search", Input).value == ""
        assert shown(title) == "Saved sessions" and not note.display
        assert app.focused is sessions and sessions.highlighted_option.id == chosen
        # Tab on, into the box: the footer says how to leave it at 60 columns as at 80 (it
        # left Esc out there, and a facilitator could not tell what had the focus), and ↓
        # goes to the lists, as Esc does (it did nothing: a trial): back to the saved
        # sessions it came from (it went to the reviews, where a second Enter opened a new
        # session's form for someone who meant her session: a new user's trial)
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is screen.query_one("#search", Input)
                       and "esc To the lists" in screen_lines(app)[-1])
        assert "⏎ To the saved sessions" in screen_lines(app)[-1]
        await pilot.press("down")
        await wait_for(pilot, lambda: app.focused is sessions)
        assert sessions.highlighted_option.id == chosen
