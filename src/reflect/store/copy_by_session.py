"""An emergency copy named by its session: `reflect restore 0000c0de` restores the newest copy
of that session that holds what its file does not (store/copies.py `newer_copy`), the one the
start screen and `reflect list sessions` offer.

Named by its path, the command was wider than the start screen's problems area at 60 columns:
a copy's name alone (`reflect-copy-<session id>-<date>-<time>.toml`) is some 60 characters, so
the path was folded mid-name and, copied off the screen, did not run (a trial). The session's
code (its id's last part) is short, and typed as `reflect open` takes it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reflect.commands import command
from reflect.store.copies import FoundCopy, newer_copy
from reflect.store.copy_names import code_of
from reflect.store.errors import SessionError


def named_by_session(folder: Path, copies: list[FoundCopy]) -> list[FoundCopy]:
    """`copies` (`find_copies`' order: the newer first, each newest first), each session's
    newest copy holding what its file does not given the name its session goes by
    (`FoundCopy.by_session`): the one `reflect restore SESSION` restores. Another newer copy
    of the same session keeps its path: named by the session, it would restore the newest."""
    named: set[str] = set()
    out = []
    for copy in copies:
        if copy.state == "newer" and copy.lives_in is None and copy.session_id not in named:
            named.add(copy.session_id)
            copy = replace(copy, by_session=session_name(folder, copy))
        out.append(copy)
    return out


def session_name(folder: Path, copy: FoundCopy) -> str:
    """The session's code where typed alone it names that session in `folder` (as `reflect
    open` finds it), else its id, which always does."""
    from reflect.store.sessions import resolve_session

    code = code_of(copy.session_id)  # (as the copy's short name says it)
    try:
        same = resolve_session(folder, code, titles=False).resolve() == \
            copy.session_file.resolve()
    except (SessionError, OSError):  # (several sessions with that code: said, never chosen)
        same = False
    return code if same else copy.session_id


def session_copy(ref: str, folder: Path) -> Path:
    """The copy `reflect restore` is given as `ref` where that is no file: a session in
    `folder` (its code, id or title, as `reflect open` takes it), whose newest copy holding
    what its file does not is the one meant. SessionError says why there is none."""
    from reflect.store.sessions import resolve_session
    from reflect.text import toml_stem

    listed = command("list sessions")
    if "/" in ref or "\\" in ref or toml_stem(ref) is not None:  # a file's name, mistyped
        what = "a folder, not an emergency copy's file" if Path(ref).expanduser().is_dir() \
            else "no such file"  # (a folder was said as "no such file": a trial)
        raise SessionError(f"{ref}: {what} (`{listed}` names the copies found)")
    session = resolve_session(folder, ref)
    copy = newer_copy(folder, session.stem)
    if copy is None:
        raise SessionError(f"session {session.stem} has no emergency copy holding what its "
                           f"file does not, so nothing was restored (`{listed}` names the "
                           "copies found; give another by its file)")
    return copy.path
