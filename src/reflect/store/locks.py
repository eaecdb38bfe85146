"""One editor per session: an OS lock on a separate lock file beside the session.

The lock is held by the operating system (flock), so a reflect that is killed releases it at
once: a lock file left behind never blocks anyone.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from reflect.store.atomic import Stamp, ensure_private_dir

OPENER_WAITS = 0.5
"""Seconds an opener tries for a session's lock before opening it read-only (and a writer off
the UI thread — rename, delete, restore, a write-back, `cpd-fill` — before saying the session
is open elsewhere). A listing asks whether a session is open elsewhere by taking its lock for
a moment (`manage_sessions.open_elsewhere`; an OS lock that flock holds cannot be asked
about without taking it: fcntl's F_GETLK sees only fcntl's own locks): a reflect opening the
session in that moment found it taken and opened it read-only. A reflect editing it holds it
for as long as it is open, far longer than this."""

IN_USE = "open in another copy of reflect: opened read-only so the two cannot overwrite each other"
VIEWING = "opened to view only"
"""Why a session opened with `v` on the start screen, or `reflect open --view`, is read-only:
looked at, never changed. Its lock is not taken (whoever carries it on meanwhile may), its file
is never written, and no time is counted on it: a learning lead reading a team's session had
its file rewritten and its time grow by the minutes spent reading (a trial)."""


class SessionLock:
    def __init__(self, session_file: Path) -> None:
        self.path = session_file.with_name(f".{session_file.stem}.lock")
        self._lock = FileLock(str(self.path), timeout=0, mode=0o600, thread_local=False)
        self.read_as: Stamp | None = None
        """The session file's stamp taken before it was read for the editing this lock is
        for (`lock_for_editing`): the keeper then knows a change made while it was opened."""

    def acquire(self, wait: float = 0) -> bool:
        """True if this process may edit the session; False if another reflect has it open
        (still held after `wait` seconds)."""
        try:
            ensure_private_dir(self.path.parent)  # else filelock makes it with the umask's mode
            self._lock.acquire(timeout=wait, poll_interval=0.01)
        except Timeout:
            return False
        except OSError:
            return True  # a folder where locks cannot be taken: editing alone is still safe
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()


def lock_for_editing(session_file: Path, read_only: str | None, read_as: Stamp | None = None
                     ) -> tuple[SessionLock | None, str | None]:
    """As a session is read, off the UI thread: its lock taken for the screen that edits it,
    or why it opens read-only (as it was read, or open in another reflect). `read_as`: the
    file's stamp taken before it was read (`atomic.file_stamp`). Viewed only (`VIEWING`), as
    any read-only session, it takes no lock."""
    if read_only is not None:
        return None, read_only
    lock = SessionLock(session_file)
    lock.read_as = read_as
    if lock.acquire(wait=OPENER_WAITS):  # (not lost to a listing's look at the lock)
        return lock, None
    return None, IN_USE
