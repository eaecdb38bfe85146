"""What each emergency copy was found to be (store/copies.py: newer, same, older…), kept per
machine in the cache folder (store/cache.py) and keyed by the copy's stamp and its session
file's (size, modification and change time): a copy and its session's file are read and
compared again only when one of them has changed.

Every start screen and `reflect list sessions` looked at every copy, and a copy left in the home
folder is left there for good: each look read and compared each one with its session's file
again (two TOML files parsed and validated a copy), with nothing changed since.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import get_args

from reflect.store.cache import Records, cache_file, read_records, stamp, write_records
from reflect.store.copies import FoundCopy, State, compare, other_folders
from reflect.store.differences import Difference

STATES: tuple[State, ...] = get_args(State)


class CopyCache:
    """The comparisons kept for one sessions folder: `found` gives a copy's, from the cache
    or compared afresh; `save` writes those looked at (the copies gone are dropped)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = cache_file("copies", folder)
        self.kept = read_records(self.path)
        self.seen: Records = {}

    def found(self, path: Path, named: str) -> FoundCopy | None:
        """The copy at `path` (its name's session id `named`) compared with its session's file
        (`copies.compare`), reused while neither file has changed."""
        try:
            st = path.stat()
        except OSError:
            return None
        key = str(path)
        record = self.kept.get(key)
        if record is not None and record.get("stamp") == stamp(st):
            copy = self._known(path, st, record)
            if copy is not None:
                self.seen[key] = record
                return copy
        target_before = _stamp_of(self.folder / f"{named}.toml")
        copy = compare(path, self.folder, named)
        if copy is not None:
            # The stamps from before the files were read: one changed while being read is
            # read again next time.
            target = target_before if copy.session_file == self.folder / f"{named}.toml" \
                else _stamp_of(copy.session_file)
            self.seen[key] = {"stamp": stamp(st), "target": str(copy.session_file),
                              "target_stamp": target, "state": copy.state,
                              "id": copy.session_id, "problem": copy.problem,
                              "lives_in": str(copy.lives_in or ""),
                              "elsewhere": self._elsewhere(copy.session_file.name),
                              "aside": copy.kept_aside,
                              "differs": [[d.said, d.in_file] for d in copy.differs]}
        return copy

    def _elsewhere(self, name: str) -> list[object]:
        """The session's files in the other sessions folders a copy of a session not in this
        one is looked for in (`copies.other_folders`), each with its stamp: the copy is
        looked at again once one of them comes, changes or goes."""
        return [[str(other / name), _stamp_of(other / name)]
                for other in other_folders(self.folder)]

    def _known(self, path: Path, st: os.stat_result, record: dict[str, object]
               ) -> FoundCopy | None:
        """The copy as `record` says, while its session's file is as it was then."""
        target, state = record.get("target"), record.get("state")
        session_id, problem = record.get("id"), record.get("problem")
        lives_in, aside, differs = record.get("lives_in"), record.get("aside"), \
            record.get("differs")
        if not (isinstance(target, str) and isinstance(session_id, str)
                and isinstance(problem, str) and state in STATES
                and isinstance(lives_in, str) and isinstance(aside, bool)
                and isinstance(differs, list) and all(
                    isinstance(d, list) and len(d) == 2 and isinstance(d[0], str)
                    and isinstance(d[1], bool) for d in differs)):
            return None  # (a record from before copies kept aside were told apart too)
        target_path = Path(target)
        now = _stamp_of(target_path)
        if now != record.get("target_stamp"):
            return None
        if state == "no-session" and record.get("elsewhere") != self._elsewhere(
                target_path.name):
            return None
        file_written = (datetime.fromtimestamp(now[1] / 1e9).astimezone()
                        if now is not None and state not in ("damaged", "no-session") else None)
        return FoundCopy(path, session_id, datetime.fromtimestamp(st.st_mtime).astimezone(),
                         state, target_path, problem,
                         file_written=file_written, lives_in=Path(lives_in) if lives_in else None,
                         kept_aside=aside, differs=tuple(Difference(*d) for d in differs))

    def save(self) -> None:
        if self.seen != self.kept:
            write_records(self.path, self.seen)


def _stamp_of(path: Path) -> list[int] | None:
    try:
        return stamp(path.stat())
    except OSError:
        return None
