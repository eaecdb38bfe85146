"""Gathering every team's sessions from shared folders for a report.

A partnership keeps its teams' sessions in one shared folder (a network drive, a synced cloud
folder or a git repository). `gather` reads every `*.toml` there without writing anything,
and sorts each file into one of three heaps:

- sessions that count, each with a flag when something about it needs saying (written by a
  newer reflect, a copy whose original is missing, dated after today);
- conflict copies made by sync tools (`x (1).toml`, `x (conflicted copy …).toml`,
  `x-HOSTNAME.toml`, a file holding git conflict markers, …): reported, never counted, so no
  session is counted twice;
- files that cannot be read at all, with the reason.

A copy is recognised by what it holds, not only by its name: every session file holds its own
id, and reflect always names the file `<id>.toml`. When several files hold the same id, the one
named `<id>.toml` counts and the others are copies. The name patterns only say what kind of
copy a file is, and decide which file counts when none is named `<id>.toml`.

Each file is read for its `SessionFacts` (report/facts.py: what a report needs, no names),
through a per-machine cache (report/cache.py), so a second report with nothing changed reads
no session file. `build_report` (report/build.py) turns what was gathered into the numbers.
Pure: no Textual, no network; nothing is written but the cache, in the user's cache folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from reflect.model.dates import local_day
from reflect.model.schema import SCHEMA_VERSION
from reflect.model.teams import Names, holds_words
from reflect.report.dates import long_date, parse_due, utc
from reflect.report.facts import SessionFacts
from reflect.report.later import carried_on
from reflect.store.folders_inside import folders_inside, real_folder
from reflect.text import one_line

__all__ = ["Filters", "Gathered", "copy_kind", "gather", "has_git_markers", "long_date",
           "parse_due", "session_date"]


# --- filters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which sessions a report covers. Dates are the day a session was created (local time)."""

    since: date | None = None
    until: date | None = None
    review: str | None = None
    """A review id, exactly."""
    team: str | None = None
    """A team name as typed: it takes every team whose name it is (case, spaces and
    punctuation aside) or whose name holds its words (`holds_words`: `mash` takes `mash` and
    `MASH team`; it took "mash" alone, and "MASH team" was left out unsaid: a trial)."""
    team_for: tuple[str, str] | None = None
    """The name typed, and why `team` was taken for it, where no team is named so: spelt like
    it, or a part of one (`team_filter.team_choice`); said by the report's first line."""
    until_asked: date | None = None
    """The Until asked, where it is a day still to come (`up_to`): the report covers up to
    today (`until`), and says so."""

    def up_to(self, today: date) -> Filters:
        """These filters with an Until still to come read as `today`, the day asked kept in
        `until_asked` to be said: no session can have been held after today. The command
        line said "to 5 December 2026" for `--until Q4` and the Reports screen "to 31
        December 2026" (a trial); both make the report through `gather`, which asks this."""
        if self.until is None or self.until <= today:
            return self
        return replace(self, until=today, until_asked=self.until)

    def matches(self, session: SessionFacts, dates: bool = True) -> bool:
        """Whether the report covers `session`; without `dates`, whether it would but for the
        day it was held (its actions still overdue are listed all the same: `outside`)."""
        day = session_date(session)
        if dates and self.since is not None and day < self.since:
            return False
        if dates and self.until is not None and day > self.until:
            return False
        if self.review and session.review_id != self.review:
            return False
        return not self.team or holds_words(session.team, self.team)

    def period(self) -> str:
        """The dates in words: `from 1 October 2026 to 31 October 2026`, `on 30 November
        2026` (Since and Until one day: "since Monday until Monday"), `from …`, `up to …`;
        an Until still to come read as today says so (`up_to`); "" for no dates."""
        until = self.until and long_date(self.until)
        if self.until_asked:  # read as today: both said, the one typed seen, not lost
            until = f"today, {until} (Until, {long_date(self.until_asked)}, is still to come)"
        if self.since and self.since == self.until and not self.until_asked:
            return f"on {until}"
        if self.since:
            return f"from {long_date(self.since)}" + (f" to {until}" if until else "")
        return f"up to {until}" if until else ""

    def describe(self, review_said: str = "") -> list[str]:
        """The filters in words, one per filter set (empty when the report covers everything);
        the review as `review_said` where given (`Report.review_said`: by its title), else
        by its id."""
        out = []
        if period := self.period():
            out.append(f"sessions {'held ' if period.startswith('on ') else ''}{period}")
        if self.review:
            out.append(review_said or f"review {self.review}")
        if self.team:
            out.append(f"team \"{one_line(self.team)}\"")
        return out


def session_date(session: SessionFacts) -> date:
    """The day the session was held, where the report is made (`local_day`): in UTC, a
    meeting at 00:30 on 1 July was left out of `--since 1/7/2026` (a trial)."""
    day = session.held
    if day is None:
        day = session.held = local_day(session.created)
    return day


# --- gathering ------------------------------------------------------------------------------


@dataclass
class Gathered:
    sessions: list[tuple[Path, SessionFacts, str | None]] = field(default_factory=list)
    """(file, session, flag): every session that counts, oldest first. The flag says what needs
    saying about it (e.g. "written by a newer reflect …"), or is None."""
    conflicts: list[tuple[Path, str]] = field(default_factory=list)
    """Conflict copies (sync tools, git merges) and duplicates, with the reason: not counted."""
    unreadable: list[str] = field(default_factory=list)
    """One message per file (or folder) that could not be read, naming it and the problem."""
    filters: Filters = field(default_factory=Filters)
    """The filters the sessions were chosen by (for the report to say what it covers)."""
    team_names: Names = field(default_factory=Names)
    """Every team of every session read that has something recorded (as counted), whatever
    the filters, copies aside, oldest first: a team is shown as most often written over them
    all, so one team has one name in every
    report ("Health Visiting East" in the whole report was "health visiting (east)" in one
    `--since` chose, where that spelling was the most used: a trial). Empty for a `Gathered`
    made by hand: the report then counts the writings of the sessions it holds."""
    outside: list[tuple[Path, SessionFacts]] = field(default_factory=list)
    """Sessions the filters would choose but for the day they were held (a report on dates):
    counted nowhere, but their actions still overdue are listed (`build_report`). A quarter's
    report left out June's actions still overdue, 10 shown of 15 (a trial)."""
    themed_outside: list[SessionFacts] = field(default_factory=list)
    """In a report on one review and dates, the themed sessions the other filters would choose
    but for their day: counted nowhere, but their actions on the review still overdue are
    listed, as its own meetings' are (`outside`)."""
    themed: list[SessionFacts] = field(default_factory=list)
    """In a report on one review, the themed sessions the other filters choose: counted
    nowhere, but each that recorded something on the review says so under its row
    (`build_report`), as the report on every review does. `--review child-ac` said Child AC
    was discussed `never`, beside a report on all that said `7 December 2026 (themed)` (a
    midwife's trial)."""


# Names sync tools give the second copy of a file: (pattern on the file's stem, description).
_COPY_NAMES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"'s conflicted copy", re.IGNORECASE), "a Dropbox conflicted copy"),
    (re.compile(r"conflicted copy", re.IGNORECASE), "a sync tool's conflicted copy"),
    (re.compile(r"\.sync-conflict-", re.IGNORECASE), "a Syncthing conflict copy"),
    (re.compile(r"[ .(_-]conflict(?:ed)?\b", re.IGNORECASE), "a sync tool's conflict copy"),
    (re.compile(r"\s\(\d+\)$"), "a numbered duplicate (a sync tool or a second download)"),
    (re.compile(r"\s-?\s?copy(?:\s\d+)?$", re.IGNORECASE), "a copy made by hand"),
]

_GIT_START = re.compile(rb"^<{7}(?!<)", re.MULTILINE)
_GIT_MIDDLE = re.compile(rb"^={7}\r?$", re.MULTILINE)
_GIT_END = re.compile(rb"^>{7}(?!>)", re.MULTILINE)

GIT_MARKERS = ("holds git conflict markers (<<<<<<<, =======, >>>>>>>): a merge was left "
               "unfinished; not counted until it is resolved (see docs/sharing.md)")


def has_git_markers(data: bytes) -> bool:
    """True if `data` holds a git conflict: `<<<<<<<`, then `=======`, then `>>>>>>>` lines."""
    start = _GIT_START.search(data)
    if start is None:
        return False
    middle = _GIT_MIDDLE.search(data, start.end())
    return middle is not None and _GIT_END.search(data, middle.end()) is not None


def copy_kind(path: Path, session_id: str) -> str | None:
    """What kind of copy a file looks like from its name, or None when it is `<id>.toml`."""
    stem = path.stem
    if stem == session_id:
        return None
    tail = stem.removeprefix(session_id)
    for pattern, kind in _COPY_NAMES:
        if pattern.search(tail):
            return kind
    if stem.startswith((session_id + "-", session_id + "_")):
        return "a copy named after another computer (as OneDrive names conflict copies)"
    return "a file whose name does not match its id"


def _named_like_copy(path: Path, session_id: str) -> bool:
    kind = copy_kind(path, session_id)
    return kind is not None and kind != "a file whose name does not match its id"


@dataclass
class _Read:
    path: Path
    session: SessionFacts
    folder: int
    """The position of its folder among those given (the first folder wins a tie)."""


def gather(folders: list[Path], filters: Filters = Filters(), today: date | None = None, *,
           use_cache: bool = True, cache: Path | None = None,
           share_reading: bool = False) -> Gathered:
    """Every session in `folders` that matches `filters`, its conflict copies and bad files.

    Reads only; nothing in the folders is written, moved or removed. Folders are not searched
    recursively (a sessions folder's `exports/` holds notes, not sessions): a folder inside
    one that holds session files is said, as not read (`folders_inside`); the same folder
    given twice is read once. `today` (default: the real date) marks sessions dated later.
    `use_cache` and `cache` (the cache folder): see report/cache.py; the result is the same.
    `share_reading`: a big folder may be read by several processes (report/cache.py).
    """
    from reflect.report.cache import read_folder

    today = today or date.today()
    filters = filters.up_to(today)
    out = Gathered(filters=filters)
    reads: list[_Read] = []
    seen_folders: set[Path] = set()
    seen_given = {real_folder(f) for f in folders}
    for index, folder in enumerate(folders):
        real = real_folder(folder)
        if real in seen_folders:
            continue
        seen_folders.add(real)
        if not folder.is_dir():
            out.unreadable.append(f"{folder}: sessions folder not found")
            continue
        try:
            files = read_folder(folder, use_cache, cache, share_reading)
        except OSError as e:
            out.unreadable.append(f"{folder}: cannot be read: {e.strerror or e}")
            continue
        out.unreadable += folders_inside(folder, seen_given)
        for f in files:
            if f.git_markers:
                # Which session it is may not be known: then it is reported whatever the filters.
                if f.facts is None or filters.matches(f.facts):
                    out.conflicts.append((f.path, GIT_MARKERS))
            elif f.facts is None:
                out.unreadable.append(str(f.problem))
            else:
                reads.append(_Read(f.path, f.facts, index))

    by_id: dict[str, list[_Read]] = {}
    for r in reads:
        by_id.setdefault(r.session.id, []).append(r)
    for session_id, group in by_id.items():
        # <id>.toml counts; then a name that does not look like a copy; then the newest save;
        # then the folder given first.
        if len(group) > 1:
            group.sort(key=lambda r: (r.path.stem != session_id,
                                      _named_like_copy(r.path, session_id),
                                      -utc(r.session.updated).timestamp(), r.folder,
                                      str(r.path)))
    # Each action as the team's latest meeting to carry it shows it, whatever the filters
    newest = carried_on(group[0].session for group in by_id.values())
    every: list[SessionFacts] = []  # whatever the filters: for the teams' names
    for session_id, group in by_id.items():
        counted, copies = group[0], group[1:]
        session = newest(counted.session)
        if session.recorded:  # (one left at once is no evidence: its name neither)
            every.append(session)
        if not filters.matches(session):
            if (filters.since or filters.until) and filters.matches(session, False):
                out.outside.append((counted.path, session))
            elif filters.review and session.discussed and session.recorded and \
                    replace(filters, review=None).matches(session):
                out.themed.append(session)
            elif filters.review and session.discussed and session.recorded and \
                    replace(filters, review=None).matches(session, False):
                out.themed_outside.append(session)
            continue
        for c in copies:
            kind = copy_kind(c.path, session_id)
            original = counted.path.name if counted.path.parent == c.path.parent else counted.path
            if kind is None:
                reason = (f"the same session as {original} (a second copy in another folder); "
                          "not counted")
            else:
                reason = f"{kind} of {original} (it holds the same session id); not counted"
            out.conflicts.append((c.path, reason))
        out.sessions.append((counted.path, session, _flag(counted, session_id, today)))

    out.sessions.sort(key=lambda s: (utc(s[1].created), s[1].id, str(s[0])))
    every.sort(key=lambda s: (utc(s.created), s.id))  # the first written wins a tie
    for s in every:
        out.team_names.add(s.team)
    out.outside.sort(key=lambda s: (utc(s[1].created), s[1].id, str(s[0])))
    out.conflicts.sort(key=lambda c: str(c[0]))
    out.unreadable.sort()
    return out


def _flag(r: _Read, session_id: str, today: date) -> str | None:
    flags = []
    version = r.session.schema_version
    if version > SCHEMA_VERSION or (r.session.read_only and "newer" in r.session.read_only):
        flags.append(f"written by a newer reflect (schema {version}; this one knows up to "
                     f"{SCHEMA_VERSION}): counted from the fields this version knows")
    kind = copy_kind(r.path, session_id)
    if kind is not None:
        flags.append(f"{kind}, and no file named {session_id}.toml holds this session: "
                     "counted once, from this file")
    if session_date(r.session) > today:
        flags.append(f"dated {long_date(session_date(r.session))}, after today "
                     "(a computer's clock may be wrong)")
    return "; ".join(flags) or None


