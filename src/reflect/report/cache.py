"""Reading a sessions folder for a report: each file's `SessionFacts`, from a per-machine cache.

The cache (store/cache.py: one JSON file per folder in the user's cache folder, written 0600 in
a 0700 folder, never beside the sessions) keeps, for each file, its size and modification time
and what reading it gave: the session's facts (which hold no names: report/facts.py), or why it
cannot be read, and whether it holds git conflict markers. An entry is used only while the
file's size and modification time are unchanged; any other file is read again. A missing, old
or damaged cache only costs time, and a report is the same with or without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reflect.report.facts import SessionFacts, facts_of, from_json, to_json
from reflect.store.cache import Records, cache_file, read_records, stamp, write_records
from reflect.store.errors import SessionError

KIND = "report-v3"
# v2: due dates are the dates stored when typed, or words read by model/dates.py
# v3: the room's confidence check (#18)
"""The cache's name. When what the facts hold changes, or how names and identifiers are found
(export/identifiers.py), give it a new one, so that no fact kept by an older reflect is used."""


@dataclass(frozen=True)
class FileRead:
    path: Path
    facts: SessionFacts | None
    problem: str | None
    """Why the file cannot be read as a session (when `facts` is None)."""
    git_markers: bool = False


def _read(path: Path, now: list[int]) -> tuple[FileRead, dict[str, object] | None]:
    """Read one file: what it gave, and the cache record to keep (None: do not keep)."""
    from reflect.report.gather import has_git_markers
    from reflect.store.sessions import session_from_bytes

    try:
        data = path.read_bytes()
    except OSError as e:
        return FileRead(path, None, f"{path}: cannot be read: {e.strerror or e}"), None
    git = has_git_markers(data)
    try:
        # The same reader as the app (tomllib, then the model), so a report counts exactly
        # the files the app can open, with the same message for any it cannot.
        session, read_only = session_from_bytes(path, data)
    except SessionError as e:
        return FileRead(path, None, str(e), git), {"stamp": now, "git": git, "problem": str(e)}
    facts = facts_of(session, read_only)
    return FileRead(path, facts, None, git), {"stamp": now, "git": git, "facts": to_json(facts)}


def _from_record(path: Path, record: object, now: list[int]) -> FileRead | None:
    if not isinstance(record, dict) or record.get("stamp") != now:
        return None
    try:
        git = record["git"]
        if type(git) is not bool:
            return None
        if "facts" in record:
            return FileRead(path, from_json(record["facts"]), None, git)
        problem = record["problem"]
        return FileRead(path, None, problem, git) if type(problem) is str else None
    except (KeyError, TypeError, ValueError):
        return None  # a damaged entry: read the file itself


def read_folder(folder: Path, use_cache: bool = True,
                cache: Path | None = None) -> list[FileRead]:
    """What every session file in `folder` gives, sorted by name. Raises OSError when the folder
    cannot be listed. `cache` is the cache folder (default: the user's); with `use_cache` False
    every file is read and no cache is read or written."""
    entries: list[tuple[str, list[int]]] = []
    with os.scandir(folder) as it:
        for item in it:
            # macOS metadata files (`._x.toml`) are not sessions.
            if not item.name.endswith(".toml") or item.name.startswith("._"):
                continue
            try:
                if not item.is_file():
                    continue
                st = item.stat()
            except OSError:
                continue  # gone since the folder was listed
            entries.append((item.name, stamp(st.st_size, st.st_mtime_ns)))
    entries.sort()
    target = cache_file(KIND, folder, cache) if use_cache else None
    known = read_records(target) if target else {}
    records: Records = {}
    out: list[FileRead] = []
    changed = False
    for name, now in entries:
        path = folder / name
        found = _from_record(path, known.get(name), now)
        if found is not None:
            records[name] = known[name]
        else:
            changed = True
            found, record = _read(path, now)
            if record is not None:
                records[name] = record
        out.append(found)
    if target and (changed or len(records) != len(known)):
        write_records(target, records)
    return out
