"""Acting on a copy of a session found outside the sessions folder (store/copies.py): one
restored into the folder as its session's file, the file there before kept aside in
`replaced/` (`restore_copy`), or one deleted once compared again and found to hold nothing new
(`delete_copy`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.commands import command
from reflect.store.copies import COPY_NAME, REPLACED, FoundCopy, compare
from reflect.store.errors import SessionError
from reflect.store.rescue import KEPT_ASIDE

if TYPE_CHECKING:
    from reflect.store.locks import SessionLock


def delete_copy(path: Path, folder: Path, older_too: bool = False) -> FoundCopy:
    """Delete the copy at `path` once it is compared again with its session's file and holds
    the same (or, with `older_too`, is older than the file: it may hold words deleted since,
    so the caller has asked). SessionError, and nothing deleted, for any other copy (a newer
    one, one of a session no longer in the folder, one that cannot be read: each may hold
    what is nowhere else) or a file that is no copy's."""
    path = path.expanduser()
    match = COPY_NAME.match(path.name)
    if match is None:
        raise SessionError(f"{path}: not an emergency copy's name (reflect-copy-<session id>-"
                           "<date>-<time>.toml): nothing deleted")
    copy = compare(path, folder, match["id"])
    if copy is None:
        raise SessionError(f"{path}: no such file")
    if copy.state not in (("same", "older") if older_too else ("same",)):
        raise SessionError(f"{copy.said()} Nothing deleted.")
    try:
        path.unlink()
    except OSError as e:
        raise SessionError(f"{path}: could not be deleted: {e.strerror or e}") from e
    return copy


@dataclass(frozen=True)
class Restored:
    path: Path
    """The session's file, now holding the copy."""
    aside: Path | None
    """Where the file it replaced was kept (None: there was none)."""


def restore_copy(copy: Path, folder: Path, lock: SessionLock | None = None) -> Restored:
    """Put the copy at `copy` into `folder` as its session's file. The file there before is kept
    aside first (in `folder`/replaced, never replacing a file), then replaced atomically; the
    copy is left where it is. `lock`: the session's lock, held by the caller; else taken here
    (SessionError while another reflect has the session open). SessionError for a copy that
    cannot be read (it is never written anywhere) or a failed write."""
    from reflect.model.session import now
    from reflect.store.atomic import write_atomic
    from reflect.store.free_names import first_free
    from reflect.store.locks import OPENER_WAITS, SessionLock
    from reflect.store.sessions import session_from_bytes, session_path

    try:
        data = copy.expanduser().read_bytes()
    except OSError as e:
        raise SessionError(f"{copy}: cannot be read: {e.strerror or e}") from e
    if COPY_NAME.match(copy.name) is None and b"review_id" not in data:
        raise SessionError(f"{copy}: not a copy of a session (a session's file holds its "
                           "review_id, and an emergency copy is named reflect-copy-<session "
                           "id>-<date>-<time>.toml), so nothing was restored; "
                           f"`{command('list sessions')}` names the copies found")
    data = data.removeprefix(KEPT_ASIDE)  # (a comment: the session's file says nothing of it)
    try:  # the bytes read are the ones checked and written (read once, not twice)
        session, _ = session_from_bytes(copy, data)
    except SessionError as e:
        raise SessionError(f"{e}\nThe copy cannot be read, so nothing was restored; it is left "
                           "as it is.") from e
    target = session_path(folder, session.id)
    if target.exists() and target.resolve() == copy.resolve():
        raise SessionError(f"{copy} is the session's own file: nothing to restore")
    own = lock is None
    if own:
        lock = SessionLock(target)
        if not lock.acquire(wait=OPENER_WAITS):  # (not lost to a listing's look)
            raise SessionError(f"session {session.id} is open in another copy of reflect: "
                               "close it there first, then restore the copy")
    try:
        aside = None
        try:
            old = target.read_bytes()
        except FileNotFoundError:
            old = None
        if old is not None:
            stamp = f"{now():%Y%m%d-%H%M%S}"
            aside = first_free(
                lambda n: folder / REPLACED / (f"{session.id}-{stamp}.toml" if n == 1
                                               else f"{session.id}-{stamp}-{n}.toml"),
                lambda p: p.exists())
            write_atomic(aside, old, replace=False)
        write_atomic(target, data)
    except OSError as e:
        raise SessionError(f"could not restore {copy} into {folder}: {e.strerror or e}"
                           "; nothing was changed there" if aside is None or
                           not aside.exists() else
                           f"could not restore {copy} as {target}: {e.strerror or e}; the "
                           f"session's file is as it was (a copy of it is in {aside})") from e
    finally:
        if own and lock is not None:
            lock.release()
    return Restored(target, aside)
