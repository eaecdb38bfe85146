"""reflect never outlives its terminal: closing the window (SIGHUP, the pty gone) ends the
process within seconds, after saving, wherever it is in the app (#14)."""

from __future__ import annotations

import pytest

from reflect.store.sessions import list_sessions
from tests.e2e.terminal import wait_gone
from tests.e2e.test_real_terminal import go_to_first_question, start_session_on_first_review

GONE_WITHIN = 8.0
"""Seconds: saving plus Textual's shutdown on a loaded 2-core machine (the watchdog is 5 s)."""


@pytest.mark.parametrize("where", ["library", "typing a point", "presentation view"])
@pytest.mark.parametrize("attempt", range(2))
def test_closing_the_window_ends_reflect(run_reflect, sessions_dir, tmp_path, where, attempt):
    term = run_reflect(env={"HOME": str(tmp_path)})
    if where == "library":
        term.wait_for("Child AC")
    else:
        start_session_on_first_review(term)
        go_to_first_question(term)
        term.type("typed just before the window closed")
        term.wait_for("typed just before the window closed")
        if where == "presentation view":
            term.keys("F5")
            term.wait_for("Presenting · F5 ends")
    pid = term.pid()
    term.close_window()
    wait_gone(pid, timeout=GONE_WITHIN)
    if where != "library":
        [entry] = list_sessions(sessions_dir).entries
        assert "typed just before the window closed" in entry.session.drafts.values()
