"""The person's own folder for emergency copies under the temp folder, where a copy goes when
the home folder will not take one.

The temp folder (/tmp) is shared: every user of the computer can list it, and an emergency
copy written straight into it was listed by another user's start screen and `reflect list
sessions` ("no such session in the sessions folder now"): a session file holds what a team
said about a real case (a trial). So copies go into `reflect-copies-<uid>` there, made
owner-only (0700) and used only when it is a folder of this user's, not a symbolic link:
another user could make it first, to read or swap what is written into it. Then a new folder
of its own is made beside it (`tempfile.mkdtemp`: owner-only, a name nobody could guess), and
the copy's message says why (`passed_over`). Copies are looked for only in folders of the
user's own, and in the temp folder itself (where earlier versions wrote them) among the
user's own files only. On Windows the temp folder is the user's own already (there is no
uid): the folder is `reflect-copies`, checked not to be a link.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

PREFIX = "reflect-copies"


def _uid() -> int | None:
    getuid = getattr(os, "getuid", None)  # (none on Windows)
    return getuid() if getuid is not None else None


def shared_temp() -> Path:
    """The temp folder itself (where earlier versions wrote copies)."""
    return Path(tempfile.gettempdir())


def usual_folder() -> Path:
    """The person's own folder for copies in the temp folder, whether or not it is there."""
    uid = _uid()
    return shared_temp() / (PREFIX if uid is None else f"{PREFIX}-{uid}")


def not_ours(folder: Path) -> str:
    """Why `folder` is not to be used for copies ("": it is a folder of this user's, closed
    to others, made so where it was open)."""
    try:
        st = os.lstat(folder)
    except OSError as e:
        return f"it cannot be read: {e.strerror or e}"
    if stat.S_ISLNK(st.st_mode):
        return "it is a symbolic link, not a folder"
    if not stat.S_ISDIR(st.st_mode):
        return "it is not a folder"
    uid = _uid()
    if uid is None:
        return ""
    if st.st_uid != uid:
        return f"it belongs to another user (uid {st.st_uid}), not to you"
    if st.st_mode & 0o077:
        try:
            os.chmod(folder, 0o700)
        except OSError as e:
            return f"it is open to other users and could not be closed: {e.strerror or e}"
    return ""


def made_folder() -> Path:
    """The usual folder, made where it is not there; where it is not the user's own, a new
    folder of its own beside it (OSError where neither can be made)."""
    folder = usual_folder()
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    if not not_ours(folder):
        return folder
    beside = [f for f in copy_folders() if f != folder]  # (one made before: used again)
    return beside[0] if beside else Path(tempfile.mkdtemp(prefix=f"{folder.name}-",
                                                          dir=folder.parent))


def passed_over(copy: Path) -> str:
    """Said after where `copy` was written, where it is not in the usual folder as that is not
    the user's own: why ("" otherwise)."""
    folder = usual_folder()
    if copy.parent.parent != folder.parent or not copy.parent.name.startswith(f"{folder.name}-"):
        return ""
    return (f" (not in {folder}, the folder reflect keeps such copies in, as {not_ours(folder)}: "
            "it was left alone, and a folder only you can open made beside it)")


def copy_folders() -> list[Path]:
    """The folders of the user's own in the temp folder that copies may be in: the usual one,
    and those made beside it (`made_folder`), each checked to be the user's."""
    folder = usual_folder()
    try:
        names = [e.name for e in os.scandir(folder.parent)
                 if e.name == folder.name or e.name.startswith(f"{folder.name}-")]
    except OSError:
        return []
    return [folder.parent / name for name in sorted(names) if not not_ours(folder.parent / name)]


def copy_names(place: Path) -> list[str]:
    """The names in `place` that may be copies (`reflect-copy-…`) and are the user's to list:
    in the shared temp folder only the user's own files, never a link (OSError: `place`
    cannot be read)."""
    entries = [e for e in os.scandir(place) if e.name.startswith("reflect-copy-")]
    uid = _uid()
    if uid is None or Path(place) != shared_temp():
        return [e.name for e in entries]
    own = []
    for entry in entries:
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_uid == uid:
            own.append(entry.name)
    return own
