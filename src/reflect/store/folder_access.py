"""Whether everyone using this computer can look into the sessions folder, said once.

reflect makes its own sessions folder owner-only (`paths.sessions_dir`, `atomic.make_private`).
A folder the user chose (`--sessions-dir`, `REFLECT_SESSIONS_DIR`: a team's shared folder, a
git clone) keeps the permissions they gave it, as group access may be its point
(docs/sharing.md). Its session files are written owner-only, but their names show to whoever
can list the folder, and a file brought in by git, a sync tool or a copy has the permissions
that brought it (0644 from git). So a folder every user of the computer can list and enter is
said once: then again only if it was closed and is found open again, or opened wider to
others.
What was said is remembered per machine, in the cache folder (`said_once`).
"""

from __future__ import annotations

import json
import os
import shlex
import stat
from pathlib import Path

OTHERS_IN = stat.S_IROTH | stat.S_IXOTH
"""What lets every user list a folder and open the files in it its own permissions allow."""
SAID_NAME = "open-sessions-folders.json"
"""The cache folder's file of the folders said open, each with the permissions said."""


def open_to_others(folder: Path) -> int | None:
    """The permissions of `folder` (as 0o755) when any user of this computer can list it and
    open files in it: it lets others read and enter it, and every folder above it lets them
    through. None when it does not, it is not there or cannot be looked at, or on Windows,
    where access is set otherwise (its modes say nothing of other users)."""
    if os.name == "nt":
        return None
    try:
        here = folder.resolve()
        mode = stat.S_IMODE(here.stat().st_mode)
        if mode & OTHERS_IN != OTHERS_IN:
            return None
        for above in here.parents:
            if not above.stat().st_mode & stat.S_IXOTH:
                return None
    except (OSError, RuntimeError):
        return None
    return mode


def _can(mode: int) -> str:
    return "list, delete and replace the session files in" if mode & stat.S_IWOTH else "list"


def open_said(folder: Path, mode: int) -> str:
    """What `reflect walk` says of `folder`, open to others with the permissions `mode`."""
    named = shlex.quote(str(folder))
    return (f"Anyone using this computer can {_can(mode)} the sessions folder {folder} "
            f"({mode:o}), and read a session file in it that git or a sync tool brought in "
            "readable by all. reflect leaves a folder you chose as you set it up: "
            f"chmod 700 {named} keeps it to you, chmod 750 {named} to its group. Said once.")


def where_folders(library: Path, sessions: Path, mode: int | None, whole: bool = False) -> str:
    """The start screen's line of where the library and the sessions are, saying, while the
    sessions folder is open to others with the permissions `mode` (`open_to_others`), so at
    every start (said once in a message that went, it was missed: a learning lead's trial).
    `whole`: what that means said too, the first time it is found so (`said_once`), until a
    screen opens over the start screen. That was a message of 8 lines (12 at 60x20) over the
    library's list as it was searched (a learning lead's trial); this line is under the lists
    and stays to be read, two lines longer at 80 columns."""
    line = f"Library: {library}    Sessions are saved in: {sessions}"
    if mode is None:
        return line
    named = shlex.quote(str(sessions))
    if not whole:
        return f"{line} (open to others, {mode:o}: chmod 700 {named} keeps it to you)"
    return (f"{line} (open to others, {mode:o}: anyone using this computer can {_can(mode)} "
            "it, and read a session file git or a sync tool brought in; reflect leaves a "
            f"folder you chose as it is: chmod 700 {named} keeps it to you, 750 to its group)")


def _read(path: Path) -> dict[str, int]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}


def said_once(folder: Path, cache: Path | None = None) -> str | None:
    """What to say of `folder` (`open_said`) the first time it is found open to others, else
    None. Remembered in the cache folder (`cache`, else the usual one) with its permissions: a
    folder found closed since is forgotten, so said again once found open again, and so is
    one opened wider to others (0o755 said, then 0o777: they can delete files in it too).
    A cache that cannot be written says it at each start, never an error."""
    from reflect.store.atomic import ensure_private_dir, make_private, write_atomic
    from reflect.store.cache import cache_dir

    mode = open_to_others(folder)
    path = (cache or cache_dir()) / SAID_NAME
    said = _read(path)
    key = str(folder.resolve()) if mode is not None or said else ""
    before = said.get(key)
    if mode is None:
        if before is None:
            return None
        del said[key]
    elif before is not None and mode & ~before & stat.S_IRWXO == 0:
        return None
    else:
        said[key] = mode
    try:
        ensure_private_dir(path.parent)
        make_private(path.parent)
        write_atomic(path, json.dumps(said, indent=1, sort_keys=True).encode("utf-8"))
    except OSError:
        pass
    return None if mode is None else open_said(folder, mode)
