"""An emergency copy named as reflect shows it: its name cut in the middle (`short_name`), as
the start screen lists copies where a name is wider than a line (60 columns), or its name
whole without its folder; found where copies are kept (store/copies.py `copy_folders`), for
`reflect restore` and `reflect delete-copy` (`named_copy`), and for every command given a
SESSION, `reflect open` and `reflect walk --resume` among them (`session_or_copy`): those
wanted the copy's path, and the name copied off the screen was "no such session file" (a
trial).

The start screen names an older copy `reflect-copy-…-0000c0de-20270301-090000.toml` and its
commands `reflect restore COPY`; the name copied off the screen into `reflect restore` was
"no such file", as was the whole name typed from any folder but the one the copy is in (a
trial). The cut keeps the session's code and the time the copy was first written: together
they name one copy unless two sessions share a code and each has a copy written in the same
second, or one name is in both folders copies are kept in; then each is said, to give the one
meant by its path."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from shlex import quote

from reflect.commands import command
from reflect.store.copies import COPY_NAME
from reflect.store.errors import SessionError
from reflect.store.own_temp import copy_names

CUT = "…"
"""Where `short_name` cuts a name."""
SHORT_NAME = re.compile(r"^reflect-copy-(?:…|\.{2,3})-?(?P<code>[a-z0-9]+)-"
                        r"(?P<at>\d{8}-\d{6})(?:\.toml)?$", re.IGNORECASE)
"""`short_name`'s names, the cut typed as "…" or as dots, the ".toml" left off or not."""


def short_name(name: str) -> str:
    """A copy's file name cut in the middle, its start and what tells it from another kept:
    its session's code and the time it was first written, `reflect-copy-…-0000c0de-20270301-
    101010.toml` (the session's id in full is said beside it)."""
    match = COPY_NAME.match(name)
    if match is None:
        return name
    cut = f"reflect-copy-{CUT}-{code_of(match['id'])}-{match['at']}.toml"
    return cut if len(cut) < len(name) else name


def code_of(session_id: str) -> str:
    """A session's code: its id's last part."""
    return session_id.rsplit("-", 1)[-1]


def named_copy(ref: str, verb: str, places: Iterable[Path] | None = None) -> Path | None:
    """The copy `ref` names where it is no file: a copy's name, whole or cut short as
    `short_name` cuts it, alone (looked for in `places`, else where copies are kept) or after
    its folder (looked for there). None where `ref` names no copy so (a session, a path);
    SessionError where no copy has that name, or several have (each said, with `reflect
    VERB PATH` to give one by its path)."""
    given = Path(ref).expanduser()
    name = given.name
    whole, cut = COPY_NAME.match(name), SHORT_NAME.match(name)
    if whole is None and cut is None:
        return None
    if ref.endswith(("/", os.sep)) or given.parent != Path("."):
        folders = [given.parent]
    else:
        from reflect.store.copies import copy_folders

        folders = list(places) if places is not None else copy_folders()
    found = _found(folders, name, cut)
    if len(found) == 1:
        return found[0]
    listed = command("list sessions")
    where = " or ".join(str(f) for f in folders)
    if not found:
        raise SessionError(f"{ref}: no such file, nor any emergency copy of that name in {where} "
                           f"(`{listed}` names the copies found)")
    each = [f"`{command(f'{verb} {quote(str(p))}')}`" for p in found]
    raise SessionError(f"{ref} names {len(found)} emergency copies, and reflect does not "
                       f"choose: give the one meant by its path, {' or '.join(each)} "
                       f"(`{listed}` says what each holds)")


def session_or_copy(folder: Path, ref: str, verb: str) -> Path:
    """The file `ref` names: a session in `folder` as `resolve_session` finds it, else an
    emergency copy by its name (`named_copy`), whole or cut short, as `reflect restore`
    takes it; `verb`, the command (`open`, `walk --resume`), to say how to give one of two
    copies by its path. SessionError where neither is found: for a name a copy's, that no
    copy has it (or that several do), else as `resolve_session` says it."""
    from reflect.store.sessions import resolve_session

    try:
        return resolve_session(folder, ref)
    except SessionError:
        copy = named_copy(ref, verb)
        if copy is None:
            raise
        return copy


def _found(folders: list[Path], name: str, cut: re.Match[str] | None) -> list[Path]:
    """The copies in `folders` named `name`, or (`cut`) whose session's code and time are the
    short name's, each once (the home and the temp folder may be one)."""
    found: dict[Path, Path] = {}
    for folder in folders:
        try:
            names = [n for n in copy_names(folder) if (folder / n).is_file()]
        except OSError:
            continue
        for each in sorted(names):
            match = COPY_NAME.match(each)
            if match is None:
                continue
            if cut is None and each != name:
                continue
            if cut is not None and (match["at"] != cut["at"] or
                                    code_of(match["id"]) != cut["code"].casefold()):
                continue
            path = folder / each
            try:
                key = path.resolve()
            except (OSError, RuntimeError):
                key = path
            found.setdefault(key, path)
    return list(found.values())
