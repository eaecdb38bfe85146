"""Last time's actions: an owner given at the next meeting (an action agreed with no one to own
it, say) is written back to the session that agreed it as a note or a new due date is, under
the same clash rule, and carried to the meeting after when it could not be. All names and text
here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.changes import CarriedChanged
from reflect.model.edits import SessionEdits
from reflect.model.session import Action, CarriedAction, EarlierHeld, Session
from reflect.store.carry import open_actions_for_team
from reflect.store.locks import SessionLock
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import Clash
from tests.unit.test_carry import back, make
from tests.unit.test_carry_not_written_back import carried_to, written

TEAM = "Invented team"  # (as carried_to makes its meetings)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "summaries.json"


def given(meeting: Session, carried: CarriedAction, name: str) -> object:
    """An owner typed in the action's box, through the session's one editor."""
    return SessionEdits(meeting).set_carried_owner(carried, name)


def test_an_owner_given_here_is_written_back_and_said_changed(sessions_dir, cache):
    first = make(sessions_dir, 1, TEAM, [Action(text="Ring the pretend clinic")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    change = given(second, carried, "  Pat Example ")
    assert change == CarriedChanged(0, written_back=False, typing=True)
    assert (carried.owner, carried.owner_there, carried.written_back) == (
        "Pat Example", None, False)
    assert given(second, carried, "Pat Example") is None  # the same again: no change
    assert written(sessions_dir, second, carried) is None
    there = load_session(session_path(sessions_dir, first.id)).actions[0]
    assert there.owner == "Pat Example"
    assert carried.earlier is not None and carried.earlier.owner == "Pat Example"
    assert load_session(session_path(sessions_dir, second.id)).carried[0].owner == "Pat Example"


def test_an_owner_given_here_never_overwrites_one_given_there_since(sessions_dir, cache):
    first = make(sessions_dir, 1, TEAM, [Action(text="Ring the pretend clinic")], day=1)
    path = session_path(sessions_dir, first.id)
    second, carried = carried_to(sessions_dir, cache, 2)
    there = load_session(path)
    there.actions[0].owner = "Sam Sample"  # given in the earlier session meanwhile
    save_session(sessions_dir, there)
    before = path.read_bytes()
    given(second, carried, "Pat Example")
    reason = written(sessions_dir, second, carried)
    assert isinstance(reason, Clash)
    assert reason == ("“Ring the pretend clinic” was changed there since it was carried "
                      "here: its owner is “Sam Sample” there, “Pat Example” here")
    assert path.read_bytes() == before


def test_an_owner_changed_there_and_not_here_is_left_there(sessions_dir, cache):
    first = make(sessions_dir, 1, TEAM, [Action(text="Ring the pretend clinic")], day=1)
    path = session_path(sessions_dir, first.id)
    [carried] = open_actions_for_team(sessions_dir, TEAM, cache=cache)
    there = load_session(path)
    there.actions[0].owner = "Sam Sample"
    save_session(sessions_dir, there)
    carried.note = "Rang twice"  # only a note here
    assert back(sessions_dir, carried) is None
    assert (load_session(path).actions[0].owner, load_session(path).actions[0].progress) == (
        "Sam Sample", "Rang twice")


def test_an_owner_renamed_here_is_still_never_written_back(sessions_dir, cache):
    first = make(sessions_dir, 1, TEAM, [Action(text="One", owner="Pat Example")], day=1)
    [carried] = open_actions_for_team(sessions_dir, TEAM, cache=cache)
    carried.owner, carried.owner_there = "Pat Example-Renamed", "Pat Example"  # Who is here
    carried.status = "in progress"
    assert back(sessions_dir, carried) is None
    there = load_session(session_path(sessions_dir, first.id)).actions[0]
    assert (there.owner, there.status) == ("Pat Example", "in progress")


@pytest.mark.parametrize("earlier", [None, EarlierHeld(status="open")])
def test_an_older_files_carried_action_gives_an_owner_against_the_one_carried(
        sessions_dir, cache, earlier):
    """A carried action saved before the earlier session's owner was kept (`earlier` without
    one, or no `earlier` at all) compares against the owner carried; giving one keeps that
    first, so the comparison holds after the session is saved and opened again."""
    first = make(sessions_dir, 1, TEAM, [Action(text="One")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    carried.earlier = earlier
    assert carried.known_earlier.owner == ""
    given(second, carried, "Pat Example")
    assert carried.earlier is not None and carried.earlier.owner == ""
    lock = SessionLock(session_path(sessions_dir, first.id))  # open elsewhere: not written
    assert lock.acquire()
    try:
        assert written(sessions_dir, second, carried) is not None
    finally:
        lock.release()
    again = load_session(session_path(sessions_dir, second.id)).carried[0]
    assert again.known_earlier.owner == ""  # kept: not the owner given, which then seemed
    assert back(sessions_dir, again) is None  # written there already, and never was
    assert load_session(session_path(sessions_dir, first.id)).actions[0].owner == "Pat Example"


def test_an_owner_not_written_back_is_carried_to_the_next_meeting(sessions_dir, cache):
    first = make(sessions_dir, 1, TEAM, [Action(text="Ring the pretend clinic")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    given(second, carried, "Pat Example")
    lock = SessionLock(session_path(sessions_dir, first.id))  # meeting 1 open elsewhere
    assert lock.acquire()
    try:
        assert written(sessions_dir, second, carried) is not None
    finally:
        lock.release()
    assert load_session(session_path(sessions_dir, first.id)).actions[0].owner == ""
    [third] = open_actions_for_team(sessions_dir, TEAM, exclude_id="x", cache=cache)
    assert (third.owner, third.owner_there, third.known_earlier.owner) == (
        "Pat Example", None, "")
    third.status = "in progress"  # the next write-back takes it there too
    assert back(sessions_dir, third) is None
    there = load_session(session_path(sessions_dir, first.id)).actions[0]
    assert (there.owner, there.status) == ("Pat Example", "in progress")


def test_undo_takes_an_owner_given_back(review):
    session = Session.start(review, "s-1", team=TEAM)
    session.carried = [CarriedAction(session_id="s-0", session_label="Meeting 1",
                                     action_id="a1", text="One")]
    edits = SessionEdits(session)
    [carried] = session.carried
    edits.set_carried_owner(carried, "Pat Example")
    assert edits.undo() is not None
    assert (carried.owner, carried.earlier) == ("", None)
