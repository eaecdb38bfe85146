"""A team's session files that could not be read, for a new session of the team to say so.

Last time's actions come from the team's earlier session files (store/carry.py); a file that
cannot be read (damaged by a sync, edited by hand) is skipped there, and the start screen lists
it among the files it could not read. A fresh-eyes trial's second meeting, its first meeting's
file unreadable, opened with no *Last time's actions* and said nothing: the facilitator had no
way to know three open actions were missing, nor why. A file that does not parse as a whole
still names its team on a line of its own, as reflect writes it (`team = "…"`): that line alone
says whose it was. Nothing here changes a file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from reflect.model.teams import team_key
from reflect.store.index import list_summaries

_TEAM_LINE = re.compile(r'^team\s*=\s*(".*")\s*$', re.MULTILINE)


def team_in_text(text: str) -> str | None:
    """The team a session file's text names on its `team = "…"` line (its first such line,
    as reflect writes it before any table), read as TOML; None where there is none, or it
    does not read."""
    found = _TEAM_LINE.search(text.split("\n[", 1)[0])
    if found is None:
        return None
    try:
        team = tomllib.loads(f"team = {found.group(1)}")["team"]
    except tomllib.TOMLDecodeError:
        return None
    return team if isinstance(team, str) else None


def unreadable_of_team(folder: Path, team: str, cache: Path | None = None) -> list[str]:
    """The names of the session files in `folder` that could not be read as sessions and
    whose text names `team` (compared by `team_key`, as carry-over compares teams)."""
    key = team_key(team)
    if not key or not folder.is_dir():
        return []
    read = {e.path.name for e in list_summaries(folder, cache).entries}
    out = []
    for path in sorted(folder.glob("*.toml")):
        if path.name in read:
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if (named := team_in_text(text)) is not None and team_key(named) == key:
            out.append(path.name)
    return out


def unreadable_said(names: list[str]) -> str | None:
    """What a new session of the team says of its files that could not be read; None for none."""
    if not names:
        return None
    files = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    one = len(names) == 1
    return (f"⚠ {'A session file' if one else f'{len(names)} session files'} of this team could "
            f"not be read ({files}): the actions {'it' if one else 'they'} agreed are not at "
            "Last time's actions. The start screen says why (under its lists); once the file "
            "reads again, the team's next session brings them.")


def unread_note(folder: Path, team: str) -> list[str]:
    """`unreadable_said` of the team's files in `folder`, as a list of messages (none, or
    one). Never stops a start: a folder that cannot be looked into says nothing here."""
    from reflect.store.errors import SessionError

    try:
        said = unreadable_said(unreadable_of_team(folder, team))
    except (OSError, SessionError, ValueError):
        return []
    return [said] if said else []
