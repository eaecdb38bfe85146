"""A new session whose file could not be written keeps its form's draft, and the form offered
back says what happened: it said the session was "never started (reflect closed first)",
with reflect still open, after Ctrl+S had found the session's file could not be written (a
trial)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Session
from reflect.store.form_drafts import read_draft
from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import every_said, new_session_form, shown, type_text, wait_for


async def test_a_session_that_could_not_be_written_is_offered_back_saying_so(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(folder: Path, session: Session) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("reflect.store.sessions.save_session", disk_full)
    draft = tmp_path / "drafts" / "new-session-child-zz.toml"
    app = make_app(fictional_dir, sessions_dir)
    said = every_said(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await new_session_form(pilot)
        await pilot.press("tab")
        await type_text(pilot, "Invented title, kept")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and any("Could not create the session file" in m for m in said))
        failed = next(m for m in said if "Could not create the session file" in m)
        assert failed == (f"Could not create the session file in {sessions_dir}: No space left "
                          "on device. What you typed is kept: n on Child ZZ offers it again.")
        await wait_for(pilot, lambda: draft.exists() and read_draft(draft).not_started)
        form = await new_session_form(pilot)  # Enter on the review again
        await wait_for(pilot, lambda: form.query_one("#title", Input).value
                       == "Invented title, kept")
        words = shown(form.query_one("#draft-said"))
        assert "never started" not in words and "reflect closed first" not in words
        assert (f"for a new session that could not be started: its file could not be written "
                f"in {sessions_dir}: No space left on device. Ctrl+S tries again; Esc, then "
                "Discard, throws it away.") in " ".join(words.split())
