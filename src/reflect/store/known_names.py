"""The names reflect knows of people a session does not list: the participants (and the
facilitator, when named) of the team session an individual reflection was written after
(`Session.after`).

The reflection keeps that session by role and agency only (`TeamLink`), so its own file
never names them; they are read from the team session's file each time the reflection is checked or
exported, and the personal-details check looks for them as for a participant's name
(`export.identifiers.find_identifiers(known_names=...)`): where the export names no one (a
CPD record, notes by role only or by agency), never in notes that name people, which may
name the colleagues the reflection was talked over with (said: `store.exports.
colleagues_named`). A team session that cannot be read
(deleted, moved, damaged) is said, never a failure: the check goes on without its names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.export.identifiers import people
from reflect.model.session import Session
from reflect.store import sessions as session_files
from reflect.store.errors import SessionError


@dataclass(frozen=True)
class KnownNames:
    names: tuple[str, ...] = ()
    """The team session's people, by name (none without a team session)."""
    problem: str = ""
    """Why they could not be read, said to the person ("" when they were, or none was
    needed)."""


def known_names(sessions_dir: Path, session: Session) -> KnownNames:
    """The names of the people of the team session `session` was written after, read from
    its file in `sessions_dir`; none for any other session."""
    link = session.after
    if link is None:
        return KnownNames()
    try:
        path = session_files.resolve_session(sessions_dir, link.session_id, titles=False)
        team, _ = session_files.read_session(path)
    except (SessionError, OSError) as e:
        why = str(e).rstrip(".") if isinstance(e, SessionError) else (e.strerror or str(e))
        named = f"“{link.label}” ({link.session_id})" if link.label else link.session_id
        return KnownNames(problem=f"the team session this reflection was written after, "
                          f"{named}, could not be read ({why}): its participants' names "
                          "were not looked for")
    return KnownNames(tuple(name for name in people(team) if name.strip()))
