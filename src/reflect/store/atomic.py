"""Atomic, owner-only file writes: temp file in the same folder, fsync, then os.replace (or,
when an existing file must not be replaced, os.link, which fails if the name is taken).

A path that is a symbolic link is written through: the link's target is replaced atomically in
the target's own folder and the link is kept, so the file it points to never goes stale.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

TEMP_PREFIX = ".reflect-"
TEMP_SUFFIX = ".tmp"


Stamp = tuple[int, int, int]
"""A file's inode, size and modification time: what tells that it was replaced or changed."""


def file_stamp(path: Path) -> Stamp | None:
    """The file's Stamp now (None: no file, or none that can be looked at)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def file_stamp_time(path: Path) -> float:
    """When `path` last changed by its file system's clock (infinity: it cannot be looked at)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return float("inf")


def folder_stamps(*folders: Path) -> tuple[Stamp | None, ...]:
    """The folders' stamps: one changes when a file in it is added, removed or replaced (as
    every save here replaces its file)."""
    return tuple(file_stamp(folder) for folder in folders)


def ensure_private_dir(folder: Path) -> None:
    """Create `folder` and any missing parents; each folder this creates is owner-only (0700),
    whatever the umask. Folders that already exist are left as they are. A file where one
    should be raises NotADirectoryError naming it: the FileExistsError of its mkdir was read
    by every writer as the file to write existing already, and the export dialog asked
    "Replace it?" of `exports/….md`, then again of each new name, with a file named
    `exports` in the sessions folder (a trial)."""
    missing: list[Path] = []
    here = folder
    while not here.is_dir():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            if not level.is_dir():  # a file in the way (see the docstring)
                raise NotADirectoryError(errno.ENOTDIR, f"{level} is a file, not a folder",
                                         str(level)) from None
            continue  # made at the same moment by another writer: theirs, leave it
        os.chmod(level, 0o700)


_PRIVATE_CHECKED: set[Path] = set()
"""Folders `make_private` has looked at in this run (it looks once at each)."""


def make_private(folder: Path) -> None:
    """Owner-only access (0700) to reflect's own folder `folder` when it exists with more (an
    older reflect, or the umask, left it at 0755; its files are 0600 but their names and
    number showed). Looked at once per run; a folder that cannot be changed (another owner,
    a file system without modes) is left as it is, never an error."""
    if folder in _PRIVATE_CHECKED:
        return
    _PRIVATE_CHECKED.add(folder)
    try:
        if folder.is_dir() and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except OSError:
        pass


def unwritable(folder: Path) -> str | None:
    """Why no file can be written in `folder` (a file in its place, no permission, a
    read-only disk), or None: it can (made first, owner-only, when missing)."""
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    try:
        ensure_private_dir(folder)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX + "check.", suffix=TEMP_SUFFIX)
        os.close(fd)
        os.unlink(tmp)
    except OSError as e:
        from reflect.store.missing_folder import missing_said

        return missing_said(e, folder) or f"{folder} cannot be written: {e.strerror or e}"
    return None


def not_written(path: Path, e: OSError) -> str:
    """Why `path` was not written, as a person reads it: what is wrong with its folder where
    something is (`unwritable`: a file where the exports folder should be was said "File
    exists", the error of making the folder, a learning lead's trial), else the system's
    word."""
    if isinstance(e, FileExistsError) and path.exists():
        return f"{e.strerror or e}"  # (the file itself: never written over)
    return unwritable(path.parent) or f"{e.strerror or e}"


def real_target(path: Path) -> Path:
    """Where writing `path` lands: the end of its chain of symbolic links (the path itself
    when it is not a link)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_atomic(path: Path, data: bytes, mode: int = 0o600, *, replace: bool = True) -> None:
    """Replace `path` with `data` so that readers see the old bytes or the new, never a mix.

    Files are owner-only (0600) unless another `mode` is asked for (review content is public).
    With `replace=False` the file must not exist yet: FileExistsError is raised if it does,
    even when another process creates it at the same moment (no check-then-write race).
    """
    path = real_target(path)
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX + path.name + ".",
                               suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as f:
            if mode != 0o600:
                os.fchmod(f.fileno(), mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            _create_new(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _create_new(tmp: str, path: Path) -> None:
    """Give the finished temp file the name `path` only if nothing has that name yet."""
    try:
        os.link(tmp, path)  # atomic create-if-absent: the complete bytes or nothing
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: reserve the name exclusively, then replace it.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def clean_stale_temp_files(folder: Path, older_than: float = 60.0) -> int:
    """Remove temp files left by a write that was killed; returns how many were removed.

    Old by this computer's clock and by the folder's own (its last change, stamped by the file
    system): a folder on another machine whose clock is behind, or reflect run under faketime,
    made a temp file being written that moment look a week old, and it was removed mid-save
    ("Could not create the session file …: No such file or directory", a trial)."""
    removed = 0
    cutoff = min(time.time(), file_stamp_time(folder)) - older_than
    for tmp in folder.glob(TEMP_PREFIX + "*" + TEMP_SUFFIX):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
                removed += 1
        except OSError:
            pass
    return removed
