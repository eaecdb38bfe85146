"""One editor per session: an OS lock on a separate lock file beside the session.

The lock is held by the operating system (flock), so a reflect that is killed releases it at
once: a lock file left behind never blocks anyone.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from reflect.store.atomic import Stamp, ensure_private_dir

IN_USE = "open in another copy of reflect: opened read-only so the two cannot overwrite each other"


class SessionLock:
    def __init__(self, session_file: Path) -> None:
        self.path = session_file.with_name(f".{session_file.stem}.lock")
        self._lock = FileLock(str(self.path), timeout=0, mode=0o600, thread_local=False)
        self.read_as: Stamp | None = None
        """The session file's stamp taken before it was read for the editing this lock is
        for (`lock_for_editing`): the keeper then knows a change made while it was opened."""

    def acquire(self) -> bool:
        """True if this process may edit the session; False if another reflect has it open."""
        try:
            ensure_private_dir(self.path.parent)  # else filelock makes it with the umask's mode
            self._lock.acquire()
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
    file's stamp taken before it was read (`atomic.file_stamp`)."""
    if read_only is not None:
        return None, read_only
    lock = SessionLock(session_file)
    lock.read_as = read_as
    if lock.acquire():
        return lock, None
    return None, IN_USE
