"""Copies of sessions written outside the sessions folder (store/rescue.py: an emergency copy as
the folder could not be saved to, or one saved from the "could not save" dialog), found again
and compared with the session's file; one restored into the folder, or deleted, is
store/copy_restore.py's.

A copy said only where it went on stderr, in a window since closed, was lost to the person: the
session reopened without what was typed into the copy (a trial). Copies are looked for where
reflect writes them (the home folder, then the user's own folder in the temp folder, and the
temp folder itself, the user's own files only, where earlier versions wrote them) by their name,
`reflect-copy-<session id>-<YYYYmmdd-HHMMSS>.toml`; each one is read, never changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from shlex import quote
from typing import Literal

from reflect.commands import command
from reflect.store.differences import Difference, differences, lost, said
from reflect.store.errors import SessionError
from reflect.store.own_temp import copy_names
from reflect.store.rescue import kept_aside

COPY_NAME = re.compile(r"^reflect-copy-(?P<id>[a-z0-9][a-z0-9-]*?)-(?P<at>\d{8}-\d{6})\.toml$")
"""`rescue.copy_name`'s names."""
REPLACED = "replaced"
"""The folder in the sessions folder where a session's file is kept aside as a copy is
restored over it (never listed as a session: the list reads only the folder itself)."""

State = Literal["newer", "older", "same", "no-session", "damaged"]
ORDER: tuple[State, ...] = ("newer", "damaged", "no-session", "older", "same")
"""How copies are listed: the one to act on first, then each newest first."""


@dataclass(frozen=True)
class FoundCopy:
    path: Path
    session_id: str
    """The id in the copy (its name's, when it cannot be read)."""
    written: datetime
    """When the copy was last written (its file's time)."""
    state: State
    """"newer": it holds something the session's file does not, and was written after the
    file's words last changed (the one to offer; `updated`, never after the file's own time);
    "older": written before the file's words last changed, and not the same;
    "same": what was typed in it is in the file; "no-session": no such session in the folder;
    "damaged": it cannot be read (`problem`)."""
    session_file: Path
    problem: str = ""
    file_written: datetime | None = None
    """When the session's file was last written, where there is one."""
    open_elsewhere: bool = False
    """A newer copy's session is open for editing in another reflect as it was found: the copy
    is offered only once it is closed there (`copy_to_offer`)."""
    lives_in: Path | None = None
    """"no-session": the sessions folder the session is found in instead (`other_folders`):
    the copy is restored there, never as a second session in this one."""
    kept_aside: bool = False
    """Written as the session's file was changed by another program while it was open
    (`rescue.KEPT_ASIDE`), not as the file could not be saved."""
    differs: tuple[Difference, ...] = ()
    """A copy `kept_aside`: how it and the session's file differ (store/differences.py)."""
    by_session: str = ""
    """The newest newer copy of a session found where copies are looked for: the session's
    code (or id), which `reflect restore` takes for it (store/copy_by_session.py)."""

    @property
    def restore_command(self) -> str:
        if self.by_session:  # (short: its path did not fit 60 columns, a trial)
            return command(f"restore {self.by_session}")
        there = str(self.lives_in) if self.lives_in is not None else None
        return command(f"restore {quote(str(self.path))}", sessions_dir=there)

    @property
    def delete_command(self) -> str:
        return command(f"delete-copy {quote(str(self.path))}")

    def differ_said(self) -> str:
        """How the copy and the file differ, as a sentence ("": not known)."""
        return f" They differ: {said(list(self.differs))}." if self.differs else ""

    def lost_said(self, when: str = "then") -> str:
        """What the file holds that the copy does not, once the copy is restored over it
        (`when`: "then", or "now" it is)."""
        what = lost(list(self.differs))
        return (f"what the file holds that the copy does not is {when} not in the session "
                f"({what})" if what else "nothing typed in the file is missing from the copy"
                if self.differs else f"any change made in the file is {when} not in the session")

    def _kept_aside_said(self, lead: str) -> str:
        offered = ("The session is open in another reflect: once it is closed there, opening "
                   "it offers to carry on from the copy" if self.open_elsewhere else
                   "Opening the session offers to carry on from the copy")
        return (f"{lead} holds reflect's own words, kept aside as its file was changed by "
                "another program (a sync, `git pull` or an editor) while the session was open "
                f"here, so that neither was written over.{self.differ_said()} {offered}; "
                f"`{self.restore_command}` does the same, keeping the file in {REPLACED}/ in "
                f"the sessions folder ({self.lost_said()}).")

    def said(self) -> str:
        """One plain sentence on the copy and what can be done with it."""
        at = f"{self.written:%d %b %Y %H:%M}"
        lead = f"An emergency copy of session {self.session_id} ({self.path}, written {at})"
        if self.state == "damaged":
            return (f"{self.path}: an emergency copy reflect cannot read, left as it is: "
                    f"{self.problem}")
        if self.state == "newer" and self.kept_aside:
            return self._kept_aside_said(lead)
        if self.state == "newer":
            offered = ("the session is open in another reflect: once it is closed there, "
                       "opening it offers the copy" if self.open_elsewhere
                       else "opening the session offers it")
            return (f"{lead} holds what its saved file does not (typed while the file could "
                    f"not be saved): {offered}; `{self.restore_command}` restores it, keeping "
                    "the saved file aside.")
        if self.state == "no-session" and self.lives_in is not None:
            listed = command("list sessions", sessions_dir=str(self.lives_in))
            here = self.session_file.parent
            return (f"{lead}: the session is not in this sessions folder ({here}) but in "
                    f"{self.lives_in}, reflect's usual sessions folder: "
                    f"`{listed}` says whether the copy holds what its file there does not, "
                    f"and `{self.restore_command}` restores it there, keeping that file aside.")
        if self.state == "no-session":
            return (f"{lead}: no such session in the sessions folder now (deleted, or kept in "
                    f"another folder); `{self.restore_command}` puts it back.")
        if self.state == "older":
            return (f"{lead} is older than the session's file, whose words were changed since, "
                    "and not the same (it may hold words deleted since): compare them if in "
                    "doubt; "
                    f"`{self.restore_command}` restores it, keeping the saved file aside; once "
                    f"nothing in it is missed, `{self.delete_command}` deletes it (asking first).")
        return (f"{lead} holds the same as the session's file: nothing in it is missing there, "
                f"so it may be deleted (`{self.delete_command}`, which asks first).")


def copy_said(path: Path, session_id: str) -> str:
    """Why a copy of a session (a file whose name is not its id: an emergency copy, or one by
    hand or by a sync tool) opens read-only, and how to carry on from it; said after "this
    session is" (the app's banner). An emergency copy was told to be named <id>.toml, over
    the session's own file where there is one: `reflect restore` keeps that file aside."""
    match = COPY_NAME.match(path.name)
    if match is not None and match["id"] == session_id:
        return (f"an emergency copy of session {session_id}, opened read-only so the "
                f"session's own file is not overwritten; to carry on from it, "
                f"`{command(f'restore {quote(str(path))}')}` makes it the session's file (the "
                f"file there now is kept aside in {REPLACED}/ in the sessions folder, and the "
                f"copy stays where it is), then `{command(f'open {session_id}')}`")
    return (f"a copy: its file name does not match its id {session_id!r}; opened read-only so "
            "the original is not overwritten (to carry on with this one where there is none, "
            f"name it {session_id}.toml)")


def copy_folders() -> list[Path]:
    """Where copies are looked for: where emergency copies are written."""
    from reflect.store.rescue import rescue_folders

    return rescue_folders()


def other_folders(folder: Path) -> list[Path]:
    """Where else a copy's session is looked for when it is not in `folder`: reflect's usual
    sessions folder (`REFLECT_SESSIONS_DIR`, else the default) when `folder` is another (a
    reflect started with `--sessions-dir` said a copy of a session kept there was of "no such
    session", and told to restore it into `folder` as a second one)."""
    from reflect.paths import sessions_dir

    usual = sessions_dir()
    try:
        same = usual.resolve() == folder.resolve()
    except (OSError, RuntimeError):
        same = usual == folder
    return [] if same else [usual]


def find_copies(folder: Path, session_id: str | None = None,
                places: Iterable[Path] | None = None, locks: bool = True,
                cached: bool = True) -> list[FoundCopy]:
    """The copies of sessions (of `session_id` only, if given) in `places` (else
    `copy_folders()`), each compared with its session's file in `folder`, in `ORDER`; with
    `locks`, a newer copy says whether its session is open in another reflect. `cached`: a copy
    is compared again only when it or its session's file has changed (store/copy_cache.py)."""
    from reflect.store.copy_cache import CopyCache

    cache = CopyCache(folder) if cached and session_id is None else None
    found: dict[Path, FoundCopy] = {}
    for place in places if places is not None else copy_folders():
        try:
            names = copy_names(Path(place))  # (in the shared temp folder, the user's own)
        except OSError:
            continue
        for name in names:
            match = COPY_NAME.match(name)
            if match is None or (session_id is not None and match["id"] != session_id):
                continue
            path = Path(place) / name
            if path.resolve() in found:  # (home and temp folder the same)
                continue
            copy = cache.found(path, match["id"]) if cache is not None \
                else compare(path, folder, match["id"])
            if copy is not None:
                found[path.resolve()] = copy
    if cache is not None:
        cache.save()
    ordered = sorted(found.values(), key=lambda c: c.written, reverse=True)
    if locks and any(c.state == "newer" for c in ordered):  # (no import before it is needed)
        from reflect.store.manage_sessions import open_elsewhere

        ordered = [replace(c, open_elsewhere=True) if c.state == "newer"
                   and open_elsewhere(c.session_file) else c for c in ordered]
    ordered = sorted(ordered, key=lambda c: ORDER.index(c.state))
    if places is None and session_id is None:  # (those `reflect restore SESSION` finds)
        from reflect.store.copy_by_session import named_by_session

        ordered = named_by_session(folder, ordered)
    return ordered


def newer_copy(folder: Path, session_id: str) -> FoundCopy | None:
    """The newest copy of the session that holds what its file does not, if any (offered as
    the session is opened)."""
    return next((c for c in find_copies(folder, session_id, locks=False, cached=False)
                 if c.state == "newer"), None)  # (the opener's: each read afresh)


def compare(path: Path, folder: Path, named: str = "") -> FoundCopy | None:
    """The copy at `path` compared with its session's file in `folder` (None: no file there now,
    or not a file)."""
    from reflect.store.sessions import read_session, session_path

    try:
        st = path.stat()
        if not path.is_file():
            return None
    except OSError:
        return None
    written = datetime.fromtimestamp(st.st_mtime).astimezone()
    try:
        session, _ = read_session(path)
    except SessionError as e:
        return FoundCopy(path, named, written, "damaged", folder / f"{named}.toml",
                         str(e).removeprefix(f"{path}: "))
    try:
        target = session_path(folder, session.id)
    except SessionError as e:  # (an id that is no file name: said, never used as one)
        return FoundCopy(path, named, written, "damaged", folder / f"{named}.toml", str(e))
    try:
        file_time = target.stat().st_mtime_ns
    except OSError:
        lives_in = next((other for other in other_folders(folder)
                         if (other / target.name).is_file()), None)
        return FoundCopy(path, session.id, written, "no-session", target, lives_in=lives_in)
    words_time, aside = file_time, kept_aside(path)
    differs: tuple[Difference, ...] = ()
    unreadable = False
    try:
        saved = read_session(target)[0]
        same = _typed(saved) == _typed(session)
        words_time = min(file_time, int(saved.updated.timestamp()) * 10**9)
        if aside and not same:
            differs = tuple(differences(session, saved))
    except SessionError:
        same = False  # its file cannot be read: the copy may be all there is
        unreadable = True
    # Older only where the file's words changed after the copy was written: a file saved since
    # with only the time spent or the step it is at changed (the session opened, the saved
    # one chosen over the copy, and left) still lacks what the copy holds. Never older (so
    # never offered for deleting as such) where the file cannot be read, or where the copy
    # holds reflect's own words kept aside from another program's change: those words were
    # never in the file, however late the file was written after (a review found both, an
    # "older" copy then deleted by `reflect delete-copy` the only readable version).
    newer = unreadable or aside or st.st_mtime_ns > words_time
    state: State = "same" if same else "newer" if newer else "older"
    return FoundCopy(path, session.id, written, state, target,
                     file_written=datetime.fromtimestamp(file_time / 1e9).astimezone(),
                     kept_aside=aside, differs=differs)


def _typed(session: object) -> object:
    from reflect.store.autosave import as_typed

    return as_typed(session)  # type: ignore[arg-type]


def copy_to_offer(path: Path, folder: Path, session_id: str, read_only: str | None
                  ) -> FoundCopy | None:
    """The newer copy to offer as the session in `path` is opened: none for a session open in
    another reflect (it cannot be restored there), nor for one opened to view only (restoring
    the copy would write the file; the start screen's row says the copy is there), nor for a
    file that is not the session's own in the sessions folder (a copy under another name, a
    file elsewhere)."""
    from reflect.store.locks import IN_USE, VIEWING
    from reflect.store.sessions import session_path

    try:
        own = path.resolve() == session_path(folder, session_id).resolve()
    except (OSError, ValueError, SessionError):  # (an id that is no file name: no copy)
        own = False
    return newer_copy(folder, session_id) if own and read_only not in (IN_USE, VIEWING) else None
