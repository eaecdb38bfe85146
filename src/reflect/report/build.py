"""Summing gathered sessions into a report: the numbers a partnership needs as evidence that
learning reached practice.

A report never names anyone: it is built from `SessionFacts` (report/facts.py), which hold no
names; attendance is counted by role and by agency, action owners are left out. Teams are
grouped by `team_key` (model/teams.py, as carry-over compares them) and shown as most often
written; agencies likewise, after abbreviations are read as the names they stand for
("CSC" is "Children's Social Care"). Actions are listed under each recommendation in the
review's own order, with every recommendation shown, answered or not. Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reflect.model.dates import due_words
from reflect.model.teams import Agencies, Names, team_key
from reflect.report.dates import long_date
from reflect.report.facts import Person, SessionFacts
from reflect.report.gather import Filters, Gathered, session_date
from reflect.text import one_line

NOT_LINKED = "not linked"
NO_ACTION = "no action yet"
NO_TEAM = "(team not recorded)"
NO_ROLE = "(role not recorded)"
NO_AGENCY = "(agency not recorded)"


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
    """The last session on the review, or themed session asking its questions."""
    themed: dict[str, int] = field(default_factory=dict)
    """Themed sessions that asked the review's questions, by theme (their own line counts
    them, their answers and actions): not in `sessions`."""


@dataclass
class TeamReview:
    review_id: str
    title: str
    dates: list[date] = field(default_factory=list)
    """The day of each discussion the team held on the review, oldest first (repeats kept)."""
    individual: list[date] = field(default_factory=list)
    """The day of each individual reflection on the review naming the team, oldest first: not
    the team's discussion, so said apart from `dates`."""
    confidence: list[str] = field(default_factory=list)
    """For each of those sessions that asked the room's confidence check: the day, and the
    average answer before → after with how many answered."""


def confidence_line(day: date, checks: tuple[tuple[str, tuple[int, ...]], ...]) -> str:
    """`12 May 2026: confidence 2.8 → 3.9 (10 → 9 answers)` (a phase not asked: "–")."""
    averages, answers = [], []
    for phase in ("start", "end"):
        counts = next((c for p, c in checks if p == phase), None)
        n = sum(counts) if counts else 0
        answers.append(str(n) if counts is not None else "–")
        averages.append(f"{sum(k * c for k, c in enumerate(counts, 1)) / n:.1f}"
                        if counts and n else "–")
    return (f"{long_date(day)}: confidence {averages[0]} → {averages[1]} "
            f"({answers[0]} → {answers[1]} answers)")


@dataclass
class TeamLine:
    team: str
    """The team as most often written, or NO_TEAM."""
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
    progress: str = ""
    """Where it got to, as a later session noted it (names redacted); "" for nothing."""

    @property
    def due_shown(self) -> str:
        """The due words with the date they were read as."""
        return due_words(self.due, self.due_date)

    @property
    def status_shown(self) -> str:
        """The status, with the progress noted."""
        return f"{self.status}; progress: {self.progress}" if self.progress else self.status


@dataclass
class RecommendationLine:
    review_id: str
    review_title: str
    recommendation: str
    """The recommendation the actions are linked to; "" for actions linked to none."""
    actions: list[ActionLine] = field(default_factory=list)
    in_review: bool = False
    """True for a recommendation the review makes (shown even with no action yet); False for
    one only actions name (the review was since reworded, or cannot be read)."""
    published: str = ""
    """The progress the briefing itself reports ("Complete."), "" for none: beside "no action
    yet", which read as a gap for one the partnership had done (a trial)."""

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

    @property
    def without_action(self) -> list[RecommendationLine]:
        """The reviews' recommendations no action answers yet."""
        return [r for r in self.recommendations if r.in_review and not r.actions]


class _Tally:
    """Counts keyed by name, shown as `names` shows each key."""

    def __init__(self, shown: Callable[[str], str]) -> None:
        self.shown = shown
        self.counts: dict[str, int] = {}

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def names(self) -> list[str]:
        return sorted((self.shown(k) for k in self.counts), key=str.casefold)

    def ordered(self) -> dict[str, int]:
        """Most first; "(… not recorded)" last."""
        pairs = sorted(self.counts.items(), key=lambda kv: (
            kv[0] == "", -kv[1], self.shown(kv[0]).casefold()))
        return {self.shown(k): n for k, n in pairs}


class _Names:
    """Every team, role and agency in the report: keyed, and shown as most often written."""

    def __init__(self, sessions: list[SessionFacts], agencies: Agencies) -> None:
        self.agency_names = agencies
        self.teams, self.roles, self.agencies = Names(), Names(), Names(agencies.key)
        people: dict[Person, int] = {}  # a few dozen kinds of person in thousands of sessions
        for s in sessions:
            self.teams.add(s.team)
            for p in s.people:
                people[p] = people.get(p, 0) + 1
        for p, n in people.items():  # in the order first written
            if p.attended:
                self.roles.add(p.role, n)
                self.agencies.add(agencies.full(p.agency), n)

    def team(self, key: str) -> str:
        return self.teams.shown(key) or NO_TEAM

    def role(self, key: str) -> str:
        return self.roles.shown(key) or NO_ROLE

    def agency(self, key: str) -> str:
        return self.agencies.shown(key) or NO_AGENCY


class _ReviewSums:
    def __init__(self, line: ReviewLine, names: _Names) -> None:
        self.line = line
        self.names = names
        self.teams = _Tally(names.team)
        self.agencies = _Tally(names.agency)
        self.roles = _Tally(names.role)
        self.attending_agencies = _Tally(names.agency)
        self.people: dict[Person, int] = {}

    def add(self, s: SessionFacts) -> None:
        line = self.line
        line.sessions += 1
        if s.mode == "individual":
            line.individual_reflections += 1
        else:
            line.team_discussions += 1
        if key := team_key(s.team):
            self.teams.add(key)
        people = self.people
        for p in s.people:
            people[p] = people.get(p, 0) + 1
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

    def add_themed(self, s: SessionFacts, theme: str) -> None:
        """A themed session that asked this review's questions: counted apart (see ReviewLine)."""
        line = self.line
        line.themed[theme] = line.themed.get(theme, 0) + 1
        day = session_date(s)
        if line.last_discussed is None or day > line.last_discussed:
            line.last_discussed = day

    def finish(self) -> ReviewLine:
        for p, n in self.people.items():
            if not p.attended:
                continue
            self.line.attendees += n
            self.roles.add(team_key(p.role), n)
            agency = self.names.agency_names.key(p.agency)
            self.attending_agencies.add(agency, n)
            if agency:
                self.agencies.add(agency, n)
        self.line.teams = self.teams.names()
        self.line.agencies = self.agencies.names()
        self.line.by_role = self.roles.ordered()
        self.line.by_agency = self.attending_agencies.ordered()
        return self.line


def _key(text: str) -> str:
    """A recommendation compared as people mean it: case and runs of spaces ignored."""
    return " ".join(text.split()).casefold()


def _uncut(words: str, recommendations: list[str]) -> str:
    """An old session's copy of a recommendation cut at 200 characters ("…" at the end) as
    the review's full words, when exactly one starts with it; else `words`."""
    if not words.endswith("…"):
        return words
    start = _key(words[:-1])
    found = [one_line(r) for r in recommendations if _key(r).startswith(start)]
    return found[0] if len(found) == 1 else words


def _told_apart(titles: dict[str, str], reviews: Mapping[str, str]) -> None:
    """Reviews of one title are told apart by their ids, and one missing from the library
    says so: a session on `child-zz` titled "Child I" (a copy, or a review since removed)
    gave two rows "Child I" and nothing to tell them apart (a trial)."""
    seen: dict[str, int] = {}
    for title in titles.values():
        seen[title.casefold()] = seen.get(title.casefold(), 0) + 1
    for rid, title in titles.items():
        if seen[title.casefold()] > 1:
            gone = ", not in the library" if reviews and rid not in reviews else ""
            titles[rid] = f"{title} ({rid}{gone})"


def build_report(g: Gathered, reviews: dict[str, str] | None = None,
                 today: date | None = None, *,
                 recommendations: Mapping[str, list[str]] | None = None,
                 agency_aliases: Mapping[str, str] | None = None,
                 updates: Mapping[str, Mapping[str, str]] | None = None) -> Report:
    """The report on what was gathered. `reviews` (id -> title) names the reviews; a review in
    it that no session covered is listed with zero (unless the report is for another review).
    `recommendations` (id -> each recommendation as actions refer to it, in the review's
    order) lists every recommendation of each review discussed, answered or not.
    `agency_aliases` (short -> full name) add to the built-in abbreviations; `updates` (id ->
    those words -> the progress the briefing reports) are shown beside them."""
    today = today or date.today()
    reviews = reviews or {}
    recommendations, updates = recommendations or {}, updates or {}
    sessions = [s for _, s, _ in g.sessions]
    names = _Names(sessions, Agencies(agency_aliases))

    titles: dict[str, str] = {}
    for s in sessions:  # oldest first, so the newest session's copy of the title wins
        titles[s.review_id] = one_line(s.review_title) or s.review_id
    titles.update({rid: one_line(t) or rid for rid, t in reviews.items()})
    _told_apart(titles, reviews)
    wanted = [rid for rid in reviews if not g.filters.review or rid == g.filters.review]
    titled = {_key(title): rid for rid, title in titles.items()}

    per_review: dict[str, _ReviewSums] = {
        rid: _ReviewSums(ReviewLine(rid, titles[rid]), names) for rid in wanted}
    totals = _ReviewSums(ReviewLine("", "All reviews"), names)
    teams: dict[str, dict[str, TeamReview]] = {}
    recs: dict[tuple[str, str], RecommendationLine] = {}
    overdue: list[ActionLine] = []

    for s in sessions:
        rid = s.review_id
        if rid not in per_review:
            per_review[rid] = _ReviewSums(ReviewLine(rid, titles[rid]), names)
        if not per_review[rid].line.sessions:  # the review's own, in its order, first
            for rec in recommendations.get(rid, []):
                recs.setdefault((rid, _key(one_line(rec))), RecommendationLine(
                    rid, titles[rid], one_line(rec), in_review=True,
                    published=updates.get(rid, {}).get(rec, "")))
        per_review[rid].add(s)
        totals.add(s)
        for title in s.covers:  # a themed session: each review whose questions it asked
            other = titled.get(_key(title))
            if other is not None and other != rid and other in titles:
                if other not in per_review:
                    per_review[other] = _ReviewSums(ReviewLine(other, titles[other]), names)
                per_review[other].add_themed(s, titles[rid])

        key = team_key(s.team)
        covered = teams.setdefault(key, {})
        held = covered.setdefault(rid, TeamReview(rid, titles[rid]))
        (held.individual if s.mode == "individual" else held.dates).append(session_date(s))
        if s.confidence:
            held.confidence.append(confidence_line(session_date(s), s.confidence))

        for act in s.actions:
            words = _uncut(act.recommendation, recommendations.get(rid, []))
            line = ActionLine(rid, titles[rid], s.id, names.team(key) if key else "", act.text,
                              act.due, act.due_date, act.status, words, act.progress)
            recs.setdefault((rid, _key(words)), RecommendationLine(
                rid, titles[rid], words)).actions.append(line)
            if act.status != "done" and act.due_date is not None and act.due_date < today:
                overdue.append(line)

    def by_title(rid: str) -> tuple[str, str]:
        return titles[rid].casefold(), rid

    review_lines = [per_review[rid].finish() for rid in sorted(per_review, key=by_title)]
    team_lines = [TeamLine(names.team(key), sorted(covered.values(),
                                                   key=lambda t: by_title(t.review_id)))
                  for key, covered in sorted(teams.items(), key=lambda kv: (
                      kv[0] == "", names.team(kv[0]).casefold()))]
    order = {k: n for n, k in enumerate(recs)}  # the review's recommendations come first
    rec_lines = sorted(recs.values(), key=lambda r: (
        *by_title(r.review_id), r.recommendation == "", not r.in_review,
        order[(r.review_id, _key(r.recommendation))] if r.in_review else 0,
        r.recommendation.casefold()))
    overdue.sort(key=lambda a: (a.due_date or today, *by_title(a.review_id), a.session_id))
    flagged = [(path, s.id, flag) for path, s, flag in g.sessions if flag]
    return Report(today=today, filters=g.filters, totals=totals.finish(), reviews=review_lines,
                  teams=team_lines, recommendations=rec_lines, overdue=overdue, flagged=flagged,
                  conflicts=list(g.conflicts), unreadable=list(g.unreadable))
