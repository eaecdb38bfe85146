"""A point kept typed and not added whose words hold a line break (its session file written on
Windows or edited there: `\\r\\n`) is shown in its box on one line. The box drew the break as
it was: the words after it over the step list beside it (80x24, by hand in tmux), and Enter
added a point holding it. Only the break is changed (a space, as in a paste of several lines),
and the session keeps the words as the box shows them. All data invented (Moorvale, Sam
Sample)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import read_session, save_session, session_path
from reflect.ui.app import ReflectApp, make_app
from tests.functional.helpers import open_for_editing, screen_lines, type_text, wait_for

SESSION_ID = "20261205-child-zz-0000c0de"
KEY = "point:zz-first"


def opening(fictional_dir: Path, sessions_dir: Path) -> ReflectApp:
    """The app as `reflect open` makes it, on a session whose file keeps a point typed on the
    first question with a CR LF in it (TOML's escapes, as a file holding one is written)."""
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, SESSION_ID, title="Moorvale huddle", mode="team",
                            facilitator="Sam Sample", current_step="q:zz-first")
    session.set_draft(KEY, "Ring the Moorvale GP")
    path = save_session(sessions_dir, session)
    path.write_bytes(path.read_bytes().replace(
        b'"Ring the Moorvale GP"', b'"Ring the Moorvale GP\\r\\nabout Sam Sample"'))
    session, read_only = read_session(path)
    app = make_app(fictional_dir, sessions_dir)
    app.first_session = (session, review, read_only, None)
    return app


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_kept_point_with_a_line_break_is_shown_on_one_line(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    async with opening(fictional_dir, sessions_dir).run_test(size=size) as pilot:
        app, screen = pilot.app, await open_for_editing(pilot)
        box = screen.query_one(".point-text", Input)
        await wait_for(pilot, lambda: box.value != "")
        assert box.value == "Ring the Moorvale GP about Sam Sample"
        # shown in the box, not over what is beside it: no line starts with its second half
        assert not any(line.lstrip().startswith("about Sam") for line in screen_lines(app))
        # kept as the box shows it, every word: what is kept and what is seen are one
        await wait_for(pilot, lambda: screen.session.drafts.get(KEY) == box.value)
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        box.cursor_position = len(box.value)
        await type_text(pilot, " today")
        await wait_for(pilot, lambda: screen.session.drafts.get(KEY) ==
                       "Ring the Moorvale GP about Sam Sample today")
        await pilot.press("enter")
        await wait_for(pilot, lambda: KEY not in screen.session.drafts)
        answer = screen.session.answer("zz-first")
        assert answer is not None
        assert [p.text for p in answer.points] == ["Ring the Moorvale GP about Sam Sample today"]
        await pilot.press("ctrl+s")
    path = session_path(sessions_dir, SESSION_ID)
    saved, _ = read_session(path)
    assert KEY not in saved.drafts
