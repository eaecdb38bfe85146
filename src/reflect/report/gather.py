"""Gathering every team's sessions from shared folders, and summing them into a report.

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

`build_report` turns what was gathered into the numbers a partnership needs as evidence that
learning reached practice. It never keeps a person's name: attendance is counted by role and by
agency, action owners are left out, and names and other identifiers typed into an action's
text are replaced by "[redacted]". Pure: no Textual, no network, no writes.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from reflect.export.identifiers import find_identifiers, redact
from reflect.model.session import SCHEMA_VERSION, Action, Participant, Session
from reflect.store.errors import SessionError
from reflect.store.sessions import read_session
from reflect.text import one_line

NOT_LINKED = "not linked"
NO_TEAM = "(team not recorded)"
NO_ROLE = "(role not recorded)"
NO_AGENCY = "(agency not recorded)"


# --- filters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which sessions a report covers. Dates are the day a session was created (UTC)."""

    since: date | None = None
    until: date | None = None
    review: str | None = None
    """A review id, exactly."""
    team: str | None = None
    """A team name; matched whole, ignoring case and extra spaces."""

    def matches(self, session: Session) -> bool:
        day = session_date(session)
        if self.since is not None and day < self.since:
            return False
        if self.until is not None and day > self.until:
            return False
        if self.review and session.review_id != self.review:
            return False
        return not (self.team and _key(session.team) != _key(self.team))

    def describe(self) -> list[str]:
        """The filters in words, one per filter set (empty when the report covers everything)."""
        out = []
        if self.since and self.until:
            out.append(f"sessions from {long_date(self.since)} to {long_date(self.until)}")
        elif self.since:
            out.append(f"sessions from {long_date(self.since)}")
        elif self.until:
            out.append(f"sessions up to {long_date(self.until)}")
        if self.review:
            out.append(f"review {self.review}")
        if self.team:
            out.append(f"team {one_line(self.team)}")
        return out


def session_date(session: Session) -> date:
    """The day the session was held: its creation date in UTC (the same on every machine)."""
    return _utc(session.created).date()


def _utc(when: datetime) -> datetime:
    """`when` in UTC; a time saved without a zone (edited by hand) is taken as UTC."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(
        UTC)


def long_date(day: date) -> str:
    """`3 May 2026`, as people write it."""
    return f"{day.day} {day:%B %Y}"


def _key(text: str) -> str:
    """Text compared as people mean it: case and runs of spaces ignored."""
    return " ".join(text.split()).casefold()


# --- gathering ------------------------------------------------------------------------------


@dataclass
class Gathered:
    sessions: list[tuple[Path, Session, str | None]] = field(default_factory=list)
    """(file, session, flag): every session that counts, oldest first. The flag says what needs
    saying about it (e.g. "written by a newer reflect …"), or is None."""
    conflicts: list[tuple[Path, str]] = field(default_factory=list)
    """Conflict copies (sync tools, git merges) and duplicates, with the reason: not counted."""
    unreadable: list[str] = field(default_factory=list)
    """One message per file (or folder) that could not be read, naming it and the problem."""
    filters: Filters = field(default_factory=Filters)
    """The filters the sessions were chosen by (for the report to say what it covers)."""


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
    session: Session
    read_only: str | None
    folder: int
    """The position of its folder among those given (the first folder wins a tie)."""


def _session_files(folder: Path) -> list[Path]:
    """The folder's `*.toml` files, sorted; macOS metadata files (`._x.toml`) are not sessions."""
    return sorted(p for p in folder.glob("*.toml") if not p.name.startswith("._") and p.is_file())


def gather(folders: list[Path], filters: Filters = Filters(),
           today: date | None = None) -> Gathered:
    """Every session in `folders` that matches `filters`, its conflict copies and bad files.

    Reads only; nothing in the folders is written, moved or removed. Folders are not searched
    recursively (a sessions folder's `exports/` holds notes, not sessions); the same folder
    given twice is read once. `today` (default: the real date) marks sessions dated later.
    """
    today = today or date.today()
    out = Gathered(filters=filters)
    reads: list[_Read] = []
    seen_folders: set[Path] = set()
    for index, folder in enumerate(folders):
        try:
            real = folder.resolve()
        except OSError:
            real = folder
        if real in seen_folders:
            continue
        seen_folders.add(real)
        if not folder.is_dir():
            out.unreadable.append(f"{folder}: sessions folder not found")
            continue
        try:
            paths = _session_files(folder)
        except OSError as e:
            out.unreadable.append(f"{folder}: cannot be read: {e.strerror or e}")
            continue
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as e:
                out.unreadable.append(f"{path}: cannot be read: {e.strerror or e}")
                continue
            if has_git_markers(data):
                _conflict_if_matching(out, path, GIT_MARKERS, filters)
                continue
            try:
                session, read_only = read_session(path)
            except SessionError as e:
                out.unreadable.append(str(e))
                continue
            reads.append(_Read(path, session, read_only, index))

    by_id: dict[str, list[_Read]] = {}
    for r in reads:
        by_id.setdefault(r.session.id, []).append(r)
    for session_id, group in by_id.items():
        # <id>.toml counts; then a name that does not look like a copy; then the newest save;
        # then the folder given first.
        group.sort(key=lambda r: (r.path.stem != session_id,
                                  _named_like_copy(r.path, session_id),
                                  -_utc(r.session.updated).timestamp(), r.folder,
                                  str(r.path)))
        counted, copies = group[0], group[1:]
        if not filters.matches(counted.session):
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
        out.sessions.append((counted.path, counted.session,
                             _flag(counted, session_id, today)))

    out.sessions.sort(key=lambda s: (_utc(s[1].created), s[1].id, str(s[0])))
    out.conflicts.sort(key=lambda c: str(c[0]))
    out.unreadable.sort()
    return out


def _conflict_if_matching(out: Gathered, path: Path, reason: str, filters: Filters) -> None:
    """Report a git-conflicted file, unless it can be read and is outside the filters."""
    try:
        session, _ = read_session(path)
    except SessionError:
        out.conflicts.append((path, reason))  # which session it is cannot be known: report it
        return
    if filters.matches(session):
        out.conflicts.append((path, reason))


def _flag(r: _Read, session_id: str, today: date) -> str | None:
    flags = []
    version = r.session.schema_version
    if version > SCHEMA_VERSION or (r.read_only and "newer" in r.read_only):
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


# --- due dates ------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _n in range(1, 13):
    _MONTHS[calendar.month_name[_n].lower()] = _n
    _MONTHS[calendar.month_abbr[_n].lower()] = _n
_MONTHS["sept"] = 9

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][0-9:.+z-]*)?")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([a-z]+)\.?,?\s+(\d{4})")
_MONTH_D_Y = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_Y = re.compile(r"(?:end\s+of\s+)?([a-z]+)\.?,?\s+(\d{4})")
_LEAD = re.compile(r"^(?:by|before|due|on|no later than)\s+")


def parse_due(text: str) -> date | None:
    """The date an action's `due` text names, or None when it names none clearly.

    Accepts `2027-03-31`, `31/03/2027` (day first, as in the UK; also `-` or `.`, and two-digit
    years), `31 March 2027`, `31st Mar 2027`, `March 31, 2027`, and a month alone (`March 2027`,
    meaning its last day), optionally after "by", "before", "due" or "on".
    """
    t = _LEAD.sub("", " ".join(text.split()).lower()).rstrip(".")
    try:
        if m := _ISO.fullmatch(t):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.fullmatch(t):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[2]), int(m[1]))
        if (m := _D_MONTH_Y.fullmatch(t)) and m[2] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2]], int(m[1]))
        if (m := _MONTH_D_Y.fullmatch(t)) and m[1] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[1]], int(m[2]))
        if (m := _MONTH_Y.fullmatch(t)) and m[1] in _MONTHS:
            year, month = int(m[2]), _MONTHS[m[1]]
            return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return None


# --- the report -----------------------------------------------------------------------------


@dataclass
class ReviewLine:
    """What happened with one review (or, as `Report.totals`, with all of them)."""

    review_id: str
    title: str
    sessions: int = 0
    team_discussions: int = 0
    individual_reflections: int = 0
    """Sessions in individual mode: one practitioner each, counted here and not as attendees."""
    teams: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    attendees: int = 0
    """Participants marked as attending, across the team discussions."""
    by_role: dict[str, int] = field(default_factory=dict)
    by_agency: dict[str, int] = field(default_factory=dict)
    questions_answered: int = 0
    actions_agreed: int = 0
    actions_done: int = 0
    actions_in_progress: int = 0
    actions_open: int = 0
    last_discussed: date | None = None

    @property
    def actions_not_done(self) -> int:
        return self.actions_agreed - self.actions_done


@dataclass
class TeamReview:
    review_id: str
    title: str
    dates: list[date] = field(default_factory=list)
    """The day of each session the team held on the review, oldest first (repeats kept)."""


@dataclass
class TeamLine:
    team: str
    """The team as first written, or NO_TEAM."""
    reviews: list[TeamReview] = field(default_factory=list)


@dataclass
class ActionLine:
    review_id: str
    review_title: str
    session_id: str
    team: str
    text: str
    """The action as agreed, with names and other identifiers replaced by "[redacted]"."""
    due: str
    due_date: date | None
    status: str
    recommendation: str = ""


@dataclass
class RecommendationLine:
    review_id: str
    review_title: str
    recommendation: str
    """The recommendation the actions are linked to; "" for actions linked to none."""
    actions: list[ActionLine] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.recommendation or NOT_LINKED

    def count(self, status: str) -> int:
        return sum(1 for a in self.actions if a.status == status)


@dataclass
class Report:
    today: date
    filters: Filters
    totals: ReviewLine
    reviews: list[ReviewLine] = field(default_factory=list)
    teams: list[TeamLine] = field(default_factory=list)
    recommendations: list[RecommendationLine] = field(default_factory=list)
    overdue: list[ActionLine] = field(default_factory=list)
    """Actions not done whose due date is before `today`, soonest due first."""
    flagged: list[tuple[Path, str, str]] = field(default_factory=list)
    """(file, session id, flag) for counted sessions that carry a flag."""
    conflicts: list[tuple[Path, str]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


class _Tally:
    """Counts keyed case- and space-insensitively, shown as first written."""

    def __init__(self) -> None:
        self.shown: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def add(self, text: str, n: int = 1) -> None:
        key = _key(text)
        self.shown.setdefault(key, one_line(text))
        self.counts[key] = self.counts.get(key, 0) + n

    def names(self) -> list[str]:
        return sorted(self.shown.values(), key=str.casefold)

    def ordered(self) -> dict[str, int]:
        """Most first; "(… not recorded)" last."""
        pairs = sorted(self.counts.items(), key=lambda kv: (
            self.shown[kv[0]].startswith("("), -kv[1], self.shown[kv[0]].casefold()))
        return {self.shown[k]: n for k, n in pairs}


class _ReviewSums:
    def __init__(self, line: ReviewLine) -> None:
        self.line = line
        self.teams = _Tally()
        self.agencies = _Tally()
        self.roles = _Tally()
        self.attending_agencies = _Tally()

    def add(self, s: Session) -> None:
        line = self.line
        line.sessions += 1
        if s.mode == "individual":
            line.individual_reflections += 1
        else:
            line.team_discussions += 1
        if s.team.strip():
            self.teams.add(s.team)
        for p in s.participants:
            if not p.attended:
                continue
            line.attendees += 1
            self.roles.add(p.role if p.role.strip() else NO_ROLE)
            self.attending_agencies.add(p.agency if p.agency.strip() else NO_AGENCY)
            if p.agency.strip():
                self.agencies.add(p.agency)
        line.questions_answered += s.answered
        for act in s.actions:
            line.actions_agreed += 1
            if act.status == "done":
                line.actions_done += 1
            elif act.status == "in progress":
                line.actions_in_progress += 1
            else:
                line.actions_open += 1
        day = session_date(s)
        if line.last_discussed is None or day > line.last_discussed:
            line.last_discussed = day

    def finish(self) -> ReviewLine:
        self.line.teams = self.teams.names()
        self.line.agencies = self.agencies.names()
        self.line.by_role = self.roles.ordered()
        self.line.by_agency = self.attending_agencies.ordered()
        return self.line


def action_texts(session: Session) -> list[str]:
    """Each action's text with names (participants', the facilitator's) and identifiers redacted."""
    if not session.actions:
        return []
    # Only what the check needs: the people's names and the actions (not the long answers).
    people = [*session.participants, Participant(name=session.facilitator, attended=False)]
    probe = Session(id=session.id, review_id=session.review_id, review_title="",
                    participants=people, actions=[a.model_copy() for a in session.actions])
    findings = [f for f in find_identifiers(probe, roles_only=True)
                if f.field.startswith("actions[") and f.field.endswith("].text")]
    if findings:
        probe = redact(probe, findings)
    return [one_line(a.text) for a in probe.actions]


def recommendation_of(action: Action) -> str:
    """The recommendation an action is linked to ("" when none)."""
    return one_line(action.recommendation)


def build_report(g: Gathered, reviews: dict[str, str] | None = None,
                 today: date | None = None) -> Report:
    """The report on what was gathered. `reviews` (id -> title) names the reviews; a review in
    it that no session covered is listed with zero (unless the report is for another review)."""
    today = today or date.today()
    reviews = reviews or {}
    sessions = [s for _, s, _ in g.sessions]

    titles: dict[str, str] = {}
    for s in sessions:  # oldest first, so the newest session's copy of the title wins
        titles[s.review_id] = one_line(s.review_title) or s.review_id
    titles.update({rid: one_line(t) or rid for rid, t in reviews.items()})
    wanted = [rid for rid in reviews if not g.filters.review or rid == g.filters.review]

    per_review: dict[str, _ReviewSums] = {
        rid: _ReviewSums(ReviewLine(rid, titles[rid])) for rid in wanted}
    totals = _ReviewSums(ReviewLine("", "All reviews"))
    teams: dict[str, tuple[str, dict[str, TeamReview]]] = {}
    recs: dict[tuple[str, str], RecommendationLine] = {}
    overdue: list[ActionLine] = []

    for s in sessions:
        rid = s.review_id
        if rid not in per_review:
            per_review[rid] = _ReviewSums(ReviewLine(rid, titles[rid]))
        per_review[rid].add(s)
        totals.add(s)

        shown_team, covered = teams.setdefault(_key(s.team), (one_line(s.team) or NO_TEAM, {}))
        covered.setdefault(rid, TeamReview(rid, titles[rid])).dates.append(session_date(s))

        for act, text in zip(s.actions, action_texts(s), strict=True):
            rec = recommendation_of(act)
            due_date = parse_due(act.due)
            line = ActionLine(rid, titles[rid], s.id, shown_team if s.team.strip() else "", text,
                              one_line(act.due), due_date, act.status, rec)
            recs.setdefault((rid, _key(rec)),
                            RecommendationLine(rid, titles[rid], rec)).actions.append(line)
            if act.status != "done" and due_date is not None and due_date < today:
                overdue.append(line)

    def by_title(rid: str) -> tuple[str, str]:
        return titles[rid].casefold(), rid

    review_lines = [per_review[rid].finish() for rid in sorted(per_review, key=by_title)]
    team_lines = [TeamLine(shown, sorted(covered.values(), key=lambda t: by_title(t.review_id)))
                  for _, (shown, covered) in sorted(
                      teams.items(), key=lambda kv: (kv[0] == "", kv[1][0].casefold()))]
    rec_lines = sorted(recs.values(), key=lambda r: (*by_title(r.review_id),
                                                     r.recommendation == "",
                                                     r.recommendation.casefold()))
    overdue.sort(key=lambda a: (a.due_date or today, *by_title(a.review_id), a.session_id))
    flagged = [(path, s.id, flag) for path, s, flag in g.sessions if flag]
    return Report(today=today, filters=g.filters, totals=totals.finish(), reviews=review_lines,
                  teams=team_lines, recommendations=rec_lines, overdue=overdue, flagged=flagged,
                  conflicts=list(g.conflicts), unreadable=list(g.unreadable))
