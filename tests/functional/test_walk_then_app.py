"""A session begun in plain mode carries on in the app at the same step."""

from __future__ import annotations

import io

from textual.widgets import OptionList, TextArea

from reflect.cli import main
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import wait_for


async def test_plain_mode_session_resumes_in_the_app(monkeypatch, fictional_dir, sessions_dir):
    # mode, title, team; facilitator, no one added; four sections; question 1: no points, a
    # summary; then Ctrl+D at question 2
    answers = "t\nBegun in plain mode\n\n\n\n.\n.\n.\n.\n.\nFrom the dialogue\n.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    assert main(["walk", "child-zz", "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(sessions_dir)]) == 0
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        sessions.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        assert screen.steps[screen.index].key == "q:zz-second"
        await screen.go(screen.index - 1)  # a step's pane is built when first shown
        first = screen.query_one(f"#answer-{screen.index}", TextArea)
        assert first.text == "From the dialogue"
