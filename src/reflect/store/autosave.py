"""Keeping an open session on disk: snapshots taken on the UI thread, written on any thread.

The UI marks the session changed after every edit; a timer asks for a `pending()` snapshot
(plain data, quick to take) and hands it to a background writer, which makes the TOML. Writes
are ordered by a sequence number so an older snapshot never replaces a newer one, and
`flush()` writes synchronously on the way out.

A file changed by another program since the session was read (a sync, `git pull`, an editor:
the lock keeps out only another reflect) is never written over: from then on the edits are
kept in a copy outside the sessions folder, and the error says where.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from shlex import quote

from reflect.commands import command
from reflect.model.session import Session, now
from reflect.store import sessions as session_files
from reflect.store.atomic import Stamp, file_stamp, write_atomic
from reflect.store.errors import ChangedOutside, SessionError
from reflect.store.sessions import dumps_data, session_path, snapshot

UNSAVED = ("current_step", "updated", "timing")
"""What changes without anyone typing: a session differing only in these holds nothing. A
session's `updated` is when its words last changed: a save of these alone leaves it as it was."""

CAME_BACK = "The session's file was gone from the sessions folder; written again at"
"""Said, with the file's path, once a save has put back a session's file deleted, moved or
renamed while it was open (`SessionKeeper.came_back`)."""


def as_typed(session: Session) -> dict[str, object]:
    """What was typed into `session`: all of it but what changes on its own (`UNSAVED`)."""
    return session.model_dump(exclude=set(UNSAVED))


def typed_part(data: dict[str, object]) -> dict[str, object]:
    """A `snapshot`'s typed part (`as_typed`'s, from the plain data already taken)."""
    return {key: value for key, value in data.items() if key not in UNSAVED}


class SessionKeeper:
    def __init__(self, folder: Path, session: Session, read_as: Stamp | None = None,
                 fresh: bool = False) -> None:
        """`read_as`: the file's stamp taken before the session was read from it (a change
        made while it was being opened is then caught too); None: as the file is now.
        `fresh`: a session just started, never written, as plain mode keeps one: it is
        written only once something is typed into it (`held_back` until then)."""
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
        self.on_disk = OnDisk(self.path, read_as)
        self.elsewhere: Path | None = None
        """Where the edits are kept once the file was changed by another program."""
        self._kept = 0
        """The newest edit count in that copy."""
        self.copied_to: Path | None = None
        """The last copy saved elsewhere (`copy_to`) as the folder could not be written."""
        self._untyped = as_typed(session) if fresh else None
        """A fresh session as it was started, until it is first written."""
        self._typed = typed_part(snapshot(session))
        """What was typed, as last snapshotted: `updated` moves only when this changes (an
        emergency copy is older than the file only where its words changed since: opening a
        session and leaving it, which saves the time spent, made a newer copy "older")."""
        self._came_back = False
        """A write found the file gone from the sessions folder (deleted, moved or renamed
        while the session was open) and wrote it again: not yet said (`came_back`)."""
        self._held = fresh
        """`held_back`: decided as each change arrives, not each time it is asked (the
        status line and the autosave tick ask it, and the session is dumped to decide)."""

    def changed(self) -> None:
        """The session was changed (on the thread that edits): call after every edit."""
        self._changes += 1
        if self._untyped is not None:  # fresh and never written: typed into yet?
            self._held = as_typed(self.session) == self._untyped

    @property
    def held_back(self) -> bool:
        """A fresh session with nothing typed into it yet: not written, so that leaving it
        leaves nothing behind (moving from step to step, or the clock, is not typing; what
        was typed and taken out again before it was written is nothing typed either). As
        the session stood at the last `changed()`; never once written (`write` may run on
        another thread meanwhile)."""
        return self._held and self._untyped is not None

    @property
    def dirty(self) -> bool:
        """Edits not yet on disk: in the file, or in the copy kept `elsewhere` once the file was
        changed by another program (none while `held_back`)."""
        return self._on_disk_seq < self._changes and not self.held_back

    @property
    def _on_disk_seq(self) -> int:
        """The newest edit count on disk: in the file, or in the copy kept `elsewhere`."""
        return self._written if self.elsewhere is None else self._kept

    def pending(self) -> tuple[int, dict[str, object]] | None:
        """A snapshot to write if there are unsaved edits; call on the thread that edits.

        Only the quick part (plain data, copied) happens here; turning it into TOML, which
        takes tens of milliseconds for a long meeting's session, happens in `write`.
        """
        if not self.dirty:
            return None
        data = snapshot(self.session)
        typed = typed_part(data)
        if typed != self._typed:
            self._typed = typed
            self.session.updated = now()
            data["updated"] = self.session.updated
        return self._changes, data

    def write(self, seq: int, data: dict[str, object]) -> bool:
        """Write a snapshot unless a newer one is already on disk. Safe from any thread."""
        with self._lock:
            if seq <= self._on_disk_seq:
                return False
            gone = self.elsewhere is None and self.on_disk.gone()
            if self.elsewhere is not None or self.on_disk.changed():
                self._keep_elsewhere(seq, data)  # (theirs stays as it is from then on)
            try:
                text = dumps_data(data, self.session.id)
                write_atomic(self.path, text)
            except OSError as e:
                self.last_error = f"{self.path}: could not save: {e.strerror or e}"
                raise
            except SessionError as e:
                self.last_error = f"{e}; the last good version is still on disk"
                raise
            self._written = seq
            self._untyped = None  # written: from here on saved like any other
            self.on_disk.wrote(text)
            self.last_error = None
            self._came_back = self._came_back or gone
            return True

    def came_back(self) -> bool:
        """True, once, after a write found the session's file gone from the sessions folder
        (deleted, moved or renamed while the session was open) and wrote it again at its own
        name: the app says so (saved silently, a second file was left unexplained: a
        trial). Safe from any thread."""
        with self._lock:
            said, self._came_back = self._came_back, False
            return said

    def _keep_elsewhere(self, seq: int, data: dict[str, object]) -> None:
        """Keep the snapshot in a copy outside the sessions folder (the same copy each time,
        replaced), then raise ChangedOutside naming both files."""
        from reflect.store.own_temp import passed_over
        from reflect.store.rescue import KEPT_ASIDE, write_emergency_copy

        changed = changed_outside(self.path)
        text = KEPT_ASIDE + dumps_data(data, self.session.id)  # (said apart: store/copies.py)
        try:
            if self.elsewhere is None:
                self.elsewhere = write_emergency_copy(self.session.id, text)
            else:
                write_atomic(self.elsewhere, text)
        except OSError as e:
            self.last_error = f"{changed}; nor could a copy be written: {e.strerror or e}"
            raise ChangedOutside(self.last_error) from e
        self._kept, self._copied = seq, max(self._copied, seq)
        self.last_error = (f"{changed}; every edit made here is kept in {self.elsewhere}"
                           f"{passed_over(self.elsewhere)}. "
                           f"{self._to_keep()}. The start screen and quitting say how the two "
                           "differ.")
        raise ChangedOutside(self.last_error)

    def _to_keep(self) -> str:
        """How to keep the words kept `elsewhere` (a team lead was told to compare two TOML
        files, "then … or copy it over the other", with no command: a trial)."""
        from reflect.store.copies import REPLACED

        restore = command(f"restore {quote(str(self.elsewhere))}")
        return (f"To keep reflect's words, `{restore}` makes the copy the session's file (the "
                f"other file is kept in {self.folder / REPLACED})")

    def kept_aside_note(self) -> str:
        """What the terminal is told on the way out of a session whose edits are kept
        `elsewhere`: what happened, how the two differ, and how to keep either."""
        from reflect.store.copies import compare

        copy = compare(self.elsewhere, self.folder) if self.elsewhere is not None else None
        found, lost = (copy.differ_said(), copy.lost_said()) if copy is not None else \
            ("", "any change made in the file is then not in the session")
        return (f"reflect: {changed_outside(self.path)}; every edit made here is kept in "
                f"{self.elsewhere}.{found} {self._to_keep()}: {lost}. To keep the other file's "
                "words instead, choose *Open the saved one* when opening the session in reflect "
                "offers the copy.")

    def flush(self) -> bool:
        """Write any unsaved edits now (used on every way out)."""
        snap = self.pending()
        return self.write(*snap) if snap else False

    @property
    def in_file(self) -> bool:
        """True when the session's file holds every edit (none only in a copy elsewhere, nor
        held back): what the terminal is told of once the app ends (ui/farewell.py)."""
        return self._written >= self._changes and self.elsewhere is None and self._untyped is None

    @property
    def wrote(self) -> bool:
        """Whether this keeper has written the session's file."""
        return self._written > 0

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
        self.copied_to = where
        return where

    def rescue_note(self, error: str) -> str | None:
        """What the terminal is told on the way out when the edits are not all in the
        session's file: kept `elsewhere` (the file was changed outside reflect), or in a copy
        saved elsewhere after `error` (the app ended saying nowhere where it was: a trial)."""
        if self.elsewhere is not None:
            return self.kept_aside_note()
        if not error or self.copied_to is None or not self.safe:
            return None
        from reflect.store.own_temp import passed_over

        where = self.copied_to
        return (f"reflect: {error}; a copy of the session holding every edit is in {where}"
                f"{passed_over(where)}. "
                "Once the sessions folder can be written, opening the session in reflect "
                f"offers to carry on from it (`{command(f'restore {quote(str(where))}')}` does "
                f"the same); `{command(f'walk --resume {quote(str(where))}')}` carries on "
                "from it now.")



def changed_outside(path: Path) -> str:
    return (f"{path} was changed by another program since reflect read it (a sync, `git pull` "
            "or an editor?), so it is not written over")


class OnDisk:
    """A session's file as reflect last read or wrote it, to tell when another program has
    changed it since (the lock keeps out only another reflect)."""

    def __init__(self, path: Path, read_as: Stamp | None = None,
                 session: Session | None = None) -> None:
        """`session`: as read from the file, for `save` to tell a change of its words."""
        self.path = path
        self._stamp = read_as if read_as is not None else file_stamp(path)
        self._there = self._stamp is not None
        """The file was there as reflect last read or wrote it (`gone`)."""
        self._digest: bytes | None = None
        """Of what reflect last wrote there."""
        self._typed = as_typed(session) if session is not None else None
        """What was typed into the session as last read or saved (None: not known)."""

    def wrote(self, data: bytes) -> None:
        self._stamp, self._digest = file_stamp(self.path), _digest(data)
        self._there = True  # (even when it went between the write and the stamp)

    def gone(self) -> bool:
        """True when the file was there as reflect last read or wrote it and is not now
        (deleted, moved or renamed meanwhile): the next write puts it back."""
        return self._there and file_stamp(self.path) is None

    def changed(self) -> bool:
        """True when the file is not as reflect last read or wrote it. The same bytes written
        again (a sync tool putting back what it took) are no change; a file removed meanwhile
        is none either (writing it again loses nothing)."""
        now_there = file_stamp(self.path)
        if now_there is None or now_there == self._stamp:
            return False
        try:
            same = self._digest is not None and _digest(self.path.read_bytes()) == self._digest
        except OSError:
            same = False
        if same:
            self._stamp = now_there
        return not same

    def save(self, session: Session) -> None:
        """`save_session` into the file's folder, unless another program has changed the file
        since: ChangedOutside then, the file left as it is (`reflect walk` saves so)."""
        if self.changed():
            raise ChangedOutside(changed_outside(self.path))
        typed = as_typed(session)  # `updated` moves only as its words change (`UNSAVED`)
        self.wrote(session_files.save_session(self.path.parent, session, touch=typed != self._typed)
                   .read_bytes())
        self._typed = typed


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()
