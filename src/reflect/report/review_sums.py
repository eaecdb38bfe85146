"""One review's sessions summed into its line of the report (`ReviewSums`): sessions, team
discussions and individual reflections, questions covered, attendances by role and agency,
actions by status (a team's agreed ones and a practitioner's own apart), confidence checks;
the report's totals are summed the same way (report/build.py). Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reflect.model.teams import team_key
from reflect.report.facts import Person, SessionFacts
from reflect.report.gather import session_date
from reflect.report.lines import NOT_IN_LIBRARY, LibraryReview, ReviewLine
from reflect.report.shown_names import ShownNames


class Tally:
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


def statuses(s: SessionFacts) -> tuple[int, int, int]:
    """How many of a session's actions are done, how many in progress, and how many dropped
    (no longer needed: counted apart from done and open)."""
    def count(status: str) -> int:
        return sum(1 for a in s.actions if a.status == status)
    return count("done"), count("in progress"), count("dropped")


class ReviewSums:
    """One review's line (or the totals': `ReviewLine("", "All reviews")`), summed a session
    at a time (`add`) and finished once every session is in (`finish`)."""

    def __init__(self, line: ReviewLine, names: ShownNames,
                 library: LibraryReview = NOT_IN_LIBRARY, asks: int = 0) -> None:
        self.line = line
        self.names = names
        self.asked = library.questions
        self.asks = asks  # how many the library's list says it asks (0: not known)
        self.answered: set[tuple[str, str]] = set()  # (review, question): ids are per review
        self.teams = Tally(names.team)
        self.agencies = Tally(names.agency)
        self.roles = Tally(names.role)
        self.attending_agencies = Tally(names.agency)
        self.people: dict[Person, int] = {}
        """Those listed on team discussions: attendances, and the agencies reached."""
        self.own_people: dict[Person, int] = {}
        """Those listed on individual reflections: said apart (`ReviewLine.own_by_agency`)."""
        self.own_agencies = Tally(names.agency)

    def add(self, s: SessionFacts, answered: int, day: date, key: str,
            done: int, going: int, dropped: int, questions: bool = True) -> None:
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
            line.personal_dropped += dropped
            line.personal_open += n - done - going - dropped
        else:
            line.actions_agreed += n
            line.actions_done += done
            line.actions_in_progress += going
            line.actions_dropped += dropped
            line.actions_open += n - done - going - dropped
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
