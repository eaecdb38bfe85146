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


def content_dir(option: str | Path | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    if env := os.environ.get(CONTENT_ENV):
        return Path(env).expanduser()
    if _in_clone():
        return _REPO / "content"
    return _PACKAGE / "content"


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
