"""An owner given to one of last time's actions at a meeting that could not write it back (the
session that agreed it gone from the folder, or open elsewhere) is said at the next meeting as
a progress note is: which meeting noted it, and what the earlier session says. It was carried
on with nothing said, beside "the progress note noted in “Meeting 2” … could not be written
back there" (a team lead's trial). All names and text here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.edits import SessionEdits
from reflect.model.last_noted import last_noted
from reflect.model.session import Action
from reflect.store.carry import relabel
from reflect.store.locks import SessionLock
from reflect.store.manage_sessions import rename_session
from reflect.store.sessions import load_session, session_path
from tests.unit.test_carry import make
from tests.unit.test_carry_not_written_back import TEAM, carried_to, written


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "summaries.json"


SAID = ("“Meeting 1” says no progress note, no owner: the progress note and owner noted in "
        "“Meeting 2” (“Booked for March”; Pat Example) could not be written back there")


def test_an_owner_not_written_back_is_said_as_the_note_is(sessions_dir: Path,
                                                         cache: Path) -> None:
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    SessionEdits(second).set_carried_owner(carried, "Pat Example")
    carried.note = "Booked for March"
    path = session_path(sessions_dir, first.id)
    away = path.with_name("away.toml.bak")
    path.rename(away)  # gone from the folder as meeting 2 writes back
    assert "no longer in the sessions folder" in (written(sessions_dir, second, carried) or "")
    away.rename(path)
    assert load_session(path).actions[0].owner == ""

    third, carried = carried_to(sessions_dir, cache, 3)
    assert (carried.owner, carried.owner_noted_in) == ("Pat Example", "Meeting 2")
    assert SAID in last_noted(carried)
    _, carried = carried_to(sessions_dir, cache, 4)  # passed on unchanged at meeting 3
    assert carried.owner_noted_in == "Meeting 2"
    assert SAID in last_noted(carried)


def test_an_owner_given_again_is_this_meeting_s_and_once_written_back_nothing_is_said(
        sessions_dir: Path, cache: Path) -> None:
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    SessionEdits(second).set_carried_owner(carried, "Pat Example")
    lock = SessionLock(session_path(sessions_dir, first.id))  # meeting 1 open elsewhere
    assert lock.acquire()
    assert "open in another reflect" in (written(sessions_dir, second, carried) or "")
    lock.release()
    third, carried = carried_to(sessions_dir, cache, 3)
    assert "owner noted in “Meeting 2” (Pat Example)" in last_noted(carried)
    SessionEdits(third).set_carried_owner(carried, "Lee Placeholder")
    assert carried.owner_noted_in == ""  # (this meeting's now)
    assert written(sessions_dir, third, carried) is None
    assert load_session(session_path(sessions_dir, first.id)).actions[0].owner == \
        "Lee Placeholder"
    assert "could not be written back" not in last_noted(carried)
    _, carried = carried_to(sessions_dir, cache, 4)
    assert (carried.owner, carried.owner_noted_in) == ("Lee Placeholder", "")


def test_the_meeting_that_noted_an_owner_is_named_by_its_title_now(sessions_dir: Path,
                                                                   cache: Path) -> None:
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    SessionEdits(second).set_carried_owner(carried, "Pat Example")
    lock = SessionLock(session_path(sessions_dir, first.id))
    assert lock.acquire()
    written(sessions_dir, second, carried)
    lock.release()
    third, carried = carried_to(sessions_dir, cache, 3)
    rename_session(session_path(sessions_dir, second.id), "Invented March huddle")
    reopened = load_session(session_path(sessions_dir, third.id))  # meeting 3, opened again
    relabel(sessions_dir, reopened, cache)
    assert reopened.carried[0].owner_noted_in == "Invented March huddle"
    assert "owner noted in “Invented March huddle”" in last_noted(reopened.carried[0])
