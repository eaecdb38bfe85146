"""Folders inside a sessions folder that hold session files, which reflect reads no further
into: a team's files a learning lead put in `Team Red/` were left out, nothing said (a trial).
The report says so among the files it could not read; the start screen and `reflect list
sessions` say it in the same words (`store/index.py` finds them as it lists the folder).

Not said of reflect's own folders (`KEPT_INSIDE`), nor of a hidden one such as `.git`.
Light: the lists read it before the start screen's first frame (ui/preload.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

KEPT_INSIDE = frozenset({"exports", "replaced"})
"""The folders reflect keeps inside a sessions folder: notes, and copies kept aside."""


class Reader(NamedTuple):
    """Who does not read the folder inside, in words: the report, or the lists. (A
    NamedTuple, as `index.SessionSummary`: cheaper to build than a frozen dataclass.)"""

    not_done: str
    """`not read`, `not listed`."""
    does: str
    """`a report reads`, `reflect lists`."""
    to: str
    """What moving them does: `count`, `list`."""


INSIDE = ": a folder inside the sessions folder, holding "
"""What follows the folder's path in each message."""
REPORT = Reader("not read", "a report reads", "count")
LISTS = Reader("not listed", "reflect lists", "list")


def looked_into(name: str) -> bool:
    """Whether a folder of this name inside a sessions folder is looked into for sessions."""
    return name not in KEPT_INSIDE and not name.startswith(".")


def folders_inside(folder: Path, given: Iterable[Path] = (), reader: Reader = REPORT,
                   names: Iterable[str] | None = None) -> list[str]:
    """A message for each folder inside `folder` holding session files (but reflect's own, a
    hidden one, and one `given` as a folder to read too), said as `reader` leaves it out.
    `names`: the folders inside, where the caller has listed `folder` already (a thousand
    sessions are not listed twice)."""
    import shlex

    from reflect.text import plural

    if names is None:
        try:
            names = [e.name for e in os.scandir(folder) if e.is_dir()]
        except OSError:
            return []  # the folder itself is said, if it cannot be read
    real = {real_folder(g) for g in given}
    out = []
    for sub in (folder / name for name in sorted(names) if looked_into(name)):
        if real and real_folder(sub) in real:
            continue
        count = sum(1 for p in _tomls(sub) if _holds_a_session(p))
        if count:
            them = "it" if count == 1 else "them"
            out.append(f"{sub}{INSIDE}{plural(count, 'session file')} (.toml), {reader.not_done}: "
                       f"{reader.does} the files in the sessions folder itself, not in folders "
                       f"inside it. Move {them} into {folder} to {reader.to} {them} (or, at the "
                       f"command line, add --sessions-dir {shlex.quote(str(sub))})")
    return out


def real_folder(folder: Path) -> Path:
    """`folder` with its links resolved, or as given where that fails (the report and this
    module compare the folders given with those found so)."""
    try:
        return folder.resolve()
    except OSError:
        return folder


def _tomls(folder: Path) -> list[Path]:
    try:
        return [folder / e.name for e in os.scandir(folder) if e.name.endswith(".toml")
                and not e.name.startswith(".")]
    except OSError:
        return []


def _holds_a_session(path: Path) -> bool:
    """Whether the file's start reads as a session's (its `review_id`), not a review's."""
    try:
        with path.open("rb") as f:
            return re.search(rb"^review_id\s*=", f.read(4096), re.MULTILINE) is not None
    except OSError:
        return False
