"""Session files: one TOML file per session in the sessions folder.

File names are `<id>.toml`, where the id is made here from the date, the review's id (already a
validated slug) and random hex — never from text a user typed. A saved session renamed,
duplicated or deleted: manage_sessions.py.
"""

from __future__ import annotations

import re
import secrets
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import tomli_w
from pydantic import BaseModel, ValidationError

from reflect.commands import command
from reflect.model.dropped import from_file, to_file
from reflect.model.session import SCHEMA_VERSION, Session, migrate, now
from reflect.store.atomic import clean_stale_temp_files, write_atomic
from reflect.store.errors import SessionError
from reflect.store.kinds import toml_text
from reflect.store.problems import described
from reflect.text import toml_stem

SESSION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,120}$")


@dataclass
class SessionEntry:
    path: Path
    session: Session
    read_only: str | None = None
    """Why this session can only be read (a newer reflect's file, say), if it cannot be edited."""


@dataclass
class SessionList:
    entries: list[SessionEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def new_session_id(review_id: str, when: datetime | None = None) -> str:
    when = when or now()
    return f"{when:%Y%m%d}-{review_id}-{secrets.token_hex(4)}"


def session_path(folder: Path, session_id: str) -> Path:
    if not SESSION_ID.match(session_id):
        raise SessionError(f"{session_id!r} is not a session id (lowercase letters, digits, -)")
    return folder / f"{session_id}.toml"


def dumps(session: Session) -> bytes:
    """The session as TOML bytes; raises SessionError for text that cannot be stored."""
    return dumps_data(snapshot(session), session.id)


def snapshot(session: Session) -> dict[str, object]:
    """The session as plain data (fast: pydantic's core); `dumps_data` makes the TOML."""
    return to_file(session.model_dump(mode="python", exclude_none=True))


def dumps_data(data: dict[str, object], session_id: str) -> bytes:
    """TOML bytes of a `snapshot` (slow for a big session: autosave does it off the UI thread)."""
    # Multi-line strings keep answers readable in the file, but TOML readers turn a CR LF
    # inside them into LF; escape everything when any text holds a CR so it survives exactly.
    readable = not any("\r" in text for text in _strings(data))
    try:
        return tomli_w.dumps(data, multiline_strings=readable).encode("utf-8")
    except UnicodeEncodeError as e:
        raise SessionError(f"session {session_id}: text cannot be saved ({e.reason})") from e


def _strings(obj: object) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _strings(value)


def save_session(folder: Path, session: Session, touch: bool = True) -> Path:
    """Write the session atomically to `<folder>/<id>.toml` and return the path."""
    if touch:
        session.updated = now()
    path = session_path(folder, session.id)
    write_atomic(path, dumps(session))
    return path


def _known_fields(data: object, model: type[BaseModel]) -> object:
    """`data` with only the fields `model` knows (recursively), for reading newer files."""
    if not isinstance(data, dict):
        return data
    out = {}
    for name, info in model.model_fields.items():
        if name not in data:
            continue
        value = data[name]
        inner = getattr(info.annotation, "__args__", (None,))[0]
        if isinstance(value, list) and isinstance(inner, type) and issubclass(inner, BaseModel):
            value = [_known_fields(v, inner) for v in value]
        out[name] = value
    return out


def read_session(path: Path) -> tuple[Session, str | None]:
    """Read one session file: the session and, when it must open read-only, the reason.

    A file written by a newer reflect is read for the fields this one knows and opened
    read-only, so nothing it holds is lost by saving it back. Raises SessionError with a clear
    message when the file is unusable."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SessionError(described(path, e)) from e
    return session_from_bytes(path, data)


def session_from_bytes(path: Path, data: bytes) -> tuple[Session, str | None]:
    """`read_session` for a file already read: `data` is what `path` holds.

    Parsed by the standard library's tomllib, as the design asks, in this one place, so every
    reader of session files, the app's and the report's, accepts the same files."""
    try:
        parsed = from_file(tomllib.loads(toml_text(data)))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise SessionError(described(path, e, ours=True)) from e
    except ValueError as e:  # (a dropped action's flag not true or false: model/dropped.py)
        raise SessionError(f"{path}: {e}; the file is left as it is") from e
    return session_from_data(path, parsed)


def session_from_data(path: Path, data: dict[str, object]) -> tuple[Session, str | None]:
    """`read_session` for a file already parsed: `data` is the TOML read from `path`."""
    if not data:  # (each missing field was named, the file's path three times: a trial)
        raise SessionError(f"{path}: the file is empty (or holds only comments): no session in it")
    version = data.get("schema_version", 1)
    if type(version) is not int or version < 1:  # bool is an int to Python: not here
        raise SessionError(f"{path}: schema_version: {version!r} is not a schema version "
                           f"(a whole number from 1; this reflect knows 1 to {SCHEMA_VERSION})"
                           "; the file is left as it is")
    if "questions" in data and "review_id" not in data:
        raise SessionError(f"{path}: a review's content file, not a session (it has questions "
                           "and no review_id): start a session on it from the library, or "
                           f"give a session's file or id ({command('list sessions')})")
    read_only = None
    if version > SCHEMA_VERSION:
        read_only = (f"written by a newer reflect (schema {version}; this one knows up to "
                     f"{SCHEMA_VERSION}): opened read-only so nothing in it is lost")
        known = _known_fields(data, Session)
        assert isinstance(known, dict)  # `data` is a table, so what it keeps is one too
        data = {**known, "schema_version": version}
    elif version < SCHEMA_VERSION:
        data = migrate(data)
    try:
        session = Session.model_validate(data)
    except ValidationError as e:
        raise SessionError(described(path, e, model=Session)) from e
    if not SESSION_ID.match(session.id) and read_only is None:
        # (edited by hand: reflect keeps a session as <id>.toml, and that is no file name)
        read_only = (f"named by an id reflect cannot save under ({session.id!r} is not a "
                     "session id: lowercase letters, digits, -); opened read-only")
    elif session.id != path.stem and read_only is None:
        from reflect.store.copies import copy_said  # (saving would write to <id>.toml)

        read_only = copy_said(path, session.id)
    return session, read_only


def load_session(path: Path) -> Session:
    """Read one session file; raises SessionError with a clear message if it is unusable."""
    return read_session(path)[0]


def list_sessions(folder: Path) -> SessionList:
    """Every session in `folder`, newest first; unreadable files are reported, never touched."""
    out = SessionList()
    if not folder.is_dir():
        return out
    clean_stale_temp_files(folder)
    for path in folder.glob("*.toml"):
        try:
            out.entries.append(SessionEntry(path, *read_session(path)))
        except SessionError as e:
            out.problems.append(str(e))
    out.entries.sort(key=lambda e: e.session.updated, reverse=True)
    out.problems.sort()
    return out


def resolve_session(folder: Path, ref: str, titles: bool = True) -> Path:
    """A session given on the command line by id, by path, by its file name in `folder`
    (`<id>.toml`, as the app's status bar shows it), by its code typed alone exactly
    (`session_titles.by_code`), or (with `titles`) by its title or a part of one title
    (`session_titles.by_title`: an id, then a code, always wins over a title); raises
    SessionError, with the nearest ids for an id mistyped."""
    candidate = Path(ref).expanduser()
    stem = toml_stem(ref)  # (`<id>.TOML` too)
    pathlike = stem is not None or "/" in ref or "\\" in ref
    if pathlike and candidate.is_dir():
        raise SessionError(f"{ref}: a folder, not a session file (give a session's file or "
                           f"id: {command('list sessions')})")
    if pathlike and candidate.is_file():
        return candidate
    if stem is not None and Path(ref).name == ref:  # a file name alone, as the status bar
        if (path := folder / ref).is_file():  # shows it (`saved ✓ <id>.toml`): in the folder
            return path
        if SESSION_ID.match(stem.lower()):  # else its id, found as any (or the nearest said)
            ref, pathlike = stem, False
    if not ref.strip():  # (every title holds "": not a part of one to find a session by)
        raise SessionError(f"no session given: type a session's id or its title "
                           f"(try: {command('list sessions')})")
    as_id = ref.lower() if ref.isascii() else ref  # (ids are lowercase: `05E4F925`, a trial)
    is_id = not pathlike and SESSION_ID.match(as_id) is not None
    if is_id and (path := session_path(folder, as_id)).is_file():
        return path
    from reflect.store.index import list_summaries
    from reflect.store.session_titles import (
        by_code,
        by_title,
        near_title,
        none_titled,
        too_short,
        unread,
    )

    entries = list_summaries(folder).entries  # the per-machine cache: no file read in full
    # A copy under another file name holds its id inside (`reflect list sessions` shows that
    # id): found by it, as the list offers it. It opens read-only (its name is not its id).
    holding = sorted(s.path for s in entries if is_id and s.id == as_id)
    if len(holding) == 1:
        return holding[0]
    if holding:
        raise SessionError(f"{len(holding)} files hold the session {ref!r}: give one of them "
                           f"by its path ({', '.join(str(p) for p in holding)})")
    if is_id and (coded := by_code(as_id, entries, folder)) is not None:  # its code alone, exactly
        return coded
    if titles and (titled := by_title(ref, entries, folder)) is not None:
        return titled
    if pathlike:
        raise SessionError(f"{ref}: no such session file")
    # (a file that cannot be read is offered by its id too: typing it says what is wrong)
    near = nearest_ids(ref, [s.id for s in entries] + [p.stem for p in unread(folder, entries)])
    meant = f": did you mean {' or '.join(near)}?" if near else ""
    if titles and not near and too_short(ref):  # (`e` read as an id: a title's letter, meant)
        raise SessionError(none_titled(ref, folder, entries))
    if is_id and (near or ref == as_id) or not titles:  # (`Hudle` reads as a title)
        if titles and not near and (titled_near := near_title(ref, entries)):
            meant = f": did you mean {titled_near}?"  # (`novmber` reads as an id)
        raise SessionError(f"no session {ref!r} in {folder}{meant} "
                           f"(try: {command('list sessions')})")
    if near:  # a slip to `_` or a space is still one slip
        raise SessionError(f"{ref!r} is not a session id (lowercase letters, digits, -)"
                           f"{meant}")
    raise SessionError(none_titled(ref, folder, entries))


_SLIP = 2
"""How many characters difflib may leave unmatched between a typed id and a session's (or
its code alone, or the id without its day: its parts that end with the code) for the
session to be offered: one slip, a character wrong, missing or extra or two swapped, leaves
one or two whatever the length. A share of the length (difflib's ratio, 0.85) was too little
for a code of 8 typed alone, one character out, and let in other codes of the same day and
review beside the one meant (a trial)."""


def nearest_ids(ref: str, ids: list[str]) -> list[str]:
    """The sessions' ids `ref` was likely typed for, up to three of those closest: one slip in
    any part of an id, the whole typed or only its code (`…-f743d4e2`, `f743d4e2` for
    `…-f743d4e1`), or a part of one alone typed (its code, or the start of it).
    A mistyped id said only "no session … try: reflect list sessions" (a trial)."""
    import difflib

    typed = ref.strip().casefold()
    matcher = difflib.SequenceMatcher(autojunk=False)
    off: dict[str, int] = {}  # each id near enough: the fewest characters left unmatched
    matcher.set_seq2(typed)  # (compared with each id in turn, as difflib.get_close_matches is)
    for i in set(ids):
        for tail in (i.split("-", k)[-1] for k in range(i.count("-") + 1)):
            if abs(len(tail) - len(typed)) > _SLIP:  # (as many unmatched at the least)
                continue
            matcher.set_seq1(tail)
            unmatched = len(tail) + len(typed) - 2 * sum(b.size for b in
                                                         matcher.get_matching_blocks())
            if unmatched <= min(_SLIP, off.get(i, _SLIP)):
                off[i] = unmatched
    best = min(off.values(), default=0)
    close = sorted(i for i in off if off[i] == best)  # one slip away beats two
    part = [i for i in ids if len(typed) >= 4 and typed in i.casefold()]
    return (close + (part if len(part) == 1 and part[0] not in close else []))[:3]
