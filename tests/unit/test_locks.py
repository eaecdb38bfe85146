import subprocess
import sys
import time
from pathlib import Path

from reflect.store.locks import SessionLock

HOLDER = """
import sys, time
from pathlib import Path
from reflect.store.locks import SessionLock
lock = SessionLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_second_process_cannot_edit_and_a_killed_holder_releases(tmp_path: Path):
    session = tmp_path / "20260101-child-zz-00000004.toml"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(session)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        assert SessionLock(session).acquire() is False
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert (tmp_path / ".20260101-child-zz-00000004.lock").exists()  # left behind by the kill
    deadline = time.monotonic() + 5
    lock = SessionLock(session)
    while not lock.acquire():
        assert time.monotonic() < deadline, "a killed process's lock still blocks"
        time.sleep(0.05)
    lock.release()


def test_same_process_second_lock_is_refused_until_released(tmp_path: Path):
    session = tmp_path / "s.toml"
    first, second = SessionLock(session), SessionLock(session)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_an_opener_is_not_turned_read_only_by_a_listing_looking_at_the_lock(tmp_path: Path):
    """A listing asks whether a session is open elsewhere by taking its lock for a moment
    (`manage_sessions.open_elsewhere`): a reflect opening the session in that moment opened it
    read-only ("open in another copy of reflect"), though no other reflect had it open."""
    import threading

    from reflect.store.locks import IN_USE, lock_for_editing

    session = tmp_path / "20260101-child-zz-0000100c.toml"
    looking = SessionLock(session)  # the listing's look, let go straight after
    assert looking.acquire()
    threading.Timer(0.05, looking.release).start()
    lock, read_only = lock_for_editing(session, None)
    assert read_only is None and lock is not None
    lock.release()
    other = SessionLock(session)  # another reflect that has it open: read-only, as before
    assert other.acquire()
    try:
        assert lock_for_editing(session, None) == (None, IN_USE)
    finally:
        other.release()


def test_a_rename_is_not_refused_for_a_listing_looking_at_the_lock(review, sessions_dir):
    """The same look, met by a writer off the UI thread (rename here; delete, restore, a
    write-back and cpd-fill take the lock the same way): it said "open in another copy of
    reflect; close it there first" though none had it open (a review)."""
    import threading

    from reflect.model.session import Session
    from reflect.store.manage_sessions import rename_session
    from reflect.store.sessions import load_session, save_session

    session = Session.start(review, "20260101-child-zz-0000100d", title="Invented title")
    path = save_session(sessions_dir, session)
    looking = SessionLock(path)
    assert looking.acquire()
    threading.Timer(0.05, looking.release).start()
    rename_session(path, "Invented title renamed")
    assert load_session(path).title == "Invented title renamed"
