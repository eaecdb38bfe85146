"""Keeping an open session on disk: snapshots taken on the UI thread, written on any thread.

The UI marks the session changed after every edit; a timer asks for a `pending()` snapshot
(plain data, quick to take) and hands it to a background writer, which makes the TOML. Writes
are ordered by a sequence number so an older snapshot never replaces a newer one, and
`flush()` writes synchronously on the way out.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reflect.model.session import Session, now
from reflect.store.atomic import write_atomic
from reflect.store.errors import SessionError
from reflect.store.sessions import dumps_data, session_path, snapshot


class SessionKeeper:
    def __init__(self, folder: Path, session: Session) -> None:
        self.folder = folder
        self.session = session
        self.path = session_path(folder, session.id)
        self._lock = threading.Lock()
        self._changes = 0
        """Edits made so far (bumped on the UI thread)."""
        self._written = 0
        """The newest edit count that is on disk."""
        self.last_error: str | None = None
        self._copied = 0
        """The newest edit count held by a copy saved elsewhere (see `copy_to`)."""

    def changed(self) -> None:
        self._changes += 1

    @property
    def dirty(self) -> bool:
        return self._written < self._changes

    def pending(self) -> tuple[int, dict[str, object]] | None:
        """A snapshot to write if there are unsaved edits; call on the thread that edits.

        Only the quick part (plain data, copied) happens here; turning it into TOML, which
        takes tens of milliseconds for a long meeting's session, happens in `write`.
        """
        if not self.dirty:
            return None
        self.session.updated = now()
        return self._changes, snapshot(self.session)

    def write(self, seq: int, data: dict[str, object]) -> bool:
        """Write a snapshot unless a newer one is already on disk. Safe from any thread."""
        with self._lock:
            if seq <= self._written:
                return False
            try:
                write_atomic(self.path, dumps_data(data, self.session.id))
            except OSError as e:
                self.last_error = f"{self.path}: could not save: {e.strerror or e}"
                raise
            except SessionError as e:
                self.last_error = f"{e}; the last good version is still on disk"
                raise
            self._written = seq
            self.last_error = None
            return True

    def flush(self) -> bool:
        """Write any unsaved edits now (used on every way out)."""
        snap = self.pending()
        return self.write(*snap) if snap else False

    @property
    def copied(self) -> bool:
        """True when a copy saved elsewhere holds every edit (the folder could not be written)."""
        return self._copied >= self._changes > self._written

    @property
    def safe(self) -> bool:
        """True when every edit is on disk, here or in a copy saved elsewhere."""
        return max(self._written, self._copied) >= self._changes

    def taken(self) -> tuple[int, dict[str, object]]:
        """The session as it is now (plain data) and its edit count, for `copy_to`: call on
        the thread that edits, as `pending`."""
        return self._changes, snapshot(self.session)

    def copy_to(self, path: Path | None = None,
                taken: tuple[int, dict[str, object]] | None = None) -> Path:
        """Write the session to a new owner-only file outside the sessions folder (`path`,
        else an emergency copy in the home or temp folder); returns where. From another thread,
        pass what `taken()` gave on the UI thread: a snapshot taken there while the clock's
        ticks change the session could be torn. Without it, the session as it is now."""
        from reflect.store.rescue import write_emergency_copy, write_private

        seq, plain = taken if taken is not None else self.taken()
        data = dumps_data(plain, self.session.id)
        where = (write_private(path, data) if path is not None
                 else write_emergency_copy(self.session.id, data))
        self._copied = max(self._copied, seq)
        return where
