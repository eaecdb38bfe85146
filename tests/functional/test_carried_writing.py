"""Last time's actions: the Selected line says "not yet saved in the earlier session" only once
a write-back there has failed, never while one is on its way (it came and went with every
pause in typing, a fourth line at 60x20 for a second: a trial)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.model.session import Action
from reflect.store.locks import SessionLock
from reflect.store.sessions import load_session
from reflect.ui.app import make_app
from reflect.ui.screens import carry_back
from tests.functional.helpers import shown, type_text, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table

NOT_YET = "not yet saved in the earlier session"


async def test_typing_a_note_never_says_not_yet_saved_while_it_is_written_back(
        fictional_dir, sessions_dir, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 0.3)
    earlier = earlier_session(fictional_dir, sessions_dir,
                              [Action(text="Ring the invented school nurse")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, _ = await on_carried_table(pilot)
        detail = screen.query_one(".carried-detail")
        await pilot.press("space")  # open -> in progress: written back at once
        assert NOT_YET not in shown(detail)
        note = screen.query_one(".carried-note", Input)
        note.focus()
        await wait_for(pilot, lambda: app.focused is note)
        await type_text(pilot, "Left a message")
        [carried] = screen.session.carried
        assert not carried.written_back  # typing has not paused: on its way ...
        assert carried.note == "Left a message" and "Selected:" in shown(detail)
        assert NOT_YET not in shown(detail)  # ... and not said
        await wait_for(pilot, lambda: carried.written_back, timeout=10)
        assert load_session(earlier).actions[0].progress == "Left a message"
        assert NOT_YET not in shown(detail)


async def test_a_write_back_that_failed_is_said_on_the_selected_line(
        fictional_dir, sessions_dir, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(carry_back, "WRITE_BACK_PAUSE", 0.1)
    earlier = earlier_session(fictional_dir, sessions_dir,
                              [Action(text="Share the invented template")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen, _ = await on_carried_table(pilot)
        other = SessionLock(earlier)  # open in another reflect: the write-back cannot happen
        assert other.acquire()
        try:
            await pilot.press("space")
            detail = screen.query_one(".carried-detail")
            await wait_for(pilot, lambda: any("not yet in" in n.message
                                              for n in app._notifications))
            await wait_for(pilot, lambda: NOT_YET in shown(detail))
            assert not screen.session.carried[0].written_back
        finally:
            other.release()
