"""A per-machine cache of session summaries, so the start screen lists thousands of sessions fast.

The cache lives in the user's cache folder (never in the sessions folder, which may be shared by
many machines). An entry is used only while the file's size and modification time are unchanged;
anything else is read again. Losing or corrupting the cache costs time, never data.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from reflect.store.atomic import clean_stale_temp_files, write_atomic
from reflect.store.errors import SessionError

CACHE_ENV = "REFLECT_CACHE_DIR"
CACHE_VERSION = 1


@dataclass(frozen=True)
class SessionSummary:
    """What a list of sessions shows; the whole session is read only when it is opened."""

    path: Path
    id: str
    review_id: str
    review_title: str
    label: str
    team: str
    mode: str
    updated: datetime
    answered: int
    total: int
    read_only: str | None = None


@dataclass
class SummaryList:
    entries: list[SessionSummary]
    problems: list[str]


def cache_dir() -> Path:
    if env := os.environ.get(CACHE_ENV):
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "reflect"


def _cache_file(folder: Path, cache: Path) -> Path:
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache / f"sessions-{key}.json"


def _summarise(path: Path) -> SessionSummary:
    from reflect.store.sessions import read_session  # pydantic only when a file must be read

    session, read_only = read_session(path)
    return SessionSummary(path=path, id=session.id, review_id=session.review_id,
                          review_title=session.review_title, label=session.label,
                          team=session.team, mode=session.mode, updated=session.updated,
                          answered=session.answered, total=len(session.answers),
                          read_only=read_only)


def _to_json(s: SessionSummary) -> dict[str, object]:
    data = asdict(s)
    data["path"] = s.path.name
    data["updated"] = s.updated.isoformat()
    return data


def _from_json(folder: Path, data: dict[str, object]) -> SessionSummary:
    fields = dict(data)
    fields["path"] = folder / str(data["path"])
    fields["updated"] = datetime.fromisoformat(str(data["updated"]))
    return SessionSummary(**fields)  # type: ignore[arg-type]


def list_summaries(folder: Path, cache: Path | None = None) -> SummaryList:
    """Every session in `folder` as a summary, newest first, with unreadable files reported."""
    out = SummaryList([], [])
    if not folder.is_dir():
        return out
    clean_stale_temp_files(folder)
    cache_file = _cache_file(folder, cache or cache_dir())
    try:
        old = json.loads(cache_file.read_text(encoding="utf-8"))
        known = old["files"] if old.get("version") == CACHE_VERSION else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        known = {}
    files: dict[str, dict[str, object]] = {}
    changed = False
    with os.scandir(folder) as it:
        for item in it:
            if not item.name.endswith(".toml") or not item.is_file():
                continue
            st = item.stat()
            stamp = [st.st_size, st.st_mtime_ns]
            cached = known.get(item.name)
            if isinstance(cached, dict) and cached.get("stamp") == stamp:
                record = cached
            else:
                changed = True
                path = folder / item.name
                try:
                    record = {"stamp": stamp, "summary": _to_json(_summarise(path))}
                except SessionError as e:
                    record = {"stamp": stamp, "problem": str(e)}
            files[item.name] = record
            try:
                if "summary" in record:
                    out.entries.append(_from_json(folder, record["summary"]))  # type: ignore[arg-type]
                else:
                    out.problems.append(str(record["problem"]))
            except (KeyError, TypeError, ValueError):
                changed = True  # a damaged cache entry: read the file itself
                try:
                    out.entries.append(_summarise(folder / item.name))
                except SessionError as e:
                    out.problems.append(str(e))
    if changed or set(files) != set(known):
        try:
            write_atomic(cache_file, json.dumps({"version": CACHE_VERSION, "files": files})
                         .encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time
    out.entries.sort(key=lambda e: e.updated, reverse=True)
    out.problems.sort()
    return out
