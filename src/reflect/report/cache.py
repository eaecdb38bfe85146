"""Reading a sessions folder for a report: each file's `SessionFacts`, from a per-machine cache.

The cache (store/cache.py: one JSON file per folder in the user's cache folder, written 0600 in
a 0700 folder, never beside the sessions) keeps, for each file, its size, modification and
change time and what reading it gave: the session's facts (which hold no names:
report/facts.py), or why it cannot be read, and whether it holds git conflict markers. An entry
is used only while the file's size, modification and change time are unchanged; any other file
is read again. A missing, old or damaged cache only costs time, and a report is the same with
or without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reflect.report.facts import SessionFacts, facts_of
from reflect.report.facts_json import from_json, to_json
from reflect.store.cache import Records, cache_file, read_records, stamp, write_records
from reflect.store.errors import SessionError

KIND = "report-v37"
# v2: due dates are the dates stored when typed, or words read by model/dates.py
# v3: the room's confidence check (#18)
# v4: likely names (a family's, a child's) redacted in actions too
# v5: the reviews a themed session's questions come from
# v6: which questions were answered (each counted once per review)
# v7: due words `31 Jan 27` and `Fri 15 Jan 2027` (the tables' and notes' own forms) are read
# v8: whether anything was recorded (a session with nothing recorded is not counted)
# v9: the title of a session with nothing recorded (the report lists such sessions by it)
# v10: a themed session's reviews are those something was recorded on (`discussed`), not
#      every review its questions come from
# v11: a facilitator's field that holds a role ("Team lead") is no name to redact
# v12: every session's title (a report names sessions by it), and an action's agreed due date
#      where a later meeting moved it
# v13: each action's due words as a report shows them (`dates.due_parts`), worked out once
# v14: each action's owner, by role and agency or words naming no one (report/owners.py)
# v15: names no session lists, typed in titles, actions, due words and progress notes
#      ("Supervision with Pat Example", "Jo Invented to ring the GP"), redacted
#      (model/unlisted_names.py): a v14 cache holds them as typed
# v16: street addresses ("4 Moorvale Road") redacted (export/detectors.py); "Hope and
#      courage" and "AT&T" no longer taken for names (model/unlisted_names.py)
# v17: which later meeting moved an action's due date, and when, after the date first agreed
#      (`Action.moved_in`, its title redacted as any other)
# v18: each action's id and the meeting that moved its due date apart (named as titled now),
#      and what each session's copies of last time's actions show (report/later.py): a
#      new due date, status or note not written back counts
# v19: each action's due date said as the date read (`dates.due_parts`: `Wed 31 Mar 2027`,
#      not `end of March (Wed 31 Mar 2027)`), as the Reports screen says it
# v20: an abbreviation's plural after "with", "ask" and the like ("Share briefing with GPs")
#      no longer taken for a name (model/unlisted_names.py)
# v21: a code for each person marked here who has a name, never the name (report/attended.py),
#      and which key made it (`_key_said`): whether anyone came to two team discussions
# v22: the review title's child ("Child Kestrel") is no likely name: kept in titles and actions
# v23: an owner said with whose job it is ("my supervisor", "our practice manager") is no
#      name (model/roles.py `names_no_one`): a v22 cache holds it as "[redacted]"
# v24: names compare accents aside (reflect/accents.py): a v23 cache's codes for those here
#      were made from "siobhán example", and Siobhan at a later meeting read as someone else
# v25: the owner a meeting agreed and the later meeting that gave the action to another
#      (`Action.given_in`), whose owner is said as that meeting listed them: a v24 cache
#      holds "[redacted]" for them
# v26: the review title's child named with a hyphen ("Child Q-Test") is no likely name: a v25
#      cache holds "Child [redacted]" in its sessions' titles and actions
# v27: ordinary words at a sentence's start ("Hard to read", "Good to see", "Hope to follow
#      up") no longer taken for names (model/not_owners.txt): a v26 cache holds "[redacted]"
# v28: a common English word at a sentence's start ("Food was short", "Contact was poor") and
#      a concept in quotes ("'Professional Curiosity'") no longer taken for names, and a name
#      after "told", "asked", "emailed" … is (model/common_words.py): a v27 cache differs
# v29: a family's surname before "family" ("the Sample family") is a likely name
#      (export/family_names.py): a v28 cache holds it as typed
# v30: a first name that is also a word, at a sentence's start before "is" or "was", is the
#      word ("Hope is what kept us going") unless what follows says how someone is ("Will was
#      upset") or the session writes it as a name elsewhere, as a common word before them is
#      ("Meadow was quiet", with "asked Meadow" in the session) (model/unlisted_names.py)
# v31: an owner "Team leader", "Learning lead" is a job, no name (model/roles.py), and the
#      review title's child alone ("My Rowan reflection" on "Child Rowan") no name found
#      (report/facts.py): a v30 cache holds "[redacted]" for them
# v32: a name after "partner", "ex-partner", "boyfriend", "girlfriend", "husband", "wife" or
#      "fiancé" is a name (export/detectors.py): a v31 cache holds it as typed
# v33: a name set off by a comma or a dash after a family word ("her partner, Dwayne,") is a
#      name (export/detectors.py): a v32 cache holds it as typed
# v34: the status each of last time's actions came to a meeting with (report/later.py): the
#      meeting that marked it done is said
# v35: the later meeting that marked an action done, as the session that agreed it keeps it
#      (`Action.done_in`): said where that meeting's file is not among the sessions read
# v36: due words as a room says them (`first of February 2027`, `mid Feb 2027`: model/
#      spoken_dates.py) are read: a v35 cache holds them as naming no date
# v37: an action's fourth status, dropped (no longer needed; session schema 10): a v36 cache
#      may hold one a reflect of schema 9 read as done, counted done where it is dropped
"""The cache's name. When what the facts hold changes, or how names and identifiers are found
(export/identifiers.py), give it a new one, so that no fact kept by an older reflect is used."""


def _key_said(key: str) -> str:
    """The key a record's attendees' codes were made with (report/attended.py), as each record
    of facts keeps it: a digest, never the key. Facts kept with another are read again."""
    import hashlib

    return hashlib.sha256(key.encode("ascii")).hexdigest()[:16]


@dataclass(frozen=True)
class FileRead:
    path: Path
    facts: SessionFacts | None
    problem: str | None
    """Why the file cannot be read as a session (when `facts` is None)."""
    git_markers: bool = False


def _read(path: Path, now: list[int], key: str) -> tuple[FileRead, dict[str, object] | None]:
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
    facts = facts_of(session, read_only, key)
    return FileRead(path, facts, None, git), {"stamp": now, "git": git, "facts": to_json(facts),
                                              "key": _key_said(key)}


def _from_record(path: Path, record: object, now: list[int], key: str) -> FileRead | None:
    """The file's record, while the file is unchanged (`now`) and its facts' codes were made
    with `key` (`_key_said`); else None."""
    if not isinstance(record, dict) or record.get("stamp") != now:
        return None
    try:
        git = record["git"]
        if type(git) is not bool:
            return None
        if "facts" in record:
            if record.get("key") != key:
                return None
            return FileRead(path, from_json(record["facts"]), None, git)
        problem = record["problem"]
        return FileRead(path, None, problem, git) if type(problem) is str else None
    except (KeyError, TypeError, ValueError):
        return None  # a damaged entry: read the file itself


SHARED_FROM = 1500
"""Files to read before the reading is shared among processes, one per core (at most
`MAX_PROCESSES`): below it, starting them (each imports the session model) costs about what
they save."""
MAX_PROCESSES = 4
PIECE = 200
"""Files a process reads at a time: small, so Ctrl+C waits at most for one piece."""

PieceRead = list[tuple[str, dict[str, object] | None, str | None]]
"""Each file of a piece: its name, its cache record, or None and why it cannot be read."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _quiet() -> None:
    """In each reading process: Ctrl+C is for the reflect that started it, which stops."""
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.disable()  # as `make_report` does: many objects, all of which live on


def _read_piece(folder: str, piece: list[tuple[str, list[int]]], key: str) -> PieceRead:
    """In a reading process: each file's cache record, or None and why it cannot be read."""
    out: PieceRead = []
    for name, now in piece:
        found, record = _read(Path(folder, name), now, key)
        out.append((name, record, found.problem if record is None else None))
    return out


def _read_shared(folder: Path, todo: list[tuple[str, list[int]]], processes: int, key: str
                 ) -> dict[str, tuple[FileRead, dict[str, object] | None]] | None:
    """`_read` of each file in `todo`, shared among `processes` processes started afresh
    ("spawn": a fork copies whatever locks other threads hold). None when they cannot be
    started or one fails: the caller then reads the files itself."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    stamps = dict(todo)
    got: dict[str, tuple[FileRead, dict[str, object] | None]] = {}
    pieces = [todo[i:i + PIECE] for i in range(0, len(todo), PIECE)]
    try:
        pool = ProcessPoolExecutor(processes, multiprocessing.get_context("spawn"), _quiet)
    except Exception:  # noqa: BLE001 - no processes here (a sandbox without semaphores, a
        return None  # standard stream with no file behind it): read alone
    try:
        for piece_read in pool.map(_read_piece, [str(folder)] * len(pieces), pieces,
                                   [key] * len(pieces)):
            for name, record, problem in piece_read:
                path = folder / name
                found = (FileRead(path, None, problem) if record is None
                         else _from_record(path, record, stamps[name], _key_said(key)))
                if found is None:
                    return None
                got[name] = found, record
    except Exception:  # noqa: BLE001 - a process died or could not start: read alone
        return None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return got


def read_folder(folder: Path, use_cache: bool = True, cache: Path | None = None,
                share: bool = False) -> list[FileRead]:
    """What every session file in `folder` gives, sorted by name. Raises OSError when the folder
    cannot be listed. `cache` is the cache folder (default: the user's); with `use_cache` False
    every file is read and no cache is read or written. With `share`, a big folder is read by
    several processes (the command line: inside the app, Textual has replaced the standard
    streams and runs threads, and starting processes there failed)."""
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
            entries.append((item.name, stamp(st)))
    entries.sort()
    from reflect.report.attended import cache_key, run_key
    from reflect.store.cache import cache_dir

    target = cache_file(KIND, folder, cache) if use_cache else None
    known = read_records(target) if target else {}
    key = cache_key(cache or cache_dir()) if target else run_key()
    said = _key_said(key)
    records: Records = {}
    out: list[FileRead] = []
    changed = False
    cached = {name: _from_record(folder / name, known.get(name), now, said)
              for name, now in entries}
    todo = [(name, now) for name, now in entries if cached[name] is None]
    processes = min(_cores(), MAX_PROCESSES)
    shared = (_read_shared(folder, todo, processes, key)
              if share and len(todo) >= SHARED_FROM and processes > 1 else None)
    for name, now in entries:
        found = cached[name]
        if found is not None:
            records[name] = known[name]
        else:
            changed = True
            found, record = shared[name] if shared is not None else _read(folder / name, now,
                                                                           key)
            if record is not None:
                records[name] = record
        out.append(found)
    if target and (changed or len(records) != len(known)):
        write_records(target, records)
    return out
