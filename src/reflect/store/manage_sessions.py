"""A saved session renamed, duplicated or deleted (the start screen's F2, c and Delete:
ui/screens/start_manage.py), each refused while the session is open for editing in another
reflect (`open_elsewhere`: its lock is held).

The session files are read and written through the module `reflect.store.sessions`
(`session_files.read_session`), never bound here: tests stand in for them there."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.model.session import Session
from reflect.store import sessions as session_files
from reflect.store.errors import SessionError
from reflect.store.free_names import first_free

if TYPE_CHECKING:
    from reflect.store.locks import SessionLock


def open_elsewhere(path: Path) -> bool:
    """Whether the session is open for editing in another reflect (its lock is held)."""
    try:
        _unlocked(path).release()
    except SessionError:
        return True
    return False


def _unlocked(path: Path) -> SessionLock:
    from reflect.store.locks import IN_USE, OPENER_WAITS, SessionLock

    lock = SessionLock(path)
    if not lock.acquire(wait=OPENER_WAITS):  # (not lost to a listing's look)
        raise SessionError(f"{path}: this session is {IN_USE.split(':')[0]}; close it there first")
    return lock


def rename_session(path: Path, title: str) -> Session:
    """Give a saved session a new title (refused while it is open in another reflect)."""
    session, read_only = session_files.read_session(path)
    if read_only:
        raise SessionError(f"{path}: cannot rename: it is {read_only}")
    lock = _unlocked(path)
    try:
        session.title = title.strip()
        session_files.save_session(path.parent, session)
    finally:
        lock.release()
    return session


_COPY_MARK = re.compile(r"\s*\(copy(?: \d+)?\)$")


def copy_title(title: str, taken: Iterable[str] = ()) -> str:
    """The title of a duplicate of a session titled `title`: "… (copy)", or "… (copy 2)" and
    on where that is `taken` (a copy of a copy too), so that the list never shows two rows
    that read the same and the copy is told from its original at a glance."""
    base = _COPY_MARK.sub("", title).strip() or title.strip()
    used = {t.strip().casefold() for t in taken}
    return first_free(lambda n: f"{base} (copy)" if n == 1 else f"{base} (copy {n})",
                      lambda title: title.casefold() in used)


_DUPLICATING = threading.Lock()
"""Held while a duplicate's title is chosen and its file written: two made at once (`c`
pressed twice) would otherwise both take the first free title."""


def duplicate_session(path: Path) -> Session:
    """A new session for the same team on the same review (a recurring meeting): the details,
    participants and meeting length are copied, the title marked as a copy (`copy_title`,
    free among every session saved in the folder, as its index lists them: checked against
    the rows on screen, a second copy made while a search filtered them, or before the list
    was read again, took a title already on disk); answers, notes, actions, time spent and
    the place reached are not. The participants start unticked, as last time's do in a new
    session for the team (`carry.brought`, by the same rule): who is here is ticked on
    *Who is here* (they were all copied as here, and the notes listed someone absent as
    attending). The team's open actions (this session's among them) come along as last
    time's actions, to update first."""
    from reflect.model.session import Answer, Timing
    from reflect.store.carry import brought, open_actions_for_team
    from reflect.store.index import list_summaries

    session, _ = session_files.read_session(path)
    with _DUPLICATING:
        taken = [e.label for e in list_summaries(path.parent).entries]
        copy = Session(id=session_files.new_session_id(session.review_id),
                       review_id=session.review_id,
                       review_title=session.review_title, mode=session.mode,
                       theme=session.theme, title=copy_title(session.label, taken),
                       team=session.team, facilitator=session.facilitator,
                       participants=brought(session.participants),
                       answers=[Answer(question_id=a.question_id, question=a.question,
                                       source=a.source) for a in session.answers],
                       timing=Timing(minutes=session.timing.minutes),
                       left_out=session.left_out)  # a theme's items left out stay out
        copy.current_step = "people" if copy.mode == "team" else "intro"
        if copy.mode == "team":
            copy.carried = open_actions_for_team(path.parent, copy.team, exclude_id=copy.id)
        session_files.save_session(path.parent, copy)
    return copy


def delete_session(path: Path) -> None:
    """Remove a session file for good (refused while it is open in another reflect)."""
    lock = _unlocked(path)
    try:
        path.unlink()
    finally:
        lock.release()
        try:
            lock.path.unlink()
        except OSError:
            pass
