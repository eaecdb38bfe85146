"""What a report holds: a line per review, per team and per recommendation, the totals
(`Report`), and what the library says of each review (`LibraryReview`); each action's line is
report/action_line.py's. Filled in by `build_report` (report/build.py); said by
report/words.py and the renderers. Pure: no IO."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reflect.report.by_theme import ThemeLine
from reflect.report.dates import long_date
from reflect.report.gather import Filters
from reflect.report.team_actions import TeamActions

if TYPE_CHECKING:
    from reflect.report.action_line import ActionLine
    from reflect.report.csv_tables import SessionLine

NOT_LINKED = "not linked"
NO_ACTION = "No action yet"
NO_TEAM = "(team not recorded)"
OWN_REFLECTIONS = "Individual reflections (no team given)"
"""By team: the heading of individual reflections that give no team. A practitioner's own
reflection has no team to record, and was listed under NO_TEAM (a trial)."""
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
    """The teams that held a team discussion (not one an individual reflection names)."""
    agencies: list[str] = field(default_factory=list)
    """The agencies of those attending team discussions (agencies reached)."""
    attendees: int = 0
    """Participants marked as attending, across the team discussions: a person listed on an
    individual reflection is none (counted, they read as a team's meeting: a trial)."""
    by_role: dict[str, int] = field(default_factory=dict)
    by_agency: dict[str, int] = field(default_factory=dict)
    own_agencies: list[str] = field(default_factory=list)
    """The agencies of people listed as here on individual reflections: said apart, never
    agencies reached."""
    own_by_agency: dict[str, int] = field(default_factory=dict)
    """Those people, by agency ("(agency not recorded)" last), as `by_agency`."""
    questions_answered: int = 0
    """Answers, counted in each session: a question answered in two sessions counts twice."""
    questions_covered: int = 0
    """The review's questions answered in at least one session, each counted once."""
    questions_asked: int = 0
    """How many questions the review asks, as the library has it; 0 where not known."""
    actions_agreed: int = 0
    """Actions agreed at team discussions (a team's commitments); not `personal_*`."""
    actions_done: int = 0
    actions_in_progress: int = 0
    actions_open: int = 0
    actions_dropped: int = 0
    personal_actions: int = 0
    """What practitioners wrote they will do in individual reflections: counted apart from
    the actions agreed (a learning lead read one as the team's commitment: a trial)."""
    personal_done: int = 0
    personal_in_progress: int = 0
    personal_open: int = 0
    personal_dropped: int = 0
    last_discussed: date | None = None
    """The last session on the review, or themed session that recorded something on it."""
    themed: dict[str, int] = field(default_factory=dict)
    """Themed sessions that recorded something on the review's own questions or
    recommendations (model/recorded.py, `reviews_recorded`), by theme (their own line counts
    them, their answers and actions): not in `sessions`."""
    nothing_recorded: int = 0
    """Sessions on the review with nothing recorded in them (model/recorded.py): not counted
    in `sessions` or anywhere else, so that the review is not said to be discussed."""
    confidence_checks: int = 0
    """Sessions on the review that asked the room's confidence check."""
    confidence: dict[str, list[int]] = field(default_factory=dict)
    """Their answers, phase ("start", "end") -> how many answered 1 to 5, added up; a phase
    none of them asked is not in it."""
    came_twice: bool = False
    """The totals': whether someone may have come to two of the team discussions
    (report/attended.py), so that the attendances say one person counts twice."""


@dataclass(frozen=True)
class LibraryReview:
    """What a report takes from the library about one review."""

    recommendations: list[str] = field(default_factory=list)
    """Each recommendation as actions refer to it, in the review's order."""
    updates: Mapping[str, str] = field(default_factory=dict)
    """Those words -> the progress the briefing itself reports."""
    questions: tuple[str, ...] = ()
    """The ids of the questions it asks."""
    complete: frozenset[str] = frozenset()
    """Those words of the recommendations the briefing itself says are complete."""


NOT_IN_LIBRARY = LibraryReview()


@dataclass
class TeamReview:
    review_id: str
    title: str
    dates: list[date] = field(default_factory=list)
    """The day of each discussion the team held on the review, oldest first (repeats kept)."""
    individual: list[date] = field(default_factory=list)
    """The day of each individual reflection on the review naming the team, oldest first: not
    the team's discussion, so said apart from `dates`."""
    titles: list[str] = field(default_factory=list)
    """Each discussion's own title (names redacted), as `dates` (two on one day, a trial)."""
    individual_titles: list[str] = field(default_factory=list)
    """Each individual reflection's own title, as `individual`."""
    confidence: list[str] = field(default_factory=list)
    """For each session that asked the confidence check: the day, before → after, how many."""


def confidence_average(counts: Sequence[int] | None) -> str:
    """The mean answer (1 to 5) to one decimal, as every format says it; "" when nobody did."""
    n = sum(counts) if counts else 0
    return f"{sum(k * c for k, c in enumerate(counts, 1)) / n:.1f}" if counts and n else ""


def confidence_line(day: date, checks: tuple[tuple[str, tuple[int, ...]], ...]) -> str:
    """`12 May 2026: confidence 2.8 → 3.9 (10 → 9 answers)` (a phase not asked: "–")."""
    averages, answers = [], []
    for phase in ("start", "end"):
        counts = next((c for p, c in checks if p == phase), None)
        answers.append(str(sum(counts)) if counts is not None else "–")
        averages.append(confidence_average(counts) or "–")
    return (f"{long_date(day)}: confidence {averages[0]} → {averages[1]} "
            f"({answers[0]} → {answers[1]} answers)")


@dataclass
class TeamLine:
    team: str
    """The team as most often written, or NO_TEAM."""
    reviews: list[TeamReview] = field(default_factory=list)
    actions: TeamActions = field(default_factory=TeamActions.none)  # (report/team_actions.py)


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
    complete: bool = False
    """True where the briefing itself says the recommendation is complete."""
    personal: int = 0
    """Personal actions from individual reflections linked to it: said beside the agreed
    ones, never counted among them (`Report.personal` lists them)."""
    elsewhere: list[tuple[str, int]] = field(default_factory=list)
    """The same recommendation's agreed actions said elsewhere, as (where, how many): under
    another line of the report (`under Child AC`: a themed session's under its review's own,
    and the review's own under the theme's, report/build.py `answered_elsewhere`), or, in a
    report on one review, in themed sessions the report counts nowhere (`in a themed session
    (information sharing)`: `agreed_in_themes`)."""
    copy_of: str = ""
    """On a theme's line, the review whose own line, in the same report, is this one: counted
    there, not again here (`answered_elsewhere`)."""
    themed: list[ActionLine] = field(default_factory=list)
    """In a report on one review, the actions themed sessions agreed on it (`elsewhere` says
    how many): listed after `actions`, said so, counted in none of its figures."""

    @property
    def label(self) -> str:
        return self.recommendation or NOT_LINKED

    def count(self, status: str) -> int:
        return sum(1 for a in self.actions if a.status == status)


class NotCounted(NamedTuple):
    """A session with nothing recorded in it, as a report lists it."""

    path: Path
    title: str
    """The session's own title (names redacted); "" for none."""
    team: str
    """Its team, on one line; "" for none."""
    review_title: str
    day: date  # the day it was held


@dataclass
class Report:
    today: date
    filters: Filters
    totals: ReviewLine
    reviews: list[ReviewLine] = field(default_factory=list)
    teams: list[TeamLine] = field(default_factory=list)
    recommendations: list[RecommendationLine] = field(default_factory=list)
    overdue: list[ActionLine] = field(default_factory=list)
    """Agreed actions not done whose due date is before `today`, soonest due first."""
    undated: list[ActionLine] = field(default_factory=list)
    """Agreed actions not done whose due words name no date (`31/02/2026`): in no count of
    overdue actions, said apart for a lead to chase."""
    personal: list[ActionLine] = field(default_factory=list)
    """Personal actions from individual reflections ("What I will do"), by review, oldest
    session first: no team's agreed actions, so neither under `recommendations` nor overdue."""
    flagged: list[tuple[Path, str, str]] = field(default_factory=list)
    """(file, session id, flag) for counted sessions that carry a flag."""
    not_counted: list[NotCounted] = field(default_factory=list)
    """Each session with nothing recorded in it, oldest first: not counted."""
    conflicts: list[tuple[Path, str]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    outside_days: list[date] = field(default_factory=list)
    """In a report on dates, the days of the sessions the filters would take but for their
    day (`Gathered.outside`), oldest first: counted nowhere, said when a review and a team
    have nothing together in the period (`team_filter.nothing_matches`)."""
    sessions_held: list[SessionLine] = field(default_factory=list)
    """Each session counted (something recorded, in the period), oldest first: the sessions'
    CSV (report/csv_tables.py)."""
    teams_taken: list[str] = field(default_factory=list)
    """The teams a Team filter took (`Filters.team`), each as the report names it, by name;
    empty without one. The report says them, so a team left out or taken in is seen."""
    themes: list[ThemeLine] = field(default_factory=list)  # "By theme" (report/by_theme.py)
    several_themes: bool = False  # a session counted under two themes or more: said so

    def review_said(self) -> str:
        """The Review filter's review by its title, its id after it (what `--review` and the
        Review box take): `review "Child Q1" (child-q1)`; by its id alone where no title is
        known; "" without the filter. A report's first line said `review child-q1` where a
        reader looks for the title (a learning lead's trial)."""
        rid = self.filters.review
        if not rid:
            return ""
        title = next((line.title for line in self.reviews if line.review_id == rid), "")
        if not title or title == rid:
            return f"review {rid}"
        return f"review \"{title}\"" + ("" if f"({rid}" in title else f" ({rid})")

    @property
    def sessions_found(self) -> int:
        """Every session the filters found: those counted, and those with nothing recorded."""
        return self.totals.sessions + len(self.not_counted)

    @property
    def without_action(self) -> list[RecommendationLine]:
        """The reviews' recommendations no agreed action answers yet, under their line or
        another (a themed session's: `RecommendationLine.elsewhere`)."""
        return [r for r in self.recommendations
                if r.in_review and not (r.actions or r.elsewhere or r.copy_of)]

    @property
    def said_complete(self) -> list[RecommendationLine]:
        """Of `without_action`, those the briefing itself says are complete: no action was
        recorded in reflect, which is not to say nothing was done."""
        return [r for r in self.without_action if r.complete]

