"""Why a file could not be written, where the cause is a folder on its way that does not exist
and could not be made: that folder named, and said to be the home folder (HOME) where it is.

A home folder (HOME) set to a folder that does not exist was said as "/…/nohome cannot be
written: Permission denied" at the new-session form's top, and quitting said the same of
settings.toml: the folder could not be made, and nothing said it was not there, nor that it
was the home folder (a trial)."""

from __future__ import annotations

import errno
from pathlib import Path

_CANNOT_MAKE = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT)


def _top_missing(folder: Path) -> Path | None:
    """The highest folder of `folder` and those above it that does not exist (None: it does)."""
    top = None
    here = folder
    while not here.exists() and not here.is_symlink():
        top = here
        if here.parent == here:
            break
        here = here.parent
    return top


def _home() -> Path | None:
    try:
        return Path.home()
    except RuntimeError:  # no home folder known
        return None


def missing_said(e: OSError, folder: Path) -> str | None:
    """Where writing into `folder` failed (`e`) as it, or a folder above it, does not exist and
    could not be made, that said ("the home folder (HOME), /x, does not exist, and could not
    be made: Permission denied"); else None."""
    if e.errno not in _CANNOT_MAKE:
        return None
    missing = _top_missing(folder)
    if missing is None:
        return None
    why = e.strerror or str(e)
    home = _home()
    if home is not None and missing == home:
        return f"the home folder (HOME), {home}, does not exist, and could not be made: {why}"
    if home is not None and missing in home.parents:
        return (f"the home folder (HOME) is set to {home}, and {missing} does not exist, "
                f"and could not be made: {why}")
    return f"{missing} does not exist, and could not be made: {why}"


def cannot_write(e: OSError, folder: Path) -> str:
    """Why nothing could be written into `folder` (`e`): a folder missing on its way
    (`missing_said`), else "<the file> cannot be written: <why>"."""
    return missing_said(e, folder) or f"{e.filename or folder} cannot be written: {e.strerror or e}"
