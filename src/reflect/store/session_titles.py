"""A saved session named on the command line by its title, as the start screen's list shows it
and its search finds it: `reflect export "November North briefing"` was refused as "not a
session id" (a trial), though a learning lead knows a session by its title, never its id.

Read from the session list's per-machine cache (store/index.py), as the start screen reads it:
naming a session by its title never reads every session file in full again.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from reflect.commands import command
from reflect.store.errors import SessionError
from reflect.store.index import SessionSummary
from reflect.text import one_line

SESSION_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,120}\.toml$")
"""A session file's name: its id (`sessions.SESSION_ID`), then `.toml`."""

SHOWN = 5
"""The most sessions a refusal lists (then "and N more"): enough to pick from, never a flood."""

SHORTEST_PART = 3
"""The fewest characters a part of a title is taken at, unless it is a whole word of the title
(`B` of "Plan B review"): one letter, `e`, picked the one session whose title held an "e" and
exported or opened it (a trial)."""


def tidied(text: str) -> str:
    """`text` as titles are compared: case and runs of spaces do not matter."""
    return " ".join(text.split()).casefold()


def by_title(ref: str, entries: Sequence[SessionSummary], folder: Path | None = None
             ) -> Path | None:
    """The file of the one session `ref` names by its title (the whole title, or else a part
    of one title alone, of three characters or more or whole words: `holds`; a session with
    no title of its own goes by its review's, as the list shows it); None when no title holds
    it. A part several titles hold names the session the others follow up (`followed`).
    Else several that match are refused, each named by its
    id, title and the day it was held, so that one can be given by its id. With `folder`,
    where no session read has the title, the one file there that cannot be read whose
    `title` line has it (`titled_unread`): reading it then says why, as for its id."""
    found = titled(ref, entries)
    if len(found) > 1:
        raise SessionError(_several(ref, found))
    if found or folder is None:
        return found[0].path if found else None
    files = titled_unread(ref, unread(folder, entries))
    return _the_one(files, f"{quoted(ref)} is in the titles of {len(files)} session files")


def titled_unread(ref: str, files: Sequence[Path]) -> list[Path]:
    """Those of `files` (session files that cannot be read) whose `title` line, where it can
    be read, `ref` names as `titled` takes it. `reflect open "Week 2"`, its file missing a
    line, said no session was so titled, its title unknown, though the file held it (g345's
    trial)."""
    wanted, found = tidied(ref), []
    for path in files:
        title = unread_title(path)
        if title is not None and wanted and (tidied(title) == wanted
                                             or holds(tidied(title), wanted)):
            found.append(path)
    return found


def unread_title(path: Path) -> str | None:
    """The `title` line of a session file that cannot be read as a session, where the file can
    be read as TOML and holds one; None where its title is unknown."""
    try:
        title = tomllib.loads(path.read_text(encoding="utf-8")).get("title")
    except (OSError, ValueError):  # (not TOML, not UTF-8: its title is unknown)
        return None
    return title if isinstance(title, str) else None


def titled(ref: str, entries: Sequence[SessionSummary]) -> list[SessionSummary]:
    """The sessions `ref` names by title, as `by_title` takes it: the one it means, else the
    several it matches, else none. `near_title` offers by the same rule what its nearest title
    opens (it offered a follow-up for `hudle`, where `huddle` opens the session followed up)."""
    wanted = tidied(ref)
    if not wanted:
        return []
    for rule in (lambda title: title == wanted, lambda title: holds(title, wanted)):
        found = _originals([s for s in entries if rule(tidied(s.label))])
        if len(found) > 1 and (first := followed(found)) is not None:
            return [first]
        if found:
            return found
    return []


def followed(found: Sequence[SessionSummary]) -> SessionSummary | None:
    """The one session of `found` whose whole title each other's holds, as whole words, and
    more ("Invented huddle" of "Invented huddle follow-up"): the others follow it up, and
    `reflect open huddle` means it. A follow-up made `huddle` refused as two sessions' titles
    (a trial). None when there is no such one (two titled alike, or "Monday huddle" beside
    "Tuesday huddle"): they are listed to choose from."""
    titles = [tidied(s.label) for s in found]
    for n, title in enumerate(titles):
        inside = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)")
        if all(other != title and inside.search(other) for other in titles[:n] + titles[n + 1:]):
            return found[n]
    return None


def holds(title: str, part: str) -> bool:
    """Whether `title` holds `part` (both `tidied`) as a real part of it: `SHORTEST_PART`
    characters or more, or whole words of it."""
    if len(part) >= SHORTEST_PART:
        return part in title
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", title) is not None


def too_short(ref: str) -> bool:
    """Whether `ref` is too short to be taken as a part of a title unless a whole word."""
    return len(tidied(ref)) < SHORTEST_PART


def by_code(ref: str, entries: Sequence[SessionSummary], folder: Path | None = None
            ) -> Path | None:
    """The file of the one session whose code (its id's last part, `af252d65` of
    `20261204-child-h-af252d65`) is `ref` exactly; None when none has it. The code typed
    alone, no slip, was answered "no session 'af252d65' … did you mean
    20261204-child-h-af252d65?" (a trial). Several sessions with that code are refused, each
    named by its id, title and the day it was held. With `folder`, where no session read has
    the code, the one file in `folder` whose name ends with it and that cannot be read
    (`unreadable`): reading it then says why, as for its whole id."""
    if not ref or "-" in ref:
        return None
    found = _originals([s for s in entries if s.id.rsplit("-", 1)[-1] == ref])
    if len(found) > 1:
        raise SessionError(_several(ref, found, "sessions' codes"))
    if found or folder is None:
        return found[0].path if found else None
    return unreadable(ref, folder, entries)


def unreadable(ref: str, folder: Path, entries: Sequence[SessionSummary]) -> Path | None:
    """The session file in `folder` named `…-<ref>.toml` that is none of `entries` (those
    read): one that cannot be read. "no session 'deadbeef'" was said of it, where its whole
    id said what is wrong in it (a trial). Several are refused, each named."""
    files = [p for p in unread(folder, entries) if p.name.endswith(f"-{ref}.toml")]
    return _the_one(files, f"{quoted(ref)} ends {len(files)} session files' names")


def _the_one(files: Sequence[Path], matched: str) -> Path | None:
    """The one of `files` (that cannot be read), or None; several refused, `matched` saying
    how the reference named them, each named by its id."""
    if len(files) > 1:
        raise SessionError(f"{matched}, none of which can be read: give the one you mean by "
                           "its id (" + ", ".join(p.stem for p in files[:SHOWN]) + ")")
    return files[0] if files else None


def unread(folder: Path, entries: Sequence[SessionSummary]) -> list[Path]:
    """The session files in `folder` (named `<id>.toml`) that are none of `entries` (those
    read): those that cannot be read, by name; [] where the folder cannot be listed."""
    read = {s.path.name for s in entries}
    try:
        return sorted(p for p in folder.glob("*.toml")
                      if p.name not in read and SESSION_NAME.match(p.name) and p.is_file())
    except OSError:
        return []


def quoted(ref: str) -> str:
    """What was typed, between quotes that are not a title's own (`'Pat\\'s "x"'`, repr's,
    read as typed with a backslash)."""
    return f"“{one_line(ref)}”"


def none_titled(ref: str, folder: Path, entries: Sequence[SessionSummary] = ()) -> str:
    """Why `ref`, neither an id nor a file, names no session (a part of a title too short to
    be taken said so: `holds`), with the session whose title it was likely typed for, and
    how many session files there could not be read, their titles unknown: `reflect open
    "Week 2"`, its file broken by hand, said only that no session was so titled (a
    facilitator's fresh-eyes trial). A file whose title could be read (`unread_title`) is not
    one of them: its title is known, and is not `ref`."""
    part = (f"a part of a title is taken when it is a whole word of it or {SHORTEST_PART} "
            "characters or more") if too_short(ref) else ""
    meant = near_title(ref, entries)
    n = sum(unread_title(path) is None for path in unread(folder, entries))
    whose = "their titles" if n > 1 else "its title"
    unknown = f"; {n} session file{'s' * (n > 1)} there could not be read, {whose} unknown" \
        if n else ""
    return (f"no session titled {quoted(ref)} (or with a title holding it) in {folder}, nor "
            f"with that id{f' ({part})' if part else ''}{unknown}: "
            + (f"did you mean {meant}? " if meant else "type a session's id or its title ")
            + f"(try: {command('list sessions')})")


NEAR = 0.8
"""How near (difflib's ratio) what was typed must be to a title, or to as many words of one, for
its session to be offered: a slip (`Novmber`), not another title of the same shape ("December
South briefing" for "November North briefing", 0.78)."""


def near_title(ref: str, entries: Sequence[SessionSummary]) -> str:
    """The session whose title `ref` was likely typed for, one slip or two (`Novmber North
    briefing`), said by its id and its title: the one the nearest title, or part of one, opens
    (`titled`: `hudle` offers "Invented huddle", not its follow-up), else a few of those it
    matches, each by id and title (a title alone was said, a trial); "" when none is near. A
    title mistyped was answered with no session offered, though an id mistyped was
    (`sessions.nearest_ids`): a trial. A part of a title mistyped (`novmber`) is weighed
    against as many words of each title."""
    from reflect.near import nearest

    wanted = tidied(ref)
    whole: set[str] = set()
    parts: set[str] = set()  # as many words of a title as were typed
    for s in _originals(list(entries)):
        whole.add(tidied(s.label))
        words, n = tidied(s.label).split(), len(wanted.split())
        for at in range(len(words) - n + 1 if len(wanted) > SHORTEST_PART else 0):
            parts.add(" ".join(words[at:at + n]))
    meant = (nearest(wanted, whole, NEAR) or nearest(wanted, parts, NEAR)) if wanted else None
    found = sorted(titled(meant, entries), key=lambda s: s.created, reverse=True) if meant else []
    return " or ".join(f"{s.id} ({one_line(s.label, 60)})" for s in found[:3])


def _originals(found: list[SessionSummary]) -> list[SessionSummary]:
    """`found` without a copy under another file name (a sync tool's) of a session also found
    under its own name: both read the same, and its id opens the original."""
    own = {s.id for s in found if s.path.stem == s.id}
    return [s for s in found if s.path.stem == s.id or s.id not in own]


def _several(ref: str, found: list[SessionSummary], what: str = "sessions' titles") -> str:
    more = " (or more of its title)" if what == "sessions' titles" else ""
    lines = [f"{quoted(ref)} matches {len(found)} {what}: give the id of the one you mean"
             f"{more}:"]
    for s in sorted(found, key=lambda s: s.created, reverse=True)[:SHOWN]:  # newest held first
        # A copy alone under another file name is given by its file: its id is the original's.
        name = s.id if s.path.stem == s.id else str(s.path)
        lines.append(f"  {name}  “{one_line(s.label, 60)}”  held "
                     f"{s.created.astimezone():%Y-%m-%d %H:%M}")
    if len(found) > SHOWN:
        lines.append(f"  and {len(found) - SHOWN} more ({command('list sessions')} shows them "
                     "all)")
    return "\n".join(lines)
