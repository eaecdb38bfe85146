"""Where content and sessions live: command-line option, then environment variable, then default.

Defaults work both in a clone (the repo's `content/` and `sessions/`) and in an installed copy
(the library bundled in the package, and a per-user data folder).
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "reflect"
"""The name of the per-user folders (platformdirs)."""
CONTENT_ENV = "REFLECT_CONTENT_DIR"
SESSIONS_ENV = "REFLECT_SESSIONS_DIR"

_PACKAGE = Path(__file__).resolve().parent
_REPO = _PACKAGE.parent.parent  # src/reflect -> repo root, when running from a clone


def _in_clone() -> bool:
    return (_REPO / "pyproject.toml").is_file() and (_REPO / "content").is_dir()


def user_data_dir() -> Path:
    """The per-user data folder, as platformdirs gives it: ~/.local/share/reflect (or under
    $XDG_DATA_HOME), ~/Library/Application Support/reflect, %APPDATA%\\reflect (roaming, where
    earlier versions kept sessions)."""
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False, roaming=True)


OPTION, ENVIRONMENT, DEFAULT = "option", "environment", "default"


def content_dir(option: str | Path | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    if env := os.environ.get(CONTENT_ENV):
        return Path(env).expanduser()
    if _in_clone():
        return _REPO / "content"
    return _PACKAGE / "content"


def content_dir_origin(folder: Path) -> str:
    """How the library folder `folder` was chosen (OPTION, ENVIRONMENT or DEFAULT), read back
    from where `content_dir` looks: the environment variable when it names it, reflect's own
    folder, else the option."""
    env = os.environ.get(CONTENT_ENV)
    if env and Path(env).expanduser() == folder:
        return ENVIRONMENT
    return DEFAULT if folder in (_REPO / "content", _PACKAGE / "content") else OPTION


def missing_library(folder: Path) -> str:
    """What to say of a review library folder that does not exist: which folder, how it was
    chosen, and what to do. A mistyped folder was said as "1 file(s) could not be read ...
    A review file needs correcting by whoever looks after the library" (a trial)."""
    said = {OPTION: ("given with --content-dir", ", or give the library's folder with "
                     "--content-dir (or leave the option out for reflect's own library)"),
            ENVIRONMENT: (f"set by the environment variable {CONTENT_ENV}",
                          f", or set {CONTENT_ENV} to the library's folder (or unset it for "
                          "reflect's own library)"),
            DEFAULT: ("reflect's default", "")}
    how, fix = said[content_dir_origin(folder)]
    if (blocker := file_in_the_way(folder)) is not None:  # ("does not exist": it did)
        where = "is a file" if blocker == folder else f"cannot be made: {blocker} is a file"
        return (f"The review library folder {folder} {where}, not a folder (it was {how}). "
                f"Give the folder the review files are in{fix}.")
    return (f"The review library folder {folder} does not exist (it was {how}). "
            f"Check the folder's name{fix}.")


def file_in_the_way(folder: Path) -> Path | None:
    """The file standing where `folder`, or a folder above it, should be; None when there is
    none (the folder is there, or can be made). A review's file given as the library
    (`--content-dir content/child-ac.toml`) was said not to exist, and `reflect import`
    into it said "cannot write …/child-v.toml: File exists" (a trial)."""
    for place in (folder, *folder.parents):
        if place.is_dir():
            return None
        if place.exists() or place.is_symlink():
            return place
    return None


def sessions_blocked(folder: Path) -> str | None:
    """Why no session can be kept in the sessions folder `folder` (a file is where it, or a
    folder above it, should be), or None. `reflect walk` said "Saving to …" and, at the first
    answer, "could not save: [Errno 20] Not a directory" (a trial)."""
    if (blocker := file_in_the_way(folder)) is None:
        return None
    why = "is a file" if blocker == folder else f"cannot be made: {blocker} is a file"
    return (f"the sessions folder {folder} {why}, not a folder: no session can be kept there "
            "(choose another with --sessions-dir)")


def sessions_dir(option: str | Path | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    if env := os.environ.get(SESSIONS_ENV):
        return Path(env).expanduser()
    if _in_clone():
        folder = _REPO / "sessions"
        _make_private(folder)  # git checks it out 0755; it is ours, so tighten it
        return folder
    folder = user_data_dir() / "sessions"
    _make_private(folder)  # one an older reflect (or the umask) left at 0755
    return folder


def _make_private(folder: Path) -> None:
    """Owner-only access to a default sessions folder (a folder named by the user is left as
    they set it up: a shared team folder may need group access)."""
    from reflect.store.atomic import make_private

    make_private(folder)
