"""Copies of a session written somewhere other than the sessions folder, for when that folder
cannot be written (made read-only, disk full): one the person asks for, and an emergency copy
on a way out that cannot wait (SIGTERM, SIGHUP, an unexpected exception).

Copies are created owner-only (0600) and never replace an existing file; an emergency copy goes
to the home folder, else to a folder of the user's own in the temp folder (store/own_temp.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from reflect.store import own_temp

KEPT_ASIDE = (b"# Kept aside by reflect: the session's file was changed by another program while "
              b"the session was open, so reflect wrote its own words here rather than over that "
              b"change.\n")
"""The first line of an emergency copy written as the session's file was changed by another
program (autosave.py), not as it could not be saved: the two are told apart by it, and it is
said (store/copies.py). A TOML comment: the copy reads as a session all the same, and
`reflect restore` leaves it out of the session's file."""


def kept_aside(path: Path) -> bool:
    """Whether the copy at `path` was kept aside as its file was changed by another program."""
    try:
        with path.open("rb") as f:
            return f.read(len(KEPT_ASIDE)) == KEPT_ASIDE
    except OSError:
        return False


def write_private(path: Path, data: bytes) -> Path:
    """Create `path` (never replacing a file) owner-only, write `data` and flush it to disk."""
    path = path.expanduser()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        try:
            path.unlink()
        except OSError:
            pass
        raise
    os.close(fd)
    return path


def copy_name(session_id: str) -> str:
    """A file name for a copy of the session, unique to the second."""
    from reflect.model.session import now  # (the start screen looks for copies: no models)

    return f"reflect-copy-{session_id}-{now():%Y%m%d-%H%M%S}.toml"


def default_copy_path(session_id: str) -> Path:
    """Where the person is offered to save a copy: their home folder."""
    return Path.home() / copy_name(session_id)


def _home() -> list[Path]:
    try:
        return [Path.home()]
    except RuntimeError:  # no home folder known
        return []


def rescue_folders() -> list[Path]:
    """Where copies are looked for: the home folder, the user's own folders in the temp folder
    (store/own_temp.py), then the temp folder itself, where earlier versions wrote them (its
    files of the user's own only: `own_temp.copy_names`)."""
    return [*_home(), *own_temp.copy_folders(), own_temp.shared_temp()]


def write_emergency_copy(session_id: str, data: bytes) -> Path:
    """Write `data` into the home folder, else into the user's own folder in the temp folder
    (never the shared temp folder itself: others list it); OSError if neither takes it."""
    error: OSError | None = None
    for folder in (*_home(), None):
        try:
            folder = folder if folder is not None else own_temp.made_folder()
            return write_private(folder / copy_name(session_id), data)
        except OSError as e:
            error = e
    raise error or OSError("nowhere to write a copy")
