"""Last time's actions in the app, after a later meeting could not write a status back to the
session that agreed the action: the new meeting carries that status and says so. All names
and text here are invented."""

from __future__ import annotations

from reflect.model.session import Action, Session
from reflect.store.carry import open_actions_for_team
from reflect.store.library import load_library
from reflect.store.sessions import load_session, new_session_id, save_session, session_path
from reflect.ui.app import make_app
from tests.functional.helpers import shown, wait_for
from tests.functional.test_carried_progress import earlier_session, on_carried_table


async def test_a_status_a_later_meeting_could_not_write_back_is_carried_and_said(
        fictional_dir, sessions_dir):
    """A known gap: meeting 2 moved the action on, but its write-back was refused (meeting
    1's file had been changed elsewhere: a clash); meeting 3 carried meeting 1's older
    status, open, with nothing said. It carries meeting 2's, says which meeting could not
    write it back where, and a change made here is written back there."""
    first = earlier_session(fictional_dir, sessions_dir, [
        Action(text="Book invented training")])
    review = load_library(fictional_dir).get("child-zz")
    second = Session.start(review, new_session_id(review.id), title="Second meeting",
                           team="Invented team")
    second.carried = open_actions_for_team(sessions_dir, "Invented team")
    second.carried[0].status, second.carried[0].written_back = "in progress", False
    save_session(sessions_dir, second)
    assert load_session(first).actions[0].status == "open"
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, table = await on_carried_table(pilot)
        detail = screen.query_one(".carried-detail")
        await wait_for(pilot, lambda: "still in progress" in shown(detail))
        assert ("“Last month” says open: the status noted in “Second meeting” (in progress) "
                "could not be written back there") in " ".join(shown(detail).split())
        warning = screen.query_one(".carried-unwritten")
        assert warning.display and "not written back to the session" in shown(warning)
        await pilot.press("space")  # in progress -> done: written back to meeting 1
        await wait_for(pilot, lambda: load_session(first).actions[0].status == "done",
                       timeout=10)
        await wait_for(pilot, lambda: not warning.display)
        assert "could not be written back" not in shown(detail)
    mine = session_path(sessions_dir, screen.session.id)
    assert load_session(mine).carried[0].noted_in == "Second meeting"
