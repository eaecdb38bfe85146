"""Summing gathered sessions into a report: the numbers a partnership needs as evidence that
learning reached practice.

A report never names anyone: it is built from `SessionFacts` (report/facts.py), which hold no
names; attendance is counted by role and by agency, and an overdue action's owner is said by
role and agency, or by words naming no one (report/owners.py). Teams are
grouped by `team_key` (model/teams.py, as carry-over compares them) and shown as most often
written; agencies likewise, after abbreviations are read as the names they stand for
("CSC" is "Children's Social Care"). Actions are listed under each recommendation in the
review's own order, with every recommendation shown, answered or not; an individual
reflection's actions ("What I will do") are its writer's own, counted and listed apart from
the actions teams agreed. Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from itertools import chain

from reflect.answered import count
from reflect.model.teams import Agencies, Names, team_key
from reflect.report.attended import came_twice
from reflect.report.csv_tables import SessionLine
from reflect.report.facts import Person, SessionFacts
from reflect.report.gather import Gathered, session_date
from reflect.report.lines import (
    NO_AGENCY,
    NO_ROLE,
    NO_TEAM,
    NOT_IN_LIBRARY,
    OWN_REFLECTIONS,
    ActionLine,
    LibraryReview,
    NotCounted,
    RecommendationLine,
    Report,
    ReviewLine,
    TeamLine,
    TeamReview,
    confidence_line,
    told_apart,
)
from reflect.report.overdue import is_overdue, is_undated, outside_period, say_whose
from reflect.report.owners import NOBODY, Owner
from reflect.text import one_line

_OWN = "\0own"
"""By team, the key of individual reflections that give no team (no `team_key` is it)."""


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

    def __init__(self, sessions: list[SessionFacts], agencies: Agencies,
                 teams: Names | None = None) -> None:
        """`teams`: every team's writings over all the sessions read, whatever the filters
        (`Gathered.team_names`), so one team has one name in every report; else those of
        `sessions`."""
        self.agency_names = agencies
        self.teams, self.roles, self.agencies = teams or Names(), Names(), Names(agencies.key)
        self.owners: dict[Owner, str] = {}
        people: dict[Person, int] = {}  # a few dozen kinds of person in thousands of sessions
        for s in sessions:
            if teams is None:
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

    def owner(self, owner: Owner) -> str:
        """An action's owner as the report says it: their role and agency as it names roles
        and agencies (`CSC` is Children's Social Care), or the words kept; "" for none."""
        if owner.words or owner == NOBODY:
            return owner.words
        found = self.owners.get(owner)
        if found is None:  # (a few kinds of owner among thousands of overdue actions)
            role = self.roles.shown(team_key(owner.role)) or one_line(owner.role)
            agency = owner.agency and (self.agencies.shown(self.agency_names.key(owner.agency))
                                       or self.agency_names.full(one_line(owner.agency)))
            found = self.owners[owner] = ", ".join(x for x in (role, agency) if x)
        return found


def _statuses(s: SessionFacts) -> tuple[int, int]:
    """How many of a session's actions are done, and how many in progress."""
    done = sum(1 for a in s.actions if a.status == "done")
    return done, sum(1 for a in s.actions if a.status == "in progress")


class _ReviewSums:
    def __init__(self, line: ReviewLine, names: _Names,
                 library: LibraryReview = NOT_IN_LIBRARY, asks: int = 0) -> None:
        self.line = line
        self.names = names
        self.asked = library.questions
        self.asks = asks  # how many the library's list says it asks (0: not known)
        self.answered: set[tuple[str, str]] = set()  # (review, question): ids are per review
        self.teams = _Tally(names.team)
        self.agencies = _Tally(names.agency)
        self.roles = _Tally(names.role)
        self.attending_agencies = _Tally(names.agency)
        self.people: dict[Person, int] = {}
        """Those listed on team discussions: attendances, and the agencies reached."""
        self.own_people: dict[Person, int] = {}
        """Those listed on individual reflections: said apart (`ReviewLine.own_by_agency`)."""
        self.own_agencies = _Tally(names.agency)

    def add(self, s: SessionFacts, answered: int, day: date, key: str, done: int, going: int,
            questions: bool = True) -> None:
        """`s` counted in: `answered`, its answers to the questions its review asks now; `day`
        its day, `key` its team's (`team_key`), `done` and `going` its actions done and in
        progress (each worked out once, for its review's line and the totals alike). Without
        `questions`, the questions it answered are not gathered (the totals add up the
        reviews' own: `_all`)."""
        line = self.line
        line.sessions += 1
        alone = s.mode == "individual"
        if alone:
            line.individual_reflections += 1
        else:
            line.team_discussions += 1
        if key and not alone:  # a team reached is one that discussed the review together:
            self.teams.add(key)  # a practitioner's own reflection naming a service is none
        # Attendances and agencies reached are at team discussions: one person listed on a
        # practitioner's own reflection was counted as an attendance (a learning lead's reading)
        people = self.own_people if alone else self.people
        for p in s.people:
            people[p] = people.get(p, 0) + 1
        line.questions_answered += answered
        if questions:
            rid = s.review_id
            self.answered.update([(rid, qid) for qid in s.answered_ids])
        n = len(s.actions)
        if alone:  # its writer's own actions: counted apart
            line.personal_actions += n
            line.personal_done += done
            line.personal_in_progress += going
            line.personal_open += n - done - going
        else:
            line.actions_agreed += n
            line.actions_done += done
            line.actions_in_progress += going
            line.actions_open += n - done - going
        if s.confidence:
            line.confidence_checks += 1
            for phase, counts in s.confidence:
                total = line.confidence.setdefault(phase, [0] * len(counts))
                total[:] = map(sum, zip(total, counts, strict=True))
        if line.last_discussed is None or day > line.last_discussed:
            line.last_discussed = day

    def add_themed(self, s: SessionFacts, theme: str) -> None:
        """A themed session that recorded something on this review's own questions or
        recommendations: counted apart (see ReviewLine)."""
        line = self.line
        line.themed[theme] = line.themed.get(theme, 0) + 1
        day = session_date(s)
        if line.last_discussed is None or day > line.last_discussed:
            line.last_discussed = day

    def finish(self) -> ReviewLine:
        if self.asked:  # a question since taken out of the review is not counted
            self.answered.intersection_update((self.line.review_id, q) for q in self.asked)
            self.line.questions_asked = len(self.asked)
        else:  # a review discussed nowhere is "0 of 5" too, as one with only an empty session
            self.line.questions_asked = self.asks
        self.line.questions_covered = len(self.answered)
        for p, n in self.people.items():
            if not p.attended:
                continue
            self.line.attendees += n
            self.roles.add(team_key(p.role), n)
            agency = self.names.agency_names.key(p.agency)
            self.attending_agencies.add(agency, n)
            if agency:
                self.agencies.add(agency, n)
        for p, n in self.own_people.items():
            if p.attended:
                self.own_agencies.add(self.names.agency_names.key(p.agency), n)
        self.line.own_agencies = sorted((self.names.agency(k) for k in self.own_agencies.counts
                                         if k), key=str.casefold)
        self.line.own_by_agency = self.own_agencies.ordered()
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


def _all(totals: _ReviewSums, lines: list[ReviewLine], sessions: list[SessionFacts]
         ) -> ReviewLine:
    """The totals: the questions answered are each review's, added up; how many were asked,
    only when every review discussed is in the library; whether anyone came twice."""
    line = totals.finish()
    line.came_twice = came_twice(sessions)
    discussed = [x for x in lines if x.sessions]
    line.questions_covered = sum(x.questions_covered for x in discussed)
    line.questions_asked = (sum(x.questions_asked for x in discussed)
                            if all(x.questions_asked for x in discussed) else 0)
    return line


def build_report(g: Gathered, reviews: dict[str, str] | None = None,
                 today: date | None = None, *,
                 library: Mapping[str, LibraryReview] | None = None,
                 asks: Mapping[str, int] | None = None,
                 agency_aliases: Mapping[str, str] | None = None) -> Report:
    """The report on what was gathered. `reviews` (id -> title) names the reviews; a review in
    it that no session covered is listed with zero (unless the report is for another review).
    `library` (id -> what the library says of it) lists every recommendation of each review
    discussed, answered or not, with the progress the briefing reports, and counts its
    questions. `asks` (id -> how many questions it asks) counts the questions of every review
    in the library, discussed or not, so that each row says `0 of 5`, never a bare `0` (for a
    review not in `library`). `agency_aliases` (short -> full name) add to the built-in
    abbreviations."""
    today = today or date.today()
    reviews, library, asks = reviews or {}, library or {}, asks or {}
    # A session with nothing recorded is no evidence that a review was discussed: it is not
    # counted, and the report says how many were left out (model/recorded.py).
    sessions = [s for _, s, _ in g.sessions if s.recorded]
    empty = [(path, s) for path, s, _ in g.sessions if not s.recorded]
    names = _Names(sessions, Agencies(agency_aliases), g.team_names if g.team_names else None)

    titles: dict[str, str] = {}
    for _, s, _ in g.sessions:  # oldest first, so the newest session's copy of the title wins
        titles[s.review_id] = one_line(s.review_title) or s.review_id
    titles.update({rid: one_line(t) or rid for rid, t in reviews.items()})
    told_apart(titles, reviews)
    wanted = [rid for rid in reviews if not g.filters.review or rid == g.filters.review]
    titled = {_key(title): rid for rid, title in titles.items()}

    def sums(rid: str) -> _ReviewSums:
        return _ReviewSums(ReviewLine(rid, titles[rid]), names, library.get(rid, NOT_IN_LIBRARY),
                           asks.get(rid, 0))

    per_review: dict[str, _ReviewSums] = {rid: sums(rid) for rid in wanted}
    totals = _ReviewSums(ReviewLine("", "All reviews"), names)
    teams: dict[str, dict[str, TeamReview]] = {}
    recs: dict[tuple[str, str], RecommendationLine] = {}
    overdue: list[ActionLine] = []
    undated: list[ActionLine] = []
    personal: list[ActionLine] = []
    held_lines: list[SessionLine] = []
    keys: dict[str, str] = {}  # a recommendation's words -> `_key` of them (a few, many times)

    for s in sessions:
        rid = s.review_id
        if rid not in per_review:
            per_review[rid] = sums(rid)
        own = library.get(rid, NOT_IN_LIBRARY)
        if not per_review[rid].line.sessions:  # the review's own, in its order, first
            for rec in own.recommendations:
                recs.setdefault((rid, _key(one_line(rec))), RecommendationLine(
                    rid, titles[rid], one_line(rec), in_review=True,
                    published=own.updates.get(rec, ""), complete=rec in own.complete))
        # The review's questions only, in its line and the totals alike: an answer kept from
        # a question a replaced review no longer asks counted in both (reflect/answered.py).
        answered = count(s.answered_ids, own.questions or None).answered
        day, key, alone = session_date(s), team_key(s.team), s.mode == "individual"
        done, going = _statuses(s)
        per_review[rid].add(s, answered, day, key, done, going)
        totals.add(s, answered, day, key, done, going, questions=False)
        for title in s.discussed:  # a themed session: each review it recorded something on
            other = titled.get(_key(title))
            if other is not None and other != rid and other in titles:
                if other not in per_review:
                    per_review[other] = sums(other)
                per_review[other].add_themed(s, titles[rid])

        # A reflection on one's own names no team: its own heading, not "(team not recorded)"
        covered = teams.setdefault(_OWN if not key and alone else key, {})
        title = titles[rid]
        held = covered.get(rid) or covered.setdefault(rid, TeamReview(rid, title))
        (held.individual if alone else held.dates).append(day)
        (held.individual_titles if alone else held.titles).append(s.title)
        if s.confidence:
            held.confidence.append(confidence_line(day, s.confidence))

        team = names.team(key) if key else ""
        held_lines.append(SessionLine(s.id, s.title, rid, title, team, alone, day,
                                      sum(p.attended for p in s.people)))
        for act in s.actions:
            words = act.recommendation
            if words.endswith("…"):
                words = _uncut(words, own.recommendations)
            line = ActionLine.of(s, title, team, act, words)
            line.held = day  # whose each is, for every list and the actions' CSV
            say_whose(s, act, line, names.owner)
            said = keys.get(words)
            if said is None:
                said = keys[words] = _key(words)
            if alone:  # the writer's own, not the team's: said apart
                personal.append(line)
                answers = recs.get((rid, said))
                if answers is not None and answers.in_review:
                    answers.personal += 1
                continue
            found = recs.get((rid, said))
            if found is None:
                found = recs[(rid, said)] = RecommendationLine(rid, title, words)
            found.actions.append(line)
            if is_overdue(act, today) or is_undated(act):
                (overdue if is_overdue(act, today) else undated).append(line)

    # Every action still overdue or not dated, whatever the period (those outside it marked)
    outside = outside_period(
        g, today, lambda s: titles.get(s.review_id) or one_line(s.review_title) or s.review_id,
        lambda s: names.teams.shown(team_key(s.team)) or one_line(s.team), names.owner)
    overdue, undated = overdue + outside.overdue, undated + outside.undated
    personal += outside.personal
    for _, s in empty:
        if s.review_id not in per_review:
            per_review[s.review_id] = sums(s.review_id)
        per_review[s.review_id].line.nothing_recorded += 1
        totals.line.nothing_recorded += 1

    def by_title(rid: str) -> tuple[str, str]:  # (an overdue action's, agreed outside the
        return titles.get(rid, rid).casefold(), rid  # period, may be of no review in it)

    review_lines = [per_review[rid].finish() for rid in sorted(per_review, key=by_title)]
    team_lines = [TeamLine(OWN_REFLECTIONS if key == _OWN else names.team(key),
                           sorted(covered.values(), key=lambda t: by_title(t.review_id)))
                  for key, covered in sorted(teams.items(), key=lambda kv: (
                      kv[0] == _OWN, kv[0] == "", names.team(kv[0]).casefold()))]
    order = {k: n for n, k in enumerate(recs)}  # the review's recommendations come first
    rec_lines = sorted(recs.values(), key=lambda r: (
        *by_title(r.review_id), r.recommendation == "", not r.in_review,
        order[(r.review_id, _key(r.recommendation))] if r.in_review else 0,
        r.recommendation.casefold()))
    overdue.sort(key=lambda a: (a.due_date or today, *by_title(a.review_id), a.session_id))
    personal.sort(key=lambda a: by_title(a.review_id))  # stable: oldest session first
    flagged = [(path, s.id, flag) for path, s, flag in g.sessions if flag and s.recorded]
    not_counted = [NotCounted(path, s.title, one_line(s.team), titles[s.review_id],
                              session_date(s)) for path, s in empty]
    # (outside the period too: their overdue actions are listed, under their team's name)
    taken = {names.teams.shown(team_key(s.team)) or one_line(s.team) for s in chain(
        (s for _, s, _ in g.sessions), (s for _, s in g.outside))} if g.filters.team else set()
    return Report(today=today, filters=g.filters, totals=_all(totals, review_lines, sessions),
                  reviews=review_lines,
                  teams=team_lines, recommendations=rec_lines, overdue=overdue,
                  undated=sorted(undated, key=lambda a: by_title(a.review_id)),
                  personal=personal, flagged=flagged, not_counted=not_counted,
                  conflicts=list(g.conflicts), unreadable=list(g.unreadable),
                  outside_days=[session_date(s) for _, s in g.outside],
                  teams_taken=sorted(taken - {""}, key=str.casefold),
                  sessions_held=sorted(held_lines, key=lambda h: (h.held, h.team.casefold())))
