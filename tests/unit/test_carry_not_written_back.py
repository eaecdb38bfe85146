"""Last time's actions after a write-back was refused: the status a later meeting noted, which
could not be written back to the session that agreed the action, is what the next meeting
carries, and it is said which meeting noted it and what the earlier session says. All names
and text here are invented."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from reflect.model.last_noted import last_noted
from reflect.model.session import Action, CarriedAction, Session
from reflect.store.carry import open_actions_for_team, relabel
from reflect.store.locks import SessionLock
from reflect.store.manage_sessions import rename_session
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import Clash, write_back
from tests.unit.test_carry import make

TEAM = "Invented team"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "summaries.json"


def carried_to(sessions_dir: Path, cache: Path, n: int) -> tuple[Session, CarriedAction]:
    """Meeting `n` (on day `n`) of the invented team, carrying its one open action."""
    [carried] = open_actions_for_team(sessions_dir, TEAM, cache=cache)
    meeting = make(sessions_dir, n, TEAM, [], day=n)
    meeting.carried = [carried]
    save_session(sessions_dir, meeting)
    return meeting, carried


def written(sessions_dir: Path, meeting: Session, carried: CarriedAction) -> str | None:
    """A write-back as the app makes one, and the meeting saved after it."""
    problem, held = write_back(sessions_dir, carried)
    if problem is None:
        carried.earlier, carried.written_back = held, True
    else:
        carried.written_back = False
    save_session(sessions_dir, meeting)
    return problem


def test_a_status_refused_by_a_clash_is_carried_next_time_and_said(sessions_dir: Path,
                                                                     cache: Path) -> None:
    """A known gap: meeting 2 moved the action on, but meeting 1's file had been changed
    elsewhere (a progress note added there), so nothing was written back; meeting 3 carried
    meeting 1's older status, open, with nothing said."""
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    carried.status, carried.note = "in progress", "Booked for March"
    there = load_session(session_path(sessions_dir, first.id))
    there.actions[0].progress = "Asked the invented trainer"  # changed elsewhere meanwhile
    save_session(sessions_dir, there)
    assert isinstance(written(sessions_dir, second, carried), Clash)
    assert load_session(session_path(sessions_dir, first.id)).actions[0].status == "open"

    [third] = open_actions_for_team(sessions_dir, TEAM, exclude_id="x", cache=cache)
    assert (third.status_before, third.status) == ("in progress", "in progress")
    assert third.noted_in == "Meeting 2"
    assert third.known_earlier.status == "open"  # what meeting 1 says: written over only
    said = last_noted(third)  # when this meeting changes it
    assert third.progress_noted_in == "Meeting 2"  # its note, refused with the status, too;
    assert "last noted: “Booked for March”" in said  # and what meeting 1 says, said beside it
    assert ("“Meeting 1” says open, progress “Asked the invented trainer”: the status and "
            "progress note noted in “Meeting 2” (in progress; “Booked for March”) could not "
            "be written back there") in said


def test_the_status_carried_on_unchanged_is_carried_again_until_it_is_written_back(
        sessions_dir: Path, cache: Path) -> None:
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    carried.status = "in progress"
    lock = SessionLock(session_path(sessions_dir, first.id))  # meeting 1 open elsewhere
    assert lock.acquire()
    assert "open in another reflect" in (written(sessions_dir, second, carried) or "")
    lock.release()
    third, carried = carried_to(sessions_dir, cache, 3)  # nothing changed at meeting 3
    assert (carried.status, carried.noted_in) == ("in progress", "Meeting 2")
    fourth, carried = carried_to(sessions_dir, cache, 4)
    assert (carried.status, carried.noted_in) == ("in progress", "Meeting 2")
    assert "“Meeting 2” (in progress) could not be written back" in last_noted(carried)
    carried.note = "Trainer booked"  # a change at meeting 4 writes back what it shows
    assert written(sessions_dir, fourth, carried) is None
    action = load_session(session_path(sessions_dir, first.id)).actions[0]
    assert (action.status, action.progress) == ("in progress", "Trainer booked")
    assert "could not be written back" not in last_noted(carried)  # it holds it now
    _, carried = carried_to(sessions_dir, cache, 5)
    assert (carried.status, carried.noted_in) == ("in progress", "")
    assert "could not be written back" not in last_noted(carried)


def test_a_status_written_back_then_changed_there_is_carried_from_there(
        sessions_dir: Path, cache: Path) -> None:
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    carried.status = "in progress"
    assert written(sessions_dir, second, carried) is None
    there = load_session(session_path(sessions_dir, first.id))
    there.actions[0].status = "open"  # moved back there since, knowingly
    save_session(sessions_dir, there)
    _, carried = carried_to(sessions_dir, cache, 3)
    assert (carried.status, carried.noted_in) == ("open", "")
    assert last_noted(carried) == ""


def test_done_noted_later_and_done_there_are_both_said_where_they_differ(
        sessions_dir: Path, cache: Path) -> None:
    """Done at meeting 2 but not written back: carried (as done) and said, not dropped, so
    the team can see meeting 1 still has it open. Done in meeting 1 (changed there) while
    meeting 2 said in progress: carried as meeting 2 noted it, and meeting 1's done said."""
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training"),
                                         Action(text="Ring the invented school")], day=1)
    found = open_actions_for_team(sessions_dir, TEAM, cache=cache)
    second = make(sessions_dir, 2, TEAM, [], day=2)
    second.carried = found
    found[0].status = "done"
    found[1].status = "in progress"
    there = load_session(session_path(sessions_dir, first.id))
    there.actions[1].status = "done"  # changed elsewhere: meeting 2's write clashes
    save_session(sessions_dir, there)
    lock = SessionLock(session_path(sessions_dir, first.id))
    assert lock.acquire()
    assert written(sessions_dir, second, found[0]) is not None
    lock.release()
    assert isinstance(written(sessions_dir, second, found[1]), Clash)
    book, ring = open_actions_for_team(sessions_dir, TEAM, exclude_id="x", cache=cache)
    assert (book.status, book.noted_in) == ("done", "Meeting 2")
    assert "“Meeting 1” says open: the status noted in “Meeting 2” (done)" in last_noted(book)
    assert (ring.status, ring.noted_in) == ("in progress", "Meeting 2")
    assert "“Meeting 1” says done: the status noted in “Meeting 2” (in progress)" in (
        last_noted(ring))


def unreadable_while(path: Path) -> Callable[[], None]:
    """The earlier session's file made unreadable (half-written by a sync tool, say): a
    write-back to it is refused. Returns what puts it back as it was."""
    good = path.read_bytes()
    path.write_bytes(good + b"\n[[[ half written by an invented sync tool\n")
    return lambda: path.write_bytes(good)


def test_a_progress_note_and_new_due_date_refused_are_carried_next_time_and_said(
        sessions_dir: Path, cache: Path) -> None:
    """A known gap: meeting 2 noted where the action had got to and moved its due date, but
    meeting 1's file could not be read then, so neither was written back; only the status
    was carried, and meeting 3 saw meeting 1's old due date and no note. Both are carried now
    as the status is, said, and written back there by the next change."""
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training",
                                                due="end of January",
                                                due_date=date(2026, 1, 31))], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    carried.note = "Pat Example booked a trainer"
    carried.new_due, carried.new_due_date = "end of March", date(2026, 3, 31)
    put_back = unreadable_while(session_path(sessions_dir, first.id))
    assert "could not be read" in (written(sessions_dir, second, carried) or "")
    put_back()
    action = load_session(session_path(sessions_dir, first.id)).actions[0]
    assert (action.progress, action.due) == ("", "end of January")

    third, carried = carried_to(sessions_dir, cache, 3)
    assert carried.progress_before == "Pat Example booked a trainer"
    assert (carried.due, carried.due_date) == ("end of March", date(2026, 3, 31))
    assert (carried.progress_noted_in, carried.due_noted_in) == ("Meeting 2", "Meeting 2")
    assert (carried.status, carried.noted_in) == ("open", "")  # the status was not changed
    said = last_noted(carried)
    assert "last noted: “Pat Example booked a trainer”" in said
    assert ("“Meeting 1” says no progress note, due end of January (Sat 31 Jan 2026): the "
            "progress note and due date noted in “Meeting 2” (“Pat Example booked a "
            "trainer”; end of March (Tue 31 Mar 2026)) could not be written back there") in said

    fourth, carried = carried_to(sessions_dir, cache, 4)  # nothing changed at meeting 3
    assert (carried.progress_before, carried.due) == ("Pat Example booked a trainer",
                                                      "end of March")
    assert (carried.progress_noted_in, carried.due_noted_in) == ("Meeting 2", "Meeting 2")
    carried.status = "in progress"  # a change at meeting 4 writes back what it shows
    assert written(sessions_dir, fourth, carried) is None
    action = load_session(session_path(sessions_dir, first.id)).actions[0]
    assert (action.status, action.progress, action.due, action.due_date) == (
        "in progress", "Pat Example booked a trainer", "end of March", date(2026, 3, 31))
    assert action.agreed_due == "end of January"  # what meeting 1 agreed is kept beside it
    assert last_noted(carried) == "last noted: “Pat Example booked a trainer”"
    _, carried = carried_to(sessions_dir, cache, 5)
    assert (carried.progress_noted_in, carried.due_noted_in) == ("", "")


def test_each_is_said_as_noted_by_the_meeting_that_noted_it(sessions_dir: Path,
                                                           cache: Path) -> None:
    """Meeting 2's note and meeting 3's new due date, each refused (meeting 1 open elsewhere):
    meeting 4 carries both, each said as noted by the meeting that noted it."""
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    lock = SessionLock(session_path(sessions_dir, first.id))  # meeting 1 open elsewhere
    assert lock.acquire()
    second, carried = carried_to(sessions_dir, cache, 2)
    carried.status, carried.note = "in progress", "Trainer found"
    assert "open in another reflect" in (written(sessions_dir, second, carried) or "")
    third, carried = carried_to(sessions_dir, cache, 3)
    carried.new_due, carried.new_due_date = "early May", date(2026, 5, 1)
    assert "open in another reflect" in (written(sessions_dir, third, carried) or "")
    lock.release()
    _, carried = carried_to(sessions_dir, cache, 4)
    assert (carried.status, carried.progress_before, carried.due) == (
        "in progress", "Trainer found", "early May")
    assert (carried.noted_in, carried.progress_noted_in, carried.due_noted_in) == (
        "Meeting 2", "Meeting 2", "Meeting 3")
    assert ("“Meeting 1” says open, no progress note, no due date: the status and progress "
            "note noted in “Meeting 2” (in progress; “Trainer found”) and the due date noted "
            "in “Meeting 3” (early May (Fri 1 May 2026)) could not be written back there"
            ) in last_noted(carried)


def test_the_meeting_that_noted_it_is_named_by_its_title_now(sessions_dir: Path,
                                                           cache: Path) -> None:
    """A known gap: `noted_in` kept meeting 2's title as it was when noted. Renamed since,
    meeting 3 opened again, and meeting 4 carrying it on, named a title no session has. They
    follow meeting 2 by its id, as the session that agreed the action is followed."""
    first = make(sessions_dir, 1, TEAM, [Action(text="Book invented training")], day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    carried.status, carried.note = "in progress", "Trainer found"
    carried.new_due, carried.new_due_date = "early May", date(2026, 5, 1)
    put_back = unreadable_while(session_path(sessions_dir, first.id))
    assert "could not be read" in (written(sessions_dir, second, carried) or "")
    put_back()
    third, carried = carried_to(sessions_dir, cache, 3)
    rename_session(session_path(sessions_dir, second.id), "Invented April meeting")

    reopened = load_session(session_path(sessions_dir, third.id))  # meeting 3, opened again
    relabel(sessions_dir, reopened, cache)
    [carried] = reopened.carried
    assert (carried.noted_in, carried.progress_noted_in, carried.due_noted_in) == (
        "Invented April meeting",) * 3
    assert "noted in “Invented April meeting”" in last_noted(carried)
    assert "Meeting 2" not in last_noted(carried)
    _, carried = carried_to(sessions_dir, cache, 4)  # from meeting 3's file, as it was saved
    assert (carried.noted_in, carried.progress_noted_in, carried.due_noted_in) == (
        "Invented April meeting",) * 3

    assert carried.noted_in_id == second.id
    older = load_session(session_path(sessions_dir, third.id))
    older.carried[0].noted_in_id = ""  # as a file from before the id was kept
    relabel(sessions_dir, older, cache)
    assert older.carried[0].noted_in == "Meeting 2"  # as that file kept it: nothing to follow
